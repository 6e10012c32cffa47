"""Income inequality of a value per unit: Gini, Theil T and its between/within decomposition.

Values are e.g. median or mean income per small area; optional weights are
e.g. the population of each area (a population-weighted measure treats each
area as ``w_i`` people with income ``x_i``).

- Gini (Gini 1912; PySAL ``inequality.gini.Gini``): ``G = sum_i sum_j w_i w_j
  |x_i - x_j| / (2 W^2 mu)`` with ``W = sum w``, ``mu = sum w x / W``. Without
  weights (all ``w = 1``) this is PySAL's ``(2 sum_i i x_(i) - (n + 1) sum x) /
  (n sum x)``. With whole-number weights it equals the unweighted Gini of the
  values repeated ``w_i`` times (no small-sample n / (n - 1) factor). Computed
  by sorting, O(n log n), never pairwise.
- Theil T (Theil 1967; PySAL ``inequality.theil.Theil``): ``T = sum_i s_i
  ln(x_i / mu)`` with income shares ``s_i = w_i x_i / sum w x`` and
  ``0 ln 0 = 0`` (PySAL adds the smallest float to zeros instead; the two agree
  to ~1e-300).
- Decomposition by region (Shorrocks 1980; PySAL ``inequality.theil.TheilD``):
  ``T = between + within``, ``between = sum_g S_g ln(mu_g / mu)``, ``within =
  sum_g S_g T_g``, with ``S_g`` the region's income share, ``mu_g`` its
  (weighted) mean and ``T_g`` its own Theil T. Unweighted it equals PySAL's
  ``bg = sum_g S_g ln(n S_g / n_g)``.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Tuple

import numpy as np
import pandas as pd

from .errors import N_, SegregationError
from .indices import (
    _as_vector,
    _bsum,
    _factorize_regions,
    _join_notes,
    _ratio,
    _ratio_nan,
    pairwise_absdiff_sum,
)

NOTE_FEW_UNITS = N_("fewer than 2 units with weight: inequality not defined")
NOTE_ZERO_SUM = N_("values sum to zero: inequality not defined")


def _prepare(values: Any, weights: Any) -> Tuple[np.ndarray, np.ndarray, Optional[pd.Index]]:
    labels = values.index if isinstance(values, (pd.Series, pd.DataFrame)) else None
    raw = values.to_numpy() if isinstance(values, (pd.Series, pd.Index)) else np.asarray(values)
    if raw.ndim != 1:
        raise SegregationError(N_("Give one value per unit (a single column)."))
    n = len(raw)
    if n == 0:
        raise SegregationError(N_("There are no units in the input."))
    x = _as_vector(raw, n, "value", labels)
    w = np.ones(n) if weights is None else _as_vector(weights, n, "weight", labels)
    return x, w, labels


def _scalar_checks(x: np.ndarray, w: np.ndarray) -> None:
    if (w > 0).sum() < 1 or w.sum() <= 0:
        raise SegregationError(N_("The weights sum to zero: inequality is not defined."))
    if (w * x).sum() <= 0:
        raise SegregationError(N_("The values sum to zero: inequality is not defined."))


def gini(values: Any, weights: Any = None) -> float:
    """Gini coefficient of non-negative values, optionally weighted (see module docstring)."""
    x, w, _ = _prepare(values, weights)
    _scalar_checks(x, w)
    codes = np.zeros(len(x), dtype=np.intp)
    num = pairwise_absdiff_sum(codes, 1, w, x)[0]
    return float(num / (2.0 * w.sum() * (w * x).sum()))


def theil(values: Any, weights: Any = None) -> float:
    """Theil's T of non-negative values, optionally weighted (see module docstring)."""
    x, w, _ = _prepare(values, weights)
    _scalar_checks(x, w)
    codes = np.zeros(len(x), dtype=np.intp)
    return float(_theil_by_code(codes, 1, x, w)[0][0])


def _theil_by_code(
    codes: np.ndarray, g: int, x: np.ndarray, w: np.ndarray
) -> Tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per code: Theil T, income total sum(w x), weight total sum(w)."""
    income = _bsum(codes, g, w * x)
    weight = _bsum(codes, g, w)
    mean = _ratio_nan(income, weight)
    share = _ratio(w * x, income[codes])  # s_i within its region
    rel = _ratio(x, np.nan_to_num(mean)[codes])  # x_i / mu_g
    # s_i ln(x_i / mu) = s_i ln(rel); zero where x_i = 0 (0 ln 0 = 0).
    term = np.where(rel > 0, share * np.log(np.where(rel > 0, rel, 1.0)), 0.0)
    return _ratio_nan(_bsum(codes, g, term), np.where(income > 0, 1.0, 0.0)), income, weight


def theil_decomposition(values: Any, regions: Any, weights: Any = None) -> Dict[str, Any]:
    """Theil T split into between- and within-region parts (Shorrocks 1980; PySAL TheilD).

    Returns ``{"total", "between", "within", "regions"}``; ``regions`` is a
    DataFrame (sorted by region) with ``region``, ``n_units``, ``weight``,
    ``mean``, ``income_share``, ``theil`` (the region's own T),
    ``within_contribution`` (``S_g T_g``), ``between_contribution``
    (``S_g ln(mu_g / mu)``) and ``note``. The contributions sum to ``within``
    and ``between``.
    """
    x, w, labels = _prepare(values, weights)
    _scalar_checks(x, w)
    codes, uniques = _factorize_regions(regions, len(x), labels)
    g = len(uniques)
    total = theil(x, w)
    t_g, income, weight = _theil_by_code(codes, g, x, w)
    share = income / income.sum()
    mean_all = income.sum() / weight.sum()
    mean_g = _ratio_nan(income, weight)
    rel = np.where(income > 0, mean_g / mean_all, 1.0)
    between_c = np.where(income > 0, share * np.log(rel), 0.0)
    within_c = np.where(income > 0, share * np.nan_to_num(t_g), 0.0)
    notes = np.full(g, "", dtype=object)
    notes = _join_notes(notes, income <= 0, NOTE_ZERO_SUM)
    table = pd.DataFrame(
        {
            "region": uniques,
            "n_units": np.bincount(codes, minlength=g).astype(np.int64),
            "weight": weight,
            "mean": mean_g,
            "income_share": share,
            "theil": t_g,
            "within_contribution": within_c,
            "between_contribution": between_c,
            "note": notes,
        }
    )
    between = float(between_c.sum())
    return {"total": total, "between": between, "within": total - between, "regions": table}


def gini_by_region(values: Any, regions: Any, weights: Any = None) -> pd.DataFrame:
    """Gini per region, all regions at once (one sort), sorted by region label.

    Columns: ``region``, ``n_units`` (units with positive weight), ``weight``,
    ``mean``, ``gini`` (NaN with a note for fewer than 2 units or a zero sum)
    and ``note``.
    """
    x, w, labels = _prepare(values, weights)
    codes, uniques = _factorize_regions(regions, len(x), labels)
    g = len(uniques)
    weight = _bsum(codes, g, w)
    income = _bsum(codes, g, w * x)
    n_units = np.bincount(codes[w > 0], minlength=g)
    num = pairwise_absdiff_sum(codes, g, w, x)
    value = _ratio_nan(num, 2.0 * weight * income)
    few = n_units < 2
    zero = ~few & (income <= 0)
    notes = np.full(g, "", dtype=object)
    notes = _join_notes(notes, few, NOTE_FEW_UNITS)
    notes = _join_notes(notes, zero, NOTE_ZERO_SUM)
    return pd.DataFrame(
        {
            "region": uniques,
            "n_units": n_units.astype(np.int64),
            "weight": weight,
            "mean": _ratio_nan(income, weight),
            "gini": np.where(few | zero, np.nan, value),
            "note": notes,
        }
    )


__all__ = ["gini", "gini_by_region", "theil", "theil_decomposition"]
