"""Guessing which fields hold SCB's indicators and the population (pure Python, no Qt).

The panel pre-selects fields with these rules so a planner with an SCB export
rarely has to pick them by hand. Each rule is a list of key words matched
against the field name after folding case, å/ä/ö and separators; a name that
says it is a share ("andel", "share", "pct", "procent") wins over one that
looks like a count ("antal", "count", an integer field without a share word).
"""

from __future__ import annotations

import re
from typing import Iterable, Optional, Sequence

#: Key words per indicator, already folded (see :func:`fold`).
INDICATOR_KEYWORDS = {
    "V1": ("lag_ek", "lagek", "ekonomisk_standard", "ek_standard", "low_econ", "low_income"),
    "V2": ("forgymn", "utbildning", "education", "pre_upper", "compulsory_school"),
    "V3": ("bistand", "arbetsl", "social_assist", "unemploy", "ekonomiskt_bistand"),
}
#: Words that rule a field out although a key word matched (higher education is not V2).
EXCLUDE_WORDS = {
    "V1": ("hog_ek", "hog_inkomst"),
    "V2": ("eftergymn", "hogskol", "universitet", "hog_utb", "hogre_utb", "higher_ed"),
    "V3": (),
}
#: A field literally called v1/V1 (or ending in _v1) is the indicator itself.
_CODE = {role: re.compile(rf"(^|_){role.lower()}($|_)") for role in INDICATOR_KEYWORDS}
SHARE_WORDS = ("andel", "share", "pct", "procent", "percent", "prop")
COUNT_WORDS = ("antal", "count", "number", "summa")
POPULATION_KEYWORDS = ("befolkning", "folkmangd", "population", "invanare", "antal_personer")
_POPULATION_SHORT = re.compile(r"(^|_)(bef|pop|tot_bef|bef_tot|totalt)($|_)")
#: Lowest score a field needs to be suggested.
THRESHOLD = 2


def fold(name: str) -> str:
    """Lower case, å/ä -> a, ö -> o, and every run of other characters -> '_'."""
    text = name.lower().translate(str.maketrans("åäöéü", "aaoeu"))
    return re.sub(r"[^a-z0-9%]+", "_", text).strip("_")


def _indicator_score(role: str, name: str, is_integer: bool) -> int:
    folded = fold(name)
    if any(word in folded for word in EXCLUDE_WORDS[role]):
        return 0
    if _CODE[role].search(folded):
        score = 4
    elif any(word in folded for word in INDICATOR_KEYWORDS[role]):
        score = 2
    else:
        return 0
    share = any(word in folded for word in SHARE_WORDS) or "%" in folded
    if share:
        score += 2
    if any(word in folded for word in COUNT_WORDS):
        score -= 3
    elif is_integer and not share:
        score -= 1  # an integer without a share word is most likely a count of persons
    return score


def suggest_indicator_fields(
    names: Sequence[str], integer_fields: Iterable[str] = ()
) -> dict[str, Optional[str]]:
    """Best field for each of "V1", "V2", "V3" (or None), each field used once.

    ``names`` are the layer's numeric fields in layer order (ties go to the
    first); ``integer_fields`` are those of an integer type.
    """
    integers = set(integer_fields)
    chosen: dict[str, Optional[str]] = {}
    taken: set[str] = set()
    for role in ("V1", "V2", "V3"):
        best, best_score = None, THRESHOLD - 1
        for name in names:
            if name in taken:
                continue
            score = _indicator_score(role, name, name in integers)
            if score > best_score:
                best, best_score = name, score
        chosen[role] = best
        if best is not None:
            taken.add(best)
    return chosen


def suggest_population_field(names: Sequence[str], exclude: Iterable[str] = ()) -> Optional[str]:
    """The field most likely to hold the total population of each area, or None.

    Age bands such as ``bef_20_64`` and shares are not the total population.
    """
    excluded = set(exclude)
    best, best_score = None, 0
    for name in names:
        if name in excluded:
            continue
        folded = fold(name)
        if any(word in folded for word in SHARE_WORDS) or re.search(r"\d", folded):
            continue
        if folded in POPULATION_KEYWORDS:
            score = 4
        elif any(word in folded for word in POPULATION_KEYWORDS):
            score = 3
        elif _POPULATION_SHORT.search(folded):
            score = 2
        else:
            continue
        if score > best_score:
            best, best_score = name, score
    return best
