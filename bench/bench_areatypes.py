"""Area types: core classification of 100 000 areas (target well under 50 ms), and
segregation:areatypes end to end on a national-size 3 363-area layer (target well under 2 s).

Peer for the core: a plain pandas implementation of the same cut (pd.cut on z-scores).
Peer for the algorithm: QGIS' own native:fieldcalculator writing the index on the same layer.
"""

from __future__ import annotations

import time

import numpy as np
import pandas as pd

from segregation_plugin.core.areatypes import classify_areas, reference_from_data


def _best(fn, repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def _pandas_peer(v: np.ndarray) -> np.ndarray:
    df = pd.DataFrame(v, columns=["v1", "v2", "v3"])
    idx = df.mean(axis=1, skipna=False)
    z = (idx - idx.mean()) / idx.std()
    return pd.cut(z, [-np.inf, -1, 0, 1, 2, np.inf], right=False, labels=[5, 4, 3, 2, 1])


def run(report) -> None:
    rng = np.random.default_rng(7)
    v = rng.gamma(2.0, 6.0, size=(100_000, 3)).clip(0, 100)

    def ours():
        classify_areas(v, reference_from_data(v, None))

    t = _best(ours)
    peer = _best(lambda: _pandas_peer(v))
    report("areatypes core: 100 000 areas", t, peer, "target < 50 ms; peer pandas pd.cut")
    _algorithm(report, rng)


def _algorithm(report, rng) -> None:
    from segregation_plugin.headless import register_provider, run_algorithm, start_qgis

    start_qgis()
    register_provider()
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    layer = QgsVectorLayer(
        "Polygon?crs=EPSG:3006&field=regsokod:string&field=v1:double&field=v2:double"
        "&field=v3:double",
        "national",
        "memory",
    )
    feats = []
    v = rng.gamma(2.0, 6.0, size=(3363, 3)).clip(0, 100)
    for i in range(3363):
        f = QgsFeature(layer.fields())
        x, y = 300000 + (i % 60) * 1000, 6200000 + (i // 60) * 1000
        f.setAttributes([f"{i // 12:04d}R{i % 12:03d}", *map(float, v[i])])
        f.setGeometry(
            QgsGeometry.fromWkt(
                f"POLYGON(({x} {y},{x + 900} {y},{x + 900} {y + 900},{x} {y + 900},{x} {y}))"
            )
        )
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    params = {
        "INPUT": layer,
        "V1_FIELD": "v1",
        "V2_FIELD": "v2",
        "V3_FIELD": "v3",
        "OUTPUT": "memory:",
    }
    t = _best(lambda: run_algorithm("segregation:areatypes", params, verbose=False), 3)
    peer_params = {
        "INPUT": layer,
        "FIELD_NAME": "sei_index",
        "FIELD_TYPE": 0,
        "FORMULA": '("v1" + "v2" + "v3") / 3',
        "OUTPUT": "memory:",
    }
    peer = _best(lambda: run_algorithm("native:fieldcalculator", peer_params, verbose=False), 3)
    report(
        "segregation:areatypes: 3 363 RegSO end to end",
        t,
        peer,
        "target < 2 s; peer native:fieldcalculator (index only)",
    )
