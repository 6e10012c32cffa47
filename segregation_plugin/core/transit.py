"""Transit catchments: who lives within reach of public transport, by area type.

Method: catchment analysis with euclidean buffers. Every stop (or line) gets a
circle (corridor) of a walking distance, typically 400 m for bus and 800-1000 m
for rail; the catchment of a scenario is the union of its buffers. The covered
population of an area is

- *area-weighted*: population x (area of the area inside the catchment / area of
  the area), which assumes the population is spread evenly over the area, or
- *point-on-surface*: the whole population when the area's point on surface lies
  inside the catchment, else none.

Straight-line distance overestimates what is reachable on foot (barriers,
detours): network distance is not modelled. The geometry is done in
``adapter/geometry.py``; this module holds the arithmetic on the covered
fractions, the summary by scenario x area type, the equity ratio

    coverage share in area types 1-2 / coverage share in area types 4-5,

consistency checks, and reading GTFS ``stops.txt``. Pure numpy/pandas.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional, Sequence

import numpy as np
import pandas as pd

from .errors import N_, SegregationError

#: Label of the only scenario when no scenario field is given.
ALL = "all"
#: Field-name prefixes of the per-scenario columns of the areas output.
POP_PREFIX = "covered_pop_"
SHARE_PREFIX = "covered_share_"
#: Longest field name we write (PostgreSQL's limit; GeoPackage and memory allow more).
MAX_FIELD_LENGTH = 63
#: Columns of the summary table, in order.
SUMMARY_COLUMNS = ("scenario", "area_type", "population", "covered_population", "coverage_share")
#: Area types of the equity ratio: "areas with (major) socioeconomic challenges" vs good ones.
CHALLENGED_TYPES = (1, 2)
ADVANTAGED_TYPES = (4, 5)

#: GTFS location_type: 0 (or empty) stop/platform, 1 station; 2-4 are entrances, generic
#: nodes and boarding areas, which are not places where one boards a vehicle.
GTFS_KEPT_TYPES = ("", "0", "1")
GTFS_SKIPPED_TYPES = ("2", "3", "4")
GTFS_COLUMNS = ("stop_id", "stop_name", "lat", "lon", "location_type")


def _examples(labels: Sequence[str], mask: np.ndarray, limit: int = 5) -> str:
    picked = [str(labels[i]) for i in np.flatnonzero(mask)[:limit]]
    more = int(mask.sum()) - len(picked)
    return ", ".join(picked) + (f", … (+{more})" if more > 0 else "")


# -- inputs -----------------------------------------------------------------------------


def check_population(population, labels: Sequence[str], field: str) -> np.ndarray:
    """The population as float; NULL, NaN or negative values are bad input (named)."""
    pop = np.asarray(population, dtype=float)
    bad = ~np.isfinite(pop)
    if bad.any():
        raise SegregationError(
            N_(
                "Population field '{field}' is NULL or not a number in {count} area(s): "
                "{examples}. Enter 0 for areas without residents."
            ),
            field=field,
            count=int(bad.sum()),
            examples=_examples(labels, bad),
        )
    negative = pop < 0
    if negative.any():
        raise SegregationError(
            N_("Population field '{field}' is negative in {count} area(s): {examples}."),
            field=field,
            count=int(negative.sum()),
            examples=_examples(labels, negative),
        )
    return pop


def check_distances(distances, labels: Sequence[str], what: str) -> None:
    """Buffer distances must be positive (metres)."""
    d = np.asarray(distances, dtype=float)
    bad = ~(d > 0)
    if bad.any():
        raise SegregationError(
            N_(
                "The catchment distance must be greater than 0 m; {what} has {count} "
                "value(s) that are not: {examples}."
            ),
            what=what,
            count=int(bad.sum()),
            examples=_examples(labels, bad),
        )


def as_labels(values: Sequence) -> np.ndarray:
    """Category values as text: 3, 3.0 and '3' are all '3'; NULL, NaN and '' are None.

    Used for scenario values and area types, so a numeric or a text field both work.
    """
    s = pd.Series(list(values), dtype=object)
    is_text = s.map(lambda v: isinstance(v, str)).astype(bool)
    text = s.where(is_text).str.strip()
    num = pd.to_numeric(s.where(~is_text), errors="coerce").astype(float)
    integral = np.isfinite(num) & (num == np.round(num))
    out = pd.Series(np.full(len(s), None, dtype=object))
    out[is_text] = text[is_text]
    finite = np.isfinite(num) & ~integral
    out[finite] = num[finite].map(repr)
    out[integral] = num[integral].astype("int64").astype(str)
    out[out == ""] = None
    return out.to_numpy(dtype=object)


def area_type_numbers(labels: Sequence) -> np.ndarray:
    """Area type 1-5 from labels such as '3', '3.0' or '3 Socioekonomiskt blandade ...'; else 0."""
    s = pd.Series(list(labels), dtype=object).astype("string")
    digit = s.str.extract(r"^\s*([1-5])(?:\.0+)?(?:\s|$)", expand=False)
    return pd.to_numeric(digit, errors="coerce").fillna(0).astype(int).to_numpy()


# -- scenarios --------------------------------------------------------------------------


@dataclass(frozen=True)
class Scenarios:
    """The scenarios and which stop/line features belong to each.

    ``members[i, s]`` is True when feature ``i`` is part of scenario ``s``. With a base
    scenario, the base's features belong to every scenario, so 'planned' means the
    future network: existing plus planned.
    """

    names: tuple
    members: np.ndarray
    base: Optional[str]
    unlabelled: int

    def composition(self, s: int) -> str:
        """'befintlig + planerad' for a scenario that includes the base, else its name."""
        name = self.names[s]
        if self.base is None or name == self.base:
            return name
        return f"{self.base} + {name}"


def scenario_membership(labels: Sequence, base: Optional[str] = None) -> Scenarios:
    """Scenarios from each feature's scenario label (None: in no scenario, counted).

    The base scenario (if any) comes first, the others in sorted order.
    """
    lab = np.asarray(as_labels(labels), dtype=object)
    has = np.array([v is not None for v in lab], dtype=bool)
    found = sorted({str(v) for v in lab[has]})
    base = (base or "").strip() or None
    if base is not None and base not in found:
        raise SegregationError(
            N_("Base scenario '{base}' is not a value of the scenario field (values: {values})."),
            base=base,
            values=", ".join(found) or "-",
        )
    names = ([base] if base else []) + [v for v in found if v != base]
    members = np.zeros((len(lab), len(names)), dtype=bool)
    is_base = (lab == base) if base else np.zeros(len(lab), dtype=bool)
    for s, name in enumerate(names):
        members[:, s] = (lab == name) | is_base
    return Scenarios(tuple(names), members, base, int((~has).sum()))


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_")


def scenario_field_names(names: Sequence[str]) -> list:
    """(covered_pop_<s>, covered_share_<s>) per scenario: ASCII, unique, at most 63 chars."""
    room = MAX_FIELD_LENGTH - max(len(POP_PREFIX), len(SHARE_PREFIX))
    taken: set = set()
    out = []
    for i, name in enumerate(names):
        slug = _slug(str(name))[:room].strip("_") or f"s{i + 1}"
        candidate, n = slug, 1
        while candidate in taken:
            n += 1
            suffix = f"_{n}"
            candidate = slug[: room - len(suffix)] + suffix
        taken.add(candidate)
        out.append((POP_PREFIX + candidate, SHARE_PREFIX + candidate))
    return out


# -- coverage ---------------------------------------------------------------------------


def covered_population(population, fractions) -> np.ndarray:
    """Covered population per area (rows) and scenario (columns).

    ``fractions`` is the covered share of each area, 0-1 (area-weighted or 0/1); NaN marks
    an area that could not be located (no geometry) and stays NaN.
    """
    pop = np.asarray(population, dtype=float)
    f = np.clip(np.asarray(fractions, dtype=float), 0.0, 1.0)
    if f.ndim == 1:
        f = f[:, None]
    return pop[:, None] * f


def _group_codes(labels: np.ndarray) -> tuple:
    """Integer codes and the ordered groups: numeric labels ascending, then text, NULL last."""
    keys = np.array(["\x00" if v is None else str(v) for v in labels], dtype=object)
    uniques = pd.unique(keys)

    def order(key: str):
        if key == "\x00":
            return (2, 0.0, "")
        try:
            return (0, float(key), key)
        except ValueError:
            return (1, 0.0, key)

    ordered = sorted(uniques, key=order)
    codes = pd.Categorical(keys, categories=ordered).codes.astype(np.int64)
    return codes, [None if k == "\x00" else k for k in ordered]


def coverage_summary(
    scenarios: Sequence[str], population, covered, area_types: Optional[Sequence] = None
) -> pd.DataFrame:
    """One row per scenario and area type: population, covered population, coverage share.

    Areas whose covered value is NaN (not located) are left out. Without area types
    there is one row per scenario with area type 'all'.
    """
    pop = np.asarray(population, dtype=float)
    cov = np.asarray(covered, dtype=float)
    located = np.isfinite(cov).all(axis=1) if cov.size else np.ones(len(pop), bool)
    if area_types is None:
        labels = np.full(len(pop), ALL, dtype=object)
    else:
        labels = as_labels(area_types)
    codes, groups = _group_codes(labels[located])
    k = len(groups)
    group_pop = np.bincount(codes, weights=pop[located], minlength=k)
    frames = []
    for s, name in enumerate(scenarios):
        group_cov = np.bincount(codes, weights=cov[located, s], minlength=k)
        with np.errstate(invalid="ignore", divide="ignore"):
            share = np.where(group_pop > 0, group_cov / group_pop, np.nan)
        frames.append(
            pd.DataFrame(
                {
                    "scenario": [name] * k,
                    "area_type": pd.Series(groups, dtype=object),
                    "population": group_pop,
                    "covered_population": group_cov,
                    "coverage_share": share,
                }
            )
        )
    if not frames:
        return pd.DataFrame(columns=list(SUMMARY_COLUMNS))
    return pd.concat(frames, ignore_index=True)[list(SUMMARY_COLUMNS)]


@dataclass(frozen=True)
class Equity:
    """Coverage shares of area types 1-2 and 4-5 and their ratio (None if undefined)."""

    challenged: float
    advantaged: float
    ratio: Optional[float]


def equity(summary: pd.DataFrame) -> dict:
    """Per scenario: coverage share in types 1-2, in types 4-5, and share(1-2) / share(4-5).

    A ratio above 1 means residents of areas with socioeconomic challenges are more often
    within reach than residents of areas with good conditions. The ratio is None when one
    of the two groups has no population or types 4-5 have no coverage.
    """
    out = {}
    types = area_type_numbers(summary["area_type"].tolist())
    for name, rows in summary.groupby("scenario", sort=False):
        t = types[rows.index.to_numpy()]
        shares = []
        for group in (CHALLENGED_TYPES, ADVANTAGED_TYPES):
            mask = np.isin(t, group)
            pop = float(rows["population"].to_numpy()[mask].sum())
            cov = float(rows["covered_population"].to_numpy()[mask].sum())
            shares.append(cov / pop if pop > 0 else float("nan"))
        ratio = shares[0] / shares[1] if np.isfinite(shares).all() and shares[1] > 0 else None
        out[name] = Equity(shares[0], shares[1], ratio)
    return out


def check_consistency(population, covered, summary: pd.DataFrame, rtol: float = 1e-9) -> None:
    """Covered population between 0 and the population, and the summary adds up.

    A failure is a bug, not bad input; it is raised so that no wrong numbers are written.
    """
    pop = np.asarray(population, dtype=float)
    cov = np.asarray(covered, dtype=float)
    located = np.isfinite(cov).all(axis=1)
    tol = rtol * max(float(pop.sum()), 1.0)
    p, c = pop[located], cov[located]
    if (c < -tol).any() or (c > p[:, None] + tol).any():
        raise SegregationError(
            N_("Internal check failed: {what}. Please report this."),
            what="covered population outside 0..population",
        )
    total = float(p.sum())
    for s, (_, rows) in enumerate(summary.groupby("scenario", sort=False)):
        if abs(float(rows["population"].sum()) - total) > tol or (
            abs(float(rows["covered_population"].sum()) - float(c[:, s].sum())) > tol
        ):
            raise SegregationError(
                N_("Internal check failed: {what}. Please report this."),
                what="summary totals do not add up",
            )


# -- GTFS -------------------------------------------------------------------------------


def _gtfs_text(path: Path) -> tuple:
    """The text of stops.txt and a name for messages; path may be the file, a folder or a zip."""
    if path.is_dir():
        path = path / "stops.txt"
    if not path.exists():
        raise SegregationError(N_("GTFS file not found: {file}."), file=str(path))
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as feed:
                names = [n for n in feed.namelist() if n.rsplit("/", 1)[-1] == "stops.txt"]
                if not names:
                    raise SegregationError(
                        N_("The GTFS feed {file} has no stops.txt."), file=path.name
                    )
                return feed.read(names[0]).decode("utf-8-sig"), f"{path.name}/{names[0]}"
        return path.read_bytes().decode("utf-8-sig"), path.name
    except UnicodeDecodeError as err:
        raise SegregationError(
            N_("GTFS file {file} is not UTF-8 text (as GTFS requires)."), file=path.name
        ) from err


def _coordinates(values: pd.Series, column: str, lo: float, hi: float, lines, name) -> np.ndarray:
    number = pd.to_numeric(values, errors="coerce")
    bad = number.isna() | (number < lo) | (number > hi)
    if bad.any():
        i = int(np.flatnonzero(bad.to_numpy())[0])
        raise SegregationError(
            N_(
                "GTFS file {file}, line {line}: {column} '{value}' is not a number between "
                "{lo} and {hi} ({count} such line(s))."
            ),
            file=name,
            line=int(lines[i]),
            column=column,
            value=values.iloc[i],
            lo=lo,
            hi=hi,
            count=int(bad.sum()),
        )
    return number.to_numpy(dtype=float)


def read_gtfs_stops(path) -> pd.DataFrame:
    """Stops and stations of a GTFS ``stops.txt`` (or a feed .zip, or its folder).

    Returns columns stop_id, stop_name, lat, lon (WGS 84) and location_type (0 stop,
    1 station). Entrances, generic nodes and boarding areas (location_type 2-4) are
    skipped; their count is in ``table.attrs["skipped"]``. Bad columns or values are a
    :class:`SegregationError` naming the file and line.
    """
    text, name = _gtfs_text(Path(path))
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = [h.strip() for h in next(reader)]
    except StopIteration:
        raise SegregationError(N_("GTFS file {file} is empty."), file=name) from None
    except csv.Error as err:
        raise SegregationError(
            N_("GTFS file {file}, line {line}: {error}"), file=name, line=1, error=str(err)
        ) from err
    missing = [c for c in ("stop_id", "stop_lat", "stop_lon") if c not in header]
    if missing:
        raise SegregationError(
            N_("GTFS file {file} lacks the column(s) {columns} (header: {header})."),
            file=name,
            columns=", ".join(missing),
            header=", ".join(header),
        )
    rows, lines = [], []
    try:
        for row in reader:
            if not row or (len(row) == 1 and not row[0].strip()):
                continue
            if len(row) != len(header):
                raise SegregationError(
                    N_("GTFS file {file}, line {line}: {count} values, the header has {expected}."),
                    file=name,
                    line=reader.line_num,
                    count=len(row),
                    expected=len(header),
                )
            rows.append(row)
            lines.append(reader.line_num)
    except csv.Error as err:
        raise SegregationError(
            N_("GTFS file {file}, line {line}: {error}"),
            file=name,
            line=reader.line_num,
            error=str(err),
        ) from err
    table = pd.DataFrame(rows, columns=header, dtype=object).apply(lambda c: c.str.strip())
    lines = np.asarray(lines, dtype=np.int64)
    kind = table["location_type"] if "location_type" in table else pd.Series([""] * len(table))
    kind = kind.reset_index(drop=True)
    unknown = ~kind.isin(GTFS_KEPT_TYPES + GTFS_SKIPPED_TYPES)
    if unknown.any():
        i = int(np.flatnonzero(unknown.to_numpy())[0])
        raise SegregationError(
            N_("GTFS file {file}, line {line}: location_type '{value}' is not 0-4."),
            file=name,
            line=int(lines[i]),
            value=kind.iloc[i],
        )
    keep = kind.isin(GTFS_KEPT_TYPES).to_numpy()
    kept = table[keep].reset_index(drop=True)
    kept_lines = lines[keep]
    if kept.empty:
        raise SegregationError(
            N_("GTFS file {file} has no stops or stations (location_type 0 or 1)."), file=name
        )
    no_id = (kept["stop_id"] == "").to_numpy()
    if no_id.any():
        raise SegregationError(
            N_("GTFS file {file}, line {line}: stop_id is empty."),
            file=name,
            line=int(kept_lines[np.flatnonzero(no_id)[0]]),
        )
    lat = _coordinates(kept["stop_lat"], "stop_lat", -90.0, 90.0, kept_lines, name)
    lon = _coordinates(kept["stop_lon"], "stop_lon", -180.0, 180.0, kept_lines, name)
    out = pd.DataFrame(
        {
            "stop_id": kept["stop_id"].to_numpy(dtype=object),
            "stop_name": (
                kept["stop_name"].to_numpy(dtype=object)
                if "stop_name" in kept
                else np.full(len(kept), "", dtype=object)
            ),
            "lat": lat,
            "lon": lon,
            "location_type": np.where(kind[keep].to_numpy() == "1", 1, 0),
        },
        columns=list(GTFS_COLUMNS),
    )
    out.attrs["skipped"] = int((~keep).sum())
    out.attrs["file"] = name
    return out
