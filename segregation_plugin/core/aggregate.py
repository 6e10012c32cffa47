"""Aggregate unit values (e.g. DeSO) to larger areas (RegSO, kommun, custom areas).

Rules follow SCB's practice for regional statistics: counts are summed; shares and
means are recomputed from their parts (a ratio of sums, or a mean weighted by the
population it refers to), never averaged unweighted; missing values stay missing
(a target whose units are all missing is NaN, not 0).

:func:`aggregate` groups units by a target id; :func:`apportion` splits units over
targets by a sparse table ``unit_idx, target_idx, fraction`` (e.g. the share of a
DeSO's area inside each target polygon: areal weighting, Goodchild & Lam 1980), so that
sums are apportioned by fraction and means weighted by fraction x weight.

Vectorized with numpy.bincount and pandas groupby; no qgis or Qt import.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping, Optional, Union

import numpy as np
import pandas as pd

from .errors import N_, SegregationError

__all__ = [
    "Rule",
    "SUM",
    "MEAN",
    "MIN",
    "MAX",
    "FIRST",
    "weighted_mean",
    "ratio",
    "aggregate",
    "apportion",
]

KINDS = ("sum", "mean", "weighted_mean", "ratio", "min", "max", "first")

E_RULE_KIND = N_('Unknown aggregation rule "{rule}" for field "{field}"; use one of {kinds}.')
E_RULE_ARGS = N_('The rule for field "{field}" needs {what}.')
E_NO_FIELD = N_('The field "{column}" used by the rule for "{field}" is not in the table.')
E_NOT_NUMERIC = N_('The field "{column}" is not numeric (value "{value}" in row {row}).')
E_TARGET_LENGTH = N_("There are {targets} target ids for {units} units.")
E_WEIGHT_COLUMNS = N_("The weight table lacks the column(s) {missing}.")
E_WEIGHT_BAD = N_("The weight table has {what} in row {row}.")
E_WEIGHT_SUM = N_("The fractions of unit(s) {units} add up to more than 1.")


@dataclass(frozen=True)
class Rule:
    """How one output field is computed from the units of a target.

    kind: sum | mean | weighted_mean | ratio | min | max | first.
    source: input column (default: the output field's own name).
    weight: weight column for ``weighted_mean``.
    numerator, denominator, scale: for ``ratio`` (scale * sum(num) / sum(den)).
    """

    kind: str
    source: Optional[str] = None
    weight: Optional[str] = None
    numerator: Optional[str] = None
    denominator: Optional[str] = None
    scale: float = 100.0


SUM = Rule("sum")
MEAN = Rule("mean")
MIN = Rule("min")
MAX = Rule("max")
FIRST = Rule("first")


def weighted_mean(weight: str, source: Optional[str] = None) -> Rule:
    """Mean weighted by the column ``weight`` (e.g. a mean income weighted by persons)."""
    return Rule("weighted_mean", source=source, weight=weight)


def ratio(numerator: str, denominator: str, scale: float = 100.0) -> Rule:
    """``scale * sum(numerator) / sum(denominator)``: a share recomputed from its parts."""
    return Rule("ratio", numerator=numerator, denominator=denominator, scale=float(scale))


RuleLike = Union[Rule, str]


def _as_rule(field: str, rule: RuleLike) -> Rule:
    if isinstance(rule, str):
        rule = Rule(rule.strip().lower())
    if not isinstance(rule, Rule) or rule.kind not in KINDS:
        shown = rule.kind if isinstance(rule, Rule) else rule
        raise SegregationError(E_RULE_KIND, rule=shown, field=field, kinds=", ".join(KINDS))
    if rule.kind == "weighted_mean" and not rule.weight:
        raise SegregationError(E_RULE_ARGS, field=field, what="a weight field")
    if rule.kind == "ratio" and not (rule.numerator and rule.denominator):
        raise SegregationError(E_RULE_ARGS, field=field, what="a numerator and a denominator")
    return rule


def _column(values: pd.DataFrame, column: str, field: str, numeric: bool = True) -> np.ndarray:
    if column not in values.columns:
        raise SegregationError(E_NO_FIELD, column=column, field=field)
    col = values[column]
    if not numeric:
        return col.to_numpy(dtype=object)
    num = pd.to_numeric(col, errors="coerce")
    bad = num.isna() & col.notna()
    if bad.any():
        row = int(np.flatnonzero(bad.to_numpy())[0])
        raise SegregationError(E_NOT_NUMERIC, column=column, value=str(col.iloc[row]), row=row)
    return num.to_numpy(dtype=float)


def _wsum(tgt: np.ndarray, weights: np.ndarray, mask: np.ndarray, k: int) -> np.ndarray:
    return np.bincount(tgt[mask], weights=weights[mask], minlength=k)


def _engine(
    values: pd.DataFrame,
    unit: np.ndarray,
    tgt: np.ndarray,
    frac: np.ndarray,
    k: int,
    rules: Mapping[str, RuleLike],
) -> dict:
    """Fields for ``k`` targets from pairs (unit, target, fraction)."""
    out: dict = {}
    with np.errstate(invalid="ignore", divide="ignore"):
        for field, raw_rule in rules.items():
            rule = _as_rule(field, raw_rule)
            src = rule.source or field
            if rule.kind in ("sum", "mean"):
                v = _column(values, src, field)[unit]
                ok = ~np.isnan(v)
                total = _wsum(tgt, frac * np.where(ok, v, 0.0), ok, k)
                if rule.kind == "sum":
                    has = np.bincount(tgt[ok], minlength=k) > 0
                    out[field] = np.where(has, total, np.nan)
                else:
                    den = _wsum(tgt, frac, ok, k)
                    out[field] = np.where(den > 0, total / den, np.nan)
            elif rule.kind == "weighted_mean":
                v = _column(values, src, field)[unit]
                w = _column(values, rule.weight, field)[unit]
                ok = ~np.isnan(v) & ~np.isnan(w)
                fw = frac * np.where(ok, w, 0.0)
                num = _wsum(tgt, fw * np.where(ok, v, 0.0), ok, k)
                den = _wsum(tgt, fw, ok, k)
                out[field] = np.where(den != 0, num / den, np.nan)
            elif rule.kind == "ratio":
                a = _column(values, rule.numerator, field)[unit]
                b = _column(values, rule.denominator, field)[unit]
                ok = ~np.isnan(a) & ~np.isnan(b)
                num = _wsum(tgt, frac * np.where(ok, a, 0.0), ok, k)
                den = _wsum(tgt, frac * np.where(ok, b, 0.0), ok, k)
                out[field] = np.where(den != 0, rule.scale * num / den, np.nan)
            elif rule.kind in ("min", "max"):
                v = _column(values, src, field)[unit]
                ok = ~np.isnan(v) & (frac > 0)
                grouped = pd.Series(v[ok]).groupby(tgt[ok])
                res = grouped.min() if rule.kind == "min" else grouped.max()
                out[field] = res.reindex(np.arange(k)).to_numpy(dtype=float)
            else:  # first: the unit with the largest fraction, then the first in order
                v = _column(values, src, field, numeric=False)[unit]
                order = np.lexsort((unit, -frac, tgt))
                ok = (frac[order] > 0) & ~pd.isna(v[order])
                res = pd.Series(v[order][ok]).groupby(tgt[order][ok]).first()
                col = res.reindex(np.arange(k))
                if pd.api.types.is_numeric_dtype(values[src]):
                    out[field] = col.to_numpy(dtype=float)
                else:
                    arr = col.to_numpy(dtype=object)
                    arr[pd.isna(arr)] = None
                    out[field] = arr
    return out


def aggregate(values: pd.DataFrame, target, rules: Mapping[str, RuleLike]) -> pd.DataFrame:
    """Aggregate units (rows of ``values``) to the targets given per unit in ``target``.

    Units whose target is missing (None/NaN) are left out. Returns one row per target id
    (sorted; index named ``target``) with ``n_units`` and one column per rule.
    """
    if isinstance(target, pd.Series):
        tgt_ids = target.reset_index(drop=True)
    else:
        tgt_ids = pd.Series(target if isinstance(target, np.ndarray) else list(target))
    if tgt_ids.dtype == object:
        tgt_ids = tgt_ids.infer_objects()
    if len(tgt_ids) != len(values):
        raise SegregationError(E_TARGET_LENGTH, targets=len(tgt_ids), units=len(values))
    codes, uniques = pd.factorize(tgt_ids, sort=True)
    keep = codes >= 0
    unit = np.flatnonzero(keep)
    tgt = codes[keep].astype(np.int64)
    k = len(uniques)
    result = pd.DataFrame(index=pd.Index(uniques, name="target"))
    result["n_units"] = np.bincount(tgt, minlength=k)
    for name, col in _engine(values, unit, tgt, np.ones(len(unit)), k, rules).items():
        result[name] = col
    return result


def apportion(
    values: pd.DataFrame,
    weights: pd.DataFrame,
    rules: Mapping[str, RuleLike],
    n_targets: Optional[int] = None,
) -> pd.DataFrame:
    """Apportion units to targets by ``weights`` (columns unit_idx, target_idx, fraction).

    ``unit_idx`` is the row position in ``values``; ``fraction`` the share of the unit
    that lies in the target (areal weighting). Sums are apportioned by fraction; means
    are weighted by fraction x weight; ratios use apportioned numerator and denominator;
    min/max use every unit with fraction > 0; first takes the unit with the largest
    fraction. Repeated (unit, target) pairs are added up. Returns one row per target
    index 0..n_targets-1 (index ``target_idx``) with ``n_units`` and one column per rule.
    """
    missing = [c for c in ("unit_idx", "target_idx", "fraction") if c not in weights.columns]
    if missing:
        raise SegregationError(E_WEIGHT_COLUMNS, missing=", ".join(missing))
    unit = pd.to_numeric(weights["unit_idx"], errors="coerce").to_numpy(dtype=float)
    tgt = pd.to_numeric(weights["target_idx"], errors="coerce").to_numpy(dtype=float)
    frac = pd.to_numeric(weights["fraction"], errors="coerce").to_numpy(dtype=float)
    n = len(values)
    checks = [
        (~np.isfinite(unit) | (unit != np.round(unit)), "an invalid unit_idx"),
        ((unit < 0) | (unit >= n), f"a unit_idx outside 0..{max(n - 1, 0)}"),
        (~np.isfinite(tgt) | (tgt != np.round(tgt)) | (tgt < 0), "an invalid target_idx"),
        (~np.isfinite(frac) | (frac < 0) | (frac > 1 + 1e-9), "a fraction outside 0..1"),
    ]
    for bad, what in checks:
        if bad.any():
            raise SegregationError(E_WEIGHT_BAD, what=what, row=int(np.flatnonzero(bad)[0]))
    unit, tgt = unit.astype(np.int64), tgt.astype(np.int64)
    k = int(n_targets) if n_targets is not None else (int(tgt.max()) + 1 if len(tgt) else 0)
    if len(tgt) and tgt.max() >= k:
        row = int(np.flatnonzero(tgt >= k)[0])
        raise SegregationError(E_WEIGHT_BAD, what=f"a target_idx >= {k}", row=row)
    per_unit = np.bincount(unit, weights=frac, minlength=n)
    over = np.flatnonzero(per_unit > 1 + 1e-6)
    if len(over):
        raise SegregationError(E_WEIGHT_SUM, units=", ".join(str(u) for u in over[:10]))
    # Add up repeated (unit, target) pairs (e.g. multipart intersections).
    pairs = pd.DataFrame({"u": unit, "t": tgt, "f": frac}).groupby(["u", "t"], sort=True)
    pairs = pairs["f"].sum().reset_index()
    unit = pairs["u"].to_numpy(np.int64)
    tgt = pairs["t"].to_numpy(np.int64)
    frac = pairs["f"].to_numpy(float)
    result = pd.DataFrame(index=pd.RangeIndex(k, name="target_idx"))
    result["n_units"] = np.bincount(tgt[frac > 0], minlength=k)
    for name, col in _engine(values, unit, tgt, frac, k, rules).items():
        result[name] = col
    return result
