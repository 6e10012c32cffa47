"""segregation:importstatistics, joinstatistics and aggregate through processing.run.

Real SCB files (the area-type export and the DeSO-RegSO crosswalk) are read from
<repo>/../shared/data/scb; the tests fail when they are missing. The sample county's
files are in resources/sample.
"""

from __future__ import annotations

import math
from collections import Counter
from pathlib import Path

import pytest
from qgis.core import (
    NULL,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "resources" / "sample"
#: The GeoPackage the tests open: a private copy of the sample (see ``private_sample``).
GPKG = SAMPLE / "exempellan.gpkg"
SCB = ROOT.parent / "shared" / "data" / "scb"
CROSSWALK_SAMPLE = SAMPLE / "koppling_deso_regso.csv"

COUNTS = [
    "befolkning",
    "q1",
    "q2",
    "q3",
    "q4",
    "q5",
    "lag_ek_standard",
    "bef_20_64",
    "forgymnasial",
    "bistand_arbetsloshet",
]
SHARES = {
    "andel_lag_ek_standard": ("lag_ek_standard", "befolkning"),
    "andel_forgymnasial": ("forgymnasial", "bef_20_64"),
    "andel_bistand_arbetsloshet": ("bistand_arbetsloshet", "bef_20_64"),
}
RATIOS = "; ".join(f"{name}={num}/{den}*100" for name, (num, den) in SHARES.items())
#: Joined field names of regso_indikatorer.csv -> the GeoPackage's share fields.
JOINED = {
    "andel_med_lag_ekonomisk_standard_procent": "andel_lag_ek_standard",
    "andel_20_64_ar_med_hogst_forgymnasial_utbildning_procent": "andel_forgymnasial",
    "andel_20_64_ar_med_langvarigt_ekonomiskt_bistand_och_eller": "andel_bistand_arbetsloshet",
}


@pytest.fixture(autouse=True)
def private_sample(sample_gpkg, monkeypatch):
    """Open the session's private copy of the sample GeoPackage, never the shipped file."""
    monkeypatch.setitem(globals(), "GPKG", sample_gpkg)


def scb_file(name: str) -> str:
    path = SCB / name
    if not path.exists():
        pytest.fail(f"Real SCB file missing: {path} (shared/data/scb beside the repository)")
    return str(path)


def gpkg_layer(name: str) -> QgsVectorLayer:
    assert GPKG != SAMPLE / "exempellan.gpkg", "open the private copy"
    layer = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def memory_copy(name: str) -> QgsVectorLayer:
    """A memory copy of a sample layer, for runs that are meant to fail.

    In QGIS 3.22 a processing.run that fails leaves the OGR connection of a GeoPackage
    input behind, and later tests opening the same GeoPackage then get "unable to open
    database file" from SQLite.
    """
    layer = gpkg_layer(name).materialize(QgsFeatureRequest())
    assert layer.featureCount() > 0
    return layer


def features(layer) -> list[dict]:
    names = layer.fields().names()
    return [dict(zip(names, f.attributes())) for f in layer.getFeatures()]


def half_up(value: float) -> float:
    """Round to one decimal, half up (as the sample generator)."""
    return math.floor(value * 10 + 0.5 + 1e-9) / 10


def import_table(run, name: str, crosswalk=CROSSWALK_SAMPLE, **extra) -> dict:
    params = {"INPUT": str(SAMPLE / name), "OUTPUT": "memory:"}
    if crosswalk:
        params["CROSSWALK"] = str(crosswalk)
    params.update(extra)
    return run("segregation:importstatistics", params)


# ----------------------------------------------------------------------------------------
# (1) importstatistics on SCB's real area-type export
# ----------------------------------------------------------------------------------------


def test_import_real_area_types_with_real_crosswalk(run):
    result = run(
        "segregation:importstatistics",
        {
            "INPUT": scb_file("regso_omradestyp_2022.csv"),
            "CROSSWALK": scb_file("koppling-deso2018-regso2020.csv"),
            "OUTPUT": "memory:",
        },
    )
    assert result["ROWS"] == 3363 and result["REGIONS"] == 3363
    assert result["YEARS"] == "2022"
    assert result["UNMATCHED"] == 0 and result["UNMATCHED_LABELS"] == ""
    assert result["SUPPRESSED"] == 0
    assert "Delmos" in result["FOOTNOTES"]
    out = result["OUTPUT"]
    assert out.fields().names() == [
        "label",
        "code",
        "kommunnamn",
        "area_name",
        "variable",
        "year",
        "value",
        "flag",
    ]
    assert [out.fields().field(n).typeName().lower() for n in ("year", "value")] == [
        "integer",
        "double",
    ]
    rows = features(out)
    assert len(rows) == 3363
    assert all(r["code"] not in (None, NULL, "") for r in rows)
    assert len({r["code"] for r in rows}) == 3363
    assert {r["year"] for r in rows} == {2022}
    counts = Counter(int(r["value"]) for r in rows)
    assert [counts[t] for t in range(1, 6)] == [160, 289, 855, 1770, 289]
    malmo = Counter(int(r["value"]) for r in rows if r["kommunnamn"] == "Malmö")
    assert [malmo[t] for t in range(1, 6)] == [21, 9, 25, 31, 5]
    augustenborg = next(r for r in rows if r["label"] == "Malmö (RegSO-Augustenborg)")
    assert augustenborg["code"].startswith("1280R")


# ----------------------------------------------------------------------------------------
# (2) importstatistics on the sample CSVs
# ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, rows_read, regions, values, separator, decimal",
    [
        ("deso_befolkning_inkomstkvintil.csv", 876, 146, 1752, ",", "."),
        ("deso_indikatorer_antal.csv", 584, 146, 1168, ",", "."),
        ("regso_indikatorer.csv", 114, 38, 228, ";", ","),
    ],
)
def test_import_sample_csv(run, name, rows_read, regions, values, separator, decimal):
    result = import_table(run, name)
    assert result["ROWS"] == rows_read and result["REGIONS"] == regions
    assert result["YEARS"] == "2022, 2023"
    assert result["UNMATCHED"] == 0
    assert result["ENCODING"] == "utf-8-sig"
    assert result["SEPARATOR"] == separator and result["DECIMAL"] == decimal
    assert "Källa" in result["FOOTNOTES"]
    rows = features(result["OUTPUT"])
    assert len(rows) == values
    assert all(r["code"] and r["code"].startswith("99") for r in rows)
    suppressed = [r for r in rows if r["flag"] not in (None, NULL)]
    assert len(suppressed) == result["SUPPRESSED"]
    assert all(r["value"] == NULL and r["flag"] == ".." for r in suppressed)


def test_import_suppressed_and_names_matched_by_crosswalk(run):
    result = import_table(run, "regso_indikatorer.csv")
    assert result["SUPPRESSED"] == 2
    rows = features(result["OUTPUT"])
    suppressed = sorted(
        (r["label"], r["year"], r["variable"][:32]) for r in rows if r["flag"] == ".."
    )
    assert suppressed == [
        ("Granmo (Storsjö)", 2022, "Andel 20-64 år med långvarigt ek"),
        ("Åstad (Ekeby)", 2022, "Andel 20-64 år med långvarigt ek"),
    ]
    # "Kommunnamn (RegSO-namn)" labels got the crosswalk's RegSO codes.
    regso = {
        f["kommunnamn"] + "|" + f["regsonamn"]: f["regsokod"] for f in features(gpkg_layer("regso"))
    }
    got = {r["kommunnamn"] + "|" + r["area_name"]: r["code"] for r in rows}
    assert got == regso and len(got) == 38
    backa = next(r for r in rows if r["label"] == "Åstad (Backa)" and r["year"] == 2022)
    assert backa["value"] == pytest.approx(7.8)


def test_import_without_crosswalk_lists_unmatched_labels(run):
    result = import_table(run, "regso_indikatorer.csv", crosswalk=None)
    assert result["UNMATCHED"] == 38
    labels = result["UNMATCHED_LABELS"].split("; ")
    assert len(labels) == 38 and "Åstad (Solhöjden)" in labels
    assert all(r["code"] == NULL for r in features(result["OUTPUT"]))


def test_import_with_crosswalk_layer(run):
    uri = CROSSWALK_SAMPLE.as_uri() + "?delimiter=,&detectTypes=no&geomType=none"
    layer = QgsVectorLayer(uri, "koppling", "delimitedtext")
    assert layer.isValid() and layer.featureCount() == 146
    result = import_table(run, "regso_indikatorer.csv", crosswalk=None, CROSSWALK_LAYER=layer)
    assert result["UNMATCHED"] == 0
    assert all(r["code"].startswith("99") for r in features(result["OUTPUT"]))


def test_import_xlsx_export(run, tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Folkmängd efter region och år"])
    sheet.append([])
    sheet.append(["region", "2022", "2023"])
    sheet.append(["9901R001 Backa", 3900, 3916])
    sheet.append(["9901R002 Bergsäng", "..", 2100])
    sheet.append([])
    sheet.append(["Källa: SCB (fiktiva värden)"])
    path = tmp_path / "folkmangd.xlsx"
    book.save(path)
    result = run("segregation:importstatistics", {"INPUT": str(path), "OUTPUT": "memory:"})
    assert result["ENCODING"] == "xlsx" and result["SEPARATOR"] == ""
    assert result["ROWS"] == 2 and result["SUPPRESSED"] == 1 and result["UNMATCHED"] == 0
    assert result["FOOTNOTES"] == "Källa: SCB (fiktiva värden)"
    rows = {(r["code"], r["year"]): r for r in features(result["OUTPUT"])}
    assert rows[("9901R001", 2023)]["value"] == 3916
    assert rows[("9901R001", 2023)]["area_name"] == "Backa"
    assert rows[("9901R002", 2022)]["value"] == NULL and rows[("9901R002", 2022)]["flag"] == ".."


# ----------------------------------------------------------------------------------------
# (3) joinstatistics
# ----------------------------------------------------------------------------------------


def _check_joined(out, result):
    assert result["MATCHED"] == 38
    assert result["UNMATCHED_FEATURE_COUNT"] == 0 and result["UNMATCHED_ROW_COUNT"] == 0
    regso = gpkg_layer("regso")
    assert out.fields().names()[: regso.fields().count()] == regso.fields().names()
    assert out.featureCount() == 38
    nulls = []
    for row in features(out):
        for stem, share in JOINED.items():
            assert row[f"{stem}_2023"] == pytest.approx(row[share], abs=1e-9)
            if row[f"{stem}_2022"] == NULL:
                nulls.append((row["regsonamn"], share))
            else:
                assert 0 <= row[f"{stem}_2022"] <= 100
    assert sorted(nulls) == [
        ("Ekeby", "andel_bistand_arbetsloshet"),
        ("Storsjö", "andel_bistand_arbetsloshet"),
    ]


def test_join_imported_long_table_by_code(run):
    table = import_table(run, "regso_indikatorer.csv")["OUTPUT"]
    regso = gpkg_layer("regso")
    result = run(
        "segregation:joinstatistics", {"INPUT": regso, "TABLE": table, "OUTPUT": "memory:"}
    )
    assert result["INPUT_CODE_FIELD_USED"] == "regsokod"
    assert result["FIELDS"].split(", ") == [
        f"{stem}_{year}" for stem in JOINED for year in (2022, 2023)
    ]
    _check_joined(result["OUTPUT"], result)
    # nothing in the inputs changed
    assert regso.fields().count() == 19 and table.fields().count() == 8


def test_join_by_names(run):
    table = import_table(run, "regso_indikatorer.csv", crosswalk=None)["OUTPUT"]
    result = run(
        "segregation:joinstatistics",
        {"INPUT": gpkg_layer("regso"), "TABLE": table, "JOIN_BY": 1, "OUTPUT": "memory:"},
    )
    assert result["INPUT_CODE_FIELD_USED"] == "kommunnamn, regsonamn"
    _check_joined(result["OUTPUT"], result)


def test_join_selections(run):
    table = import_table(run, "regso_indikatorer.csv")["OUTPUT"]
    result = run(
        "segregation:joinstatistics",
        {
            "INPUT": gpkg_layer("regso"),
            "TABLE": table,
            "SELECTIONS": "Andel med låg ekonomisk standard, procent | 2023; 2022",
            "OUTPUT": "memory:",
        },
    )
    names = result["FIELDS"].split(", ")
    assert names[0] == "andel_med_lag_ekonomisk_standard_procent_2023"
    assert len(names) == 4 and all(n.endswith("_2022") for n in names[1:])
    with pytest.raises(QgsProcessingException, match='"Folkmängd" matches no variable or year'):
        run(
            "segregation:joinstatistics",
            {
                "INPUT": memory_copy("regso"),
                "TABLE": table,
                "SELECTIONS": "Folkmängd",
                "OUTPUT": "memory:",
            },
        )


def test_join_reports_unmatched_codes(run, memory_layer):
    table = import_table(run, "regso_indikatorer.csv")["OUTPUT"]
    regso = features(gpkg_layer("regso"))
    rows = [((r["regsokod"], r["regsonamn"]), None) for r in regso]
    rows[4] = (("9901R999", "Felkod"), None)  # a broken code
    areas = memory_layer("None", [("regsokod", "string"), ("regsonamn", "string")], rows)
    result = run(
        "segregation:joinstatistics", {"INPUT": areas, "TABLE": table, "OUTPUT": "memory:"}
    )
    assert result["MATCHED"] == 37
    assert result["UNMATCHED_FEATURE_COUNT"] == 1 and result["UNMATCHED_FEATURES"] == "9901R999"
    assert result["UNMATCHED_ROW_COUNT"] == 1
    assert result["UNMATCHED_ROWS"] == regso[4]["regsokod"]
    out = {f["regsokod"]: f for f in result["OUTPUT"].getFeatures()}
    stem = "andel_med_lag_ekonomisk_standard_procent_2023"
    assert out["9901R999"][stem] == NULL
    assert out[regso[0]["regsokod"]][stem] == pytest.approx(regso[0]["andel_lag_ek_standard"])


def test_join_wide_table_number_codes_and_duplicates(run, memory_layer):
    areas = memory_layer(
        "Polygon",
        [("kommunkod", "string"), ("namn", "string")],
        [
            (("0114", "Upplands Väsby"), "POLYGON((0 0,1 0,1 1,0 1,0 0))"),
            (("1280", "Malmö"), "POLYGON((1 0,2 0,2 1,1 1,1 0))"),
            (("2582", "Boden"), "POLYGON((2 0,3 0,3 1,2 1,2 0))"),
        ],
    )
    table = memory_layer(
        "None",
        [("kommun", "integer"), ("namn", "string"), ("folkmangd", "integer")],
        [
            ((114, "Väsby", 48000), None),
            ((1280, "Malmö", 357000), None),
            ((1280, "Malmö igen", 1), None),
            ((9999, "Ingen", 5), None),
        ],
    )
    result = run(
        "segregation:joinstatistics",
        {"INPUT": areas, "TABLE": table, "TABLE_CODE_FIELD": "kommun", "OUTPUT": "memory:"},
    )
    assert result["MATCHED"] == 2
    assert result["UNMATCHED_FEATURES"] == "2582" and result["UNMATCHED_ROWS"] == "9999"
    assert "padded with leading zeros to 4 digits" in result["TYPE_CONFLICTS"]
    assert "namn -> namn_2" in result["TYPE_CONFLICTS"]
    assert "1280" in result["DUPLICATES"]
    out = {f["kommunkod"]: f for f in result["OUTPUT"].getFeatures()}
    assert out["0114"]["folkmangd"] == 48000 and out["0114"]["namn_2"] == "Väsby"
    assert out["1280"]["folkmangd"] == 357000  # the first of the duplicate rows
    assert out["2582"]["folkmangd"] == NULL
    assert result["OUTPUT"].fields().field("folkmangd").isNumeric()


# ----------------------------------------------------------------------------------------
# (4) aggregate
# ----------------------------------------------------------------------------------------


def _check_regso(out_rows, key="regsokod"):
    regso = {f["regsokod"]: f for f in features(gpkg_layer("regso"))}
    assert len(out_rows) == len(regso) == 38
    for row in out_rows:
        ref = regso[row[key]]
        for c in COUNTS:
            assert row[c] == ref[c], (row[key], c)
        for share in SHARES:
            assert half_up(row[share]) == pytest.approx(ref[share]), (row[key], share)
    return regso


def test_aggregate_deso_to_regso_by_code(run):
    deso = gpkg_layer("deso")
    result = run(
        "segregation:aggregate",
        {
            "INPUT": deso,
            "TARGET_FIELD": "regsokod",
            "SUM_FIELDS": COUNTS,
            "RATIO_FIELDS": RATIOS,
            "COPY_FIELDS": ["kommunnamn"],
            "OUTPUT": "memory:",
        },
    )
    assert result["TARGET_COUNT"] == 38 and result["UNITS"] == 146
    assert result["UNITS_UNASSIGNED"] == 0 and result["UNITS_SPLIT"] == 0
    out = result["OUTPUT"]
    rows = features(out)
    regso = _check_regso(rows)
    assert sum(r["n_units"] for r in rows) == 146
    assert all(r["kommunnamn"] == regso[r["regsokod"]]["kommunnamn"] for r in rows)
    # the dissolved DeSO cover their RegSO
    shapes = {f["regsokod"]: f.geometry() for f in gpkg_layer("regso").getFeatures()}
    for f in out.getFeatures():
        assert f.geometry().area() == pytest.approx(shapes[f["regsokod"]].area(), rel=1e-9)
    assert deso.fields().count() == 16  # input untouched


def test_aggregate_deso_to_regso_by_crosswalk(run):
    result = run(
        "segregation:aggregate",
        {
            "INPUT": gpkg_layer("deso"),
            "CROSSWALK": str(CROSSWALK_SAMPLE),
            "SUM_FIELDS": COUNTS,
            "RATIO_FIELDS": RATIOS,
            "OUTPUT": "memory:",
        },
    )
    rows = features(result["OUTPUT"])
    regso = _check_regso(rows)
    assert all(r["regsonamn"] == regso[r["regsokod"]]["regsonamn"] for r in rows)
    assert "crosswalk" in result["METHOD"]


def test_aggregate_weighted_mean_min_max_and_unassigned(run, memory_layer):
    units = memory_layer(
        "None",
        [("desokod", "string"), ("regsokod", "string"), ("andel", "double"), ("bef", "integer")],
        [
            (("9901A0001", "9901R001", 10.0, 100), None),
            (("9901A0002", "9901R001", 40.0, 300), None),
            (("9901A0003", "9901R002", None, 500), None),  # ".." in the source
            (("9901A0004", None, 5.0, 50), None),  # no target code
        ],
    )
    result = run(
        "segregation:aggregate",
        {
            "INPUT": units,
            "TARGET_FIELD": "regsokod",
            "MEAN_FIELDS": ["andel"],
            "WEIGHT_FIELD": "bef",
            "MIN_FIELDS": ["andel"],
            "MAX_FIELDS": ["bef"],
            "OUTPUT": "memory:",
        },
    )
    assert result["UNITS_UNASSIGNED"] == 1 and result["UNASSIGNED_LIST"] == "9901A0004"
    out = {r["regsokod"]: r for r in features(result["OUTPUT"])}
    assert result["OUTPUT"].fields().names() == [
        "regsokod",
        "n_units",
        "andel",
        "andel_min",
        "bef_max",
    ]
    assert out["9901R001"]["andel"] == pytest.approx((10 * 100 + 40 * 300) / 400)
    assert out["9901R001"]["andel_min"] == 10 and out["9901R001"]["bef_max"] == 300
    assert out["9901R002"]["andel"] == NULL and out["9901R002"]["n_units"] == 1
    assert out["9901R002"]["bef_max"] == 500


def _covered_population() -> tuple[float, int]:
    """Population of the DeSO weighted by their share inside the districts; Granmo's DeSO."""
    districts = QgsGeometry.unaryUnion(
        [f.geometry() for f in gpkg_layer("stadsdelar").getFeatures()]
    )
    total, granmo = 0.0, 0
    for f in gpkg_layer("deso").getFeatures():
        g = f.geometry()
        total += f["befolkning"] * g.intersection(districts).area() / g.area()
        granmo += f["kommunnamn"] == "Granmo"
    return total, granmo


@pytest.mark.parametrize("assignment", [0, 1, 2])
def test_aggregate_deso_to_districts_conserves_population(run, assignment):
    deso = features(gpkg_layer("deso"))
    inside = sum(r["befolkning"] for r in deso if r["kommunnamn"] in ("Åstad", "Björkvik"))
    assert inside == 116451 + 42945
    result = run(
        "segregation:aggregate",
        {
            "INPUT": gpkg_layer("deso"),
            "TARGETS": gpkg_layer("stadsdelar"),
            "TARGET_ID_FIELD": "namn",
            "ASSIGNMENT": assignment,
            "SUM_FIELDS": COUNTS,
            "RATIO_FIELDS": RATIOS,
            "OUTPUT": "memory:",
        },
    )
    rows = features(result["OUTPUT"])
    assert len(rows) == 8 and [r["stadsdel_id"] for r in rows] == [f"SD0{i}" for i in range(1, 9)]
    total = sum(r["befolkning"] for r in rows)
    covered, granmo = _covered_population()
    assert result["UNITS_UNASSIGNED"] == granmo == 18
    assert result["UNITS_SPLIT"] > 0 and result["UNITS_PARTIAL"] == 0
    if assignment == 2:
        assert abs(total - covered) < 1e-6
        assert abs(total - inside) < 1e-6
        assert "even" in result["METHOD"]
    else:
        assert total == inside
        assert sum(r["n_units"] for r in rows) == 146 - granmo
    for r in rows:  # shares from the summed counts
        assert r["andel_lag_ek_standard"] == pytest.approx(
            100 * r["lag_ek_standard"] / r["befolkning"]
        )


# ----------------------------------------------------------------------------------------
# (5) bad input
# ----------------------------------------------------------------------------------------


def test_import_empty_file(run, tmp_path):
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(QgsProcessingException) as err:
        run("segregation:importstatistics", {"INPUT": str(path), "OUTPUT": "memory:"})
    assert str(err.value) == "The file empty.csv is empty."


def test_import_not_a_table(run, tmp_path):
    path = tmp_path / "notes.txt"
    path.write_text("Hej!\nDet här är ingen tabell.\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run("segregation:importstatistics", {"INPUT": str(path), "OUTPUT": "memory:"})
    assert str(err.value) == (
        "The file notes.txt does not look like a table: no header followed by rows with the "
        "same number (2 or more) of fields separated by comma, semicolon or tab."
    )


def test_import_bad_value_names_file_and_line(run, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("region,2022\n9901R001,5\n9901R002,fem\n", encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        run("segregation:importstatistics", {"INPUT": str(path), "OUTPUT": "memory:"})
    assert str(err.value) == (
        'Non-numeric value "fem" on line 3, column "2022" of bad.csv; only numbers '
        "and the missing-value codes . .. ... : are allowed."
    )


def test_crosswalk_with_duplicate_codes(run, tmp_path):
    text = CROSSWALK_SAMPLE.read_text(encoding="utf-8-sig")
    lines = text.splitlines()
    path = tmp_path / "koppling_dubbel.csv"
    path.write_text("\n".join(lines + [lines[1]]), encoding="utf-8")
    with pytest.raises(QgsProcessingException) as err:
        import_table(run, "regso_indikatorer.csv", crosswalk=path)
    code = lines[1].split(",")[2]
    assert str(err.value) == f"Duplicate DeSO codes in the crosswalk koppling_dubbel.csv: {code}."


def test_join_code_field_missing(run):
    table = import_table(run, "regso_indikatorer.csv")["OUTPUT"]
    with pytest.raises(QgsProcessingException) as err:
        run(
            "segregation:joinstatistics",
            {
                "INPUT": memory_copy("regso"),
                "TABLE": table,
                "TABLE_CODE_FIELD": "regsokod",
                "OUTPUT": "memory:",
            },
        )
    assert str(err.value) == (
        'The layer output has no field "regsokod"; its fields are: label, code, kommunnamn, '
        "area_name, variable, year, value, flag."
    )


def test_aggregate_units_in_wgs84_are_reprojected(run):
    deso = gpkg_layer("deso")
    wgs84 = run(
        "native:reprojectlayer",
        {"INPUT": deso, "TARGET_CRS": "EPSG:4326", "OUTPUT": "memory:"},
    )["OUTPUT"]
    assert wgs84.crs().authid() == "EPSG:4326"
    results = {}
    for assignment in (0, 2):
        results[assignment] = run(
            "segregation:aggregate",
            {
                "INPUT": wgs84,
                "TARGETS": gpkg_layer("stadsdelar"),
                "ASSIGNMENT": assignment,
                "SUM_FIELDS": ["befolkning"],
                "OUTPUT": "memory:",
            },
        )
    for result in results.values():
        assert result["WARNINGS"].splitlines()[:2] == [
            "The units are in a geographic CRS (EPSG:4326): areas and overlaps are computed "
            "in EPSG:3006.",
            "The targets (EPSG:3006) are reprojected to the units' CRS (EPSG:4326).",
        ]
        assert result["OUTPUT"].crs().authid() == "EPSG:4326"
        assert result["UNITS_UNASSIGNED"] == 18
    assert sum(f["befolkning"] for f in results[0]["OUTPUT"].getFeatures()) == 159396
    weighted = sum(f["befolkning"] for f in results[2]["OUTPUT"].getFeatures())
    assert weighted == pytest.approx(159396, abs=1e-3)
    extent = results[0]["OUTPUT"].extent()
    assert 10 < extent.xMinimum() < 20 and 55 < extent.yMinimum() < 70  # degrees


def test_aggregate_invalid_target_polygons_repaired_in_output_only(
    memory_layer, provider, tmp_path
):
    import processing

    units = memory_layer(
        "Polygon",
        [("desokod", "string"), ("befolkning", "integer")],
        [
            (("9901A0001", 100), "POLYGON((0 0,10 0,10 10,0 10,0 0))"),
            (("9901A0002", 300), "POLYGON((10 0,20 0,20 10,10 10,10 0))"),
            (("9901A0003", 50), "POLYGON((30 0,40 0,40 10,30 10,30 0))"),
        ],
    )
    bowtie = "POLYGON((0 0,20 10,20 0,0 10,0 0))"  # self-intersecting: invalid
    spike = "POLYGON((30 0,40 0,40 10,30 10,30 0,25 -5,30 0))"  # repaired: polygon + line
    targets = memory_layer("Polygon", [("id", "string")], [(("T1",), bowtie), (("T2",), spike)])
    assert not any(f.geometry().isGeosValid() for f in targets.getFeatures())
    # A context that would stop at invalid geometries: the algorithm still repairs them.
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    context.setInvalidGeometryCheck(QgsFeatureRequest.GeometryAbortOnInvalid)
    path = str(tmp_path / "districts.gpkg")
    result = processing.run(
        "segregation:aggregate",
        {
            "INPUT": units,
            "TARGETS": targets,
            "ASSIGNMENT": 2,
            "SUM_FIELDS": ["befolkning"],
            "OUTPUT": path,
        },
        feedback=QgsProcessingFeedback(),
        context=context,
    )
    assert result["REPAIRED"] == 2
    assert result["UNITS_PARTIAL"] == 2 and result["UNITS_UNASSIGNED"] == 0
    assert "2 invalid target polygon(s) repaired in the output (the input is unchanged)." in (
        result["WARNINGS"].splitlines()
    )
    out = {f["id"]: f for f in QgsVectorLayer(path, "out", "ogr").getFeatures()}
    assert all(f.geometry().isGeosValid() for f in out.values())
    assert out["T1"].geometry().area() == pytest.approx(100.0)
    assert out["T2"].geometry().area() == pytest.approx(100.0)
    # the bowtie's two triangles cover half of each of the first two units
    assert out["T1"]["befolkning"] == pytest.approx(0.5 * 100 + 0.5 * 300)
    assert out["T2"]["befolkning"] == pytest.approx(50)
    sources = {f["id"]: f.geometry() for f in targets.getFeatures()}
    assert not sources["T1"].isGeosValid() and not sources["T2"].isGeosValid()
    assert sources["T1"].asWkt(0) == QgsGeometry.fromWkt(bowtie).asWkt(0)
    assert sources["T2"].asWkt(0) == QgsGeometry.fromWkt(spike).asWkt(0)


def test_aggregate_bad_ratio_and_no_target(run):
    deso = memory_copy("deso")
    with pytest.raises(QgsProcessingException) as err:
        run(
            "segregation:aggregate",
            {
                "INPUT": deso,
                "TARGET_FIELD": "regsokod",
                "RATIO_FIELDS": "andel=lag_ek_standard",
                "OUTPUT": "memory:",
            },
        )
    assert str(err.value).startswith('Cannot read the ratio "andel=lag_ek_standard"')
    with pytest.raises(QgsProcessingException) as err:
        run(
            "segregation:aggregate",
            {"INPUT": deso, "SUM_FIELDS": ["befolkning"], "OUTPUT": "memory:"},
        )
    assert str(err.value).startswith("Choose how units are assigned")
