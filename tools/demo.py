"""``make demo``: the plugin's main job, headless, on the embedded sample county.

Runs the Processing algorithms as a planner would and writes everything under
the given folder (default out/demo): the styled layers (GeoPackage with the
style saved inside, and .qml beside it), PNG maps and a summary.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from segregation_plugin.headless import register_provider, run_algorithm, start_qgis  # noqa: E402


def layer(path: Path, name: str):
    from qgis.core import QgsVectorLayer

    result = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
    if not result.isValid():
        raise SystemExit(f"Could not open {path} layer {name}")
    return result


def close_qgis() -> None:
    """Drop every layer and stop QGIS, so GeoPackages are closed (no -wal/-shm files)."""
    import gc

    from qgis.core import QgsApplication, QgsProject

    QgsProject.instance().clear()
    gc.collect()
    QgsApplication.exitQgis()


def _planned_extent(stops):
    """Around the planned stops, where the planner looks first."""
    from qgis.core import QgsFeatureRequest, QgsRectangle

    extent = QgsRectangle()
    for feature in stops.getFeatures(
        QgsFeatureRequest().setFilterExpression("scenario = 'planerad'")
    ):
        extent.combineExtentWith(feature.geometry().boundingBox())
    extent.scale(4.0)
    return extent


def _read_csv(path: Path) -> list[dict]:
    import csv

    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def save_styled(out_layer, style) -> None:
    """Apply ``style`` and save it into the GeoPackage and as a .qml beside it."""
    style(out_layer)
    out_layer.saveStyleToDatabase(out_layer.name(), "", True, "")
    source = Path(out_layer.source().split("|")[0])
    out_layer.saveNamedStyle(str(source.with_suffix(".qml")))


def main(out: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    start_qgis()
    from segregation_plugin.adapter.render import render_png
    from segregation_plugin.adapter.styling import (
        apply_area_type_style,
        apply_catchment_style,
        apply_style,
    )
    from segregation_plugin.i18n import install_translator

    install_translator("sv")  # Swedish first, as the planners read it
    register_provider()
    summary: dict = {}

    print("== segregation:loadsample")
    sample = run_algorithm(
        "segregation:loadsample", {"OUTPUT_FOLDER": str(out / "sample")}, verbose=False
    )
    gpkg = Path(sample["GEOPACKAGE"])
    kommun = layer(gpkg, "kommun")
    apply_style(kommun, "kommun")

    print("== segregation:importstatistics (Statistikdatabasen export, names via crosswalk)")
    sample_dir = gpkg.parent
    run_algorithm(
        "segregation:importstatistics",
        {
            "INPUT": str(sample_dir / "regso_indikatorer.csv"),
            "CROSSWALK": str(sample_dir / "koppling_deso_regso.csv"),
            "OUTPUT": str(out / "statistik_regso.gpkg"),
        },
    )

    print("== segregation:joinstatistics (onto the RegSO boundaries)")
    joined = run_algorithm(
        "segregation:joinstatistics",
        {
            "INPUT": f"{gpkg}|layername=regso",
            "TABLE": str(out / "statistik_regso.gpkg"),
            "OUTPUT": str(out / "regso_med_statistik.gpkg"),
        },
    )
    fields = joined["FIELDS"].split(", ")

    def indicator(start: str, year: int) -> str:
        return next(f for f in fields if f.startswith(start) and f.endswith(str(year)))

    summary["areatypes"] = {}
    for year in (2023, 2022):
        print(f"== segregation:areatypes (RegSO {year}, reference: the sample county itself)")
        name = f"omradestyper_regso_{year}"
        result = run_algorithm(
            "segregation:areatypes",
            {
                "INPUT": str(out / "regso_med_statistik.gpkg"),
                "V1_FIELD": indicator("andel_med_lag_ekonomisk_standard", year),
                "V2_FIELD": indicator("andel_20_64_ar_med_hogst_forgymnasial", year),
                "V3_FIELD": indicator("andel_20_64_ar_med_langvarigt", year),
                "OUTPUT": str(out / f"{name}.gpkg"),
            },
        )
        keys = ("MEAN", "STD", "N_REFERENCE", "COUNT_NULL", "METHOD", "WARNING")
        summary["areatypes"][year] = {k: result[k] for k in keys} | {
            f"COUNT_{t}": result[f"COUNT_{t}"] for t in range(1, 6)
        }
        if year == 2023:
            reference = result
    regso_types = layer(out / "omradestyper_regso_2023.gpkg", "omradestyper_regso_2023")
    save_styled(regso_types, apply_area_type_style)
    render_png([kommun, regso_types], out / "omradestyper_regso_2023.png")

    print("== segregation:aggregate (DeSO counts to the districts, shares recomputed)")
    counts = ["befolkning", "lag_ek_standard", "bef_20_64", "forgymnasial", "bistand_arbetsloshet"]
    aggregated = run_algorithm(
        "segregation:aggregate",
        {
            "INPUT": f"{gpkg}|layername=deso",
            "TARGETS": f"{gpkg}|layername=stadsdelar",
            "TARGET_ID_FIELD": "stadsdel_id",
            "ASSIGNMENT": 2,
            "SUM_FIELDS": counts + ["q1", "q2", "q3", "q4", "q5"],
            "RATIO_FIELDS": "v1=lag_ek_standard/befolkning*100; "
            "v2=forgymnasial/bef_20_64*100; v3=bistand_arbetsloshet/bef_20_64*100",
            "OUTPUT": str(out / "stadsdelar_statistik.gpkg"),
        },
    )
    summary["aggregate"] = {
        k: aggregated.get(k) for k in ("TARGET_COUNT", "UNITS", "UNITS_UNASSIGNED", "UNITS_SPLIT")
    }

    print("== segregation:areatypes (districts, against the RegSO reference of 2023)")
    result = run_algorithm(
        "segregation:areatypes",
        {
            "INPUT": str(out / "stadsdelar_statistik.gpkg"),
            "V1_FIELD": "v1",
            "V2_FIELD": "v2",
            "V3_FIELD": "v3",
            "REFERENCE": 1,
            "REF_MEAN": reference["MEAN"],
            "REF_STD": reference["STD"],
            "OUTPUT": str(out / "omradestyper_stadsdelar.gpkg"),
        },
    )
    summary["areatypes"]["stadsdelar"] = {f"COUNT_{t}": result[f"COUNT_{t}"] for t in range(1, 6)}
    districts = layer(out / "omradestyper_stadsdelar.gpkg", "omradestyper_stadsdelar")
    save_styled(districts, apply_area_type_style)
    render_png([kommun, districts], out / "omradestyper_stadsdelar.png")
    del districts

    print("== segregation:indices (DeSO, income quintiles Q1..Q5), per municipality and county")
    deso = f"{gpkg}|layername=deso"
    quintiles = ["q1", "q2", "q3", "q4", "q5"]
    for level, name in ((1, "kommun"), (2, "lan")):
        result = run_algorithm(
            "segregation:indices",
            {
                "INPUT": deso,
                "GROUP_FIELDS": quintiles,
                "REGION_LEVEL": level,
                "PERMUTATIONS": 199,
                "SEED": 2023,
                "YEAR": "2023",
                "OUTPUT": str(out / f"index_per_{name}.csv"),
                "REGION_LAYER": str(out / f"index_per_{name}.gpkg"),
            },
        )
    summary["indices"] = _read_csv(out / "index_per_kommun.csv")

    print("== segregation:regionflags (RegSO area types, per municipality)")
    result = run_algorithm(
        "segregation:regionflags",
        {
            "INPUT": str(out / "omradestyper_regso_2023.gpkg"),
            "POPULATION_FIELD": "befolkning",
            "AREA_TYPE_FIELD": "area_type",
            "LOW_FIELD": "q1",
            "HIGH_FIELD": "q5",
            "OUTPUT": str(out / "omradestyper_per_kommun.csv"),
        },
    )
    summary["composition"] = _read_csv(out / "omradestyper_per_kommun.csv")

    print("== segregation:transitcatchment (existing vs planned network, by area type)")
    result = run_algorithm(
        "segregation:transitcatchment",
        {
            "AREAS": str(out / "omradestyper_regso_2023.gpkg"),
            "POPULATION_FIELD": "befolkning",
            "AREA_TYPE_FIELD": "area_type",
            "STOPS": f"{gpkg}|layername=transit_stops",
            "LINES": None,
            "DISTANCE": 400,
            "DISTANCE_FIELD": "avstand_m",
            "METHOD": 0,
            "SCENARIO_FIELD": "scenario",
            "BASE_SCENARIO": "befintlig",
            "OUTPUT_CATCHMENT": str(out / "kollektivtrafik_upptag.gpkg"),
            "OUTPUT_AREAS": str(out / "kollektivtrafik_omraden.gpkg"),
            "OUTPUT_SUMMARY": str(out / "kollektivtrafik_per_omradestyp.csv"),
        },
    )
    summary["transit"] = {
        "equity_ratios": result.get("EQUITY_RATIOS"),
        "covered_population": result.get("COVERED_POPULATION"),
        "per_area_type": _read_csv(out / "kollektivtrafik_per_omradestyp.csv"),
    }
    catchments = layer(out / "kollektivtrafik_upptag.gpkg", "kollektivtrafik_upptag")
    save_styled(catchments, apply_catchment_style)
    stops = layer(gpkg, "transit_stops")
    apply_style(stops, "transit_stops")
    render_png(
        [stops, catchments, kommun, regso_types],
        out / "kollektivtrafik_omradestyper.png",
        extent=_planned_extent(stops),
    )
    del stops, catchments, kommun, regso_types

    print("== segregation:report (PDF and PNG map per municipality)")
    report = run_algorithm(
        "segregation:report",
        {
            "AREAS": str(out / "omradestyper_regso_2023.gpkg"),
            "POPULATION_FIELD": "befolkning",
            "GROUP_FIELDS": ["q1", "q2", "q3", "q4", "q5"],
            "FLAGS_TABLE": str(out / "omradestyper_per_kommun.csv"),
            "INDICES_TABLE": str(out / "index_per_kommun.csv"),
            "BACKGROUND": f"{gpkg}|layername=kommun",
            "ADD_LAYOUTS": False,
            "OUTPUT_FOLDER": str(out / "rapporter"),
        },
    )
    summary["reports"] = report["PDFS"].split(";")

    (out / "summary.json").write_text(
        json.dumps(summary, ensure_ascii=False, indent=2), encoding="utf-8"
    )
    return 0


def list_outputs(out: Path) -> None:
    print(f"Wrote {out}:")
    for path in sorted(out.rglob("*")):
        if path.is_file() and "sample" not in path.parts:
            print(f"  {path.relative_to(out)}")


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "out/demo")
    code = main(target)  # its QGIS objects are freed when it returns, before QGIS stops
    close_qgis()
    list_outputs(target)
    # QGIS has closed every dataset; skip Python's teardown of the remaining PyQGIS
    # wrappers (the provider, the application), which can crash after exitQgis.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
