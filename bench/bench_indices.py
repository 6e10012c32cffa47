"""Benchmark of the segregation and inequality indices, with PySAL as the peer.

Cases:
(a) national size: 6 160 units (DeSO 2025) in 290 regions (municipalities), 5 income
    quintiles, all 12 indices of ``compute_indices`` (target < 100 ms), plus per-region
    Gini and Theil decomposition of a value per unit;
(b) 250 000 and 1 000 000 units in 290 regions, all 12 indices (target < 5 s, linear:
    the 1M / 250k time ratio should be near 4; sorting for the Gini indices is n log n).
Also timed: the permutation p-values and the year-to-year change test (999 iterations)
on case (a).

The PySAL peer (segregation 2.5.4, inequality 1.1.2) runs in a subprocess with the
oracle interpreter from ``$SEGREGATION_ORACLE_PYTHON``, else ``.venv-oracle/bin/python``
in the repository, else ``/opt/pysal-oracle/bin/python``. PySAL has no grouped API, so
the peer loops its classes over regions of case (a); if that exceeds a time budget it
stops and the time is extrapolated from the regions done (the note says so). Values
are compared to 1e-9 on every region the peer computed.

``run(report)`` is called by ``bench/run_bench.py``; run this file directly to print.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from segregation_plugin.core.indices import (  # noqa: E402
    INDEX_NAMES,
    change_test,
    compute_indices,
    permutation_pvalues,
)
from segregation_plugin.core.inequality import gini_by_region, theil_decomposition  # noqa: E402

Report = Callable[[str, float, Optional[float], str], None]
N_REGIONS = 290
PEER_BUDGET_SECONDS = 60.0
TOLERANCE = 1e-9

PEER_SCRIPT = r"""
import json, sys, time, warnings
warnings.filterwarnings("ignore")
import numpy as np, pandas as pd
from segregation.singlegroup import Atkinson, Dissim, Entropy, Gini, Interaction, Isolation
from segregation.multigroup import (MultiDissim, MultiGini, MultiInfoTheory,
    MultiNormExposure, MultiRelativeDiversity)
from inequality.gini import Gini as IneqGini
from inequality.theil import Theil, TheilD

data = np.load(sys.argv[1], allow_pickle=False)
budget = float(sys.argv[3])
counts, codes, income = data["counts"], data["codes"], data["income"]
qs = [f"q{i}" for i in range(1, counts.shape[1] + 1)]
df = pd.DataFrame(counts, columns=qs)
df["total"] = counts.sum(axis=1)
df["q15"] = df["q1"] + df[qs[-1]]
df["income"] = income
df["region"] = codes
every_unit = {int(k): g["income"].to_numpy() for k, g in df.groupby("region")}
df_all = df
df = df[df["total"] > 0]
parts = {int(k): g.reset_index(drop=True) for k, g in df.groupby("region")}
single = {"dissimilarity": Dissim, "gini": Gini, "information_theory": Entropy,
          "isolation": Isolation, "exposure": Interaction, "atkinson": Atkinson}
multi = {"multigroup_dissimilarity": MultiDissim, "multigroup_information_theory":
         MultiInfoTheory, "multigroup_gini": MultiGini, "relative_diversity":
         MultiRelativeDiversity, "normalized_exposure": MultiNormExposure}
out = {"indices": {}, "regions_done": 0, "regions_total": len(parts)}
start = time.perf_counter()
for k, part in parts.items():
    row = {"ojamlikhetsindex": 100.0 * float(Dissim(part, "q1", "q15").statistic)}
    for name, cls in single.items():
        row[name] = float(cls(part, "q1", "total").statistic)
    for name, cls in multi.items():
        row[name] = float(cls(part, qs).statistic)
    out["indices"][k] = row
    out["regions_done"] += 1
    if time.perf_counter() - start > budget:
        break
out["indices_seconds"] = time.perf_counter() - start
start = time.perf_counter()
ineq = {}
for k, values in every_unit.items():
    ineq[k] = float(IneqGini(values).g)
td = TheilD(df_all["income"].to_numpy(), df_all["region"].to_numpy())
out["inequality_seconds"] = time.perf_counter() - start
out["gini_by_region"] = ineq
out["theil"] = [float(np.ravel(td.T)[0]), float(np.ravel(td.bg)[0]), float(np.ravel(td.wg)[0])]
json.dump(out, open(sys.argv[2], "w"))
"""


def make_data(n_units: int, n_regions: int = N_REGIONS, seed: int = 2025) -> dict:
    """Synthetic units: 5 quintile counts, a region code and an income per unit."""
    rng = np.random.default_rng(seed)
    codes = rng.integers(0, n_regions, n_units)
    tilt = rng.normal(0, 0.5, n_regions)[codes] + rng.normal(0, 0.7, n_units)
    base = np.exp(np.outer(tilt, np.linspace(-1, 1, 5)))
    probs = base / base.sum(axis=1, keepdims=True)
    size = rng.integers(500, 3000, n_units)
    size[rng.random(n_units) < 0.002] = 0  # a few empty units
    counts = rng.multinomial(size, probs).astype(float)
    income = np.round(rng.lognormal(12.3 + 0.3 * tilt, 0.25))
    return {"counts": counts, "codes": codes, "income": income}


def _best_of(fn: Callable[[], object], repeats: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeats):
        start = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - start)
    return best, result


def oracle_python() -> Optional[str]:
    """The PySAL interpreter, or None when no candidate exists."""
    candidates = [
        os.environ.get("SEGREGATION_ORACLE_PYTHON", ""),
        str(ROOT / ".venv-oracle" / "bin" / "python"),
        "/opt/pysal-oracle/bin/python",
    ]
    for path in candidates:
        if path and Path(path).exists():
            return path
    return None


def run_peer(data: dict) -> Optional[dict]:
    """Run the PySAL loop in a subprocess; None if the peer is missing or fails."""
    python = oracle_python()
    if python is None:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        npz = Path(tmp) / "data.npz"
        out = Path(tmp) / "out.json"
        np.savez(npz, **data)
        proc = subprocess.run(
            [python, "-c", PEER_SCRIPT, str(npz), str(out), str(PEER_BUDGET_SECONDS)],
            capture_output=True,
            text=True,
            check=False,
        )
        if proc.returncode != 0 or not out.exists():
            sys.stderr.write(proc.stderr[-2000:])
            return None
        return json.loads(out.read_text())


def _compare(ours: pd.DataFrame, peer: dict) -> tuple[float, int]:
    """Largest |ours - PySAL| over the peer's regions and indices, and values compared."""
    table = ours.set_index("region")
    worst, count = 0.0, 0
    for key, row in peer["indices"].items():
        for name, value in row.items():
            mine = table.loc[int(key), name]
            if np.isnan(mine) and np.isnan(value):
                continue
            worst = max(worst, abs(mine - value))
            count += 1
    return worst, count


def run(report: Report) -> None:
    """Time the indices on cases (a) and (b); report PySAL's time and agreement."""
    data = make_data(6160)
    counts, codes, income = data["counts"], data["codes"], data["income"]
    seconds, ours = _best_of(lambda: compute_indices(counts, codes), 7)
    peer = run_peer(data)
    if peer is None:
        report(
            "indices_national_6160x290",
            seconds,
            None,
            f"all {len(INDEX_NAMES)} indices; target < 0.1 s; PySAL peer not available",
        )
    else:
        done, total = peer["regions_done"], peer["regions_total"]
        peer_seconds = peer["indices_seconds"] * total / done
        worst, count = _compare(ours, peer)
        verdict = "OK" if worst <= TOLERANCE else "MISMATCH"
        extrapolated = (
            f"; PySAL timed on {done}/{total} regions and extrapolated" if done < total else ""
        )
        report(
            "indices_national_6160x290",
            seconds,
            peer_seconds,
            f"all {len(INDEX_NAMES)} indices; target < 0.1 s; PySAL loops 12 classes over "
            f"regions{extrapolated}; ratio {peer_seconds / seconds:.0f}x; values {verdict} "
            f"(max |diff| {worst:.1e} over {count} values, tol {TOLERANCE:g})",
        )

    def inequality_work():
        return gini_by_region(income, codes), theil_decomposition(income, codes)

    seconds, (ginis, decomposition) = _best_of(inequality_work, 7)
    if peer is None:
        report("inequality_national_6160x290", seconds, None, "PySAL peer not available")
    else:
        table = ginis.set_index("region")["gini"]
        worst = max(abs(table.loc[int(k)] - v) for k, v in peer["gini_by_region"].items())
        theil_ref = peer["theil"]
        ours_theil = [decomposition["total"], decomposition["between"], decomposition["within"]]
        worst = max([worst] + [abs(a - b) for a, b in zip(ours_theil, theil_ref)])
        verdict = "OK" if worst <= TOLERANCE else "MISMATCH"
        report(
            "inequality_national_6160x290",
            seconds,
            peer["inequality_seconds"],
            f"Gini per region + Theil T decomposition; PySAL loops Gini over regions + "
            f"TheilD; ratio {peer['inequality_seconds'] / seconds:.0f}x; values {verdict} "
            f"(max |diff| {worst:.1e})",
        )

    seconds, _ = _best_of(lambda: permutation_pvalues(counts, codes, n_iter=999, seed=1), 1)
    report(
        "permutation_pvalues_national_999",
        seconds,
        None,
        "D, H and ojämlikhetsindex p-values, 999 binomial random-labelling draws; no PySAL "
        "peer timed (its inference runs one region and one index per call)",
    )
    other = make_data(6160, seed=7)
    seconds, _ = _best_of(
        lambda: change_test(counts, other["counts"], codes, other["codes"], n_iter=999, seed=1),
        1,
    )
    report(
        "change_test_national_999",
        seconds,
        None,
        "year A vs B, 3 indices, 999 within-region label permutations; no PySAL peer timed",
    )

    timings = {}
    for n in (250_000, 1_000_000):
        big = make_data(n)
        seconds, _ = _best_of(lambda b=big: compute_indices(b["counts"], b["codes"]), 3)
        timings[n] = seconds
        note = f"all {len(INDEX_NAMES)} indices, {N_REGIONS} regions; target < 5 s"
        if n == 1_000_000:
            ratio = timings[1_000_000] / timings[250_000]
            note += f"; 1M/250k time ratio {ratio:.2f} (4.0 = linear)"
        report(f"indices_{n}_units", seconds, None, note)
        del big


def _print(name: str, seconds: float, peer_seconds: Optional[float], note: str) -> None:
    peer = "peer n/a" if peer_seconds is None else f"PySAL {peer_seconds:.3f} s"
    print(f"{name}: {seconds:.4f} s ({peer}) {note}", flush=True)


if __name__ == "__main__":
    run(_print)
