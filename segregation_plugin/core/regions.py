"""Regions that indices are computed over: the whole layer, municipality, county.

SCB's DeSO and RegSO codes begin with the municipality code (4 digits), whose
first 2 digits are the county code (e.g. DeSO 1280C1230 lies in 1280 Malmö, 12
Skåne län).
"""

from __future__ import annotations

from typing import Sequence

import numpy as np
import pandas as pd

from .errors import N_, SegregationError

WHOLE_LAYER = "layer"
MUNICIPALITY = "municipality"
COUNTY = "county"
#: Characters of an SCB area code that name the region.
CODE_PREFIX = {MUNICIPALITY: 4, COUNTY: 2}
#: Label of the single region when indices are computed over the whole layer.
ALL_LABEL = "all"


def region_keys(codes: Sequence, level: str, unit_ids: Sequence | None = None) -> np.ndarray:
    """Region key per unit: ``ALL_LABEL``, or the code's first 4 or 2 characters.

    Codes must be text starting with digits (SCB's pattern); an empty code or one
    that does not start with the municipality/county digits is an error naming the unit.
    """
    n = len(codes)
    if level == WHOLE_LAYER:
        return np.full(n, ALL_LABEL, dtype=object)
    width = CODE_PREFIX[level]
    s = pd.Series(list(codes), dtype=object)
    text = s.where(s.notna(), "").astype(str).str.strip()
    prefix = text.str[:width]
    bad = ~prefix.str.fullmatch(rf"\d{{{width}}}").to_numpy()
    if bad.any():
        i = int(np.flatnonzero(bad)[0])
        ids = list(unit_ids) if unit_ids is not None else list(range(n))
        raise SegregationError(
            N_(
                "Code '{code}' of feature {feature} does not start with a {width}-digit "
                "{what} code; {count} feature(s) affected."
            ),
            code=text.iloc[i],
            feature=ids[i],
            width=width,
            what=N_("municipality") if level == MUNICIPALITY else N_("county"),
            count=int(bad.sum()),
        )
    return prefix.to_numpy(dtype=object)


def region_names(keys: np.ndarray, names: Sequence | None) -> dict:
    """Region key -> name from a per-unit name column (first non-empty name wins)."""
    if names is None:
        return {}
    frame = pd.DataFrame({"key": keys, "name": list(names)}).dropna()
    frame = frame[frame["name"].astype(str).str.strip() != ""]
    return frame.drop_duplicates("key").set_index("key")["name"].astype(str).to_dict()
