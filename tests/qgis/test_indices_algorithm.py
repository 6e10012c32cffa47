"""segregation:indices through processing.run: hand-made layers and the sample county."""

import numpy as np
import pytest
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

INDEX_COLUMNS = [
    "ojamlikhetsindex",
    "dissimilarity",
    "gini",
    "information_theory",
    "isolation",
    "exposure",
    "atkinson",
    "multigroup_dissimilarity",
    "multigroup_information_theory",
    "multigroup_gini",
    "relative_diversity",
    "normalized_exposure",
]


def _rows(layer):
    return {f["region"]: f for f in layer.getFeatures()}


def test_hand_computed_two_municipalities(run, memory_layer):
    # Municipality 9901: complete segregation of low (q1) and high (q5): ojämlikhetsindex 100.
    # Municipality 9902: the same mix in both units: 0. Unit 9902C0003 is empty (dropped).
    layer = memory_layer(
        "None",
        [("desokod", "string"), ("q1", "integer"), ("q3", "integer"), ("q5", "integer")],
        [
            (("9901C0001", 100, 50, 0), None),
            (("9901C0002", 0, 50, 100), None),
            (("9902C0001", 10, 20, 30), None),
            (("9902C0002", 20, 40, 60), None),
            (("9902C0003", 0, 0, 0), None),
        ],
    )
    result = run(
        "segregation:indices",
        {
            "INPUT": layer,
            "GROUP_FIELDS": ["q1", "q3", "q5"],
            "REGION_LEVEL": 1,
            "OUTPUT": "memory:",
            "YEAR": "2023",
        },
    )
    out = result["OUTPUT"]
    assert result["REGIONS"] == 2
    names = [f.name() for f in out.fields()]
    assert names[:5] == ["region", "region_name", "n_units", "n_units_empty", "population"]
    assert all(c in names for c in INDEX_COLUMNS)
    rows = _rows(out)
    a, b = rows["9901"], rows["9902"]
    assert a["ojamlikhetsindex"] == pytest.approx(100.0)
    assert b["ojamlikhetsindex"] == pytest.approx(0.0, abs=1e-12)
    # D of q1 vs rest in 9901: q1 shares 1, 0; rest shares 50/200, 150/200 -> 1/2(|1-.25|+|0-.75|)
    assert a["dissimilarity"] == pytest.approx(0.75)
    assert b["dissimilarity"] == pytest.approx(0.0, abs=1e-12)
    assert (a["n_units"], a["population"]) == (2, 300)
    assert (b["n_units"], b["n_units_empty"], b["population"]) == (2, 1, 180)
    assert a["year"] == "2023" and "q1" in a["groups"] and a["unit_level"]


def test_single_unit_region_is_null_with_note(run, memory_layer):
    layer = memory_layer(
        "None",
        [("desokod", "string"), ("q1", "integer"), ("q5", "integer")],
        [(("9901C0001", 5, 5), None), (("9902C0001", 5, 5), None), (("9902C0002", 1, 9), None)],
    )
    out = run(
        "segregation:indices", {"INPUT": layer, "GROUP_FIELDS": ["q1", "q5"], "OUTPUT": "memory:"}
    )["OUTPUT"]
    rows = _rows(out)
    assert rows["9901"]["ojamlikhetsindex"] == NULL
    assert "fewer than 2 populated units" in rows["9901"]["note"]
    assert rows["9902"]["ojamlikhetsindex"] == pytest.approx(
        100 * 0.5 * (abs(5 / 6 - 5 / 14) + abs(1 / 6 - 9 / 14))
    )


def test_group_not_among_groups_is_refused(run, memory_layer):
    layer = memory_layer(
        "None", [("q1", "integer"), ("q5", "integer"), ("x", "integer")], [((1, 2, 3), None)]
    )
    with pytest.raises(QgsProcessingException, match="FOCUS_GROUP must be one of"):
        run(
            "segregation:indices",
            {
                "INPUT": layer,
                "GROUP_FIELDS": ["q1", "q5"],
                "FOCUS_GROUP": "x",
                "REGION_LEVEL": 0,
                "OUTPUT": "memory:",
            },
        )


def test_sample_county_per_municipality(run, sample_gpkg):
    deso = QgsVectorLayer(f"{sample_gpkg}|layername=deso", "deso", "ogr")
    assert deso.isValid()
    result = run(
        "segregation:indices",
        {
            "INPUT": deso,
            "GROUP_FIELDS": ["q1", "q2", "q3", "q4", "q5"],
            "REGION_LEVEL": 1,
            "PERMUTATIONS": 99,
            "SEED": 1,
            "OUTPUT": "memory:",
            "REGION_LAYER": "memory:",
        },
    )
    rows = _rows(result["OUTPUT"])
    assert sorted(rows) == ["9901", "9902", "9903"]
    assert rows["9901"]["region_name"] == "Åstad"
    # Independent computation of the ojämlikhetsindex from the DeSO counts.
    feats = list(deso.getFeatures())
    for kommun, row in rows.items():
        q1 = np.array([f["q1"] for f in feats if f["kommunkod"] == kommun], dtype=float)
        q5 = np.array([f["q5"] for f in feats if f["kommunkod"] == kommun], dtype=float)
        expected = 100 * 0.5 * np.abs(q1 / q1.sum() - q5 / q5.sum()).sum()
        assert row["ojamlikhetsindex"] == pytest.approx(expected, rel=1e-12)
        assert row["population"] == sum(f["befolkning"] for f in feats if f["kommunkod"] == kommun)
        assert 0 <= row["ojamlikhetsindex_p"] <= 1
    assert rows["9901"]["ojamlikhetsindex"] > rows["9903"]["ojamlikhetsindex"]
    assert rows["9901"]["ojamlikhetsindex_p"] < 0.05  # far from random in the town
    regions = result["REGION_LAYER"]
    assert regions.featureCount() == 3 and regions.geometryType() == 2
