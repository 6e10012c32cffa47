"""Income inequality: Gini, Theil T and its decomposition (hand cases and PySAL references)."""

import importlib.util
import math
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from segregation_plugin.core.errors import SegregationError
from segregation_plugin.core.inequality import (
    NOTE_FEW_UNITS,
    NOTE_ZERO_SUM,
    gini,
    gini_by_region,
    theil,
    theil_decomposition,
)

HERE = Path(__file__).resolve().parent
TOL = 1e-9


def _reference():
    spec = importlib.util.spec_from_file_location("pysal_reference", HERE / "pysal_reference.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.REFERENCE


REF = _reference()["mexico_inequality"]
MEXICO = pd.read_csv(HERE / "data" / "mexico.csv")


# ---------------------------------------------------------------- Gini


def test_gini_by_hand():
    # x = 1,2,3,4: sum_ij |xi - xj| = 2*(1+2+3+1+2+1) = 20; G = 20 / (2 * n^2 * mean)
    # = 20 / (2 * 16 * 2.5) = 0.25. PySAL form: (2*sum i x_(i) - (n+1) sum x) / (n sum x)
    # = (2*30 - 5*10) / 40 = 0.25.
    assert gini([4, 1, 3, 2]) == pytest.approx(0.25, abs=1e-15)
    assert gini([5, 5, 5]) == 0.0
    # One unit has everything: G = (n - 1) / n.
    assert gini([0, 0, 0, 10]) == pytest.approx(0.75, abs=1e-15)


def test_weighted_gini_equals_repeated_values():
    # Values 1, 2, 5 with weights 2, 1, 3 == the sample 1,1,2,5,5,5: n = 6, sum = 19,
    # sum (2i - n - 1) x_(i) = -5 - 3 - 2 + 5 + 15 + 25 = 35, G = 35 / (6 * 19) = 35/114.
    assert gini([1, 2, 5], weights=[2, 1, 3]) == pytest.approx(35 / 114, abs=1e-15)
    assert gini([1, 1, 2, 5, 5, 5]) == pytest.approx(35 / 114, abs=1e-15)
    # Scaling the weights changes nothing; a zero weight drops the unit.
    assert gini([1, 2, 5], weights=[20, 10, 30]) == pytest.approx(35 / 114, abs=1e-15)
    assert gini([1, 2, 5, 100], weights=[2, 1, 3, 0]) == pytest.approx(35 / 114, abs=1e-15)


def test_gini_is_scale_invariant_and_order_free():
    rng = np.random.default_rng(0)
    x = rng.lognormal(10, 0.5, 500)
    w = rng.integers(1, 100, 500)
    perm = rng.permutation(500)
    assert gini(x * 3.5, w) == pytest.approx(gini(x, w), rel=1e-12)
    assert gini(x[perm], w[perm]) == pytest.approx(gini(x, w), rel=1e-12)


def test_gini_matches_brute_force_pairwise_definition():
    rng = np.random.default_rng(2)
    x = np.round(rng.gamma(2, 1000, 300))  # with ties
    w = rng.random(300)
    brute = (np.outer(w, w) * np.abs(x[:, None] - x[None, :])).sum() / (2 * w.sum() * (w * x).sum())
    assert gini(x, w) == pytest.approx(brute, rel=1e-12)


def test_gini_by_region_equals_separate_calls():
    rng = np.random.default_rng(4)
    x = rng.lognormal(8, 0.7, 200)
    w = rng.integers(0, 50, 200)
    regions = rng.choice(["b", "a", "c"], 200)
    table = gini_by_region(x, regions, w).set_index("region")
    assert list(table.index) == ["a", "b", "c"]
    for label in "abc":
        m = regions == label
        assert table.loc[label, "gini"] == pytest.approx(gini(x[m], w[m]), rel=1e-12)
        assert table.loc[label, "n_units"] == (w[m] > 0).sum()
        assert table.loc[label, "mean"] == pytest.approx((w[m] * x[m]).sum() / w[m].sum())
    assert (table.note == "").all()


def test_gini_by_region_edge_regions_are_nan_with_note():
    table = gini_by_region([1, 3, 7, 0, 0], ["a", "a", "single", "zero", "zero"])
    table = table.set_index("region")
    assert table.loc["a", "gini"] == pytest.approx(2 / (2 * 2 * 2))  # |1-3|*2 / (2*n^2*mean)
    assert np.isnan(table.loc["single", "gini"]) and table.loc["single", "note"] == NOTE_FEW_UNITS
    assert np.isnan(table.loc["zero", "gini"]) and table.loc["zero", "note"] == NOTE_ZERO_SUM


# ---------------------------------------------------------------- Theil


def test_theil_by_hand():
    # x = 1, 1, 2: mean 4/3, shares .25, .25, .5:
    # T = .5 ln(3/4) + .5 ln(3/2) = .5 ln(9/8).
    assert theil([1, 1, 2]) == pytest.approx(0.5 * math.log(9 / 8), abs=1e-15)
    assert theil([3, 3, 3]) == pytest.approx(0.0, abs=1e-15)
    # One unit has everything: T = ln n (0 ln 0 = 0).
    assert theil([0, 2]) == pytest.approx(math.log(2), abs=1e-15)
    assert theil([0, 0, 0, 9]) == pytest.approx(math.log(4), abs=1e-15)


def test_weighted_theil_equals_repeated_values():
    assert theil([1, 2, 5], weights=[2, 1, 3]) == pytest.approx(theil([1, 1, 2, 5, 5, 5]))
    assert theil([1, 2, 5], weights=[4, 2, 6]) == pytest.approx(theil([1, 1, 2, 5, 5, 5]))


def test_theil_decomposition_by_hand():
    # A = (1, 1), B = (2, 2): no inequality within regions, all of it between.
    # mean 1.5; S_A = 2/6, S_B = 4/6; between = 1/3 ln(1/1.5) + 2/3 ln(2/1.5).
    out = theil_decomposition([1, 2, 1, 2], ["A", "B", "A", "B"])
    between = (1 / 3) * math.log(1 / 1.5) + (2 / 3) * math.log(2 / 1.5)
    assert out["between"] == pytest.approx(between, abs=1e-15)
    assert out["within"] == pytest.approx(0.0, abs=1e-15)
    assert out["total"] == pytest.approx(theil([1, 1, 2, 2]), abs=1e-15)
    regions = out["regions"].set_index("region")
    assert regions.loc["A", "income_share"] == pytest.approx(1 / 3)
    assert regions.loc["B", "mean"] == 2.0


def test_theil_decomposition_parts_add_up_weighted():
    rng = np.random.default_rng(9)
    x = rng.lognormal(9, 0.6, 300)
    w = rng.integers(1, 30, 300)
    regions = rng.choice(list("pqrs"), 300)
    out = theil_decomposition(x, regions, w)
    table = out["regions"].set_index("region")
    assert out["total"] == pytest.approx(theil(x, w), rel=1e-12)
    assert out["between"] + out["within"] == pytest.approx(out["total"], rel=1e-12)
    assert table.within_contribution.sum() == pytest.approx(out["within"], rel=1e-12)
    assert table.between_contribution.sum() == pytest.approx(out["between"], rel=1e-12)
    for label in "pqrs":
        m = regions == label
        assert table.loc[label, "theil"] == pytest.approx(theil(x[m], w[m]), rel=1e-12)
    # Weighted by whole numbers == repeating each unit w times.
    rep = theil_decomposition(np.repeat(x, w), np.repeat(regions, w))
    assert rep["between"] == pytest.approx(out["between"], rel=1e-10)
    assert rep["within"] == pytest.approx(out["within"], rel=1e-10)


def test_theil_region_with_zero_income():
    out = theil_decomposition([0, 0, 1, 3], ["z", "z", "a", "a"])
    table = out["regions"].set_index("region")
    assert table.loc["z", "income_share"] == 0.0
    assert table.loc["z", "between_contribution"] == 0.0
    assert table.loc["z", "note"] == NOTE_ZERO_SUM
    assert out["total"] == pytest.approx(theil([0, 0, 1, 3]))
    assert out["between"] + out["within"] == pytest.approx(out["total"])


# ---------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    "values, weights",
    [
        ([1, -2, 3], None),
        ([1, np.nan, 3], None),
        ([0, 0, 0], None),
        ([1, 2], [1, 2, 3]),
        ([1, 2], [1, -1]),
        ([1, 2], [0, 0]),
        ([], None),
        (["a", 1], None),
    ],
)
def test_bad_input_raises(values, weights):
    with pytest.raises(SegregationError):
        gini(values, weights)
    with pytest.raises(SegregationError):
        theil(values, weights)


def test_negative_value_names_the_unit():
    with pytest.raises(SegregationError) as err:
        gini(pd.Series([1.0, -2.0], index=["DeSO-1", "DeSO-2"]))
    assert err.value.params["unit"] == "DeSO-2"


# ---------------------------------------------------------------- frozen PySAL references


def test_pysal_gini_theil_and_theild_on_mexico():
    for j, col in enumerate(REF["columns"]):
        values = MEXICO[col]
        assert gini(values) == pytest.approx(REF["gini"][j], abs=TOL, rel=0), col
        assert theil(values) == pytest.approx(REF["theil"][j], abs=TOL, rel=0), col
        out = theil_decomposition(values, MEXICO[REF["region_field"]])
        assert out["total"] == pytest.approx(REF["theil_total"][j], abs=TOL, rel=0)
        assert out["between"] == pytest.approx(REF["theil_between"][j], abs=TOL, rel=0)
        assert out["within"] == pytest.approx(REF["theil_within"][j], abs=TOL, rel=0)


def test_pysal_per_region_gini_and_theil_on_mexico_1940():
    by_gini = gini_by_region(MEXICO.pcgdp1940, MEXICO.hanson03).set_index("region")
    by_theil = theil_decomposition(MEXICO.pcgdp1940, MEXICO.hanson03)["regions"]
    by_theil = by_theil.set_index("region")
    assert set(by_gini.index) == set(REF["gini_by_region_1940"])
    for region, value in REF["gini_by_region_1940"].items():
        assert by_gini.loc[region, "gini"] == pytest.approx(value, abs=TOL, rel=0)
    for region, value in REF["theil_by_region_1940"].items():
        assert by_theil.loc[region, "theil"] == pytest.approx(value, abs=TOL, rel=0)
