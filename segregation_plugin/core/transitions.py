"""Area-type transitions between two years: how many areas (and people) moved between types.

A 6 x 6 count matrix over types 0 (not classified) and 1-5, from year A (rows)
to year B (columns), as Segregationsbarometern shows area-type changes of RegSO.
"""

from __future__ import annotations

from typing import Optional, Sequence

import numpy as np
import pandas as pd

from .errors import N_, SegregationError

TYPES = (0, 1, 2, 3, 4, 5)


def type_codes(values: Sequence) -> np.ndarray:
    """Area types as 0-5 (0 for NULL or anything that is not a type 1-5), vectorized."""
    numbers = pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce")
    numbers = numbers.to_numpy(dtype=float)
    whole = np.isfinite(numbers) & (numbers == np.round(numbers)) & (numbers >= 1)
    whole &= numbers <= 5
    return np.where(whole, numbers, 0).astype(np.int64)


def transition_matrix(
    types_a: Sequence, types_b: Sequence, weights: Optional[Sequence] = None
) -> np.ndarray:
    """6 x 6 matrix: entry [i, j] counts areas (or sums ``weights``) of type i in A and j in B."""
    a, b = type_codes(types_a), type_codes(types_b)
    if len(a) != len(b):
        raise SegregationError(
            N_("Both years need one area type per area ({a} and {b} given)."), a=len(a), b=len(b)
        )
    w = None
    if weights is not None:
        w = np.nan_to_num(np.asarray(weights, dtype=float))
        if (w < 0).any():
            raise SegregationError(N_("Weights (population) cannot be negative."))
    counts = np.bincount(a * 6 + b, weights=w, minlength=36)
    return counts.reshape(6, 6)


def transition_table(
    types_a: Sequence, types_b: Sequence, population: Optional[Sequence] = None
) -> pd.DataFrame:
    """Long table of the matrix: from_type, to_type, areas, population (when given), change
    (-1 worse, 0 same, +1 better; types with a higher number are better)."""
    areas = transition_matrix(types_a, types_b)
    frame = pd.DataFrame(
        {
            "from_type": np.repeat(TYPES, 6),
            "to_type": np.tile(TYPES, 6),
            "areas": areas.ravel().astype(np.int64),
        }
    )
    if population is not None:
        frame["population"] = transition_matrix(types_a, types_b, population).ravel()
    known = (frame["from_type"] > 0) & (frame["to_type"] > 0)
    frame["change"] = np.where(known, np.sign(frame["to_type"] - frame["from_type"]), np.nan)
    return frame
