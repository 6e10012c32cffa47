"""Population per area type per region, and Delmos' flags (hand-computed cases)."""

import math

import numpy as np
import pandas as pd
import pytest

from segregation_plugin.core.composition import (
    NOTE_FLAG_MISSING,
    NOTE_FLAG_NO_SPREAD,
    NOTE_NO_POPULATION,
    composition,
    flags,
)
from segregation_plugin.core.errors import SegregationError


def test_composition_by_hand():
    # Region K: types 1, 2, 3, NULL with 100, 50, 250, 100 people (total 500).
    # Region L: types 5, 1, 5 with 10, 30, 60 people (total 100).
    pop = [100, 50, 250, 100, 10, 30, 60]
    types = [1, 2.0, "3", None, 5, 1, 5]
    regions = ["K", "K", "K", "K", "L", "L", "L"]
    t = composition(pop, types, regions).set_index("region")
    assert list(t.index) == ["K", "L"]
    k, l_ = t.loc["K"], t.loc["L"]
    assert (k.n_units, k.population) == (4, 500)
    assert (k.pop_type_1, k.pop_type_2, k.pop_type_3, k.pop_type_4) == (100, 50, 250, 0)
    assert (k.pop_type_5, k.pop_type_null) == (0, 100)
    assert k.share_type_1 == pytest.approx(0.2) and k.share_type_null == pytest.approx(0.2)
    assert k.share_type_12 == pytest.approx(150 / 500)
    assert (k.units_type_1, k.units_type_2, k.units_type_3, k.units_type_null) == (1, 1, 1, 1)
    assert l_.share_type_5 == pytest.approx(0.7) and l_.share_type_12 == pytest.approx(0.3)
    assert (l_.units_type_5, l_.units_type_1, l_.units_type_4) == (2, 1, 0)
    shares = [f"share_type_{s}" for s in ["1", "2", "3", "4", "5", "null"]]
    np.testing.assert_allclose(t[shares].sum(axis=1), 1.0)
    assert (t.note == "").all()


def test_composition_region_without_population():
    t = composition([0, 0, 5], [1, 2, 3], ["a", "a", "b"]).set_index("region")
    assert np.isnan(t.loc["a", "share_type_1"]) and t.loc["a", "note"] == NOTE_NO_POPULATION
    assert t.loc["a", "units_type_1"] == 1 and t.loc["b", "share_type_3"] == 1.0


@pytest.mark.parametrize(
    "pop, types",
    [
        ([1, 2], [1, 7]),  # not a type
        ([1, 2], [1, 2.5]),  # not whole
        ([1, 2], [1, "x"]),  # text
        ([1, -2], [1, 2]),  # negative population
        ([1, np.nan], [1, 2]),  # missing population
        ([1, 2], [1]),  # wrong length
    ],
)
def test_composition_bad_input(pop, types):
    with pytest.raises(SegregationError):
        composition(pop, types, ["r"] * len(pop))


def test_composition_bad_type_names_unit():
    with pytest.raises(SegregationError) as err:
        composition(pd.Series([5, 6], index=["D1", "D2"]), [3, 9], ["r", "r"])
    assert err.value.params == {"unit": "D2", "value": 9}


def _regions():
    # ineq: mean 40; deviations -30,-20,-10,0,60 -> SD(ddof=1) = sqrt(5000/4) = 35.355.
    # share12: mean .16; deviations .34,-.06,-.06,-.06,-.16 -> SD = sqrt(.152/4) = .194936.
    return pd.DataFrame(
        {
            "region": ["a", "b", "c", "d", "e"],
            "ineq": [10.0, 20.0, 30.0, 40.0, 100.0],
            "s12": [0.5, 0.1, 0.1, 0.1, 0.0],
            "pop": [1, 1, 1, 1, 1],
        }
    )


def test_flags_by_hand_and_rules():
    out = flags(_regions(), ineq_col="ineq", share12_col="s12")
    assert out["ineq_threshold"].iloc[0] == pytest.approx(40 + math.sqrt(1250))
    assert out["share12_threshold"].iloc[0] == pytest.approx(0.16 + 1.5 * math.sqrt(0.038))
    assert out.flag_ineq.tolist() == [False, False, False, False, True]  # 100 >= 75.36
    assert out.flag_share12.tolist() == [True, False, False, False, False]  # .5 >= .452
    assert out.flag_combined.tolist() == [False] * 5  # AND
    either = flags(_regions(), ineq_col="ineq", share12_col="s12", rule="or")
    assert either.flag_combined.tolist() == [True, False, False, False, True]
    assert (out.flag_note == "").all()
    # The input is not modified.
    assert "flag_ineq" not in _regions().columns


def test_flags_k_ddof_and_threshold_is_inclusive():
    # k = 0: flag values >= the mean (40): d and e.
    out = flags(_regions(), ineq_col="ineq", share12_col="s12", k_ineq=0.0)
    assert out.flag_ineq.tolist() == [False, False, False, True, True]
    # ddof = 0: SD = sqrt(5000/5) = 31.62; threshold 71.62.
    out = flags(_regions(), ineq_col="ineq", share12_col="s12", ddof=0)
    assert out["ineq_threshold"].iloc[0] == pytest.approx(40 + math.sqrt(1000))


def test_flags_weighted():
    table = pd.DataFrame({"ineq": [0.0, 10.0], "s12": [0.0, 0.0], "pop": [3.0, 1.0]})
    # Equal weights give the unweighted result.
    plain = flags(_regions(), ineq_col="ineq", share12_col="s12")
    equal = flags(_regions(), ineq_col="ineq", share12_col="s12", weights="pop")
    pd.testing.assert_frame_equal(plain, equal)
    # Weights 3, 1: mean 2.5; V1 = 4, V2 = 10, n_eff = 1.6;
    # var = (3*6.25 + 1*56.25)/4 * 1.6/0.6 = 18.75 * 8/3 = 50 -> SD = 7.0711, threshold 9.57.
    out = flags(table, ineq_col="ineq", share12_col="s12", weights="pop")
    assert out["ineq_threshold"].iloc[0] == pytest.approx(2.5 + math.sqrt(50))
    assert out.flag_ineq.tolist() == [False, True]
    # Weights as an array work the same.
    arr = flags(table, ineq_col="ineq", share12_col="s12", weights=np.array([3.0, 1.0]))
    pd.testing.assert_frame_equal(out, arr)


def test_flags_missing_values_and_too_few_regions():
    table = _regions()
    table.loc[4, "ineq"] = np.nan
    out = flags(table, ineq_col="ineq", share12_col="s12", k_ineq=0.0)
    # Mean of 10..40 = 25: c and d flagged, e (missing) not flagged, with a note.
    assert out.flag_ineq.tolist() == [False, False, True, True, False]
    assert out.flag_note.tolist() == ["", "", "", "", NOTE_FLAG_MISSING]
    one = flags(table.iloc[:1], ineq_col="ineq", share12_col="s12")
    assert not one.flag_ineq.iloc[0] and one.flag_note.iloc[0] == NOTE_FLAG_NO_SPREAD


@pytest.mark.parametrize(
    "kw",
    [
        {"rule": "xor"},
        {"ineq_col": "nope"},
        {"weights": "nope"},
        {"ddof": -1},
        {"weights": [1, 2]},
    ],
)
def test_flags_bad_input(kw):
    args = {"ineq_col": "ineq", "share12_col": "s12", **kw}
    with pytest.raises(SegregationError):
        flags(_regions(), **args)
