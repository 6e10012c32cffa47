"""Socioeconomic index and the five area types (områdestyper).

Method (SCB, Statistikdatabasen table "Socioekonomiskt index och områdestyp",
RegSO, footnotes; Delmos/Boverket): three indicators per RegSO in percent,

- V1: share of persons with low economic standard,
- V2: share of persons aged 20-64 whose highest education is förgymnasial,
- V3: share of persons aged 20-64 with long-term social assistance and/or
  unemployment longer than 6 months,

index = (V1 + V2 + V3) / 3 (higher is worse), and area types cut at the
reference mean plus or minus whole standard deviations:
type 1 >= mu + 2 sd; type 2 in [mu + sd, mu + 2 sd); type 3 in [mu, mu + sd);
type 4 in [mu - sd, mu); type 5 < mu - sd.

Not settled by public text: weighting of mu and sd and the SD's ddof. The
defaults here are the unweighted mean and sample SD (ddof=1) over areas; the
alternatives are options and every result states the choice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional, Sequence

import numpy as np
import pandas as pd

from .errors import N_, SegregationError

#: Published number of RegSO in Sweden (SCB, 2020 division), the official reference set.
NATIONAL_REGSO_COUNT = 3363
#: Published number of DeSO in Sweden: 2018 division and 2025 division.
NATIONAL_DESO_COUNTS = (5984, 6160)

Translate = Callable[[str], str]


def _same(text: str) -> str:
    return text


#: Labels of the area types (English source text; Swedish via translation, SCB's wording).
AREA_TYPE_LABELS = {
    1: N_("Areas with major socioeconomic challenges"),
    2: N_("Areas with socioeconomic challenges"),
    3: N_("Socioeconomically mixed areas"),
    4: N_("Areas with good socioeconomic conditions"),
    5: N_("Areas with very good socioeconomic conditions"),
}
NOT_CLASSIFIED_LABEL = N_("Not classified")


@dataclass(frozen=True)
class IndexSpec:
    """How indicators combine into an index.

    ``directions``: +1 when a higher value is worse (as in SCB's three), -1 when
    higher is better. ``weights`` are relative. ``standardize`` turns each
    indicator into a z-score against the reference before combining (used by
    municipalities' own local indices); the official index does not.
    """

    names: tuple[str, ...]
    directions: tuple[int, ...]
    weights: tuple[float, ...]
    standardize: bool = False
    title: str = ""

    def __post_init__(self) -> None:
        k = len(self.names)
        if k == 0:
            raise SegregationError(N_("At least one indicator is needed."))
        if len(self.directions) != k or len(self.weights) != k:
            raise SegregationError(
                N_("Give one direction and one weight per indicator ({count} indicators)."),
                count=k,
            )
        if any(d not in (1, -1) for d in self.directions):
            raise SegregationError(N_("Directions must be +1 (higher is worse) or -1."))
        w = np.asarray(self.weights, dtype=float)
        if not np.all(np.isfinite(w)) or np.any(w < 0) or w.sum() <= 0:
            raise SegregationError(N_("Weights must be non-negative numbers, not all zero."))


#: SCB/Delmos' official preset: unweighted, unstandardised mean of V1, V2, V3.
OFFICIAL_SPEC = IndexSpec(
    names=("V1", "V2", "V3"),
    directions=(1, 1, 1),
    weights=(1.0, 1.0, 1.0),
    standardize=False,
    title=N_("SCB/Delmos official index: (V1 + V2 + V3) / 3"),
)


@dataclass(frozen=True)
class Reference:
    """The reference distribution of the index: mean, SD and how they were obtained."""

    mean: float
    std: float
    n: int
    source: str  # "input", "given" or "layer"
    weighted: bool = False
    ddof: int = 1
    indicator_means: Optional[np.ndarray] = None
    indicator_stds: Optional[np.ndarray] = None


@dataclass
class Classification:
    """Result of :func:`classify_areas`, aligned with the input rows."""

    index: np.ndarray
    z: np.ndarray
    area_type: np.ndarray  # int, 0 where not classifiable
    note: np.ndarray  # object array of str, '' when classified
    reference: Reference
    warnings: list[str] = field(default_factory=list)

    def counts(self) -> dict[int, int]:
        """Areas per type, key 0 for not classified."""
        c = np.bincount(self.area_type, minlength=6)
        return {t: int(c[t]) for t in range(6)}

    def population_shares(self, population: np.ndarray) -> dict[int, float]:
        """Share (0-1) of the total population per type, key 0 for not classified."""
        pop = np.nan_to_num(np.asarray(population, dtype=float))
        sums = np.bincount(self.area_type, weights=pop, minlength=6)
        total = sums.sum()
        return {t: (float(sums[t] / total) if total > 0 else float("nan")) for t in range(6)}


def check_percentages(
    values: np.ndarray,
    names: Sequence[str],
    feature_ids: Sequence,
    *,
    convert_fractions: bool = False,
) -> np.ndarray:
    """Validate indicator columns given in percent (0-100); return them as float.

    All values <= 1 in a column means fractions (0-1): refused unless
    ``convert_fractions``, then multiplied by 100 (never mixed silently).
    Negative or > 100 values raise an error naming the feature.
    """
    x = np.array(values, dtype=float, copy=True)
    if x.ndim == 1:
        x = x[:, None]
    ids = np.asarray(feature_ids)
    for j, name in enumerate(names):
        col = x[:, j]
        finite = np.isfinite(col)
        bad = finite & ((col < 0) | (col > 100))
        if bad.any():
            i = int(np.flatnonzero(bad)[0])
            raise SegregationError(
                N_(
                    "Field {field}: value {value} of feature {feature} is outside 0-100 "
                    "(indicators are percentages); {count} feature(s) affected."
                ),
                field=name,
                value=f"{col[i]:g}",
                feature=ids[i],
                count=int(bad.sum()),
            )
        if finite.any() and np.nanmax(col) <= 1.0 and np.nanmax(col) > 0:
            if not convert_fractions:
                raise SegregationError(
                    N_(
                        "Field {field} looks like fractions (all values are at most 1), not "
                        "percentages. Tick 'indicators are fractions' to multiply by 100."
                    ),
                    field=name,
                )
            x[:, j] = col * 100.0
    return x


def combine_indicators(
    indicators: np.ndarray,
    spec: IndexSpec = OFFICIAL_SPEC,
    ind_means: Optional[np.ndarray] = None,
    ind_stds: Optional[np.ndarray] = None,
) -> np.ndarray:
    """The index per row: weighted mean of (signed, optionally z-scored) indicators.

    With ``spec.standardize`` each indicator is z-scored with ``ind_means`` and
    ``ind_stds`` (the reference's). NaN where any indicator is missing.
    """
    x = np.asarray(indicators, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    if spec.standardize:
        if ind_means is None or ind_stds is None:
            raise SegregationError(N_("Standardised indicators need reference means and SDs."))
        if np.any(~(np.asarray(ind_stds) > 0)):
            raise SegregationError(
                N_("An indicator has standard deviation 0 in the reference: cannot standardise.")
            )
        x = (x - ind_means) / ind_stds
    w = np.asarray(spec.weights, dtype=float)
    return (x @ (np.asarray(spec.directions, dtype=float) * w)) / w.sum()


def weighted_mean_std(
    values: np.ndarray, weights: Optional[np.ndarray] = None, ddof: int = 1
) -> tuple[float, float, int]:
    """Mean and SD over the finite values (axis 0), optionally weighted.

    Weights are frequency weights (population): var = sum w (x - mu)^2 / (sum w - ddof).
    Rows with a missing or non-positive weight are left out when weighted.
    """
    x = np.asarray(values, dtype=float)
    ok = np.isfinite(x)
    if weights is None:
        n = int(ok.sum())
        if n <= ddof:
            return float("nan"), float("nan"), n
        v = x[ok]
        return float(v.mean()), float(v.std(ddof=ddof)), n
    w = np.asarray(weights, dtype=float)
    ok &= np.isfinite(w) & (w > 0)
    n = int(ok.sum())
    v, wv = x[ok], w[ok]
    sw = wv.sum()
    if n < 2 or sw <= ddof:
        return float("nan"), float("nan"), n
    mu = float((wv * v).sum() / sw)
    var = float((wv * (v - mu) ** 2).sum() / (sw - ddof))
    return mu, float(np.sqrt(var)), n


def _column_stats(x: np.ndarray, weights, ddof) -> tuple[np.ndarray, np.ndarray]:
    stats = [weighted_mean_std(x[:, j], weights, ddof)[:2] for j in range(x.shape[1])]
    return np.array([s[0] for s in stats]), np.array([s[1] for s in stats])


def reference_from_data(
    indicators: Optional[np.ndarray],
    index: Optional[np.ndarray],
    spec: IndexSpec = OFFICIAL_SPEC,
    weights: Optional[np.ndarray] = None,
    ddof: int = 1,
    source: str = "input",
) -> Reference:
    """Reference mean and SD of the index computed from a set of areas.

    Give either the indicator matrix (the index is computed with ``spec``) or an
    existing ``index``.
    """
    ind_means = ind_stds = None
    if index is None:
        x = np.asarray(indicators, dtype=float)
        complete = np.all(np.isfinite(x), axis=1)
        if spec.standardize:
            ind_means, ind_stds = _column_stats(x[complete], _sub(weights, complete), ddof)
        index = combine_indicators(x, spec, ind_means, ind_stds)
    mean, std, n = weighted_mean_std(index, weights, ddof)
    if n < 2:
        raise SegregationError(
            N_("At least 2 classifiable areas are needed for a reference; found {n}."), n=n
        )
    if not std > 0:
        raise SegregationError(
            N_("The index has standard deviation 0 over the {n} reference areas: cannot classify."),
            n=n,
        )
    return Reference(mean, std, n, source, weights is not None, ddof, ind_means, ind_stds)


def _sub(weights: Optional[np.ndarray], mask: np.ndarray) -> Optional[np.ndarray]:
    return None if weights is None else np.asarray(weights, dtype=float)[mask]


def given_reference(mean: float, std: float) -> Reference:
    """A reference given by the user, e.g. national parameters of a previous run."""
    if not np.isfinite(mean) or not np.isfinite(std) or std <= 0:
        raise SegregationError(
            N_("A given reference needs a finite mean and a standard deviation above 0.")
        )
    return Reference(float(mean), float(std), 0, "given")


def area_types(index: np.ndarray, mean: float, std: float) -> np.ndarray:
    """Area type 1-5 per index value (0 where the index is missing).

    Boundaries belong to the worse type's lower edge: an index exactly at
    mean + sd is type 2, exactly at mean - sd is type 4.
    """
    x = np.asarray(index, dtype=float)
    types = np.full(x.shape, 5, dtype=np.int64)
    for edge in (mean - std, mean, mean + std, mean + 2.0 * std):  # 4 edges, not areas
        types -= x >= edge
    types[np.isnan(x)] = 0
    return types


def missing_notes(
    indicators: np.ndarray, names: Sequence[str], translate: Translate = _same
) -> np.ndarray:
    """Per row, '' or which indicators are missing ("V2 missing; V3 missing").

    Returns an object array; one text per distinct missing pattern is built and
    spread to the rows by the pattern's bit code.
    """
    x = np.asarray(indicators, dtype=float)
    if x.ndim == 1:
        x = x[:, None]
    missing = ~np.isfinite(x)
    if not missing.any():
        return np.full(x.shape[0], "", dtype=object)
    bits = missing @ (1 << np.arange(x.shape[1]))
    patterns, inverse = np.unique(bits, return_inverse=True)
    template = translate(N_("{field} missing"))
    texts = np.array(
        [
            "; ".join(template.format(field=names[j]) for j in range(x.shape[1]) if p >> j & 1)
            for p in patterns.tolist()
        ],
        dtype=object,
    )
    return texts[inverse]


def coverage_warning(n_areas: int, level: str, translate: Translate = _same) -> str:
    """Warning when areas are classified against their own (not national) distribution."""
    national = {"regso": (NATIONAL_REGSO_COUNT,), "deso": NATIONAL_DESO_COUNTS}.get(level.lower())
    if national is not None and n_areas in national:
        return ""
    return translate(
        N_(
            "The reference is the input layer itself ({n} areas), not all areas of Sweden: the "
            "area types are relative to this layer's own mean and SD, not the national ones."
        )
    ).format(n=n_areas)


def classify_areas(
    indicators: Optional[np.ndarray],
    reference: Reference,
    *,
    index: Optional[np.ndarray] = None,
    spec: IndexSpec = OFFICIAL_SPEC,
    names: Optional[Sequence[str]] = None,
    translate: Translate = _same,
) -> Classification:
    """Index, z-score, area type and note per area against ``reference``.

    Rows with a missing indicator (or index) get type 0 (NULL) and a note.
    """
    if index is None:
        x = np.asarray(indicators, dtype=float)
        index = combine_indicators(x, spec, reference.indicator_means, reference.indicator_stds)
        notes = missing_notes(x, names or spec.names, translate)
    else:
        index = np.asarray(index, dtype=float)
        notes = missing_notes(index, [names[0] if names else "index"], translate)
    z = (index - reference.mean) / reference.std
    types = area_types(index, reference.mean, reference.std)
    return Classification(index, z, types, notes, reference)


def method_text(
    reference: Reference,
    spec: IndexSpec = OFFICIAL_SPEC,
    level: str = "",
    translate: Translate = _same,
) -> str:
    """One line stating the method choices, written into every output."""
    t = translate
    source = {
        "input": N_("reference: the input layer"),
        "given": N_("reference: given values"),
        "layer": N_("reference: another layer"),
    }[reference.source]
    parts = [
        t(spec.title or N_("custom index")),
        t(source),
        t(N_("mean {mean}, SD {std}")).format(
            mean=f"{reference.mean:.4f}", std=f"{reference.std:.4f}"
        ),
    ]
    if reference.source != "given":
        parts.append(f"n={reference.n}")
        parts.append(t(N_("population-weighted") if reference.weighted else N_("unweighted")))
        parts.append(
            t(N_("sample SD (ddof=1)") if reference.ddof == 1 else N_("population SD (ddof=0)"))
        )
    if level.lower() == "deso":
        parts.append(t(N_("DeSO-level approximation (the official index is RegSO level)")))
    return "; ".join(parts)


_LEVEL_PATTERNS = {
    "deso": r"^\d{4}[ABC]\d{4}$",
    "regso": r"^\d{4}R\d{3}$",
}


def detect_level(codes) -> str:
    """'deso' or 'regso' when every non-empty code matches SCB's pattern, else 'other'.

    DeSO: 4-digit municipality code, category A/B/C, 4 digits (e.g. 1280C1230);
    RegSO: municipality code, R, 3 digits (e.g. 1280R012).
    """
    s = pd.Series(list(codes), dtype=object).dropna().astype(str).str.strip()
    s = s[s != ""]
    if s.empty:
        return "other"
    for level, pattern in _LEVEL_PATTERNS.items():
        if s.str.match(pattern).all():
            return level
    return "other"
