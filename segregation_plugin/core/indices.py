"""Segregation indices per region, vectorized over units and regions.

Units are small areas (DeSO, RegSO, ...); a *region* is what one index value is
computed over (a municipality, a labour market region, ...). The input is a
units x groups count matrix, one region label per unit and optionally a total
per unit. Every index is computed for all regions at once with ``np.bincount``
and one sort (for the Gini indices): there is no Python loop over units or
regions, only over groups (multigroup indices) or over iterations (tests).

Definitions follow PySAL ``segregation`` 2.5.4 exactly (classes ``Dissim``,
``Gini``, ``Entropy``, ``Isolation``, ``Interaction``, ``Atkinson``,
``MultiDissim``, ``MultiInfoTheory``, ``MultiGini``, ``MultiRelativeDiversity``,
``MultiNormExposure``), which cite Massey & Denton (1988) "The dimensions of
residential segregation", Social Forces 67(2); Reardon & Firebaugh (2002)
"Measures of multigroup segregation", Sociological Methodology 32; Sakoda
(1981) "A generalized index of dissimilarity", Demography 18(2); Reardon (1998).
The ojämlikhetsindex is Delmos' (Delegationen mot segregation) measure:
``100 * 1/2 * sum_i |L_i/L - H_i/H|``, i.e. 100 x the two-group dissimilarity
index of the low group L against the high group H.

Conventions where this module differs from calling PySAL on one region:

- Units with zero population are dropped (PySAL keeps them; they contribute
  nothing to any of these indices, so values are identical) and counted in
  ``n_units_empty``.
- A region with fewer than 2 populated units gets NaN and a note (PySAL gives
  0 for evenness indices on one unit).
- Where PySAL divides by zero (a group with zero total) the value is NaN with a
  note, never a warning.
- Multigroup indices over a region where some groups are absent use the groups
  present (``0 * log 0 = 0``). This equals PySAL for ``MultiDissim``,
  ``MultiGini``, ``MultiRelativeDiversity`` and ``MultiNormExposure``; PySAL's
  ``MultiInfoTheory`` returns NaN there.
- PySAL's ``Interaction`` (xPy*) is called ``exposure`` here.
- ``atkinson_b`` is honoured; PySAL's ``Atkinson`` class silently drops its
  ``b`` argument and always uses b = 0.5 (its ``_atkinson`` function takes b).
- Single-group indices use ``total`` (default: the row sum of all groups);
  multigroup indices always use the row sum of the groups, as PySAL does.

Notes in the output are fixed English texts marked with :func:`N_`, joined by
``NOTE_SEPARATOR``; the QGIS side splits and translates each one.
"""

from __future__ import annotations

from typing import Any, Dict, Optional, Sequence, Tuple

import numpy as np
import pandas as pd

from .errors import N_, SegregationError

INDEX_NAMES = (
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
)
SINGLE_GROUP_INDICES = (
    "dissimilarity",
    "gini",
    "information_theory",
    "isolation",
    "exposure",
    "atkinson",
)
MULTIGROUP_INDICES = (
    "multigroup_dissimilarity",
    "multigroup_information_theory",
    "multigroup_gini",
    "relative_diversity",
    "normalized_exposure",
)
#: Indices that need both the focus group and the rest (or compare group) present.
_EVENNESS_SINGLE = ("dissimilarity", "gini", "information_theory", "atkinson")
#: Indices with a permutation test in :func:`permutation_pvalues`.
TESTED_INDICES = ("ojamlikhetsindex", "dissimilarity", "information_theory")

NOTE_SEPARATOR = "; "
NOTE_FEW_UNITS = N_("fewer than 2 populated units: indices not defined")
NOTE_FOCUS_ZERO = N_("focus group has zero total: single-group indices not defined")
NOTE_OTHER_ZERO = N_(
    "comparison group (rest of total or compare group) has zero total: dissimilarity, "
    "Gini, information theory and Atkinson not defined"
)
NOTE_LOW_ZERO = N_("low group has zero total: ojämlikhetsindex not defined")
NOTE_HIGH_ZERO = N_("high group has zero total: ojämlikhetsindex not defined")
NOTE_GROUPS_ABSENT = N_("some groups are absent: multigroup indices use the groups present")
NOTE_FEW_GROUPS = N_("fewer than 2 groups present: multigroup indices not defined")
NOTE_MISSING_YEAR_A = N_("region missing in year A: change not tested")
NOTE_MISSING_YEAR_B = N_("region missing in year B: change not tested")
NOTE_SEE_YEAR_A = N_("year A has a note: run the indices for year A to see it")
NOTE_SEE_YEAR_B = N_("year B has a note: run the indices for year B to see it")
NOTE_NO_VALID_DRAW = N_("no permutation gave a defined index: p-value not computed")


# ----------------------------------------------------------------------------
# Input checking (shared with inequality.py and composition.py)
# ----------------------------------------------------------------------------


def _unit_label(labels: Optional[pd.Index], row: int) -> Any:
    """Name of a unit for messages: the DataFrame/Series index label, else the row."""
    if labels is None:
        return int(row)
    value = labels[row]
    return value.item() if isinstance(value, np.generic) else value


def _to_float(raw: np.ndarray) -> np.ndarray:
    """A numeric or object array as float; None and NaN become NaN, text raises ValueError."""
    if raw.dtype.kind in "biuf":
        return raw.astype(float)
    frame = pd.DataFrame(raw.reshape(len(raw), -1))
    converted = frame.apply(pd.to_numeric, errors="coerce")
    bad = converted.isna().to_numpy() & frame.notna().to_numpy()
    if bad.any():
        raise ValueError(tuple(np.argwhere(bad)[0]))
    return converted.to_numpy(dtype=float).reshape(raw.shape)


def _as_matrix(counts: Any) -> Tuple[np.ndarray, Optional[pd.Index], list]:
    """Counts as a float (n, K) array, plus unit labels and column names for messages."""
    labels = None
    if isinstance(counts, pd.DataFrame):
        labels, columns = counts.index, list(counts.columns)
        numeric = all(pd.api.types.is_numeric_dtype(d) for d in counts.dtypes)
        raw: Any = (
            counts.to_numpy(dtype=float, na_value=np.nan)
            if numeric
            else counts.to_numpy(dtype=object)
        )
    elif isinstance(counts, pd.Series):
        labels, columns = counts.index, [counts.name if counts.name is not None else 0]
        raw = counts.to_numpy()[:, None]
    else:
        raw = np.asarray(counts)
        if raw.ndim == 1:
            raw = raw[:, None]
        columns = list(range(raw.shape[1])) if raw.ndim == 2 else []
    if raw.ndim != 2:
        raise SegregationError(N_("Counts must be a table of units x groups."))
    if raw.shape[0] == 0:
        raise SegregationError(N_("There are no units in the input."))
    try:
        arr = _to_float(raw)
    except (TypeError, ValueError) as err:
        row, col = err.args[0] if err.args and isinstance(err.args[0], tuple) else (0, 0)
        raise SegregationError(
            N_("Unit {unit}: count for group {group} is not a number ({value})."),
            unit=_unit_label(labels, row),
            group=columns[col],
            value=raw[row, col],
        ) from None
    return arr, labels, columns


def _check_counts(arr: np.ndarray, labels: Optional[pd.Index], columns: list) -> None:
    """Raise for missing, infinite or negative counts, naming the unit and group."""
    finite = np.isfinite(arr)
    if not finite.all():
        row, col = np.argwhere(~finite)[0]
        raise SegregationError(
            N_("Unit {unit}: count for group {group} is missing or not a finite number."),
            unit=_unit_label(labels, row),
            group=columns[col],
        )
    negative = arr < 0
    if negative.any():
        row, col = np.argwhere(negative)[0]
        raise SegregationError(
            N_("Unit {unit}: count for group {group} is negative ({value})."),
            unit=_unit_label(labels, row),
            group=columns[col],
            value=float(arr[row, col]),
        )


#: Messages per kind of per-unit vector: not a number, wrong length, missing, negative.
_VECTOR_MESSAGES = {
    "total": (
        N_("Unit {unit}: the total is not a number ({value})."),
        N_("Got {got} totals for {expected} units."),
        N_("Unit {unit}: the total is missing or not a finite number."),
        N_("Unit {unit}: the total is negative ({value})."),
    ),
    "value": (
        N_("Unit {unit}: the value is not a number ({value})."),
        N_("Got {got} values for {expected} units."),
        N_("Unit {unit}: the value is missing or not a finite number."),
        N_("Unit {unit}: the value is negative ({value})."),
    ),
    "weight": (
        N_("Unit {unit}: the weight is not a number ({value})."),
        N_("Got {got} weights for {expected} units."),
        N_("Unit {unit}: the weight is missing or not a finite number."),
        N_("Unit {unit}: the weight is negative ({value})."),
    ),
    "population": (
        N_("Unit {unit}: the population is not a number ({value})."),
        N_("Got {got} population values for {expected} units."),
        N_("Unit {unit}: the population is missing or not a finite number."),
        N_("Unit {unit}: the population is negative ({value})."),
    ),
}


def _as_vector(values: Any, n: int, what: str, labels: Optional[pd.Index]) -> np.ndarray:
    """A finite, non-negative float vector of length ``n``; ``what`` picks the messages."""
    not_number, wrong_length, missing, negative = _VECTOR_MESSAGES[what]
    raw = values.to_numpy() if isinstance(values, (pd.Series, pd.Index)) else np.asarray(values)
    if raw.ndim != 1 or len(raw) != n:
        raise SegregationError(wrong_length, got=int(raw.size), expected=n)
    try:
        arr = _to_float(raw)
    except (TypeError, ValueError) as err:
        row = err.args[0][0] if err.args and isinstance(err.args[0], tuple) else 0
        raise SegregationError(not_number, unit=_unit_label(labels, row), value=raw[row]) from None
    finite = np.isfinite(arr)
    if not finite.all():
        raise SegregationError(missing, unit=_unit_label(labels, int(np.argmin(finite))))
    if (arr < 0).any():
        row = int(np.argmax(arr < 0))
        raise SegregationError(negative, unit=_unit_label(labels, row), value=float(arr[row]))
    return arr


def _factorize_regions(
    regions: Any, n: int, labels: Optional[pd.Index]
) -> Tuple[np.ndarray, np.ndarray]:
    """Integer codes 0..G-1 per unit and the sorted region labels (length G)."""
    if isinstance(regions, (pd.Series, pd.Index)):
        values = regions.to_numpy()
    else:
        values = np.asarray(regions)
        if values.ndim != 1:
            values = np.asarray(pd.Series(list(regions), dtype=object))
    if len(values) != n:
        raise SegregationError(
            N_("Got {got} region labels for {expected} units."), got=len(values), expected=n
        )
    try:
        codes, uniques = pd.factorize(values, sort=True)
        uniques = pd.Index(uniques, dtype=getattr(uniques, "dtype", None))
    except TypeError:  # labels of mixed types: sort by their text
        codes, uniques = pd.factorize(values, sort=False)
        uniques = pd.Index(uniques, dtype=object)
        order = np.argsort(uniques.astype(str).to_numpy(), kind="stable")
        rank = np.empty_like(order)
        rank[order] = np.arange(len(order))
        codes = np.where(codes >= 0, rank[np.maximum(codes, 0)], -1)
        uniques = uniques[order]
    if (codes < 0).any():
        raise SegregationError(
            N_("Unit {unit} has no region."), unit=_unit_label(labels, int(np.argmax(codes < 0)))
        )
    return codes.astype(np.intp), uniques.to_numpy()


def _group_column(index: int, k: int, template: str) -> int:
    """A group column position, negative counting from the end."""
    if not -k <= index < k:
        raise SegregationError(template, index=index, count=k)
    return index % k


def _join_notes(notes: np.ndarray, mask: np.ndarray, text: str) -> np.ndarray:
    """Append ``text`` to the notes where ``mask`` (vectorized, no region loop)."""
    if not mask.any():
        return notes
    current = notes[mask]
    sep = np.where(current == "", "", NOTE_SEPARATOR).astype(object)
    notes = notes.copy()
    notes[mask] = current + sep + text
    return notes


# ----------------------------------------------------------------------------
# Grouped kernels: arrays over units with region codes -> arrays over regions
# ----------------------------------------------------------------------------


def _bsum(codes: np.ndarray, n_regions: int, weights: np.ndarray) -> np.ndarray:
    return np.bincount(codes, weights=weights, minlength=n_regions)


def _ratio(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den, 0 where den == 0 (unit shares of empty units)."""
    out = np.zeros(np.broadcast(num, den).shape)
    np.divide(num, den, out=out, where=den != 0)
    return out


def _ratio_nan(num: np.ndarray, den: np.ndarray) -> np.ndarray:
    """num / den, NaN where den == 0 (region quantities that are undefined)."""
    out = np.full(np.broadcast(num, den).shape, np.nan)
    np.divide(num, den, out=out, where=den != 0)
    return out


def _xlogx(p: np.ndarray) -> np.ndarray:
    """p * ln(p) with 0 * ln(0) = 0."""
    safe = np.where(p > 0, p, 1.0)
    return np.where(p > 0, p * np.log(safe), 0.0)


def pairwise_absdiff_sum(
    codes: np.ndarray, n_regions: int, weights: np.ndarray, values: np.ndarray
) -> np.ndarray:
    """Per region, ``sum_i sum_j w_i w_j |v_i - v_j|`` over ordered pairs, in O(n log n).

    Sort units by (region, value); for unit j in that order the pairs with
    earlier units contribute ``w_j (v_j W_<j - S_<j)`` where ``W_<j`` and
    ``S_<j`` are the within-region cumulative sums of ``w`` and ``w v`` before
    j. Doubling gives the sum over ordered pairs. This is the numerator of
    every Gini here (Massey & Denton 1988; Reardon & Firebaugh 2002).

    One float argsort on ``code + value scaled to [0, 1/2]`` orders by (region,
    value) about twice as fast as ``np.lexsort``. Rounding the key is monotone,
    so only values closer than ~1e-13 of their range can tie and swap, which
    changes the sum by less than 1e-12 relative; the terms use the exact values.
    """
    n = len(codes)
    if n == 0:
        return np.zeros(n_regions)
    lo, hi = float(values.min()), float(values.max())
    key = codes.astype(float)
    if hi > lo:
        key += (values - lo) * (0.5 / (hi - lo))
    order = np.argsort(key)
    c = codes[order]
    w = weights[order]
    v = values[order]
    wv = w * v
    cw = np.concatenate(([0.0], np.cumsum(w)))
    cwv = np.concatenate(([0.0], np.cumsum(wv)))
    sizes = np.bincount(c, minlength=n_regions)
    starts = (np.cumsum(sizes) - sizes)[c]
    idx = np.arange(n)
    w_before = cw[idx] - cw[starts]
    wv_before = cwv[idx] - cwv[starts]
    term = w * (v * w_before - wv_before)
    return 2.0 * _bsum(c, n_regions, term)


def _dissimilarity(codes: np.ndarray, g: int, x: np.ndarray, t: np.ndarray) -> np.ndarray:
    """D = sum_i t_i |p_i - P| / (2 T P (1 - P)) (Massey & Denton 1988; PySAL Dissim)."""
    total = _bsum(codes, g, t)
    p_region = _ratio_nan(_bsum(codes, g, x), total)
    with np.errstate(invalid="ignore"):
        num = _bsum(codes, g, np.abs(x - t * np.nan_to_num(p_region)[codes]))
        return _ratio_nan(num, 2.0 * total * p_region * (1.0 - p_region))


def _ojamlikhet(codes: np.ndarray, g: int, low: np.ndarray, high: np.ndarray) -> np.ndarray:
    """100 * 1/2 * sum_i |L_i/L - H_i/H| (Delmos' ojämlikhetsindex)."""
    low_tot = _bsum(codes, g, low)
    high_tot = _bsum(codes, g, high)
    low_share = low / np.where(low_tot > 0, low_tot, 1.0)[codes]
    high_share = high / np.where(high_tot > 0, high_tot, 1.0)[codes]
    value = 50.0 * _bsum(codes, g, np.abs(low_share - high_share))
    return np.where((low_tot > 0) & (high_tot > 0), value, np.nan)


def _entropy_h(codes: np.ndarray, g: int, x: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Theil's H = sum_i t_i (E - E_i) / (E T) (Massey & Denton 1988; PySAL Entropy)."""
    total = _bsum(codes, g, t)
    p_region = _ratio_nan(_bsum(codes, g, x), total)
    pr = np.nan_to_num(p_region)
    e_region = -(_xlogx(pr) + _xlogx(1.0 - pr))
    p_unit = _ratio(x, t)
    e_unit = -(_xlogx(p_unit) + _xlogx(1.0 - p_unit))
    num = _bsum(codes, g, t * (e_region[codes] - e_unit))
    return _ratio_nan(num, e_region * total)


def _single_group_raw(
    names: Sequence[str], codes: np.ndarray, g: int, x: np.ndarray, t: np.ndarray, b: float
) -> Dict[str, np.ndarray]:
    """The requested single-group indices, NaN where a denominator is zero."""
    out: Dict[str, np.ndarray] = {}
    total = _bsum(codes, g, t)
    group_tot = _bsum(codes, g, x)
    p_region = _ratio_nan(group_tot, total)
    pr = np.nan_to_num(p_region)
    p_unit = _ratio(x, t)
    with np.errstate(invalid="ignore", divide="ignore"):
        evenness_den = total * p_region * (1.0 - p_region)
        if "dissimilarity" in names:
            out["dissimilarity"] = _dissimilarity(codes, g, x, t)
        if "gini" in names:
            num = pairwise_absdiff_sum(codes, g, t, p_unit)
            out["gini"] = _ratio_nan(num, 2.0 * total * evenness_den)
        if "information_theory" in names:
            out["information_theory"] = _entropy_h(codes, g, x, t)
        if "isolation" in names:
            out["isolation"] = _ratio_nan(_bsum(codes, g, x * p_unit), group_tot)
        if "exposure" in names:
            out["exposure"] = _ratio_nan(_bsum(codes, g, x * _ratio(t - x, t)), group_tot)
        if "atkinson" in names:
            s = _bsum(codes, g, (1.0 - p_unit) ** (1.0 - b) * p_unit**b * t)
            base = np.abs(_ratio_nan(s, pr * total)) ** (1.0 / (1.0 - b))
            value = 1.0 - _ratio_nan(pr, 1.0 - pr) * base
            out["atkinson"] = np.where((pr > 0) & (pr < 1), value, np.nan)
    return out


def _multigroup_raw(
    names: Sequence[str], codes: np.ndarray, g: int, counts: np.ndarray
) -> Dict[str, np.ndarray]:
    """The requested multigroup indices (Reardon & Firebaugh 2002; PySAL multigroup)."""
    k = counts.shape[1]
    t = counts.sum(axis=1)
    group_tot = np.column_stack([_bsum(codes, g, counts[:, j]) for j in range(k)])
    total = group_tot.sum(axis=1)
    shares = _ratio(group_tot, total[:, None])  # P_k per region, 0 for an empty region
    interaction = (shares * (1.0 - shares)).sum(axis=1)  # I = sum_k P_k (1 - P_k)
    entropy = -_xlogx(shares).sum(axis=1)  # E = sum_k P_k ln(1 / P_k)
    dis = np.zeros(g)
    gin = np.zeros(g)
    rel = np.zeros(g)
    nex = np.zeros(g)
    inf = np.zeros(g)
    for j in range(k):
        p_unit = _ratio(counts[:, j], t)
        diff = p_unit - shares[codes, j]
        if "multigroup_dissimilarity" in names:
            dis += _bsum(codes, g, t * np.abs(diff))
        if "multigroup_gini" in names:
            gin += pairwise_absdiff_sum(codes, g, t, p_unit)
        if "relative_diversity" in names or "normalized_exposure" in names:
            sq = _bsum(codes, g, t * diff * diff)
            rel += sq
            nex += _ratio(sq, 1.0 - shares[:, j])
        if "multigroup_information_theory" in names:
            present = counts[:, j] > 0
            ratio = _ratio(p_unit, shares[codes, j])
            log_ratio = np.log(np.where(present, ratio, 1.0))
            inf += _bsum(codes, g, np.where(present, counts[:, j] * log_ratio, 0.0))
    out = {
        "multigroup_dissimilarity": _ratio_nan(dis, 2.0 * total * interaction),
        "multigroup_gini": _ratio_nan(gin, 2.0 * total * total * interaction),
        "relative_diversity": _ratio_nan(rel, total * interaction),
        "normalized_exposure": _ratio_nan(nex, total),
        "multigroup_information_theory": _ratio_nan(inf, total * entropy),
    }
    n_present = (group_tot > 0).sum(axis=1)
    return {name: np.where(n_present >= 2, out[name], np.nan) for name in names}


def _raw_indices(
    names: Sequence[str],
    codes: np.ndarray,
    g: int,
    data: Dict[str, np.ndarray],
    atkinson_b: float,
) -> Dict[str, np.ndarray]:
    """All requested indices per region from per-unit arrays ``x, t, low, high, counts``."""
    out: Dict[str, np.ndarray] = {}
    if "ojamlikhetsindex" in names:
        out["ojamlikhetsindex"] = _ojamlikhet(codes, g, data["low"], data["high"])
    single = [n for n in names if n in SINGLE_GROUP_INDICES]
    if single:
        out.update(_single_group_raw(single, codes, g, data["x"], data["t"], atkinson_b))
    multi = [n for n in names if n in MULTIGROUP_INDICES]
    if multi:
        out.update(_multigroup_raw(multi, codes, g, data["counts"]))
    return out


# ----------------------------------------------------------------------------
# Public API
# ----------------------------------------------------------------------------


class _Prepared:
    """Checked input: per-unit arrays of populated units, region codes and labels."""

    def __init__(
        self,
        counts: Any,
        regions: Any,
        focus: int,
        compare: int,
        total: Any,
        two_group: bool,
        names: Sequence[str],
    ) -> None:
        arr, labels, columns = _as_matrix(counts)
        n, k = arr.shape
        _check_counts(arr, labels, columns)
        codes, uniques = _factorize_regions(regions, n, labels)
        focus_col = _group_column(
            focus, k, N_("The focus group {index} does not exist (there are {count} groups).")
        )
        compare_col = _group_column(
            compare, k, N_("The compare group {index} does not exist (there are {count} groups).")
        )
        needs_pair = "ojamlikhetsindex" in names or (
            two_group and any(name in SINGLE_GROUP_INDICES for name in names)
        )
        if needs_pair and focus_col == compare_col:
            raise SegregationError(
                N_("The focus and compare groups must differ (both are group {group})."),
                group=columns[focus_col],
            )
        if total is None:
            pop = arr.sum(axis=1)
        else:
            pop = _as_vector(total, n, "total", labels)
            over = arr[:, focus_col] > pop * (1 + 1e-12) + 1e-9
            if not two_group and over.any():
                row = int(np.flatnonzero(over)[0])
                raise SegregationError(
                    N_("Unit {unit}: the focus group count {count} exceeds the total {total}."),
                    unit=_unit_label(labels, row),
                    count=float(arr[row, focus_col]),
                    total=float(pop[row]),
                )
        self.n_regions = len(uniques)
        self.labels = uniques
        self.columns = columns
        self.unit_labels = labels
        keep = pop > 0
        self.n_units = np.bincount(codes[keep], minlength=self.n_regions)
        self.n_empty = np.bincount(codes[~keep], minlength=self.n_regions)
        self.population = _bsum(codes, self.n_regions, pop)
        self.codes = codes[keep]
        self.kept_rows = np.flatnonzero(keep)
        kept = arr[keep]
        x = kept[:, focus_col]
        if two_group:
            t = x + kept[:, compare_col]
        else:
            t = np.maximum(pop[keep], x)  # within the rounding tolerance checked above
        self.data = {
            "x": x,
            "t": t,
            "low": kept[:, focus_col],
            "high": kept[:, compare_col],
            "counts": kept,
        }
        self.k = k


def _check_names(indices: Optional[Sequence[str]], allowed: Sequence[str]) -> Tuple[str, ...]:
    if indices is None:
        names = tuple(allowed)
    else:
        names = (indices,) if isinstance(indices, str) else tuple(indices)
    for name in names:
        if name not in allowed:
            raise SegregationError(
                N_("Unknown index {name}; known indices: {known}."),
                name=name,
                known=", ".join(allowed),
            )
    if not names:
        raise SegregationError(N_("Choose at least one index."))
    return names


def _check_b(atkinson_b: float) -> float:
    b = float(atkinson_b)
    if not 0.0 <= b < 1.0:
        raise SegregationError(
            N_("The Atkinson parameter b must be at least 0 and below 1 (got {b})."), b=b
        )
    return b


def _notes_and_masks(
    prep: _Prepared, names: Sequence[str], values: Dict[str, np.ndarray]
) -> Tuple[Dict[str, np.ndarray], np.ndarray]:
    """Set undefined values to NaN and explain every NaN in a note (per region)."""
    g = prep.n_regions
    codes, data = prep.codes, prep.data
    notes = np.full(g, "", dtype=object)
    few = prep.n_units < 2
    notes = _join_notes(notes, few, NOTE_FEW_UNITS)
    out = {name: np.where(few, np.nan, values[name]) for name in names}
    if "ojamlikhetsindex" in names:
        low_zero = ~few & (_bsum(codes, g, data["low"]) <= 0)
        high_zero = ~few & (_bsum(codes, g, data["high"]) <= 0)
        notes = _join_notes(notes, low_zero, NOTE_LOW_ZERO)
        notes = _join_notes(notes, high_zero, NOTE_HIGH_ZERO)
        out["ojamlikhetsindex"] = np.where(low_zero | high_zero, np.nan, out["ojamlikhetsindex"])
    single = [n for n in names if n in SINGLE_GROUP_INDICES]
    if single:
        x_tot = _bsum(codes, g, data["x"])
        other_tot = _bsum(codes, g, data["t"] - data["x"])
        focus_zero = ~few & (x_tot <= 0)
        other_zero = ~few & ~focus_zero & (other_tot <= 0)
        notes = _join_notes(notes, focus_zero, NOTE_FOCUS_ZERO)
        if any(n in _EVENNESS_SINGLE for n in single):
            notes = _join_notes(notes, other_zero, NOTE_OTHER_ZERO)
        for name in single:
            undefined = focus_zero | (other_zero if name in _EVENNESS_SINGLE else False)
            out[name] = np.where(undefined, np.nan, out[name])
    multi = [n for n in names if n in MULTIGROUP_INDICES]
    if multi:
        counts = data["counts"]
        present = np.column_stack(
            [_bsum(codes, g, counts[:, j]) > 0 for j in range(counts.shape[1])]
        )
        n_present = present.sum(axis=1)
        few_groups = ~few & (n_present < 2)
        some_absent = ~few & ~few_groups & (n_present < counts.shape[1])
        notes = _join_notes(notes, few_groups, NOTE_FEW_GROUPS)
        notes = _join_notes(notes, some_absent, NOTE_GROUPS_ABSENT)
        for name in multi:
            out[name] = np.where(few_groups, np.nan, out[name])
    return out, notes


def compute_indices(
    counts: Any,
    regions: Any,
    *,
    focus: int = 0,
    compare: int = -1,
    total: Any = None,
    two_group: bool = False,
    indices: Optional[Sequence[str]] = None,
    atkinson_b: float = 0.5,
) -> pd.DataFrame:
    """Segregation indices per region (one row per region, sorted by region label).

    ``counts``: units x groups counts (array or DataFrame); ``regions``: one
    label per unit; ``total``: population per unit (default: row sum). The
    single-group indices compare group ``focus`` with the rest of the total, or
    with group ``compare`` when ``two_group`` (then total = focus + compare).
    The ojämlikhetsindex always compares ``focus`` (low) with ``compare``
    (high). Multigroup indices use all groups, with total = their row sum, as
    PySAL does. Columns: ``region``, ``n_units`` (populated units used),
    ``n_units_empty`` (zero-population units dropped), ``population``, one
    float column per index (NaN where undefined) and ``note`` ('' when fine).
    """
    names = _check_names(indices, INDEX_NAMES)
    b = _check_b(atkinson_b)
    prep = _Prepared(counts, regions, focus, compare, total, two_group, names)
    with np.errstate(invalid="ignore", divide="ignore"):
        raw = _raw_indices(names, prep.codes, prep.n_regions, prep.data, b)
    values, notes = _notes_and_masks(prep, names, raw)
    frame = pd.DataFrame(
        {
            "region": prep.labels,
            "n_units": prep.n_units.astype(np.int64),
            "n_units_empty": prep.n_empty.astype(np.int64),
            "population": prep.population,
        }
    )
    for name in names:
        frame[name] = values[name].astype(float)
    frame["note"] = notes.astype(object)
    return frame


def _whole_numbers(values: np.ndarray, prep: _Prepared) -> np.ndarray:
    """Counts as int64 for binomial draws; raises for fractional counts."""
    rounded = np.round(values)
    off = np.abs(values - rounded) > 1e-9
    if off.any():
        i = int(np.flatnonzero(off)[0])
        raise SegregationError(
            N_("The permutation test needs whole-number counts; unit {unit} has {value}."),
            unit=_unit_label(prep.unit_labels, int(prep.kept_rows[i])),
            value=float(values[i]),
        )
    return rounded.astype(np.int64)


def _p_value(exceed: np.ndarray, valid: np.ndarray, observed: np.ndarray) -> np.ndarray:
    """(1 + #{null as extreme}) / (1 + #valid draws); NaN if observed is NaN or no valid draw."""
    p = (1.0 + exceed) / (1.0 + valid)
    return np.where(np.isnan(observed) | (valid == 0), np.nan, p)


def _at_least(null: np.ndarray, observed: np.ndarray) -> np.ndarray:
    """null >= observed, with a relative tolerance so exact ties count."""
    return null >= observed - 1e-12 * np.maximum(1.0, np.abs(observed))


def permutation_pvalues(
    counts: Any,
    regions: Any,
    *,
    focus: int = 0,
    compare: int = -1,
    total: Any = None,
    two_group: bool = False,
    n_iter: int,
    seed: int,
) -> pd.DataFrame:
    """One-sided p-values of D, H and the ojämlikhetsindex against random labelling.

    Null model ("evenness", PySAL ``segregation.inference`` ``null_approach=
    "evenness"``; Carrington & Troske 1997, J. Bus. Econ. Stat. 15(4); Allen,
    Burgess, Davidson & Windmeijer 2015, Econometrics J. 18(1)): every unit
    keeps its population t_i and each person's group is drawn at random with
    the region's overall shares, i.e. x_i ~ Binomial(t_i, X_r / T_r), and
    L_i ~ Binomial(L_i + H_i, L_r / (L_r + H_r)) for the ojämlikhetsindex.
    Binomial draws (not hypergeometric ones conditional on both margins) keep
    the test vectorized over units and regions. It answers "is the region more
    segregated than random allocation of its people would give?"; small units
    give a positive D even at random (Carrington & Troske), which is what the
    test guards against. p = (1 + #{null >= observed}) / (1 + n_iter)
    (Davison & Hinkley 1997; PySAL omits the +1). Counts must be whole
    numbers. Seeded with ``numpy.random.default_rng(seed)``; loops over
    iterations only. Columns: ``region``, ``{name}_p`` for the three indices,
    ``note`` (as in :func:`compute_indices`; NaN p where the index is NaN).
    """
    if int(n_iter) < 1:
        raise SegregationError(N_("The number of iterations must be at least 1."))
    names = TESTED_INDICES
    prep = _Prepared(counts, regions, focus, compare, total, two_group, names)
    observed = compute_indices(
        counts,
        regions,
        focus=focus,
        compare=compare,
        total=total,
        two_group=two_group,
        indices=names,
    )
    codes, g, data = prep.codes, prep.n_regions, prep.data
    t_int = _whole_numbers(data["t"], prep)
    x_int = np.minimum(_whole_numbers(data["x"], prep), t_int)
    low_int = _whole_numbers(data["low"], prep)
    pair_int = low_int + _whole_numbers(data["high"], prep)
    t = t_int.astype(float)
    pair = pair_int.astype(float)
    p_x = _ratio(_bsum(codes, g, x_int.astype(float)), _bsum(codes, g, t))[codes]
    p_low = _ratio(_bsum(codes, g, low_int.astype(float)), _bsum(codes, g, pair))[codes]
    obs = {name: observed[name].to_numpy(dtype=float) for name in names}
    exceed = {name: np.zeros(g) for name in names}
    valid = {name: np.zeros(g) for name in names}
    rng = np.random.default_rng(seed)
    with np.errstate(invalid="ignore", divide="ignore"):
        for _ in range(int(n_iter)):
            xs = rng.binomial(t_int, p_x).astype(float)
            lows = rng.binomial(pair_int, p_low).astype(float)
            null = {
                "ojamlikhetsindex": _ojamlikhet(codes, g, lows, pair - lows),
                "dissimilarity": _dissimilarity(codes, g, xs, t),
                "information_theory": _entropy_h(codes, g, xs, t),
            }
            for name in names:
                ok = ~np.isnan(null[name])
                valid[name] += ok
                exceed[name] += ok & _at_least(null[name], obs[name])
    frame = pd.DataFrame({"region": observed["region"]})
    for name in names:
        frame[f"{name}_p"] = _p_value(exceed[name], valid[name], obs[name])
    frame["note"] = observed["note"]
    return frame


def change_test(
    counts_a: Any,
    counts_b: Any,
    regions_a: Any,
    regions_b: Any,
    *,
    focus: int = 0,
    compare: int = -1,
    total_a: Any = None,
    total_b: Any = None,
    two_group: bool = False,
    indices: Sequence[str] = TESTED_INDICES,
    atkinson_b: float = 0.5,
    n_iter: int,
    seed: int,
) -> pd.DataFrame:
    """Did each region's index change between year A and year B? Two-sided permutation test.

    Random-labelling test of PySAL ``segregation.inference.TwoValueTest``
    (``null_approach="random_label"``; Rey & Sastré-Gutiérrez 2010, Spatial
    Economic Analysis 5(3)): within each region the populated units of both
    years are pooled and the year labels permuted (keeping the number of units
    per year), and the index is recomputed for both pseudo-years. Under H0
    (both years' units come from one distribution) the observed change is
    exchangeable with the permuted ones, so p = (1 + #{|d*| >= |d|}) /
    (1 + n_valid) (PySAL: 2 min(#{d* > d}, #{d* < d}) / n). Units need not
    match between years (new boundaries are fine). Any index of
    :data:`INDEX_NAMES` can be tested. Columns: ``region`` (union of both
    years), per index ``{name}_a``, ``{name}_b``, ``{name}_change`` (B - A),
    ``{name}_p``, and ``note``. Seeded with ``numpy.random.default_rng(seed)``;
    vectorized over units and regions, loops over iterations only.
    """
    names = _check_names(indices, INDEX_NAMES)
    b = _check_b(atkinson_b)
    if int(n_iter) < 1:
        raise SegregationError(N_("The number of iterations must be at least 1."))
    prep_a = _Prepared(counts_a, regions_a, focus, compare, total_a, two_group, names)
    prep_b = _Prepared(counts_b, regions_b, focus, compare, total_b, two_group, names)
    if prep_a.k != prep_b.k:
        raise SegregationError(
            N_("Years A and B must have the same groups ({a} and {b} columns)."),
            a=prep_a.k,
            b=prep_b.k,
        )
    kw: Dict[str, Any] = dict(
        focus=focus, compare=compare, two_group=two_group, indices=names, atkinson_b=b
    )
    obs_a = compute_indices(counts_a, regions_a, total=total_a, **kw)
    obs_b = compute_indices(counts_b, regions_b, total=total_b, **kw)
    both = pd.Index(prep_a.labels).append(pd.Index(prep_b.labels))
    _, union = _factorize_regions(both, len(both), None)
    union_index = pd.Index(union)
    pos_a = union_index.get_indexer(pd.Index(prep_a.labels))
    pos_b = union_index.get_indexer(pd.Index(prep_b.labels))
    g = len(union)
    codes = np.concatenate([pos_a[prep_a.codes], pos_b[prep_b.codes]])
    data = {key: np.concatenate([prep_a.data[key], prep_b.data[key]]) for key in prep_a.data}
    n_a = np.bincount(pos_a[prep_a.codes], minlength=g)
    values_a = {name: np.full(g, np.nan) for name in names}
    values_b = {name: np.full(g, np.nan) for name in names}
    for name in names:
        values_a[name][pos_a] = obs_a[name].to_numpy(dtype=float)
        values_b[name][pos_b] = obs_b[name].to_numpy(dtype=float)
    change = {name: values_b[name] - values_a[name] for name in names}
    sizes = np.bincount(codes, minlength=g)
    sorted_codes = np.sort(codes, kind="stable")
    rank = np.arange(len(codes)) - (np.cumsum(sizes) - sizes)[sorted_codes]
    first_part = rank < n_a[sorted_codes]
    exceed = {name: np.zeros(g) for name in names}
    valid = {name: np.zeros(g) for name in names}
    rng = np.random.default_rng(seed)
    with np.errstate(invalid="ignore", divide="ignore"):
        for _ in range(int(n_iter)):
            shuffle = np.lexsort((rng.random(len(codes)), codes))
            is_a = np.empty(len(codes), dtype=bool)
            is_a[shuffle] = first_part
            pseudo = 2 * codes + (~is_a).astype(np.intp)
            raw = _raw_indices(names, pseudo, 2 * g, data, b)
            for name in names:
                pair = raw[name].reshape(g, 2)
                d = np.abs(pair[:, 1] - pair[:, 0])
                ok = ~np.isnan(d)
                valid[name] += ok
                exceed[name] += ok & _at_least(d, np.abs(change[name]))
    in_a = np.zeros(g, dtype=bool)
    in_a[pos_a] = True
    in_b = np.zeros(g, dtype=bool)
    in_b[pos_b] = True
    note_a = np.zeros(g, dtype=bool)
    note_a[pos_a] = obs_a["note"].to_numpy(dtype=object) != ""
    note_b = np.zeros(g, dtype=bool)
    note_b[pos_b] = obs_b["note"].to_numpy(dtype=object) != ""
    no_draw = np.zeros(g, dtype=bool)
    for name in names:
        no_draw |= ~np.isnan(change[name]) & (valid[name] == 0)
    notes = np.full(g, "", dtype=object)
    notes = _join_notes(notes, ~in_a, NOTE_MISSING_YEAR_A)
    notes = _join_notes(notes, ~in_b, NOTE_MISSING_YEAR_B)
    notes = _join_notes(notes, note_a, NOTE_SEE_YEAR_A)
    notes = _join_notes(notes, note_b, NOTE_SEE_YEAR_B)
    notes = _join_notes(notes, no_draw, NOTE_NO_VALID_DRAW)
    frame = pd.DataFrame({"region": union})
    for name in names:
        frame[f"{name}_a"] = values_a[name]
        frame[f"{name}_b"] = values_b[name]
        frame[f"{name}_change"] = change[name]
        frame[f"{name}_p"] = _p_value(exceed[name], valid[name], change[name])
    frame["note"] = notes
    return frame


def region_labels(regions: Any) -> Tuple[np.ndarray, np.ndarray]:
    """Public helper: (codes, sorted labels) as used by every function here."""
    n = len(regions)
    return _factorize_regions(regions, n, None)


__all__ = [
    "INDEX_NAMES",
    "MULTIGROUP_INDICES",
    "NOTE_SEPARATOR",
    "SINGLE_GROUP_INDICES",
    "TESTED_INDICES",
    "change_test",
    "compute_indices",
    "pairwise_absdiff_sum",
    "permutation_pvalues",
    "region_labels",
]
