"""Benchmark: import a 1 000 000-row long-format Statistikdatabasen CSV (target < 10 s).

Peer: plain ``pandas.read_csv`` of the same file (what the import adds on top of it:
sniffing, footnotes, suppressed symbols, label parsing, crosswalk, checks).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from segregation_plugin.core.statimport import read_statistics  # noqa: E402

Report = Callable[[str, float, Optional[float], str], None]

N_REGIONS = 5000
N_YEARS = 10
N_VARIABLES = 20  # 5000 x 10 x 20 = 1 000 000 rows
TARGET_SECONDS = 10.0


def write_long_csv(path: str, seed: int = 1) -> int:
    """Write a PxWeb-like long CSV (title, header, data, footnotes); return its rows."""
    rng = np.random.default_rng(seed)
    kommun = rng.integers(114, 2584, N_REGIONS)
    codes = [f"{k:04d}C{1000 + i:04d}" for i, k in enumerate(kommun)]
    labels = np.array([f"{c} Kommun {c[:4]}" for c in codes], dtype=object)
    variables = np.array(
        [f"Inkomstkvintil {q}, andel (procent) variant {v}" for v in range(4) for q in range(5)],
        dtype=object,
    )
    years = np.arange(2013, 2013 + N_YEARS)
    n = N_REGIONS * N_YEARS * N_VARIABLES
    region_i = np.repeat(np.arange(N_REGIONS), N_VARIABLES * N_YEARS)
    var_i = np.tile(np.repeat(np.arange(N_VARIABLES), N_YEARS), N_REGIONS)
    year_v = np.tile(years, N_REGIONS * N_VARIABLES)
    values = np.round(rng.random(n) * 100, 1).astype(str).astype(object)
    values[rng.random(n) < 0.02] = ".."
    frame = pd.DataFrame(
        {
            "region": labels[region_i],
            "tabellinnehåll": variables[var_i],
            "år": year_v,
            "värde": values,
        }
    )
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write('"Inkomstfördelning efter region, kvintil och år"\n\n')
        frame.to_csv(fh, index=False)
        fh.write('\n"Källa: SCB"\n"Fotnot: syntetiska data för prestandatest."\n')
    return n


def run(report: Report) -> None:
    """Time :func:`read_statistics` on 1 000 000 long rows against plain read_csv."""
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "long_1m.csv")
        n = write_long_csv(path)
        t0 = time.perf_counter()
        pd.read_csv(path, skiprows=2, skipfooter=0, nrows=n)
        peer = time.perf_counter() - t0
        t0 = time.perf_counter()
        df, rep = read_statistics(path)
        ours = time.perf_counter() - t0
        ok = len(df) == n and rep.layout == "long" and rep.suppressed > 0
        note = (
            f"{n} rows, {os.path.getsize(path) / 1e6:.0f} MB, {rep.regions} regions, "
            f"{len(rep.years)} years, {rep.suppressed} suppressed; target < "
            f"{TARGET_SECONDS:.0f} s: {'OK' if ours < TARGET_SECONDS and ok else 'MISSED'}"
        )
        report("import_long_csv_1m", ours, peer, note)


if __name__ == "__main__":

    def _print(name: str, seconds: float, peer: Optional[float], note: str) -> None:
        ratio = f" ({seconds / peer:.1f}x peer {peer:.2f} s)" if peer else ""
        print(f"{name}: {seconds:.2f} s{ratio} - {note}")

    run(_print)
