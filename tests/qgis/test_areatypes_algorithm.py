"""segregation:areatypes through processing.run on hand-made layers."""

import numpy as np
import pytest
from qgis.core import NULL, QgsProcessingException


@pytest.fixture()
def regso(memory_layer):
    # index = mean(V1, V2, V3): 10, 20, 30, 40, 50 and one area with V2 missing ("..").
    rows = [
        (("9901R001", 10.0, 10.0, 10.0, "1000"), "POLYGON((0 0,1 0,1 1,0 1,0 0))"),
        (("9901R002", 20.0, 20.0, 20.0, "1000"), "POLYGON((1 0,2 0,2 1,1 1,1 0))"),
        (("9901R003", 30.0, 30.0, 30.0, "1000"), "POLYGON((2 0,3 0,3 1,2 1,2 0))"),
        (("9901R004", 40.0, 40.0, 40.0, "1000"), "POLYGON((3 0,4 0,4 1,3 1,3 0))"),
        (("9901R005", 50.0, 50.0, 50.0, "4000"), "POLYGON((4 0,5 0,5 1,4 1,4 0))"),
        (("9901R006", 15.0, None, 15.0, "500"), "POLYGON((5 0,6 0,6 1,5 1,5 0))"),
    ]
    return memory_layer(
        "Polygon",
        [
            ("regsokod", "string"),
            ("v1", "double"),
            ("v2", "double"),
            ("v3", "double"),
            ("bef", "string"),
        ],
        rows,
    )


def _params(layer, **extra):
    params = {
        "INPUT": layer,
        "V1_FIELD": "v1",
        "V2_FIELD": "v2",
        "V3_FIELD": "v3",
        "OUTPUT": "memory:",
    }
    params.update(extra)
    return params


def test_classifies_against_input_with_sample_sd(run, regso):
    result = run("segregation:areatypes", _params(regso))
    # mean 30, sample sd sqrt(1000/4) = 15.811: edges 14.19, 30, 45.81, 61.62
    assert result["MEAN"] == pytest.approx(30.0)
    assert result["STD"] == pytest.approx(250**0.5)
    assert result["N_REFERENCE"] == 5
    # 10 -> type 5, 20 -> 4, 30 and 40 -> 3, 50 -> 2
    assert [result[f"COUNT_{t}"] for t in range(1, 6)] == [0, 1, 2, 1, 1]
    assert result["COUNT_NULL"] == 1
    assert "5 areas" in result["WARNING"]  # classified against itself, not Sweden
    out = result["OUTPUT"]
    names = [f.name() for f in out.fields()]
    assert names == [
        "regsokod",
        "v1",
        "v2",
        "v3",
        "bef",
        "sei_index",
        "sei_z",
        "area_type",
        "area_type_label",
        "area_type_note",
        "sei_method",
    ]
    feats = {f["regsokod"]: f for f in out.getFeatures()}
    assert feats["9901R003"]["area_type"] == 3 and feats["9901R003"]["sei_z"] == 0.0
    assert feats["9901R005"]["area_type"] == 2
    assert feats["9901R001"]["area_type"] == 5
    assert feats["9901R002"]["area_type"] == 4
    assert feats["9901R006"]["area_type"] == NULL
    assert feats["9901R006"]["area_type_note"] == "V2 missing"
    assert feats["9901R005"]["area_type_label"].startswith("2 ")
    assert "ddof=1" in feats["9901R001"]["sei_method"]
    assert out.featureCount() == 6 and out.wkbType() == regso.wkbType()
    # the input layer is untouched
    assert [f.name() for f in regso.fields()] == ["regsokod", "v1", "v2", "v3", "bef"]


def test_given_national_reference_and_weights(run, regso):
    result = run("segregation:areatypes", _params(regso, REFERENCE=1, REF_MEAN=20, REF_STD=10))
    # edges 10, 20, 30, 40: 10 -> 4, 20 -> 3, 30 -> 2, 40 -> 1, 50 -> 1
    assert [result[f"COUNT_{t}"] for t in range(1, 6)] == [2, 1, 1, 1, 0]
    assert result["WARNING"] == ""
    weighted = run("segregation:areatypes", _params(regso, WEIGHT_FIELD="bef"))
    # weights 1000 x4 and 4000: mean (10+20+30+40)*1000 + 50*4000 = 300000/8000 = 37.5
    assert weighted["MEAN"] == pytest.approx(37.5)


def test_reference_layer_and_index_field(run, regso, memory_layer):
    # reference: 0, 10, 20, 30, 40 -> mean 20, sample sd sqrt(1000/4) = 15.81
    ref = memory_layer(
        "None", [("v1", "double")], [((v,), None) for v in (0.0, 10.0, 20.0, 30.0, 40.0)]
    )
    result = run(
        "segregation:areatypes",
        {
            "INPUT": regso,
            "INDEX_FIELD": "v1",
            "REFERENCE": 2,
            "REF_LAYER": ref,
            "OUTPUT": "memory:",
        },
    )
    assert result["MEAN"] == pytest.approx(20.0) and result["N_REFERENCE"] == 5
    # v1 as index: 10 (z -.63) 4, 20 -> 3, 30 -> 3, 40 (z 1.26) -> 2, 50 -> 2, 15 -> 4
    assert [result[f"COUNT_{t}"] for t in range(1, 6)] == [0, 2, 2, 2, 0]
    assert "another layer" in result["METHOD"]


def test_fractions_refused_with_field_name(run, memory_layer):
    layer = memory_layer(
        "None",
        [("a", "double"), ("b", "double"), ("c", "double")],
        [((0.1, 0.2, 0.3), None), ((0.2, 0.1, 0.4), None), ((0.3, 0.3, 0.1), None)],
    )
    params = {
        "INPUT": layer,
        "V1_FIELD": "a",
        "V2_FIELD": "b",
        "V3_FIELD": "c",
        "OUTPUT": "memory:",
    }
    with pytest.raises(QgsProcessingException, match="Field a looks like fractions"):
        run("segregation:areatypes", params)
    result = run("segregation:areatypes", dict(params, FRACTIONS=True))
    assert result["MEAN"] == pytest.approx(100 * (0.6 + 0.7 + 0.7) / 9)


def test_text_that_is_not_a_number_names_feature(run, memory_layer):
    layer = memory_layer(
        "None",
        [("a", "string"), ("b", "double"), ("c", "double")],
        [(("12", 1.0, 2.0), None), (("tolv", 1.0, 2.0), None)],
    )
    with pytest.raises(QgsProcessingException, match="value 'tolv' of feature 2"):
        run(
            "segregation:areatypes",
            {
                "INPUT": layer,
                "V1_FIELD": "a",
                "V2_FIELD": "b",
                "V3_FIELD": "c",
                "OUTPUT": "memory:",
            },
        )


def test_sample_county_regso(run, sample_gpkg):
    from qgis.core import QgsVectorLayer

    regso = QgsVectorLayer(f"{sample_gpkg}|layername=regso", "regso", "ogr")
    result = run(
        "segregation:areatypes",
        {
            "INPUT": regso,
            "V1_FIELD": "andel_lag_ek_standard",
            "V2_FIELD": "andel_forgymnasial",
            "V3_FIELD": "andel_bistand_arbetsloshet",
            "OUTPUT": "memory:",
        },
    )
    # Independent computation from the layer's own fields.
    feats = list(regso.getFeatures())
    index = np.array(
        [
            (f["andel_lag_ek_standard"] + f["andel_forgymnasial"] + f["andel_bistand_arbetsloshet"])
            / 3
            for f in feats
        ]
    )
    mean, sd = index.mean(), index.std(ddof=1)
    z = (index - mean) / sd
    expected = np.select([z >= 2, z >= 1, z >= 0, z >= -1], [1, 2, 3, 4], 5)
    assert result["MEAN"] == pytest.approx(mean) and result["STD"] == pytest.approx(sd)
    counts = [result[f"COUNT_{t}"] for t in range(1, 6)]
    assert counts == [int((expected == t).sum()) for t in range(1, 6)]
    assert counts == [3, 3, 7, 19, 6] and result["COUNT_NULL"] == 0
    out = {f["regsokod"]: f for f in result["OUTPUT"].getFeatures()}
    for feature, t in zip(feats, expected):
        row = out[feature["regsokod"]]
        assert row["area_type"] == t
        assert "38 areas" in row["sei_method"]  # the local reference is said in the output
    assert result["OUTPUT"].renderer() is not None
