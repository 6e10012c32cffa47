"""segregation:regionflags, :incomeinequality and :indexchange on hand-computed cases."""

import math

import numpy as np
import pytest
from qgis.core import QgsVectorLayer


def _rows(layer):
    return {f["region"]: f for f in layer.getFeatures()}


@pytest.fixture()
def units(memory_layer):
    # Four municipalities, two units each: (code, population, area type, q1, q5)
    data = [
        ("0001C0001", 100, 1, 50, 0),
        ("0001C0002", 100, 5, 0, 50),
        ("0002C0001", 100, 3, 10, 10),
        ("0002C0002", 100, 4, 10, 10),
        ("0003C0001", 100, 4, 20, 10),
        ("0003C0002", 100, 4, 10, 20),
        ("0004C0001", 100, 2, 30, 10),
        ("0004C0002", 300, 4, 10, 30),
    ]
    return memory_layer(
        "None",
        [
            ("desokod", "string"),
            ("bef", "integer"),
            ("area_type", "integer"),
            ("q1", "integer"),
            ("q5", "integer"),
        ],
        [(row, None) for row in data],
    )


def test_regionflags_composition_and_flags(run, units):
    result = run(
        "segregation:regionflags",
        {
            "INPUT": units,
            "POPULATION_FIELD": "bef",
            "AREA_TYPE_FIELD": "area_type",
            "LOW_FIELD": "q1",
            "HIGH_FIELD": "q5",
            "K_SHARE": 1.0,
            "OUTPUT": "memory:",
        },
    )
    rows = _rows(result["OUTPUT"])
    # share in types 1+2: 0.5, 0, 0, 100/400
    assert [rows[k]["share_type_12"] for k in ("0001", "0002", "0003", "0004")] == [
        0.5,
        0.0,
        0.0,
        0.25,
    ]
    assert rows["0004"]["pop_type_4"] == 300 and rows["0004"]["units_type_2"] == 1
    # ojämlikhetsindex: 100, 0, 1/3 * 100, 50
    ineq = [rows[k]["ojamlikhetsindex"] for k in ("0001", "0002", "0003", "0004")]
    assert ineq == pytest.approx([100.0, 0.0, 100 / 3, 50.0])
    # thresholds: mean + 1 sample SD
    assert rows["0001"]["ineq_threshold"] == pytest.approx(np.mean(ineq) + np.std(ineq, ddof=1))
    assert rows["0001"]["share12_threshold"] == pytest.approx(0.1875 + math.sqrt(0.171875 / 3))
    flags = {k: (r["flag_ineq"], r["flag_share12"], r["flag_combined"]) for k, r in rows.items()}
    assert flags == {"0001": (1, 1, 1), "0002": (0, 0, 0), "0003": (0, 0, 0), "0004": (0, 0, 0)}
    assert result["FLAGGED"] == 1
    # with the default k = 1.5 the share threshold is 0.1875 + 1.5 SD = 0.547: no region
    default = run(
        "segregation:regionflags",
        {
            "INPUT": units,
            "POPULATION_FIELD": "bef",
            "AREA_TYPE_FIELD": "area_type",
            "LOW_FIELD": "q1",
            "HIGH_FIELD": "q5",
            "OUTPUT": "memory:",
        },
    )
    assert default["FLAGGED"] == 0
    either = run(
        "segregation:regionflags",
        {
            "INPUT": units,
            "POPULATION_FIELD": "bef",
            "AREA_TYPE_FIELD": "area_type",
            "LOW_FIELD": "q1",
            "HIGH_FIELD": "q5",
            "RULE": 1,
            "OUTPUT": "memory:",
        },
    )
    assert either["FLAGGED"] == 1  # 0001 by the ojämlikhetsindex alone


def test_incomeinequality_between_and_within(run, memory_layer):
    theil = (math.log(0.5) + 3 * math.log(1.5)) / 4  # values 1,1,3,3 with mean 2
    same_means = memory_layer(
        "None",
        [("kod", "string"), ("inc", "double")],
        [
            (("0001A1", 1.0), None),
            (("0001A2", 3.0), None),
            (("0002A1", 1.0), None),
            (("0002A2", 3.0), None),
        ],
    )
    result = run(
        "segregation:incomeinequality",
        {"INPUT": same_means, "VALUE_FIELD": "inc", "CODE_FIELD": "kod", "OUTPUT": "memory:"},
    )
    assert result["GINI"] == pytest.approx(0.25)  # sum |xi - xj| / (2 n^2 mu) = 8 / 64
    assert result["THEIL"] == pytest.approx(theil)
    assert result["THEIL_BETWEEN"] == pytest.approx(0.0, abs=1e-15)
    assert result["THEIL_WITHIN"] == pytest.approx(theil)
    assert {k: r["gini"] for k, r in _rows(result["OUTPUT"]).items()} == pytest.approx(
        {"0001": 0.25, "0002": 0.25}
    )
    apart = memory_layer(
        "None",
        [("kod", "string"), ("inc", "double")],
        [
            (("0001A1", 1.0), None),
            (("0001A2", 1.0), None),
            (("0002A1", 3.0), None),
            (("0002A2", 3.0), None),
        ],
    )
    result = run(
        "segregation:incomeinequality",
        {"INPUT": apart, "VALUE_FIELD": "inc", "CODE_FIELD": "kod", "OUTPUT": "memory:"},
    )
    assert result["THEIL_BETWEEN"] == pytest.approx(theil)
    assert result["BETWEEN_SHARE"] == pytest.approx(1.0)


def test_indexchange_same_year_twice_is_no_change(run, sample_gpkg):
    deso = QgsVectorLayer(f"{sample_gpkg}|layername=deso", "deso", "ogr")
    groups = ["q1", "q2", "q3", "q4", "q5"]
    result = run(
        "segregation:indexchange",
        {
            "INPUT": deso,
            "GROUP_FIELDS": groups,
            "GROUP_FIELDS_B": groups,
            "PERMUTATIONS": 99,
            "OUTPUT": "memory:",
        },
    )
    rows = _rows(result["OUTPUT"])
    assert sorted(rows) == ["9901", "9902", "9903"]
    for row in rows.values():
        assert row["ojamlikhetsindex_change"] == pytest.approx(0.0, abs=1e-12)
        assert row["ojamlikhetsindex_p"] == 1.0


def test_indexchange_detects_a_large_change(run, memory_layer):
    # year A: low and high completely apart; year B: evenly mixed -> D falls from 1 to 0.
    rows = [
        ((f"0001C{i:04d}", 100 if i < 10 else 0, 0 if i < 10 else 100, 50, 50), None)
        for i in range(20)
    ]
    layer = memory_layer(
        "None",
        [
            ("desokod", "string"),
            ("a1", "integer"),
            ("a5", "integer"),
            ("b1", "integer"),
            ("b5", "integer"),
        ],
        rows,
    )
    result = run(
        "segregation:indexchange",
        {
            "INPUT": layer,
            "GROUP_FIELDS": ["a1", "a5"],
            "GROUP_FIELDS_B": ["b1", "b5"],
            "PERMUTATIONS": 199,
            "SEED": 3,
            "OUTPUT": "memory:",
        },
    )
    row = _rows(result["OUTPUT"])["0001"]
    assert row["ojamlikhetsindex_a"] == pytest.approx(100.0)
    assert row["ojamlikhetsindex_b"] == pytest.approx(0.0, abs=1e-12)
    assert row["ojamlikhetsindex_change"] == pytest.approx(-100.0)
    assert row["ojamlikhetsindex_p"] <= 0.01
