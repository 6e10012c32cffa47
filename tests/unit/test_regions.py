"""Region keys from SCB codes."""

import pytest

from segregation_plugin.core.errors import SegregationError
from segregation_plugin.core.regions import region_keys, region_names


def test_municipality_and_county_from_deso_and_regso_codes():
    codes = ["1280C1230", "1280R012", "0114A0010", " 0180C1000 "]
    assert region_keys(codes, "municipality").tolist() == ["1280", "1280", "0114", "0180"]
    assert region_keys(codes, "county").tolist() == ["12", "12", "01", "01"]
    assert region_keys(codes, "layer").tolist() == ["all"] * 4


def test_bad_code_names_feature():
    with pytest.raises(SegregationError) as err:
        region_keys(["1280C1230", None, "Malmö"], "municipality", unit_ids=[7, 8, 9])
    assert str(err.value) == (
        "Code '' of feature 8 does not start with a 4-digit municipality code; "
        "2 feature(s) affected."
    )


def test_region_names_first_non_empty():
    keys = region_keys(["1280C1", "1280C2", "0114A1"], "municipality")
    assert region_names(keys, [None, "Malmö", "Upplands Väsby"]) == {
        "1280": "Malmö",
        "0114": "Upplands Väsby",
    }
