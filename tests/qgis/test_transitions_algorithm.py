"""segregation:areatypetransitions: one layer with two fields, and two layers by code."""

import pytest
from qgis.core import QgsProcessingException


def _pairs(layer):
    return {(f["from_type"], f["to_type"]): f for f in layer.getFeatures() if f["areas"]}


def test_two_fields_of_one_layer(run, memory_layer):
    layer = memory_layer(
        "None",
        [("kod", "string"), ("t22", "integer"), ("t23", "string"), ("bef", "integer")],
        [
            (("A", 1, "2", 100), None),
            (("B", 3, "3", 200), None),
            (("C", 4, "2", 300), None),
            (("D", None, "5", 400), None),
        ],
    )
    result = run(
        "segregation:areatypetransitions",
        {
            "INPUT": layer,
            "TYPE_FIELD_A": "t22",
            "TYPE_FIELD_B": "t23",
            "POPULATION_FIELD": "bef",
            "OUTPUT": "memory:",
        },
    )
    assert (result["SAME"], result["BETTER"], result["WORSE"]) == (1, 1, 1)
    pairs = _pairs(result["OUTPUT"])
    assert set(pairs) == {(1, 2), (3, 3), (4, 2), (0, 5)}
    assert pairs[(4, 2)]["population"] == 300 and pairs[(4, 2)]["change"] == -1
    assert result["OUTPUT"].featureCount() == 36


def test_two_layers_matched_by_code(run, memory_layer):
    a = memory_layer(
        "None",
        [("kod", "string"), ("area_type", "integer")],
        [(("A", 1), None), (("B", 2), None), (("C", 5), None)],
    )
    b = memory_layer(
        "None",
        [("kod", "string"), ("area_type", "integer")],
        [(("B", 2), None), (("A", 2), None), (("E", 4), None)],
    )
    result = run(
        "segregation:areatypetransitions",
        {
            "INPUT": a,
            "TYPE_FIELD_A": "area_type",
            "INPUT_B": b,
            "CODE_FIELD": "kod",
            "OUTPUT": "memory:",
        },
    )
    pairs = _pairs(result["OUTPUT"])
    # A 1->2, B 2->2, C 5->(none), E (none)->4
    assert set(pairs) == {(1, 2), (2, 2), (5, 0), (0, 4)}
    assert result["UNMATCHED"] == 2 and result["BETTER"] == 1 and result["SAME"] == 1


def test_two_layers_need_a_code(run, memory_layer):
    a = memory_layer("None", [("area_type", "integer")], [((1,), None)])
    with pytest.raises(QgsProcessingException, match="code field"):
        run(
            "segregation:areatypetransitions",
            {"INPUT": a, "TYPE_FIELD_A": "area_type", "INPUT_B": a, "OUTPUT": "memory:"},
        )
