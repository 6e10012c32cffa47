"""Turning raw attribute values into numbers, the way SCB writes them.

Statistikdatabasen writes missing or suppressed values as one or more dots
(".", "..", "...") or ":" and never as zero; Swedish files use a decimal
comma. NULL, empty text and those tokens become NaN; any other text that is
not a number is reported, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
import pandas as pd

#: Tokens SCB uses for missing, suppressed or not applicable values.
MISSING_TOKENS = frozenset({".", "..", "...", ":", "-", ""})


@dataclass
class ParsedNumbers:
    """Numbers parsed from raw values, aligned with the input."""

    values: np.ndarray  # float, NaN where missing or bad
    missing: np.ndarray  # bool: NULL, empty or an SCB missing token
    bad: np.ndarray  # bool: text that is not a number

    def first_bad(self, raw: Sequence) -> tuple[int, object]:
        """Position and raw value of the first bad entry."""
        i = int(np.flatnonzero(self.bad)[0])
        return i, raw[i]


def parse_numbers(raw: Sequence) -> ParsedNumbers:
    """Parse numbers, NULLs, decimal commas and SCB's dot/colon tokens (vectorized)."""
    s = pd.Series(list(raw), dtype=object)
    isnull = s.isna().to_numpy()
    numeric = pd.to_numeric(s.where(~isnull), errors="coerce").to_numpy(dtype=float)
    text_pos = np.isnan(numeric) & ~isnull
    missing = isnull.copy()
    bad = np.zeros(len(s), dtype=bool)
    if text_pos.any():
        text = s[text_pos].astype(str).str.strip()
        token = text.isin(MISSING_TOKENS).to_numpy()
        cleaned = text.str.replace("\u00a0", "", regex=False).str.replace(" ", "", regex=False)
        cleaned = cleaned.str.replace(",", ".", regex=False)
        converted = pd.to_numeric(cleaned, errors="coerce").to_numpy(dtype=float)
        idx = np.flatnonzero(text_pos)
        numeric[idx] = np.where(token, np.nan, converted)
        missing[idx] = token
        bad[idx] = ~token & np.isnan(converted)
    return ParsedNumbers(numeric, missing, bad)
