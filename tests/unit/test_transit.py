"""core.transit without QGIS: covered population, summary, equity ratio, GTFS stops.txt."""

import zipfile
from pathlib import Path

import numpy as np
import pytest

from segregation_plugin.core import transit as tc
from segregation_plugin.core.errors import SegregationError

SAMPLE_GTFS = Path(__file__).resolve().parents[2] / "resources" / "sample" / "gtfs" / "stops.txt"


# -- covered population -----------------------------------------------------------------


def test_half_covered_square_gives_half_its_population():
    covered = tc.covered_population([1000.0], [[0.5]])
    assert covered.tolist() == [[500.0]]


def test_covered_population_per_scenario_and_not_located():
    pop = np.array([100.0, 200.0, 50.0])
    fractions = np.array([[0.0, 0.25], [1.0, 1.0], [np.nan, np.nan]])
    covered = tc.covered_population(pop, fractions)
    assert covered[:2].tolist() == [[0.0, 25.0], [200.0, 200.0]]
    assert np.isnan(covered[2]).all()
    # a fraction a hair above 1 from floating point is clipped
    assert tc.covered_population([10.0], [1.0 + 1e-12]).tolist() == [[10.0]]


def test_population_null_and_negative_are_named():
    with pytest.raises(SegregationError, match=r"'bef' is NULL.*2 area\(s\): fid 2, fid 4"):
        tc.check_population([1, np.nan, 3, None], ["fid 1", "fid 2", "fid 3", "fid 4"], "bef")
    with pytest.raises(SegregationError, match=r"negative in 1 area\(s\): B"):
        tc.check_population([1, -5], ["A", "B"], "bef")
    assert tc.check_population([0, 5], ["A", "B"], "bef").tolist() == [0.0, 5.0]


def test_distances_must_be_positive():
    tc.check_distances([400, 1000], ["a", "b"], "avstand_m")
    with pytest.raises(SegregationError, match=r"avstand_m has 2 value\(s\).*: b, c"):
        tc.check_distances([400, 0, -1], ["a", "b", "c"], "avstand_m")


# -- labels and scenarios -----------------------------------------------------------------


def test_labels_from_numbers_and_text():
    got = tc.as_labels([1, 2.0, "3", None, float("nan"), " x ", "", 2.5, np.int64(4)])
    assert got.tolist() == ["1", "2", "3", None, None, "x", None, "2.5", "4"]
    numbers = tc.area_type_numbers(["1", "2.0", "3 Socioekonomiskt blandade", None, "6", "x"])
    assert numbers.tolist() == [1, 2, 3, 0, 0, 0]


def test_scenarios_without_base():
    s = tc.scenario_membership(["planerad", "befintlig", None, "befintlig"])
    assert s.names == ("befintlig", "planerad")
    assert s.members.tolist() == [[False, True], [True, False], [False, False], [True, False]]
    assert s.unlabelled == 1
    assert s.composition(1) == "planerad"


def test_base_scenario_is_in_every_scenario():
    s = tc.scenario_membership(["planerad", "befintlig", "2040", "befintlig"], "befintlig")
    assert s.names == ("befintlig", "2040", "planerad")
    assert s.members.tolist() == [
        [False, False, True],
        [True, True, True],
        [False, True, False],
        [True, True, True],
    ]
    assert s.composition(2) == "befintlig + planerad" and s.composition(0) == "befintlig"
    with pytest.raises(SegregationError, match="'nu' is not a value.*befintlig, planerad"):
        tc.scenario_membership(["planerad", "befintlig"], "nu")


def test_scenario_field_names_ascii_unique_short():
    names = tc.scenario_field_names(
        ["befintlig", "Planerad 2030 (spårväg)", "planerad_2030_sparvag"]
    )
    assert names == [
        ("covered_pop_befintlig", "covered_share_befintlig"),
        ("covered_pop_planerad_2030_sparvag", "covered_share_planerad_2030_sparvag"),
        ("covered_pop_planerad_2030_sparvag_2", "covered_share_planerad_2030_sparvag_2"),
    ]
    long = tc.scenario_field_names(["Ö" * 100, "***"])
    assert all(len(n) <= 63 and n.isascii() for pair in long for n in pair)
    assert long[1] == ("covered_pop_s2", "covered_share_s2")


# -- summary, equity, consistency -----------------------------------------------------------


def _example():
    # areas: type 1 (1000 people), type 2 (500), type 4 (2000), type 5 (500), NULL type (100)
    pop = np.array([1000.0, 500.0, 2000.0, 500.0, 100.0])
    fractions = np.array(
        [[0.5, 1.0], [0.0, 0.5], [0.25, 0.25], [1.0, 1.0], [0.0, 1.0]], dtype=float
    )
    types = [1, "2", 4.0, 5, None]
    return pop, tc.covered_population(pop, fractions), types


def test_summary_per_scenario_and_area_type():
    pop, covered, types = _example()
    summary = tc.coverage_summary(["befintlig", "planerad"], pop, covered, types)
    assert list(summary.columns) == list(tc.SUMMARY_COLUMNS)
    assert summary["area_type"].tolist() == ["1", "2", "4", "5", None] * 2
    assert summary["scenario"].tolist() == ["befintlig"] * 5 + ["planerad"] * 5
    assert summary["population"].tolist() == [1000, 500, 2000, 500, 100] * 2
    assert summary["covered_population"].tolist() == [500, 0, 500, 500, 0, 1000, 250, 500, 500, 100]
    assert summary["coverage_share"].tolist() == [0.5, 0, 0.25, 1, 0, 1, 0.5, 0.25, 1, 1]
    tc.check_consistency(pop, covered, summary)


def test_summary_without_area_types_and_unlocated_areas():
    pop = np.array([100.0, 300.0, 50.0])
    covered = tc.covered_population(pop, [[0.5], [0.0], [np.nan]])
    summary = tc.coverage_summary(["all"], pop, covered)
    assert summary.to_dict("records") == [
        {
            "scenario": "all",
            "area_type": "all",
            "population": 400.0,
            "covered_population": 50.0,
            "coverage_share": 0.125,
        }
    ]
    tc.check_consistency(pop, covered, summary)


def test_equity_ratio_hand_computed():
    pop, covered, types = _example()
    summary = tc.coverage_summary(["befintlig", "planerad"], pop, covered, types)
    eq = tc.equity(summary)
    # befintlig: types 1-2 500/1500, types 4-5 1000/2500 -> (1/3) / 0.4
    assert eq["befintlig"].challenged == pytest.approx(1 / 3)
    assert eq["befintlig"].advantaged == pytest.approx(0.4)
    assert eq["befintlig"].ratio == pytest.approx((1 / 3) / 0.4)
    # planerad: 1250/1500 vs 1000/2500
    assert eq["planerad"].ratio == pytest.approx((1250 / 1500) / 0.4)


def test_equity_ratio_undefined():
    pop = np.array([100.0, 100.0])
    summary = tc.coverage_summary(["s"], pop, tc.covered_population(pop, [[1.0], [0.0]]), [1, 5])
    assert tc.equity(summary)["s"].ratio is None  # nothing covered in types 4-5
    summary = tc.coverage_summary(["s"], pop, tc.covered_population(pop, [[1.0], [1.0]]), [3, 5])
    assert tc.equity(summary)["s"].ratio is None  # no areas of types 1-2
    summary = tc.coverage_summary(["s"], pop, tc.covered_population(pop, [[1.0], [1.0]]), "ab")
    assert tc.equity(summary)["s"].ratio is None  # not area types at all


def test_consistency_catches_bad_numbers():
    pop, covered, types = _example()
    summary = tc.coverage_summary(["befintlig", "planerad"], pop, covered, types)
    too_much = covered.copy()
    too_much[0, 0] = 1500.0
    with pytest.raises(SegregationError, match="outside 0..population"):
        tc.check_consistency(pop, too_much, summary)
    broken = summary.copy()
    broken.loc[0, "covered_population"] += 1.0
    with pytest.raises(SegregationError, match="do not add up"):
        tc.check_consistency(pop, covered, broken)


def test_summary_is_vectorised_for_many_areas():
    rng = np.random.default_rng(1)
    pop = rng.integers(0, 3000, 100_000).astype(float)
    fractions = rng.random((100_000, 3))
    types = rng.integers(1, 6, 100_000)
    covered = tc.covered_population(pop, fractions)
    summary = tc.coverage_summary(["a", "b", "c"], pop, covered, types)
    assert len(summary) == 15
    tc.check_consistency(pop, covered, summary)
    assert summary["covered_population"].sum() == pytest.approx(covered.sum())


# -- GTFS -----------------------------------------------------------------------------------


def test_read_sample_gtfs_stops():
    stops = tc.read_gtfs_stops(SAMPLE_GTFS)
    assert list(stops.columns) == list(tc.GTFS_COLUMNS)
    assert len(stops) > 50 and stops.attrs["skipped"] == 0
    assert stops["stop_id"].is_unique
    assert stops["lat"].between(59, 60).all() and stops["lon"].between(16, 18).all()
    assert (stops["location_type"] == 0).all()
    assert stops.attrs["file"] == "stops.txt"


def _write(tmp_path, text, name="stops.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_gtfs_location_types_bom_quotes_and_spaces(tmp_path):
    text = (
        "\ufeffstop_id, stop_name ,stop_lat,stop_lon,location_type,parent_station\r\n"
        'S1,"Åstad C, spår 1",59.65,16.90,0,ST1\r\n'
        "ST1,Åstad C,59.6501,16.9001,1,\r\n"
        "E1,Entré,59.6502,16.9002,2,ST1\r\n"
        "N1,Nod,,,3,ST1\r\n"
        "S2,Hållplats,59.7,16.8,,\r\n"
        "\r\n"
    )
    stops = tc.read_gtfs_stops(_write(tmp_path, text))
    assert stops["stop_id"].tolist() == ["S1", "ST1", "S2"]
    assert stops["stop_name"].tolist() == ["Åstad C, spår 1", "Åstad C", "Hållplats"]
    assert stops["location_type"].tolist() == [0, 1, 0]
    assert stops["lat"].tolist() == [59.65, 59.6501, 59.7]
    assert stops.attrs["skipped"] == 2


def test_gtfs_from_zip_and_folder(tmp_path):
    feed = tmp_path / "feed.zip"
    with zipfile.ZipFile(feed, "w") as z:
        z.writestr("stops.txt", "stop_id,stop_lat,stop_lon\nA,59.1,16.1\n")
    stops = tc.read_gtfs_stops(feed)
    assert stops["stop_id"].tolist() == ["A"] and stops["stop_name"].tolist() == [""]
    assert stops.attrs["file"] == "feed.zip/stops.txt"
    folder = tmp_path / "gtfs"
    folder.mkdir()
    _write(folder, "stop_id,stop_lat,stop_lon\nB,59.1,16.1\n")
    assert tc.read_gtfs_stops(folder)["stop_id"].tolist() == ["B"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("", "stops.txt is empty"),
        ("stop_id,stop_name,stop_lon\nA,a,16\n", r"lacks the column\(s\) stop_lat"),
        ("stop_id,stop_lat,stop_lon\nA,59.1,16.1\nB,norr,16.1\n", "line 3: stop_lat 'norr'"),
        ("stop_id,stop_lat,stop_lon\nA,59.1,16.1\nB,59.1,200\n", "line 3: stop_lon '200'"),
        ("stop_id,stop_lat,stop_lon\nA,59.1\n", "line 2: 2 values, the header has 3"),
        ("stop_id,stop_lat,stop_lon,location_type\nA,59,16,7\n", "line 2: location_type '7'"),
        ("stop_id,stop_lat,stop_lon\n,59,16\n", "line 2: stop_id is empty"),
        ("stop_id,stop_lat,stop_lon,location_type\nA,59,16,2\n", "no stops or stations"),
    ],
)
def test_gtfs_bad_input_names_file_and_line(tmp_path, text, message):
    with pytest.raises(SegregationError, match=message) as info:
        tc.read_gtfs_stops(_write(tmp_path, text))
    assert "stops.txt" in str(info.value)


def test_gtfs_missing_file_and_bad_encoding(tmp_path):
    with pytest.raises(SegregationError, match="not found"):
        tc.read_gtfs_stops(tmp_path / "nope.txt")
    latin1 = _write(tmp_path, "stop_id,stop_lat,stop_lon\nÅ,59,16\n", encoding="latin-1")
    with pytest.raises(SegregationError, match="not UTF-8"):
        tc.read_gtfs_stops(latin1)
    empty_zip = tmp_path / "empty.zip"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("routes.txt", "route_id\n")
    with pytest.raises(SegregationError, match="has no stops.txt"):
        tc.read_gtfs_stops(empty_zip)
