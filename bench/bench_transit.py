"""Transit catchments: 5 000 random stops over 6 160 synthetic DeSO-sized areas (target < 10 s).

Peer: the same covered population with QGIS' native algorithms, timed in the same run:
native:buffer (per-feature distance, 16 segments) -> native:dissolve -> native:intersection
-> native:fieldcalculator (population x piece area / area area), summed. The covered
populations of both are compared and printed.
"""

from __future__ import annotations

import time

import numpy as np

N_AREAS = 6160  # DeSO in Sweden, 2025 division
N_STOPS = 5000
GRID = (80, 77)  # 80 x 77 = 6 160 squares
SIZE = 700.0  # metres
X0, Y0 = 500_000.0, 6_500_000.0


def _layers(rng):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    areas = QgsVectorLayer(
        "Polygon?crs=EPSG:3006&field=desokod:string&field=befolkning:double"
        "&field=area_type:integer&field=a_tot:double",
        "areas",
        "memory",
    )
    feats = []
    pop = rng.integers(700, 2700, N_AREAS)
    types = rng.choice([1, 2, 3, 4, 5], N_AREAS, p=[0.05, 0.1, 0.25, 0.4, 0.2])
    for i in range(N_AREAS):
        gx, gy = i % GRID[0], i // GRID[0]
        x, y = X0 + gx * SIZE, Y0 + gy * SIZE
        # jitter one corner so the areas are not all identical squares
        dx = float(rng.uniform(-150, 150))
        wkt = (
            f"POLYGON(({x} {y},{x + SIZE} {y},{x + SIZE} {y + SIZE},"
            f"{x + SIZE / 2 + dx} {y + SIZE},{x} {y + SIZE},{x} {y}))"
        )
        g = QgsGeometry.fromWkt(wkt)
        f = QgsFeature(areas.fields())
        f.setAttributes([f"{i:09d}", float(pop[i]), int(types[i]), g.area()])
        f.setGeometry(g)
        feats.append(f)
    areas.dataProvider().addFeatures(feats)

    stops = QgsVectorLayer(
        "Point?crs=EPSG:3006&field=stop_id:integer&field=avstand_m:double&field=scenario:string",
        "stops",
        "memory",
    )
    xy = rng.uniform(0, 1, (N_STOPS, 2)) * [GRID[0] * SIZE, GRID[1] * SIZE] + [X0, Y0]
    distance = rng.choice([400.0, 600.0, 1000.0], N_STOPS, p=[0.85, 0.1, 0.05])
    scenario = rng.choice(["befintlig", "planerad"], N_STOPS, p=[0.8, 0.2])
    feats = []
    for i in range(N_STOPS):
        f = QgsFeature(stops.fields())
        f.setAttributes([i, float(distance[i]), str(scenario[i])])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*xy[i])))
        feats.append(f)
    stops.dataProvider().addFeatures(feats)
    return areas, stops


def _peer(run_algorithm, areas, stops) -> float:
    from qgis.core import QgsProperty

    buffered = run_algorithm(
        "native:buffer",
        {
            "INPUT": stops,
            "DISTANCE": QgsProperty.fromField("avstand_m"),
            "SEGMENTS": 16,
            "DISSOLVE": False,
            "OUTPUT": "memory:",
        },
        verbose=False,
    )["OUTPUT"]
    dissolved = run_algorithm(
        "native:dissolve", {"INPUT": buffered, "OUTPUT": "memory:"}, verbose=False
    )["OUTPUT"]
    pieces = run_algorithm(
        "native:intersection",
        {"INPUT": areas, "OVERLAY": dissolved, "OVERLAY_FIELDS": [], "OUTPUT": "memory:"},
        verbose=False,
    )["OUTPUT"]
    covered = run_algorithm(
        "native:fieldcalculator",
        {
            "INPUT": pieces,
            "FIELD_NAME": "covered",
            "FIELD_TYPE": 0,
            "FORMULA": '"befolkning" * area($geometry) / "a_tot"',
            "OUTPUT": "memory:",
        },
        verbose=False,
    )["OUTPUT"]
    return float(sum(f["covered"] for f in covered.getFeatures()))


def run(report) -> None:
    from segregation_plugin.headless import register_provider, run_algorithm, start_qgis

    start_qgis()
    register_provider()

    areas, stops = _layers(np.random.default_rng(11))
    params = {
        "AREAS": areas,
        "POPULATION_FIELD": "befolkning",
        "AREA_TYPE_FIELD": "area_type",
        "STOPS": stops,
        "DISTANCE": 400,
        "DISTANCE_FIELD": "avstand_m",
        "OUTPUT_CATCHMENT": "memory:",
        "OUTPUT_AREAS": "memory:",
        "OUTPUT_SUMMARY": "memory:",
    }
    t0 = time.perf_counter()
    ours = run_algorithm("segregation:transitcatchment", params, verbose=False)
    t_ours = time.perf_counter() - t0
    t0 = time.perf_counter()
    peer = _peer(run_algorithm, areas, stops)
    t_peer = time.perf_counter() - t0
    covered = ours["COVERED_POPULATION"]["all"]
    diff = abs(covered - peer) / max(peer, 1.0)
    report(
        "transitcatchment: 5 000 stops x 6 160 areas",
        t_ours,
        t_peer,
        f"target < 10 s; peer native buffer/dissolve/intersection/fieldcalc; covered "
        f"{covered:.0f} vs {peer:.0f} (rel. diff {diff:.1e})",
    )

    two = dict(params, SCENARIO_FIELD="scenario", BASE_SCENARIO="befintlig")
    t0 = time.perf_counter()
    result = run_algorithm("segregation:transitcatchment", two, verbose=False)
    t_two = time.perf_counter() - t0
    cov = result["COVERED_POPULATION"]
    report(
        "transitcatchment: same, 2 scenarios (base + planned)",
        t_two,
        None,
        f"target < 10 s; covered befintlig {cov['befintlig']:.0f}, "
        f"planerad {cov['planerad']:.0f}; equity {result['EQUITY_RATIOS']}",
    )
