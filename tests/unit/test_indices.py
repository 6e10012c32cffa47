"""Segregation indices: hand-computed cases, conventions, errors and frozen PySAL references."""

import importlib.util
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segregation_plugin.core.errors import SegregationError
from segregation_plugin.core.indices import (
    INDEX_NAMES,
    MULTIGROUP_INDICES,
    NOTE_FEW_GROUPS,
    NOTE_FEW_UNITS,
    NOTE_FOCUS_ZERO,
    NOTE_GROUPS_ABSENT,
    NOTE_HIGH_ZERO,
    NOTE_LOW_ZERO,
    NOTE_MISSING_YEAR_A,
    NOTE_OTHER_ZERO,
    SINGLE_GROUP_INDICES,
    change_test,
    compute_indices,
    pairwise_absdiff_sum,
    permutation_pvalues,
)

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"
TOL = 1e-9


def _reference():
    spec = importlib.util.spec_from_file_location("pysal_reference", HERE / "pysal_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.REFERENCE


REF = _reference()


def one_region(counts, **kw):
    """The single output row of a one-region call, as a dict."""
    frame = compute_indices(np.asarray(counts, dtype=float), ["r"] * len(counts), **kw)
    assert len(frame) == 1
    return frame.iloc[0].to_dict()


def h2(p):
    """Binary entropy -(p ln p + (1-p) ln(1-p))."""
    return -sum(q * math.log(q) for q in (p, 1 - p) if q > 0)


# ---------------------------------------------------------------- hand-computed cases


def test_complete_segregation_gives_one_and_hundred():
    # Two units, each holding only one group: x = (10, 0), y = (0, 10), P = 1/2, T = 20.
    # D = (10*|1-.5| + 10*|0-.5|) / (2*20*.25) = 10/10 = 1; Gini: ordered pairs
    # 2*10*10*1 = 200 over 2*T^2*P(1-P) = 200 -> 1; H: E_i = 0 -> 1; xPx = 1, xPy = 0;
    # Atkinson: sum sqrt((1-p)p) t = 0 -> A = 1; ojämlikhetsindex = 100*1/2*(1+1) = 100.
    row = one_region([[10, 0], [0, 10]])
    expected = {
        "ojamlikhetsindex": 100.0,
        "dissimilarity": 1.0,
        "gini": 1.0,
        "information_theory": 1.0,
        "isolation": 1.0,
        "exposure": 0.0,
        "atkinson": 1.0,
    }
    # Multigroup with K = 2: every index is 1 for complete segregation (Reardon & Firebaugh).
    expected.update({name: 1.0 for name in MULTIGROUP_INDICES})
    for name, value in expected.items():
        assert row[name] == pytest.approx(value, abs=1e-12), name
    assert row["note"] == ""
    assert row["n_units"] == 2 and row["n_units_empty"] == 0 and row["population"] == 20


def test_evenness_gives_zero_and_isolation_equals_share():
    # All units have p = 1/3: every evenness index is 0, xPx* = P = 1/3, xPy* = 2/3.
    row = one_region([[3, 6], [1, 2], [5, 10]])
    for name in ("ojamlikhetsindex", "dissimilarity", "gini", "information_theory", "atkinson"):
        assert row[name] == pytest.approx(0.0, abs=1e-12), name
    for name in MULTIGROUP_INDICES:
        assert row[name] == pytest.approx(0.0, abs=1e-12), name
    assert row["isolation"] == pytest.approx(1 / 3)
    assert row["exposure"] == pytest.approx(2 / 3)


def test_three_unit_case_by_hand():
    # (x, y) = (8, 2), (2, 8), (5, 5); T = 30, X = Y = 15, P = 1/2.
    row = one_region([[8, 2], [2, 8], [5, 5]])
    # D = 1/2 * (|8-2| + |2-8| + 0)/15 = 0.4; ojämlikhetsindex = 40.
    assert row["dissimilarity"] == pytest.approx(0.4, abs=1e-12)
    assert row["ojamlikhetsindex"] == pytest.approx(40.0, abs=1e-10)
    # Gini: pairs 100*.6 + 100*.3 + 100*.3 = 120, ordered 240; 2*T^2*P(1-P) = 450 -> 8/15.
    assert row["gini"] == pytest.approx(8 / 15, abs=1e-12)
    # H = sum t (E - E_i) / (E T) = 2*10*(ln2 - h(.8)) / (30 ln2); the p = .5 unit adds 0.
    h_expected = 2 * 10 * (math.log(2) - h2(0.8)) / (30 * math.log(2))
    assert row["information_theory"] == pytest.approx(h_expected, abs=1e-12)
    assert h_expected == pytest.approx(0.1853813, abs=1e-7)  # 3.854904 / 20.794415
    # xPx* = (8/15)(.8) + (2/15)(.2) + (5/15)(.5) = 9.3/15 = 0.62; xPy* = 0.38.
    assert row["isolation"] == pytest.approx(0.62, abs=1e-12)
    assert row["exposure"] == pytest.approx(0.38, abs=1e-12)
    # Atkinson b=.5: sum sqrt(p(1-p)) t = 4+4+5 = 13; (13/15)^2 = 169/225; A = 56/225.
    assert row["atkinson"] == pytest.approx(56 / 225, abs=1e-12)
    # Multigroup, K = 2: MD = D, MGini = Gini, MIT = H; RD = NE = sum t (p-P)^2 ... = 0.24.
    assert row["multigroup_dissimilarity"] == pytest.approx(0.4, abs=1e-12)
    assert row["multigroup_gini"] == pytest.approx(8 / 15, abs=1e-12)
    assert row["multigroup_information_theory"] == pytest.approx(h_expected, abs=1e-12)
    # RD: sum_k sum_i t (p-P)^2 = 2 * (10*.09*2) = 3.6, / (T * I) = 3.6 / 15 = 0.24.
    assert row["relative_diversity"] == pytest.approx(0.24, abs=1e-12)
    # NE: sum_k (1.8 / .5) = 7.2, / T = 0.24.
    assert row["normalized_exposure"] == pytest.approx(0.24, abs=1e-12)


def test_atkinson_b_parameter():
    # Same three units, b = 0.2: sum (1-p)^.8 p^.2 t = 10*(.2^.8*.8^.2 + .8^.8*.2^.2) + 5.
    s = 10 * (0.2**0.8 * 0.8**0.2 + 0.8**0.8 * 0.2**0.2) + 10 * 0.5
    expected = 1 - (s / 15) ** (1 / 0.8)
    row = one_region([[8, 2], [2, 8], [5, 5]], atkinson_b=0.2)
    assert row["atkinson"] == pytest.approx(expected, abs=1e-12)
    assert row["atkinson"] != pytest.approx(56 / 225)
    with pytest.raises(SegregationError):
        one_region([[8, 2], [2, 8]], atkinson_b=1.0)


def test_ojamlikhetsindex_is_hundred_times_two_group_d_with_middle_groups():
    # Quintile-like counts: L = first column, H = last; the middle group is ignored.
    # L = (6, 2, 2) / 10, H = (1, 3, 6) / 10: 1/2 * (.5 + .1 + .4) = .5 -> 50.
    counts = [[6, 40, 1], [2, 10, 3], [2, 0, 6]]
    row = one_region(counts)
    assert row["ojamlikhetsindex"] == pytest.approx(50.0, abs=1e-10)
    two = one_region(counts, two_group=True)
    assert two["dissimilarity"] * 100 == pytest.approx(row["ojamlikhetsindex"], abs=1e-10)


def test_focus_vs_rest_and_total_argument():
    # Focus vs rest of a given total: total (10, 10) with x = (8, 2) -> y = (2, 8).
    counts = np.array([[8, 1], [2, 1]])
    row = compute_indices(counts, ["r", "r"], total=[10, 10]).iloc[0]
    assert row["dissimilarity"] == pytest.approx(0.6)  # 1/2*(|.8-.2|+|.2-.8|)
    assert row["population"] == 20
    # two_group: focus vs compare, total = x + compare = (9, 3): x/X = (.8,.2), y/Y = (.5,.5).
    row = compute_indices(counts, ["r", "r"], total=[10, 10], two_group=True).iloc[0]
    assert row["dissimilarity"] == pytest.approx(0.3)


def test_symmetric_indices_do_not_depend_on_which_group_is_focus():
    counts = np.array([[8, 2], [2, 7], [5, 5], [1, 9]], dtype=float)
    a = one_region(counts)
    b = one_region(counts[:, ::-1])
    for name in ("ojamlikhetsindex", "dissimilarity", "gini", "information_theory"):
        assert a[name] == pytest.approx(b[name], abs=1e-12), name
    for name in MULTIGROUP_INDICES:
        assert a[name] == pytest.approx(b[name], abs=1e-12), name
    # Isolation is not symmetric: the groups' shares differ.
    assert a["isolation"] != pytest.approx(b["isolation"])


def test_invariant_to_unit_order_and_scaling():
    rng = np.random.default_rng(1)
    counts = rng.integers(0, 50, size=(60, 4)).astype(float)
    regions = rng.choice(["a", "b", "c"], 60)
    base = compute_indices(counts, regions)
    perm = rng.permutation(60)
    shuffled = compute_indices(counts[perm], regions[perm])
    scaled = compute_indices(counts * 7.0, regions)
    cols = list(INDEX_NAMES)
    np.testing.assert_allclose(shuffled[cols], base[cols], rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(scaled[cols], base[cols], rtol=1e-12, atol=1e-12)
    assert (scaled["population"] == 7 * base["population"]).all()


def test_zero_population_units_are_dropped_and_counted():
    counts = [[8, 2], [2, 8], [5, 5]]
    with_empty = counts + [[0, 0], [0, 0]]
    a = one_region(counts)
    b = one_region(with_empty)
    for name in INDEX_NAMES:
        assert a[name] == pytest.approx(b[name], abs=1e-15), name
    assert (b["n_units"], b["n_units_empty"]) == (3, 2)
    assert b["note"] == ""


def test_unit_with_total_but_no_counted_group_is_populated():
    # total > 0 keeps the unit even if the counted groups are zero.
    frame = compute_indices([[0, 0], [5, 5], [2, 8]], ["r"] * 3, total=[4, 10, 10])
    assert (frame.n_units[0], frame.n_units_empty[0]) == (3, 0)


def test_region_with_one_unit_is_nan_with_note():
    frame = compute_indices([[8, 2], [2, 8], [5, 5], [0, 0]], ["a", "a", "b", "b"])
    b = frame.set_index("region").loc["b"]
    assert b["n_units"] == 1 and b["n_units_empty"] == 1
    assert all(np.isnan(b[name]) for name in INDEX_NAMES)
    assert b["note"] == NOTE_FEW_UNITS
    a = frame.set_index("region").loc["a"]
    assert a["dissimilarity"] == pytest.approx(0.6) and a["note"] == ""


def test_empty_region_is_nan_with_note():
    frame = compute_indices([[8, 2], [2, 8], [0, 0]], ["a", "a", "z"])
    z = frame.set_index("region").loc["z"]
    assert (z["n_units"], z["n_units_empty"], z["population"]) == (0, 1, 0)
    assert np.isnan(z["dissimilarity"]) and z["note"] == NOTE_FEW_UNITS


def test_focus_group_with_zero_total():
    row = one_region([[0, 4, 1], [0, 2, 3]])
    for name in SINGLE_GROUP_INDICES:
        assert np.isnan(row[name]), name
    assert np.isnan(row["ojamlikhetsindex"])
    assert NOTE_FOCUS_ZERO in row["note"] and NOTE_LOW_ZERO in row["note"]
    # Multigroup indices still use the two groups present, with a note.
    assert NOTE_GROUPS_ABSENT in row["note"]
    alone = one_region([[4, 1], [2, 3]])
    for name in MULTIGROUP_INDICES:
        assert row[name] == pytest.approx(alone[name], abs=1e-12), name


def test_rest_with_zero_total_and_high_group_zero():
    # Everyone is in the focus group: D, Gini, H, Atkinson undefined; isolation = 1.
    row = one_region([[4, 0], [2, 0]])
    for name in ("dissimilarity", "gini", "information_theory", "atkinson"):
        assert np.isnan(row[name]), name
    assert row["isolation"] == pytest.approx(1.0)
    assert row["exposure"] == pytest.approx(0.0)
    assert np.isnan(row["ojamlikhetsindex"])
    assert NOTE_OTHER_ZERO in row["note"] and NOTE_HIGH_ZERO in row["note"]
    assert NOTE_FEW_GROUPS in row["note"]
    assert all(np.isnan(row[name]) for name in MULTIGROUP_INDICES)


def test_single_group_input_has_no_multigroup_indices():
    frame = compute_indices([[3], [5]], ["r", "r"], total=[10, 6], indices=INDEX_NAMES[1:])
    row = frame.iloc[0]
    assert row["dissimilarity"] == pytest.approx(
        0.5 * abs(3 / 8 - 5 / 8) + 0.5 * abs(7 / 8 - 1 / 8)
    )
    assert all(np.isnan(row[name]) for name in MULTIGROUP_INDICES)
    assert row["note"] == NOTE_FEW_GROUPS


def test_several_regions_equal_separate_calls():
    rng = np.random.default_rng(7)
    counts = rng.integers(0, 30, size=(90, 5)).astype(float)
    regions = rng.choice([3, 1, 2], 90)
    together = compute_indices(counts, regions).set_index("region")
    assert list(together.index) == [1, 2, 3]  # sorted by label
    for label in (1, 2, 3):
        mask = regions == label
        alone = compute_indices(counts[mask], regions[mask]).iloc[0]
        for name in INDEX_NAMES:
            assert together.loc[label, name] == pytest.approx(alone[name], abs=1e-12), name


def test_output_columns_and_subset_of_indices():
    frame = compute_indices([[1, 2], [3, 1]], ["r", "r"], indices=["gini", "dissimilarity"])
    assert list(frame.columns) == [
        "region",
        "n_units",
        "n_units_empty",
        "population",
        "gini",
        "dissimilarity",
        "note",
    ]
    assert frame["gini"].dtype == float and frame["n_units"].dtype == np.int64


def test_mixed_type_region_labels_are_sorted_as_text():
    frame = compute_indices([[1, 2], [2, 1], [1, 2], [2, 1]], [10, 10, "b", "b"])
    assert [str(r) for r in frame.region] == ["10", "b"]


def test_multigroup_absent_group_equals_dropping_it():
    counts = np.array([[5, 0, 1], [1, 0, 4], [2, 0, 2]], dtype=float)
    with_absent = one_region(counts)
    without = one_region(counts[:, [0, 2]])
    for name in MULTIGROUP_INDICES:
        assert with_absent[name] == pytest.approx(without[name], abs=1e-12), name
    assert NOTE_GROUPS_ABSENT in with_absent["note"]


def test_sorted_pairwise_sum_equals_brute_force():
    rng = np.random.default_rng(3)
    n = 200
    codes = rng.integers(0, 4, n)
    w = rng.integers(0, 20, n).astype(float)
    v = np.round(rng.random(n), 2)  # with ties
    got = pairwise_absdiff_sum(codes, 5, w, v)
    for g in range(5):
        m = codes == g
        brute = (np.outer(w[m], w[m]) * np.abs(v[m][:, None] - v[m][None, :])).sum()
        assert got[g] == pytest.approx(brute, rel=1e-12, abs=1e-12)
    assert got[4] == 0.0


# ---------------------------------------------------------------- bad input


def test_negative_count_names_unit_and_group():
    frame = pd.DataFrame({"low": [1, 2, -3], "high": [1, 1, 1]}, index=["A1", "A2", "A3"])
    with pytest.raises(SegregationError) as err:
        compute_indices(frame, ["r", "r", "r"])
    assert err.value.params["unit"] == "A3" and err.value.params["group"] == "low"
    assert "A3" in str(err.value) and "-3" in str(err.value)
    with pytest.raises(SegregationError) as err:
        compute_indices(np.array([[1, 1], [1, -1]]), ["r", "r"])
    assert err.value.params == {"unit": 1, "group": 1, "value": -1.0}


@pytest.mark.parametrize(
    "counts, regions, kw",
    [
        ([[1, np.nan], [1, 1]], ["r", "r"], {}),  # missing count
        ([[1, "x"], [1, 1]], ["r", "r"], {}),  # text
        ([[5, 1], [1, 1]], ["r", "r"], {"total": [4, 2]}),  # focus exceeds total
        ([[1, 1], [1, 1]], ["r"], {}),  # region labels of wrong length
        ([[1, 1], [1, 1]], ["r", None], {}),  # unit without region
        ([[1, 1], [1, 1]], ["r", "r"], {"indices": ["nope"]}),  # unknown index
        ([[1, 1], [1, 1]], ["r", "r"], {"compare": 0}),  # focus == compare
        ([[1, 1], [1, 1]], ["r", "r"], {"focus": 5}),  # no such group
        (np.zeros((0, 2)), [], {}),  # no units
    ],
)
def test_bad_input_raises_segregation_error(counts, regions, kw):
    with pytest.raises(SegregationError):
        compute_indices(np.asarray(counts, dtype=object), regions, **kw)


def test_error_template_is_translatable():
    with pytest.raises(SegregationError) as err:
        compute_indices([[1, 1], [1, 1]], ["r", None])
    assert err.value.template == "Unit {unit} has no region."
    assert err.value.translated(lambda s: s.replace("Unit", "Enhet")) == "Enhet 1 has no region."


# ---------------------------------------------------------------- frozen PySAL references


def _check(frame_value, expected, label):
    assert frame_value == pytest.approx(expected, abs=TOL, rel=0), label


def test_pysal_sids2_single_group_whole_and_by_region():
    df = pd.read_csv(DATA / "sids2_counts.csv")
    counts = pd.DataFrame({"nw": df.NWBIR74, "w": df.BIR74 - df.NWBIR74})
    ref = REF["sids2"]
    for label, regions in (("all", ["all"] * len(df)), ("by_region", df.region)):
        frame = compute_indices(counts, regions, total=df.BIR74).set_index("region")
        b02 = compute_indices(counts, regions, total=df.BIR74, atkinson_b=0.2)
        b02 = b02.set_index("region")["atkinson"]
        names = list(SINGLE_GROUP_INDICES) + ["ojamlikhetsindex", "atkinson_b02"]
        for name in names:
            col = b02 if name == "atkinson_b02" else frame[name]
            expected = {"all": ref["all"][name]} if label == "all" else ref["by_region"][name]
            assert set(expected) == set(col.index)
            for region, value in expected.items():
                _check(col[region], value, (name, region))
    frame = compute_indices(counts, ["all"] * len(df)).iloc[0]
    for name in MULTIGROUP_INDICES:
        _check(frame[name], ref["all_multigroup"][name], name)


def test_pysal_synthetic_quintiles_rest_two_group_and_multigroup():
    df = pd.read_csv(DATA / "synthetic_quintiles.csv")
    q = df[["q1", "q2", "q3", "q4", "q5"]]
    ref = REF["synthetic"]
    rest = compute_indices(q, df.region, total=df.total).set_index("region")
    assert rest.n_units_empty.sum() == 6  # the zero-population units the script made
    pair = compute_indices(q, df.region, two_group=True).set_index("region")
    whole_rest = compute_indices(q, ["all"] * len(df), total=df.total).iloc[0]
    whole_pair = compute_indices(q, ["all"] * len(df), two_group=True).iloc[0]
    for name in SINGLE_GROUP_INDICES:
        for region, value in ref["by_region_rest"][name].items():
            _check(rest.loc[region, name], value, (name, region))
        _check(whole_rest[name], ref["all_rest"][name], name)
    for name in list(SINGLE_GROUP_INDICES) + ["ojamlikhetsindex"]:
        for region, value in ref["by_region_two_group"][name].items():
            _check(pair.loc[region, name], value, (name, region))
        _check(whole_pair[name], ref["all_two_group"][name], name)
    for name in MULTIGROUP_INDICES:
        for region, value in ref["by_region_multigroup"][name].items():
            _check(rest.loc[region, name], value, (name, region))
        _check(whole_rest[name], ref["all_multigroup"][name], name)
    assert (rest.note == "").all()


def test_pysal_mexico_multigroup():
    df = pd.read_csv(DATA / "mexico.csv")
    ref = REF["mexico_multigroup"]
    frame = compute_indices(df[ref["groups"]], df.hanson03, indices=MULTIGROUP_INDICES)
    frame = frame.set_index("region")
    whole = compute_indices(df[ref["groups"]], ["all"] * len(df), indices=MULTIGROUP_INDICES)
    for name in MULTIGROUP_INDICES:
        assert set(ref["by_region"][name]) == set(frame.index)
        for region, value in ref["by_region"][name].items():
            _check(frame.loc[region, name], value, (name, region))
        _check(whole.iloc[0][name], ref["all"][name], name)


# ---------------------------------------------------------------- uncertainty


def test_permutation_pvalues_extremes_and_reproducibility():
    # Region "seg": 6 units of 50 people, fully segregated -> no random draw reaches D = 1,
    # p = 1/(n_iter+1). Region "even": every unit exactly 25/25 -> D = 0 and every draw
    # is >= 0, p = 1. Region "one": a single unit -> NaN with the note.
    seg = [[50, 0], [0, 50]] * 3
    even = [[25, 25]] * 6
    counts = np.array(seg + even + [[5, 5]], dtype=float)
    regions = ["seg"] * 6 + ["even"] * 6 + ["one"]
    frame = permutation_pvalues(counts, regions, n_iter=99, seed=42).set_index("region")
    for name in ("ojamlikhetsindex_p", "dissimilarity_p", "information_theory_p"):
        assert frame.loc["seg", name] == pytest.approx(1 / 100)
        assert frame.loc["even", name] == 1.0
        assert np.isnan(frame.loc["one", name])
    assert frame.loc["one", "note"] == NOTE_FEW_UNITS
    again = permutation_pvalues(counts, regions, n_iter=99, seed=42).set_index("region")
    pd.testing.assert_frame_equal(frame, again)


def test_permutation_pvalues_under_the_null_are_spread_out():
    # Data drawn from the null itself (binomial with the same p everywhere): the p-values
    # of 40 regions should neither pile up near 0 nor all be 1.
    rng = np.random.default_rng(5)
    t = rng.integers(5, 40, 400)
    x = rng.binomial(t, 0.3)
    counts = np.column_stack([x, t - x])
    regions = np.repeat(np.arange(40), 10)
    frame = permutation_pvalues(counts, regions, n_iter=199, seed=1)
    p = frame["dissimilarity_p"].to_numpy()
    assert 0.3 < p.mean() < 0.7
    assert (p < 0.05).sum() <= 6


def test_permutation_pvalues_need_whole_numbers():
    with pytest.raises(SegregationError) as err:
        permutation_pvalues([[1.5, 2], [1, 1]], ["r", "r"], n_iter=10, seed=0)
    assert err.value.params["unit"] == 0


def test_change_test_no_change_and_big_change():
    seg = np.array([[40, 0], [0, 40]] * 10, dtype=float)
    even = np.array([[20, 20]] * 20, dtype=float)
    counts_a = np.vstack([seg, seg])
    regions_a = ["same"] * 20 + ["moved"] * 20
    counts_b = np.vstack([seg, even, [[3, 4], [4, 3]]])
    regions_b = ["same"] * 20 + ["moved"] * 20 + ["new", "new"]
    frame = change_test(counts_a, counts_b, regions_a, regions_b, n_iter=199, seed=3).set_index(
        "region"
    )
    assert list(frame.index) == ["moved", "new", "same"]
    assert frame.loc["same", "dissimilarity_change"] == 0.0
    assert frame.loc["same", "dissimilarity_p"] == 1.0
    assert frame.loc["moved", "dissimilarity_a"] == pytest.approx(1.0)
    assert frame.loc["moved", "dissimilarity_b"] == pytest.approx(0.0)
    assert frame.loc["moved", "dissimilarity_change"] == pytest.approx(-1.0)
    assert frame.loc["moved", "dissimilarity_p"] < 0.02
    assert frame.loc["moved", "ojamlikhetsindex_change"] == pytest.approx(-100.0)
    assert np.isnan(frame.loc["new", "dissimilarity_p"])
    assert NOTE_MISSING_YEAR_A in frame.loc["new", "note"]
    assert frame.loc["same", "note"] == ""
    again = change_test(counts_a, counts_b, regions_a, regions_b, n_iter=199, seed=3)
    pd.testing.assert_frame_equal(frame.reset_index(), again)


def test_change_test_values_match_compute_indices():
    rng = np.random.default_rng(11)
    a = rng.integers(0, 30, size=(50, 3))
    b = rng.integers(0, 30, size=(45, 3))
    ra = rng.choice(["x", "y"], 50)
    rb = rng.choice(["x", "y"], 45)
    names = ["gini", "multigroup_dissimilarity"]
    frame = change_test(a, b, ra, rb, indices=names, n_iter=20, seed=0).set_index("region")
    ia = compute_indices(a, ra, indices=names).set_index("region")
    ib = compute_indices(b, rb, indices=names).set_index("region")
    for name in names:
        np.testing.assert_allclose(frame[f"{name}_a"], ia[name], rtol=0, atol=1e-15)
        np.testing.assert_allclose(frame[f"{name}_b"], ib[name], rtol=0, atol=1e-15)
        np.testing.assert_allclose(frame[f"{name}_change"], ib[name] - ia[name], atol=1e-15)
        assert ((frame[f"{name}_p"] > 0) & (frame[f"{name}_p"] <= 1)).all()
