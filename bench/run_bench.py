"""``make bench``: timings of the plugin against peers measured in the same run.

Each bench module exposes ``run(report)``; ``report(name, seconds, peer_seconds, note)``
prints one line with the ratio to the peer (the peer's time / ours) when there is one.
Timing targets live here, never in the tests.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

MODULES = (
    "bench_areatypes",
    "bench_indices",
    "bench_import",
    "bench_join",
    "bench_transit",
)


def report(name: str, seconds: float, peer_seconds: float | None = None, note: str = "") -> None:
    ratio = f"{peer_seconds / seconds:9.1f}x" if peer_seconds and seconds > 0 else " " * 10
    peer = f"{peer_seconds * 1000:10.1f} ms" if peer_seconds else " " * 13
    print(f"{name:<58} {seconds * 1000:10.1f} ms  peer {peer}  {ratio}  {note}", flush=True)


def main() -> int:
    selected = sys.argv[1:] or MODULES
    print(f"{'benchmark':<58} {'ours':>13}  {'peer':>18}  {'ratio':>10}  note")
    for name in selected:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as err:
            print(f"{name}: not available ({err})")
            continue
        module.run(report)
    return 0


if __name__ == "__main__":
    sys.exit(main())
