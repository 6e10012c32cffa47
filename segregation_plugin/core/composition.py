"""Population per area type per region, and Delmos' flags for segregated regions.

Area types (områdestyper 1-5, SCB/Delmos; see ``areatypes``) are given per
unit; units without a type (NULL) are counted in a separate "null" class.
Shares are of the region's whole population, so the six shares sum to 1.

Flags (Delmos/Boverket's screening of regions): a region is flagged when its
ojämlikhetsindex is at least ``mean + k_ineq * SD`` over the regions in the
run, and when its share of population living in area types 1 and 2 is at
least ``mean + k_share * SD``; the combined flag joins the two with AND (the
default) or OR. Means and SDs are unweighted over regions by default; with
weights (e.g. population) they are weighted means and the unbiased
reliability-weights variance ``sum w (x - m)^2 / V1 * n_eff / (n_eff - ddof)``
with ``V1 = sum w``, ``n_eff = V1^2 / sum w^2`` (Kish 1965; equals the
unweighted variance with ``ddof`` when all weights are equal).
"""

from __future__ import annotations

from typing import Any, Optional, Tuple

import numpy as np
import pandas as pd

from .errors import N_, SegregationError
from .indices import _as_vector, _bsum, _factorize_regions, _join_notes, _ratio_nan, _unit_label

AREA_TYPES = (1, 2, 3, 4, 5)
NOTE_NO_POPULATION = N_("region has no population: shares not defined")
NOTE_FLAG_MISSING = N_("value missing: region not flagged")
NOTE_FLAG_NO_SPREAD = N_("too few regions for a standard deviation: no region flagged")
RULES = ("and", "or")


def _area_types(area_type: Any, n: int, labels: Optional[pd.Index]) -> np.ndarray:
    """Area type per unit as 0 (NULL) or 1..5; raises for anything else."""
    raw = area_type.to_numpy() if isinstance(area_type, (pd.Series, pd.Index)) else area_type
    series = pd.Series(np.asarray(raw, dtype=object))
    if len(series) != n:
        raise SegregationError(
            N_("Got {got} area types for {expected} units."), got=len(series), expected=n
        )
    null = series.isna().to_numpy() | series.astype(str).str.strip().isin(["", "NULL"]).to_numpy()
    numeric = pd.to_numeric(series.where(~null), errors="coerce").to_numpy(dtype=float)
    bad = ~null & ~np.isin(numeric, AREA_TYPES)
    if bad.any():
        row = int(np.flatnonzero(bad)[0])
        raise SegregationError(
            N_("Unit {unit}: area type {value} is not one of 1-5 or empty."),
            unit=_unit_label(labels, row),
            value=series.iloc[row],
        )
    return np.where(null, 0, np.nan_to_num(numeric)).astype(np.intp)


def composition(population: Any, area_type: Any, regions: Any) -> pd.DataFrame:
    """Population, share and number of units in each area type, per region (sorted).

    Columns: ``region``, ``n_units``, ``population``, ``pop_type_1`` ..
    ``pop_type_5``, ``pop_type_null``, ``share_type_1`` .. ``share_type_null``
    (of the region's population), ``share_type_12`` (types 1 and 2),
    ``units_type_1`` .. ``units_type_null`` and ``note``.
    """
    labels = population.index if isinstance(population, pd.Series) else None
    n = len(population)
    if n == 0:
        raise SegregationError(N_("There are no units in the input."))
    pop = _as_vector(population, n, "population", labels)
    types = _area_types(area_type, n, labels)
    codes, uniques = _factorize_regions(regions, n, labels)
    g = len(uniques)
    total = _bsum(codes, g, pop)
    frame = pd.DataFrame(
        {
            "region": uniques,
            "n_units": np.bincount(codes, minlength=g).astype(np.int64),
            "population": total,
        }
    )
    suffixes = [str(t) for t in AREA_TYPES] + ["null"]
    type_codes = list(AREA_TYPES) + [0]
    pops = {
        s: _bsum(codes, g, np.where(types == t, pop, 0.0)) for s, t in zip(suffixes, type_codes)
    }
    for s in suffixes:
        frame[f"pop_type_{s}"] = pops[s]
    for s in suffixes:
        frame[f"share_type_{s}"] = _ratio_nan(pops[s], total)
    frame["share_type_12"] = _ratio_nan(pops["1"] + pops["2"], total)
    for s, t in zip(suffixes, type_codes):
        frame[f"units_type_{s}"] = np.bincount(codes[types == t], minlength=g).astype(np.int64)
    notes = np.full(g, "", dtype=object)
    frame["note"] = _join_notes(notes, ~(total > 0), NOTE_NO_POPULATION)
    return frame


def _weighted_stats(values: np.ndarray, weights: np.ndarray, ddof: int) -> Tuple[float, float]:
    """Weighted mean and SD (reliability weights, see module docstring); NaN SD if too few."""
    v1 = weights.sum()
    if v1 <= 0:
        return float("nan"), float("nan")
    mean = float((weights * values).sum() / v1)
    n_eff = v1 * v1 / (weights * weights).sum()
    if n_eff - ddof <= 0:
        return mean, float("nan")
    var = (weights * (values - mean) ** 2).sum() / v1 * n_eff / (n_eff - ddof)
    return mean, float(np.sqrt(var))


def flags(
    table: pd.DataFrame,
    *,
    ineq_col: str,
    share12_col: str,
    k_ineq: float = 1.0,
    k_share: float = 1.5,
    weights: Any = None,
    ddof: int = 1,
    rule: str = "and",
) -> pd.DataFrame:
    """Flag regions whose ojämlikhetsindex and/or type-1+2 share stand out (Delmos).

    ``table`` has one row per region; ``weights`` is None (unweighted), a
    column name or one number per row. Returns a copy with ``ineq_threshold``,
    ``share12_threshold`` (mean + k * SD), ``flag_ineq``, ``flag_share12``,
    ``flag_combined`` (``rule`` "and"/"or") and ``flag_note``. Rows with a
    missing value are left out of the mean and SD and are not flagged.
    """
    for col in (ineq_col, share12_col):
        if col not in table.columns:
            raise SegregationError(N_("The table has no column {column}."), column=col)
    if rule not in RULES:
        raise SegregationError(N_("The rule must be 'and' or 'or', not {rule}."), rule=rule)
    if int(ddof) != ddof or ddof < 0:
        raise SegregationError(N_("ddof must be a whole number >= 0 (got {ddof})."), ddof=ddof)
    n = len(table)
    if weights is None:
        w = np.ones(n)
    elif isinstance(weights, str):
        if weights not in table.columns:
            raise SegregationError(N_("The table has no column {column}."), column=weights)
        w = _as_vector(table[weights], n, "weight", table.index)
    else:
        w = _as_vector(weights, n, "weight", table.index)
    out = table.copy()
    missing = np.zeros(n, dtype=bool)
    no_spread = np.zeros(n, dtype=bool)
    results = {}
    for key, col, k in (("ineq", ineq_col, k_ineq), ("share12", share12_col, k_share)):
        values = pd.to_numeric(table[col], errors="coerce").to_numpy(dtype=float)
        ok = np.isfinite(values)
        mean, sd = _weighted_stats(values[ok], w[ok], int(ddof))
        threshold = mean + float(k) * sd
        results[key] = ok & np.isfinite(threshold) & (values >= threshold)
        missing |= ~ok
        if not np.isfinite(threshold):
            no_spread |= ok
        out[f"{key}_threshold"] = threshold
    out["flag_ineq"] = results["ineq"]
    out["flag_share12"] = results["share12"]
    if rule == "and":
        out["flag_combined"] = results["ineq"] & results["share12"]
    else:
        out["flag_combined"] = results["ineq"] | results["share12"]
    notes = np.full(n, "", dtype=object)
    notes = _join_notes(notes, missing, NOTE_FLAG_MISSING)
    out["flag_note"] = _join_notes(notes, no_spread, NOTE_FLAG_NO_SPREAD)
    return out


__all__ = ["AREA_TYPES", "composition", "flags"]
