"""Compute the frozen PySAL reference numbers for the unit tests (not a plugin dependency).

Run with the oracle interpreter, which has segregation 2.5.4, inequality 1.1.2
and libpysal 4.14.1 (all data used ships inside the libpysal wheel, so this
works offline)::

    /opt/pysal-oracle/bin/python tools/pysal_reference.py

It writes the small input tables the tests read (the plugin's test venv has no
libpysal) and ``tests/unit/pysal_reference.py`` with the outputs:

- ``tests/unit/data/sids2_counts.csv``: libpysal example ``sids2`` (North
  Carolina births 1974/1979 per county, Cressie 1993), with a ``region`` column
  made here: counties split into terciles ``west`` / ``central`` / ``east`` by
  the x coordinate of their polygon centroid.
- ``tests/unit/data/mexico.csv``: libpysal example ``mexico`` (per-capita GDP of
  the 32 Mexican states 1940-2000, Rey & Sastré-Gutiérrez 2010) with the
  ``hanson03`` regions.
- ``tests/unit/data/synthetic_quintiles.csv``: 300 synthetic units, 5 income
  quintile counts, a ``total`` larger than their sum, 8 regions, a few
  zero-population units; drawn here with ``numpy.random.default_rng(20240601)``.

PySAL has no grouped API, so per-region values come from a loop over regions.
"""

from __future__ import annotations

import pprint
import subprocess
import sys
import warnings
from pathlib import Path

import inequality
import libpysal
import numpy as np
import pandas as pd
import segregation
from inequality.gini import Gini as IneqGini
from inequality.theil import Theil, TheilD
from libpysal.examples import get_path
from segregation.multigroup import (
    MultiDissim,
    MultiGini,
    MultiInfoTheory,
    MultiNormExposure,
    MultiRelativeDiversity,
)
from segregation.singlegroup import Atkinson, Dissim, Entropy, Gini, Interaction, Isolation
from segregation.singlegroup.atkinson import _atkinson

warnings.filterwarnings("ignore")

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "unit" / "data"
OUT = ROOT / "tests" / "unit" / "pysal_reference.py"
SEED = 20240601

SINGLE = {
    "dissimilarity": Dissim,
    "gini": Gini,
    "information_theory": Entropy,
    "isolation": Isolation,
    "exposure": Interaction,
    "atkinson": Atkinson,
}
MULTI = {
    "multigroup_dissimilarity": MultiDissim,
    "multigroup_information_theory": MultiInfoTheory,
    "multigroup_gini": MultiGini,
    "relative_diversity": MultiRelativeDiversity,
    "normalized_exposure": MultiNormExposure,
}


def single_group(df: pd.DataFrame, group: str, total: str, b: float = 0.5) -> dict:
    """The six single-group PySAL indices for one frame."""
    out = {}
    for name, cls in SINGLE.items():
        kwargs = {"b": b} if name == "atkinson" else {}
        out[name] = float(cls(df, group, total, **kwargs).statistic)
    return out


def multi_group(df: pd.DataFrame, groups: list) -> dict:
    """The five multigroup PySAL indices for one frame."""
    return {name: float(cls(df, groups).statistic) for name, cls in MULTI.items()}


def by_region(df: pd.DataFrame, region: str, fn) -> dict:
    """{index: {region: value}} by looping ``fn`` over regions (PySAL has no grouped API)."""
    out: dict = {}
    for label, part in df.groupby(region, sort=True):
        key = label.item() if isinstance(label, np.generic) else label
        for name, value in fn(part.reset_index(drop=True)).items():
            out.setdefault(name, {})[key] = value
    return out


def load_sids2() -> pd.DataFrame:
    db = libpysal.io.open(get_path("sids2.dbf"))
    df = pd.DataFrame({h: db.by_col(h) for h in db.header})
    shapes = libpysal.io.open(get_path("sids2.shp")).read()
    x = np.array([poly.centroid[0] for poly in shapes])
    cuts = np.quantile(x, [1 / 3, 2 / 3])
    df["region"] = np.array(["west", "central", "east"])[np.searchsorted(cuts, x)]
    cols = ["NAME", "FIPSNO", "BIR74", "NWBIR74", "BIR79", "NWBIR79", "region"]
    df = df[cols].copy()
    df["WBIR74"] = df["BIR74"] - df["NWBIR74"]
    return df


def load_mexico() -> pd.DataFrame:
    df = pd.read_csv(get_path("mexico.csv"))
    keep = ["State"] + [f"pcgdp{y}" for y in range(1940, 2010, 10)] + ["hanson03", "hanson98"]
    df = df[keep].copy()
    df["hanson03"] = df["hanson03"].astype(int)
    df["hanson98"] = df["hanson98"].astype(int)
    return df


def make_synthetic() -> pd.DataFrame:
    rng = np.random.default_rng(SEED)
    n, regions = 300, 8
    region = rng.integers(0, regions, n)
    # Region-specific and unit-specific quintile mixes, so indices differ clearly.
    tilt = rng.normal(0, 0.6, regions)[region] + rng.normal(0, 0.8, n)
    base = np.exp(np.outer(tilt, np.linspace(-1, 1, 5)))
    probs = base / base.sum(axis=1, keepdims=True)
    size = rng.integers(20, 400, n)
    counts = np.array([rng.multinomial(s, p) for s, p in zip(size, probs)])
    counts[rng.choice(n, 6, replace=False)] = 0  # zero-population units
    unknown = rng.integers(0, 15, n) * (counts.sum(axis=1) > 0)
    df = pd.DataFrame(counts, columns=[f"q{i}" for i in range(1, 6)])
    df.insert(0, "unit", [f"U{i:03d}" for i in range(n)])
    df.insert(1, "region", np.array(list("ABCDEFGH"))[region])
    df["total"] = counts.sum(axis=1) + unknown
    return df


def main() -> None:
    DATA.mkdir(parents=True, exist_ok=True)
    sids = load_sids2()
    mexico = load_mexico()
    synth = make_synthetic()
    sids.drop(columns="WBIR74").to_csv(DATA / "sids2_counts.csv", index=False)
    mexico.to_csv(DATA / "mexico.csv", index=False)
    synth.to_csv(DATA / "synthetic_quintiles.csv", index=False)
    # Re-read what the tests read, so references are computed on exactly those numbers.
    sids = pd.read_csv(DATA / "sids2_counts.csv")
    sids["WBIR74"] = sids["BIR74"] - sids["NWBIR74"]
    mexico = pd.read_csv(DATA / "mexico.csv")
    synth = pd.read_csv(DATA / "synthetic_quintiles.csv")

    ref: dict = {}

    # --- sids2: nonwhite births (NWBIR74) vs all births (BIR74) -------------------------
    def sids_single(df):
        out = single_group(df, "NWBIR74", "BIR74")
        # The Atkinson class drops its b argument (**kwargs) and always uses b = 0.5, so
        # b = 0.2 comes from the module function the class wraps.
        out["atkinson_b02"] = float(_atkinson(df, "NWBIR74", "BIR74", b=0.2)[0])
        # Ojämlikhetsindex of NWBIR74 (low) vs WBIR74 (high) = 100 x D with total = L + H.
        out["ojamlikhetsindex"] = 100.0 * float(Dissim(df, "NWBIR74", "BIR74").statistic)
        return out

    ref["sids2"] = {
        "all": sids_single(sids),
        "all_multigroup": multi_group(sids, ["NWBIR74", "WBIR74"]),
        "by_region": by_region(sids, "region", sids_single),
    }

    # --- mexico: pcgdp1940/1970/2000 as three "groups"; inequality of pcgdp ------------
    groups = ["pcgdp1940", "pcgdp1970", "pcgdp2000"]
    ref["mexico_multigroup"] = {
        "groups": groups,
        "all": multi_group(mexico, groups),
        "by_region": by_region(mexico, "hanson03", lambda d: multi_group(d, groups)),
    }
    decades = [f"pcgdp{y}" for y in range(1940, 2010, 10)]
    y = mexico[decades].to_numpy(dtype=float)
    part = mexico["hanson03"].to_numpy()
    theil_d = TheilD(y, part)
    ref["mexico_inequality"] = {
        "columns": decades,
        "region_field": "hanson03",
        "gini": [float(IneqGini(y[:, j]).g) for j in range(len(decades))],
        "theil": [float(v) for v in Theil(y).T],
        "theil_total": [float(v) for v in np.ravel(theil_d.T)],
        "theil_between": [float(v) for v in np.ravel(theil_d.bg)],
        "theil_within": [float(v) for v in np.ravel(theil_d.wg)],
        "gini_by_region_1940": {
            int(k): float(IneqGini(g["pcgdp1940"].to_numpy(dtype=float)).g)
            for k, g in mexico.groupby("hanson03")
        },
        "theil_by_region_1940": {
            int(k): float(Theil(g["pcgdp1940"].to_numpy(dtype=float)).T)
            for k, g in mexico.groupby("hanson03")
        },
    }

    # --- synthetic quintiles --------------------------------------------------------------
    synth2 = synth.assign(q15=synth["q1"] + synth["q5"])
    qs = [f"q{i}" for i in range(1, 6)]

    def synth_rest(df):
        return single_group(df, "q1", "total")

    def synth_pair(df):
        out = single_group(df, "q1", "q15")
        out["ojamlikhetsindex"] = 100.0 * float(Dissim(df, "q1", "q15").statistic)
        return out

    ref["synthetic"] = {
        "all_rest": synth_rest(synth2),
        "by_region_rest": by_region(synth2, "region", synth_rest),
        "all_two_group": synth_pair(synth2),
        "by_region_two_group": by_region(synth2, "region", synth_pair),
        "all_multigroup": multi_group(synth2, qs),
        "by_region_multigroup": by_region(synth2, "region", lambda d: multi_group(d, qs)),
    }

    versions = ", ".join(
        f"{mod.__name__} {mod.__version__}" for mod in (segregation, inequality, libpysal, np, pd)
    )
    doc = f'''"""Frozen PySAL reference values for the unit tests. GENERATED: do not edit by hand.

Made by::

    /opt/pysal-oracle/bin/python tools/pysal_reference.py

(from the repository root), versions:
{versions}.
Datasets (written by that script to tests/unit/data/, which the tests read):

- sids2_counts.csv: libpysal example ``sids2`` (NC births per county, 1974);
  group NWBIR74, total BIR74; ``region`` = west/central/east terciles of the
  county centroid x. Single-group indices (Dissim, Gini, Entropy, Isolation,
  Interaction, Atkinson b=0.5; b=0.2 via ``segregation.singlegroup.atkinson._atkinson``
  because the ``Atkinson`` class ignores ``b``), 100 x Dissim as ojämlikhetsindex,
  and multigroup over [NWBIR74, BIR74 - NWBIR74].
- mexico.csv: libpysal example ``mexico``; multigroup indices over the columns
  pcgdp1940, pcgdp1970, pcgdp2000 treated as group counts, by ``hanson03``;
  inequality.gini.Gini, inequality.theil.Theil and TheilD(partition=hanson03)
  for every decade, and per-region Gini/Theil of pcgdp1940.
- synthetic_quintiles.csv: 300 units x 5 quintile counts (q1..q5), ``total``,
  8 regions, seed {SEED}; q1 vs rest of ``total``; q1 vs q5 (total q1 + q5)
  with 100 x Dissim as ojämlikhetsindex; multigroup over q1..q5.
"""
'''
    body = "REFERENCE = " + pprint.pformat(ref, width=96, sort_dicts=True) + "\n"
    OUT.write_text(doc + "\n" + body, encoding="utf-8")
    ruff = ROOT / ".venv" / "bin" / "ruff"
    if ruff.exists():
        subprocess.run([str(ruff), "format", str(OUT)], check=False)
    print(f"wrote {OUT} and {DATA}/*.csv", file=sys.stderr)


if __name__ == "__main__":
    main()
