"""Benchmark: segregation:joinstatistics on national-size DeSO (target < 2 s).

6 160 synthetic DeSO polygons (a memory layer) joined with a long statistics table of
6 160 x 5 variables x 2 years = 61 600 rows (code, variable, year, value), pivoted to
10 fields by the algorithm. Peer: QGIS' own native:joinattributestable on the same data
already pivoted (a wide memory table of 6 160 rows x 10 fields), in the same run.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Callable, Optional

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

Report = Callable[[str, float, Optional[float], str], None]

N_DESO = 6160
VARIABLES = (
    "Antal personer",
    "Antal personer med låg ekonomisk standard",
    "Antal personer 20-64 år",
    "Antal personer 20-64 år med högst förgymnasial utbildning",
    "Antal personer 20-64 år med långvarigt ekonomiskt bistånd och/eller arbetslöshet",
)
YEARS = (2022, 2023)
TARGET_SECONDS = 2.0


def _best(fn, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def make_layers(seed: int = 3):
    """(DeSO polygons, long table, wide table, expected field names) as memory layers."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    rng = np.random.default_rng(seed)
    codes = [f"{114 + i // 40:04d}C{1000 + i % 40 * 10:04d}" for i in range(N_DESO)]
    deso = QgsVectorLayer(
        "Polygon?crs=EPSG:3006&field=desokod:string&field=kommunkod:string", "deso", "memory"
    )
    feats = []
    for i, code in enumerate(codes):
        f = QgsFeature(deso.fields())
        x, y = 300000 + (i % 80) * 1000, 6200000 + (i // 80) * 1000
        f.setAttributes([code, code[:4]])
        f.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x} {y},{x + 900} {y},{x + 900} {y + 900},{x} {y + 900},{x} {y}))"
            )
        )
        feats.append(f)
    deso.dataProvider().addFeatures(feats)

    values = np.round(rng.gamma(2.0, 300.0, size=(N_DESO, len(VARIABLES), len(YEARS))), 0)
    values[rng.random(values.shape) < 0.01] = np.nan  # suppressed ("..")
    long = QgsVectorLayer(
        "None?field=code:string&field=variable:string&field=year:integer&field=value:double",
        "long",
        "memory",
    )
    rows = []
    for i, code in enumerate(codes):
        for v, variable in enumerate(VARIABLES):
            for y, year in enumerate(YEARS):
                f = QgsFeature(long.fields())
                value = values[i, v, y]
                f.setAttributes([code, variable, year, None if np.isnan(value) else float(value)])
                rows.append(f)
    long.dataProvider().addFeatures(rows)

    names = [f"v{v}_{year}" for v in range(len(VARIABLES)) for year in YEARS]
    spec = "&".join(f"field={n}:double" for n in names)
    wide = QgsVectorLayer(f"None?field=code:string&{spec}", "wide", "memory")
    rows = []
    for i, code in enumerate(codes):
        f = QgsFeature(wide.fields())
        cells = [values[i, v, y] for v in range(len(VARIABLES)) for y in range(len(YEARS))]
        f.setAttributes([code] + [None if np.isnan(c) else float(c) for c in cells])
        rows.append(f)
    wide.dataProvider().addFeatures(rows)
    return deso, long, wide


def run(report: Report) -> None:
    from segregation_plugin.headless import register_provider, run_algorithm, start_qgis

    start_qgis()
    register_provider()

    deso, long, wide = make_layers()
    out = {}

    def ours():
        out["ours"] = run_algorithm(
            "segregation:joinstatistics",
            {"INPUT": deso, "TABLE": long, "OUTPUT": "memory:"},
            verbose=False,
        )

    def peer():
        out["peer"] = run_algorithm(
            "native:joinattributestable",
            {
                "INPUT": deso,
                "FIELD": "desokod",
                "INPUT_2": wide,
                "FIELD_2": "code",
                "METHOD": 1,
                "PREFIX": "",
                "OUTPUT": "memory:",
            },
            verbose=False,
        )

    t = _best(ours)
    t_peer = _best(peer)
    result = out["ours"]
    ok = (
        result["MATCHED"] == N_DESO
        and result["OUTPUT"].featureCount() == N_DESO
        and len(result["FIELDS"].split(", ")) == len(VARIABLES) * len(YEARS)
        and out["peer"]["OUTPUT"].featureCount() == N_DESO
    )
    note = (
        f"{N_DESO} DeSO x long table {long.featureCount()} rows -> "
        f"{len(VARIABLES) * len(YEARS)} fields; peer native:joinattributestable on the "
        f"pre-pivoted table; target < {TARGET_SECONDS:.0f} s: "
        f"{'OK' if ok and t < TARGET_SECONDS else 'MISSED'}"
    )
    report("joinstatistics: 6 160 DeSO x 61 600 long rows", t, t_peer, note)


if __name__ == "__main__":

    def _print(name: str, seconds: float, peer: Optional[float], note: str) -> None:
        ratio = f" (peer {peer:.2f} s)" if peer else ""
        print(f"{name}: {seconds:.2f} s{ratio} - {note}")

    run(_print)
