"""Tests for segregation_plugin.core.aggregate, with hand-computed numbers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from segregation_plugin.core.aggregate import (
    FIRST,
    MAX,
    MEAN,
    MIN,
    SUM,
    Rule,
    aggregate,
    apportion,
    ratio,
    weighted_mean,
)
from segregation_plugin.core.errors import SegregationError

# Five DeSO-like units. Unit 3 has a suppressed mean income; unit 4 has nobody.
UNITS = pd.DataFrame(
    {
        "pop": [100.0, 200.0, 300.0, 400.0, 0.0],
        "income": [10.0, 20.0, 30.0, np.nan, 50.0],
        "low": [10.0, 30.0, 60.0, 80.0, 0.0],
        "areatype": [1, 2, 3, 4, 5],
        "name": ["a", "b", "c", "d", "e"],
    }
)
RULES = {
    "pop": SUM,
    "income": weighted_mean("pop"),
    "low_share": ratio("low", "pop"),
    "type_min": Rule("min", source="areatype"),
    "type_max": Rule("max", source="areatype"),
    "name": FIRST,
}


def test_aggregate_hand_computed():
    out = aggregate(UNITS, ["X", "X", "Y", "Y", None], RULES)
    assert out.index.tolist() == ["X", "Y"] and out.index.name == "target"
    assert list(out.columns) == ["n_units", *RULES]
    assert out["n_units"].tolist() == [2, 2]
    # sum: 100 + 200; 300 + 400 (unit 4 has no target)
    assert out["pop"].tolist() == [300.0, 700.0]
    # weighted mean: (100*10 + 200*20) / 300; (300*30) / 300 (unit 3 income missing)
    assert out["income"].tolist() == pytest.approx([5000 / 300, 30.0])
    # ratio of sums: 100 * (10 + 30) / 300; 100 * (60 + 80) / 700
    assert out["low_share"].tolist() == pytest.approx([40 / 3, 20.0])
    assert out["type_min"].tolist() == [1.0, 3.0]
    assert out["type_max"].tolist() == [2.0, 4.0]
    assert out["name"].tolist() == ["a", "c"]


def test_aggregate_string_rules_mean_and_missing():
    values = pd.DataFrame({"v": [1.0, np.nan, np.nan, 4.0, 6.0]})
    out = aggregate(values, [1, 2, 2, 3, 3], {"v": "sum"})
    # A target whose units are all missing is NaN, never 0.
    assert out["v"].tolist()[0] == 1.0 and np.isnan(out["v"].iloc[1])
    assert out["v"].iloc[2] == 10.0
    out = aggregate(values, [1, 2, 2, 3, 3], {"v": MEAN})
    assert out["v"].iloc[2] == 5.0
    out = aggregate(values, [1, 1, 1, 1, 1], {"v": MIN, "w": Rule("max", source="v")})
    assert (out["v"].iloc[0], out["w"].iloc[0]) == (1.0, 6.0)


def test_ratio_scale_and_zero_denominator():
    values = pd.DataFrame({"a": [1.0, 2.0, 5.0], "b": [4.0, 4.0, 0.0]})
    out = aggregate(values, ["p", "p", "q"], {"r": ratio("a", "b", scale=1)})
    assert out["r"].iloc[0] == pytest.approx(3 / 8)
    assert np.isnan(out["r"].iloc[1])


# Unit -> target fractions (each unit's fractions sum to 1, except unit 2: 0.25 + 0.75).
WEIGHTS = pd.DataFrame(
    {
        "unit_idx": [0, 1, 1, 2, 2, 3, 4],
        "target_idx": [0, 0, 1, 1, 2, 2, 2],
        "fraction": [1.0, 0.5, 0.5, 0.25, 0.75, 1.0, 1.0],
    }
)


def test_apportion_hand_computed():
    out = apportion(UNITS, WEIGHTS, RULES)
    assert out.index.tolist() == [0, 1, 2] and out.index.name == "target_idx"
    assert out["n_units"].tolist() == [2, 2, 3]
    # sums by fraction: 100 + 0.5*200; 0.5*200 + 0.25*300; 0.75*300 + 400 + 0
    assert out["pop"].tolist() == pytest.approx([200.0, 175.0, 625.0])
    # means weighted by fraction x pop:
    # t0 (100*10 + 100*20)/200; t1 (100*20 + 75*30)/175; t2 (225*30 + 0*50)/225 (unit 3 missing)
    assert out["income"].tolist() == pytest.approx([15.0, 4250 / 175, 30.0])
    # ratio of apportioned sums: 100*(10+15)/200; 100*(15+15)/175; 100*(45+80+0)/625
    assert out["low_share"].tolist() == pytest.approx([12.5, 3000 / 175, 20.0])
    assert out["type_min"].tolist() == [1.0, 2.0, 3.0]
    assert out["type_max"].tolist() == [2.0, 3.0, 5.0]
    # first = unit with the largest fraction (ties: first unit): a; b (0.5 > 0.25); d
    assert out["name"].tolist() == ["a", "b", "d"]


def test_apportion_conserves_totals():
    rng = np.random.default_rng(7)
    n_units, n_targets = 500, 40
    values = pd.DataFrame({"pop": rng.integers(0, 2000, n_units).astype(float)})
    rows = []
    for u in range(n_units):  # small hand-made test table
        targets = rng.choice(n_targets, size=rng.integers(1, 4), replace=False)
        share = rng.random(len(targets))
        share /= share.sum()
        rows += [(u, t, f) for t, f in zip(targets, share)]
    weights = pd.DataFrame(rows, columns=["unit_idx", "target_idx", "fraction"])
    out = apportion(values, weights, {"pop": SUM}, n_targets=n_targets + 5)
    assert len(out) == n_targets + 5
    assert out["pop"].sum() == pytest.approx(values["pop"].sum())
    assert out["n_units"].iloc[-5:].tolist() == [0] * 5


def test_apportion_repeated_pairs_are_added():
    values = pd.DataFrame({"pop": [100.0]})
    weights = pd.DataFrame(
        {"unit_idx": [0, 0, 0], "target_idx": [0, 0, 1], "fraction": [0.25, 0.25, 0.5]}
    )
    out = apportion(values, weights, {"pop": SUM})
    assert out["pop"].tolist() == [50.0, 50.0] and out["n_units"].tolist() == [1, 1]


def test_apportion_equals_aggregate_for_whole_units():
    target = np.array([0, 0, 1, 1, 1])
    weights = pd.DataFrame({"unit_idx": range(5), "target_idx": target, "fraction": 1.0})
    a = aggregate(UNITS, target, RULES)
    b = apportion(UNITS, weights, RULES)
    pd.testing.assert_frame_equal(a.reset_index(drop=True), b.reset_index(drop=True))


def _message(fn, *args, **kwargs) -> str:
    with pytest.raises(SegregationError) as info:
        fn(*args, **kwargs)
    return str(info.value)


def test_bad_input_messages():
    assert _message(aggregate, UNITS, [1, 2], {"pop": SUM}) == "There are 2 target ids for 5 units."
    assert _message(aggregate, UNITS, [1] * 5, {"x": SUM}) == (
        'The field "x" used by the rule for "x" is not in the table.'
    )
    assert _message(aggregate, UNITS, [1] * 5, {"name": SUM}) == (
        'The field "name" is not numeric (value "a" in row 0).'
    )
    assert _message(aggregate, UNITS, [1] * 5, {"pop": "median"}) == (
        'Unknown aggregation rule "median" for field "pop"; use one of sum, mean, '
        "weighted_mean, ratio, min, max, first."
    )
    assert _message(aggregate, UNITS, [1] * 5, {"pop": Rule("weighted_mean")}) == (
        'The rule for field "pop" needs a weight field.'
    )
    too_much = WEIGHTS.assign(fraction=[1.0, 0.7, 0.5, 0.25, 0.75, 1.0, 1.0])
    assert _message(apportion, UNITS, too_much, {"pop": SUM}) == (
        "The fractions of unit(s) 1 add up to more than 1."
    )
    bad = WEIGHTS.assign(unit_idx=[0, 1, 1, 2, 2, 3, 9])
    assert _message(apportion, UNITS, bad, {"pop": SUM}) == (
        "The weight table has a unit_idx outside 0..4 in row 6."
    )
    assert _message(apportion, UNITS, WEIGHTS.drop(columns="fraction"), {"pop": SUM}) == (
        "The weight table lacks the column(s) fraction."
    )
    assert _message(apportion, UNITS, WEIGHTS, {"pop": SUM}, n_targets=2) == (
        "The weight table has a target_idx >= 2 in row 4."
    )


def test_max_rule_constant():
    out = aggregate(UNITS, [0] * 5, {"areatype": MAX})
    assert out["areatype"].iloc[0] == 5.0
