"""The panel's steps Load data, Indices and Transit, driven on a private copy of the sample."""
# The fixtures plugin and panel come from test_panel (imported below): not redefinitions.
# ruff: noqa: F811

import csv
import shutil

import pytest
from qgis.core import (
    Qgis,
    QgsCategorizedSymbolRenderer,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, Qt
from test_panel import fresh_settings, panel, plugin, wait_until  # noqa: F401 - fixtures

from segregation_plugin.adapter.styling import AREA_TYPE_COLOURS, SCENARIO_COLOURS
from segregation_plugin.paths import SAMPLE_GPKG

QUINTILES = ["q1", "q2", "q3", "q4", "q5"]
MUNICIPALITIES = {"Åstad", "Björkvik", "Granmo"}
V_FIELDS = {
    "V1_FIELD": "andel_lag_ek_standard",
    "V2_FIELD": "andel_forgymnasial",
    "V3_FIELD": "andel_bistand_arbetsloshet",
}


@pytest.fixture()
def sample_dir(sample_gpkg):
    """The folder of the private GeoPackage copy, with copies of the sample's CSV files."""
    folder = sample_gpkg.parent
    for path in SAMPLE_GPKG.parent.glob("*.csv"):
        shutil.copyfile(path, folder / path.name)
    shutil.copytree(SAMPLE_GPKG.parent / "gtfs", folder / "gtfs")
    return folder


def gpkg_layer(path, name, shown=None):
    layer = QgsVectorLayer(f"{path}|layername={name}", shown or name, "ogr")
    assert layer.isValid(), name
    return layer


def added(layer):
    QgsProject.instance().addMapLayer(layer)
    return layer


def new_layers(before):
    project = QgsProject.instance()
    return [layer for lid, layer in project.mapLayers().items() if lid not in before]


def critical_messages(qgis_iface):
    return qgis_iface.messageBar().get_messages(Qgis.Critical)


def table_rows(table, columns):
    """Per row, the sort data (Qt.UserRole) of ``columns``."""
    return [
        tuple(table.item(r, c).data(Qt.UserRole) for c in columns) for r in range(table.rowCount())
    ]


def column_of(table, title):
    titles = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    return titles.index(title)


@pytest.fixture()
def classified_regso(sample_gpkg, run, tmp_path):
    """The sample RegSO classified into area types (segregation:areatypes), in the project."""
    path = tmp_path / "omradestyper.gpkg"
    result = run(
        "segregation:areatypes",
        {"INPUT": f"{sample_gpkg}|layername=regso", **V_FIELDS, "OUTPUT": str(path)},
    )
    assert result["COUNT_1"] > 0
    return added(QgsVectorLayer(str(path), "Area types (regso)", "ogr"))


# -- Load data -----------------------------------------------------------------------------------


def test_preview_shows_what_the_import_detects(panel, sample_dir, tmp_path, qgis_iface):
    page = panel.page("data")
    page.add_statistics_files([str(sample_dir / "regso_indikatorer.csv")])
    assert page.statistics_files() == [str(sample_dir / "regso_indikatorer.csv")]
    text = page.preview_label.text()
    assert "Encoding: utf-8-sig" in text
    assert "Separator: ';' (semicolon)" in text
    assert "Decimal mark: ','" in text
    assert "Years: 2022, 2023" in text
    assert "Suppressed or missing values ('..'): 2" in text
    assert "114 rows for 38 regions" in text
    header = [
        page.preview_table.horizontalHeaderItem(c).text()
        for c in range(page.preview_table.columnCount())
    ]
    assert header == ["region", "tabellinnehåll", "2022", "2023"]
    assert page.preview_table.rowCount() == 5
    assert page.preview_table.item(0, 0).text() == "Åstad (Backa)"
    assert page.preview_table.item(0, 2).text() == "7,8"

    # a second file: its own preview; a file that is no table: a message, not an exception
    page.add_statistics_files([str(sample_dir / "deso_befolkning_inkomstkvintil.csv")])
    assert "Separator: ',' (comma)" in page.preview_label.text()
    bad = tmp_path / "tom.csv"
    bad.write_text("", encoding="utf-8")
    page.add_statistics_files([str(bad)])
    assert "tom.csv" in page.preview_label.text()
    assert not page.preview_table.isVisible()
    assert not critical_messages(qgis_iface)
    page.files_list.clearSelection()
    page.files_list.item(0).setSelected(True)
    page.remove_selected_files()
    assert len(page.statistics_files()) == 2
    assert QgsSettings().value("segregation/data/last_folder") == str(tmp_path)


def test_large_files_are_previewed_in_the_background(panel, sample_dir, monkeypatch):
    from segregation_plugin.gui.pages import data

    monkeypatch.setattr(data, "PREVIEW_IN_BACKGROUND", 0)
    page = panel.page("data")
    page.add_statistics_files([str(sample_dir / "regso_indikatorer.csv")])
    assert page.preview_label.text() == "Reading regso_indikatorer.csv…"
    wait_until(lambda: "Separator" in page.preview_label.text())
    assert "Separator: ';' (semicolon)" in page.preview_label.text()
    assert page.preview_table.rowCount() == 5
    bad = sample_dir / "tom.csv"
    bad.write_text("", encoding="utf-8")
    page.add_statistics_files([str(bad)])
    wait_until(lambda: "Reading" not in page.preview_label.text())
    assert "tom.csv" in page.preview_label.text() and not page.preview_table.isVisibleTo(page)


def test_import_and_join_adds_a_layer_and_reports_matches(panel, sample_dir, qgis_iface):
    project = QgsProject.instance()
    regso = added(gpkg_layer(sample_dir / "exempellan.gpkg", "regso"))
    regso_fields = regso.fields().names()
    page = panel.page("data")
    page.boundary_combo.setLayer(regso)
    assert page.filter_combo.count() == 4  # all + three municipalities
    page.add_statistics_files([str(sample_dir / "regso_indikatorer.csv")])
    assert "no crosswalk was given" in page.preview_label.text()
    page.crosswalk_widget.setFilePath(str(sample_dir / "koppling_deso_regso.csv"))
    assert "no crosswalk was given" not in page.preview_label.text()
    assert "from the crosswalk" in page.preview_label.text()
    before = set(project.mapLayers())

    page.import_button.click()
    assert not page.import_button.isEnabled() and page.cancel_button.isEnabled()
    wait_until(lambda: page.chain.finished)
    chain = page.chain
    assert chain.ok, chain.details
    assert page.import_button.isEnabled() and not page.cancel_button.isEnabled()

    new = new_layers(before)
    assert len(new) == 1 and new == page.result_layers
    joined = new[0]
    assert joined.name() == "regso with statistics"
    assert joined.featureCount() == 38
    fields = joined.fields().names()
    joined_fields = chain.results["join0"]["FIELDS"].split(", ")
    assert len(joined_fields) == 6  # three variables, two years
    assert fields == regso_fields + joined_fields
    stem = next(f for f in joined_fields if "lag_ekonomisk" in f and f.endswith("2023"))
    for feature in joined.getFeatures():
        assert feature[stem] == pytest.approx(feature["andel_lag_ek_standard"])

    summary = page.summary_label.text()
    assert summary.startswith("regso_indikatorer.csv: 38 of 38 areas matched")
    assert "without statistics" not in summary
    details = page.details_text.toPlainText()
    assert "Years: 2022, 2023" in details and "Joined fields:" in details
    assert page.import_result_group.isVisibleTo(page)
    assert regso.fields().names() == regso_fields and regso.subsetString() == ""
    assert not critical_messages(qgis_iface)

    settings = QgsSettings()
    assert settings.value("segregation/data/boundary") == "regso"
    assert settings.value("segregation/data/files") == [str(sample_dir / "regso_indikatorer.csv")]
    assert settings.value("segregation/data/crosswalk") == str(
        sample_dir / "koppling_deso_regso.csv"
    )
    # the result can be picked on the Area types page
    areatypes = panel.page("areatypes")
    areatypes.layer_combo.setLayer(joined)
    assert all(areatypes.indicator_fields().values())
    page.import_next_button.click()
    assert panel.tabs.currentIndex() == 1


def test_filter_and_aggregate_work_on_copies(panel, sample_dir, qgis_iface):
    project = QgsProject.instance()
    gpkg = sample_dir / "exempellan.gpkg"
    deso = added(gpkg_layer(gpkg, "deso"))
    districts = added(gpkg_layer(gpkg, "stadsdelar"))
    page = panel.page("data")
    page.boundary_combo.setLayer(deso)
    texts = [page.filter_combo.itemText(i) for i in range(page.filter_combo.count())]
    assert set(texts[1:]) == MUNICIPALITIES
    page.filter_combo.setCurrentIndex(texts.index("Åstad"))
    assert page.filter_choice() == ("kommunnamn", "Åstad")
    page.add_statistics_files([str(sample_dir / "deso_befolkning_inkomstkvintil.csv")])
    page.aggregate_group.setChecked(True)
    page.target_combo.setLayer(districts)
    page.target_id_combo.setField("stadsdel_id")
    page.assignment_combo.setCurrentIndex(0)  # point on surface
    assert page.weight_combo.currentField() == "befolkning"
    before = set(project.mapLayers())

    page.import_button.click()
    wait_until(lambda: page.chain.finished)
    chain = page.chain
    assert chain.ok, chain.details
    assert list(chain.results) == ["filter", "import0", "join0", "aggregate"]
    assert set(new_layers(before)) == set(page.result_layers)
    assert [layer.name() for layer in page.result_layers] == [
        "deso (Åstad) with statistics",
        "deso (Åstad) aggregated to stadsdelar",
    ]
    joined, aggregated = page.result_layers
    astad = [f for f in deso.getFeatures() if f["kommunnamn"] == "Åstad"]
    assert joined.featureCount() == len(astad) == 92
    assert {f["kommunnamn"] for f in joined.getFeatures()} == {"Åstad"}
    summary = page.summary_label.text()
    assert "92 of 92 areas matched" in summary
    assert "54 table codes match no area" in summary  # the other municipalities' DeSO
    assert "Aggregated 92 units" in summary
    # counts summed: every Åstad DeSO in a district is counted once
    result = chain.results["aggregate"]
    assigned = sum(f["befolkning"] for f in astad if f["desokod"] not in result["UNASSIGNED_LIST"])
    filled = [f for f in aggregated.getFeatures() if f["n_units"]]  # Björkvik's are empty
    assert 0 < len(filled) < aggregated.featureCount() == 8
    assert sum(f["befolkning"] for f in filled) == assigned > 0
    assert "n_units" in aggregated.fields().names()
    # the planner's layers are unchanged
    assert deso.featureCount() == 146 and deso.subsetString() == ""
    assert districts.fields().names() == ["fid", "stadsdel_id", "namn"]
    assert not critical_messages(qgis_iface)


def test_boundaries_from_a_file_and_incomplete_choices(panel, sample_gpkg, qgis_iface):
    page = panel.page("data")
    layer = page.add_boundary_file(str(sample_gpkg), "regso")
    assert layer is not None and layer.featureCount() == 38
    assert page.boundary_combo.currentLayer() is layer
    assert QgsProject.instance().mapLayer(layer.id()) is layer
    page.import_button.click()  # no statistics file: a message, nothing runs
    assert page.chain is None
    assert any("statistics file" in m for m in critical_messages(qgis_iface))


def test_cancelled_import_adds_no_layer(panel, sample_dir):
    regso = added(gpkg_layer(sample_dir / "exempellan.gpkg", "regso"))
    page = panel.page("data")
    page.boundary_combo.setLayer(regso)
    page.add_statistics_files(
        [str(sample_dir / name) for name in ("regso_indikatorer.csv", "deso_indikatorer_antal.csv")]
    )
    before = set(QgsProject.instance().mapLayers())
    page.import_button.click()
    page.cancel_button.click()
    wait_until(lambda: page.chain.finished)
    assert page.chain.cancelled and not page.chain.ok
    assert list(page.chain.results) == []  # the first import stopped, nothing after it ran
    assert new_layers(before) == []
    assert page.import_status_label.text() == "Cancelled: no layer was added."
    assert page.import_button.isEnabled() and not page.cancel_button.isEnabled()
    assert not page.import_result_group.isVisibleTo(page)


def test_import_failure_is_a_message(panel, sample_dir, tmp_path, qgis_iface):
    regso = added(gpkg_layer(sample_dir / "exempellan.gpkg", "regso"))
    bad = tmp_path / "inte_en_tabell.csv"
    bad.write_text("bara text\n", encoding="utf-8")
    page = panel.page("data")
    page.boundary_combo.setLayer(regso)
    page.add_statistics_files([str(bad)])
    before = set(QgsProject.instance().mapLayers())
    page.import_button.click()
    wait_until(lambda: page.chain.finished)
    assert not page.chain.ok and not page.chain.cancelled
    assert "Failed (Importing inte_en_tabell.csv)" in page.import_status_label.text()
    assert new_layers(before) == []
    items = [i for i in qgis_iface.messageBar().items() if i.level() == Qgis.Critical]
    assert len(items) == 1 and "could not be loaded" in items[0].text()


# -- Indices ---------------------------------------------------------------------------------------


def test_indices_per_municipality_table_chart_and_csv(panel, sample_gpkg, run, tmp_path):
    project = QgsProject.instance()
    deso = added(gpkg_layer(sample_gpkg, "deso"))
    page = panel.page("indices")
    # the layer with quintile counts is picked; q1..q5 ticked; q1 against q5; per municipality
    assert page.layer_combo.currentLayer() is deso
    assert page.group_fields() == QUINTILES
    assert page.focus_combo.currentText() == "q1" and page.compare_combo.currentText() == "q5"
    assert page.region_level() == 1 and page.permutations_spin.value() == 0
    assert page.area_type_combo.currentField() == ""  # the DeSO have no area types
    before = set(project.mapLayers())

    page.run_button.click()
    assert page.cancel_button.isEnabled()
    wait_until(lambda: page.chain.finished)
    assert page.chain.ok, page.chain.details
    assert list(page.chain.results) == ["indices"]
    assert new_layers(before) == []

    direct = run(
        "segregation:indices",
        {"INPUT": deso, "GROUP_FIELDS": QUINTILES, "REGION_LEVEL": 1, "OUTPUT": "memory:"},
    )
    expected = {f["region_name"]: f["ojamlikhetsindex"] for f in direct["OUTPUT"].getFeatures()}
    table = page.table
    assert table.rowCount() == 3
    column = column_of(table, "Ojämlikhetsindex (%)")
    assert column == 3  # after region, areas and population: the first index
    got = {row[0]: row[1] for row in table_rows(table, (0, column))}
    assert set(got) == MUNICIPALITIES
    assert got == pytest.approx(expected)
    table.sortItems(column, Qt.AscendingOrder)
    values = [row[0] for row in table_rows(table, (column,))]
    assert values == sorted(values)

    assert page.chart_index() == "ojamlikhetsindex"
    bars = page.chart.bars()
    assert len(bars) == 3
    assert {b.label: b.value for b in bars} == pytest.approx(expected)
    mean = sum(expected.values()) / 3
    assert page.chart.mean() == pytest.approx(mean)
    assert f"{mean:.1f}" in page.chart.mean_label()
    assert not page.chart.grab().isNull()
    page.index_combo.setCurrentIndex(page.index_combo.findData("gini"))
    assert page.chart.title() == "Segregation Gini"
    assert page.chart.mean() == pytest.approx(
        sum(f["gini"] for f in direct["OUTPUT"].getFeatures()) / 3
    )
    assert not page.composition_chart.isVisibleTo(page)

    path = tmp_path / "index.csv"
    assert page.export_csv(str(path)) == 3
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 3
    assert {r["region_name"] for r in rows} == MUNICIPALITIES
    for row in rows:
        assert float(row["ojamlikhetsindex"]) == pytest.approx(expected[row["region_name"]])
    assert QgsSettings().value("segregation/indices/groups") == QUINTILES


def test_indices_with_area_types_show_flags_and_composition(
    panel, sample_gpkg, run, classified_regso
):
    deso = added(gpkg_layer(sample_gpkg, "deso"))
    page = panel.page("indices")
    page.layer_combo.setLayer(deso)
    assert page.flags_layer_combo.currentLayer() is classified_regso
    assert page.area_type_combo.currentField() == "area_type"
    assert page.population_combo.currentField() == "befolkning"

    page.run_button.click()
    wait_until(lambda: page.chain.finished)
    assert page.chain.ok, page.chain.details
    assert list(page.chain.results) == ["indices", "flags", "flags_county", "flags_all"]

    direct = run(
        "segregation:regionflags",
        {
            "INPUT": classified_regso,
            "POPULATION_FIELD": "befolkning",
            "AREA_TYPE_FIELD": "area_type",
            "LOW_FIELD": "q1",
            "HIGH_FIELD": "q5",
            "REGION_LEVEL": 1,
            "OUTPUT": "memory:",
        },
    )
    expected = {f["region_name"]: f for f in direct["OUTPUT"].getFeatures()}
    bars = page.composition_chart.bars()
    # municipalities (in the flags table's order), then the county (99), then all loaded
    assert sorted(b.label for b in bars[:3]) == sorted(r["region_name"] for r in page.index_rows)
    assert bars[3].label == "County 99"
    assert bars[-1].label == "All loaded" and len(bars) == 5
    for bar in bars[:3]:
        shares = [s.value for s in bar.segments[:5]]
        assert shares == pytest.approx(
            [expected[bar.label][f"share_type_{t}"] for t in range(1, 6)]
        )
        assert [s.colour for s in bar.segments[:5]] == [AREA_TYPE_COLOURS[t] for t in range(1, 6)]
    total = sum(f["population"] for f in expected.values())
    everyone = [sum(f[f"pop_type_{t}"] for f in expected.values()) / total for t in range(1, 6)]
    assert [s.value for s in bars[-1].segments[:5]] == pytest.approx(everyone)
    # the sample is one county, so the county bar equals all loaded data
    assert [s.value for s in bars[3].segments[:5]] == pytest.approx(everyone)
    assert [colour for _, colour in page.composition_chart.legend()] == [
        AREA_TYPE_COLOURS[t] for t in range(1, 6)
    ]
    assert not page.composition_chart.grab().isNull()
    flagged = [n for n, f in expected.items() if f["flag_combined"]]
    assert page.flags_label.isVisibleTo(page)
    assert ("Flagged: " + (", ".join(flagged) or "none")) in page.flags_label.text()
    column = column_of(page.table, "Types 1+2")
    shares = {row[0]: row[1] for row in table_rows(page.table, (0, column))}
    assert shares == pytest.approx({n: 100 * f["share_type_12"] for n, f in expected.items()})


def test_indices_incomplete_choice_is_a_message(panel, memory_layer, qgis_iface):
    layer = added(memory_layer("None", [("x", "double"), ("y", "double")], [((1.0, 2.0), None)]))
    page = panel.page("indices")
    page.layer_combo.setLayer(layer)
    assert page.group_fields() == []
    page.run_button.click()
    assert page.chain is None
    assert any("two group fields" in m for m in critical_messages(qgis_iface))


# -- Transit -------------------------------------------------------------------------------------


def test_transit_table_chart_and_equity_equal_the_algorithm(
    panel, sample_gpkg, run, classified_regso, qgis_iface
):
    project = QgsProject.instance()
    stops = added(gpkg_layer(sample_gpkg, "transit_stops"))
    page = panel.page("transit")
    # suggested: the classified areas, their population and area type, the stops' fields
    assert page.areas_combo.currentLayer() is classified_regso
    assert page.population_combo.currentField() == "befolkning"
    assert page.area_type_combo.currentField() == "area_type"
    assert page.stops_combo.currentLayer() is stops
    assert page.lines_combo.currentLayer() is None
    assert page.distance_spin.value() == 400
    assert page.distance_field_combo.currentField() == "avstand_m"
    assert page.scenario_field_combo.currentField() == "scenario"
    assert [page.base_combo.itemText(i) for i in range(page.base_combo.count())] == [
        "",
        "befintlig",
        "planerad",
    ]
    assert page.base_combo.currentText() == "befintlig"
    before = set(project.mapLayers())

    page.run_button.click()
    wait_until(lambda: page.chain.finished)
    assert page.chain.ok, page.chain.details

    new = new_layers(before)
    assert len(new) == 2 and set(new) == set(page.output_layers)
    catchments = next(la for la in new if "scenario" in la.fields().names()[:2])
    areas = next(la for la in new if la is not catchments)
    assert catchments.name() == "Transit catchments (400 m)"
    assert areas.name() == "Within reach of transit (Area types (regso))"
    for layer, field in ((catchments, "scenario"), (areas, "area_type")):
        assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)
        assert layer.renderer().classAttribute() == field

    direct = run(
        "segregation:transitcatchment",
        {
            "AREAS": classified_regso,
            "POPULATION_FIELD": "befolkning",
            "AREA_TYPE_FIELD": "area_type",
            "STOPS": stops,
            "DISTANCE": 400,
            "DISTANCE_FIELD": "avstand_m",
            "METHOD": 0,
            "SCENARIO_FIELD": "scenario",
            "BASE_SCENARIO": "befintlig",
            "OUTPUT_CATCHMENT": "memory:",
            "OUTPUT_AREAS": "memory:",
            "OUTPUT_SUMMARY": "memory:",
        },
    )
    expected = {
        (f["scenario"], int(f["area_type"])): (
            f["population"],
            f["covered_population"],
            f["coverage_share"],
        )
        for f in direct["OUTPUT_SUMMARY"].getFeatures()
    }
    assert len(expected) == 10  # two scenarios x five area types
    table = page.table
    assert table.rowCount() == 10
    got = {(r[0], r[1]): r[2:] for r in table_rows(table, range(5))}
    assert set(got) == set(expected)
    for key, values in expected.items():
        assert got[key] == pytest.approx(values)

    ratios = direct["EQUITY_RATIOS"]
    assert set(ratios) == {"befintlig", "planerad"}
    assert page.equity_ratios == pytest.approx(ratios)
    text = page.equity_label.text()
    for scenario, ratio in ratios.items():
        assert f"{scenario}: {ratio:.2f} (" in text
    assert ratios["planerad"] > ratios["befintlig"]

    chart = page.chart
    assert chart.series() == [
        ("befintlig", SCENARIO_COLOURS["befintlig"]),
        ("planerad", SCENARIO_COLOURS["planerad"]),
    ]
    groups = chart.groups()
    assert len(groups) == 5 and groups[0].label.startswith("1 ")
    for t, group in enumerate(groups, start=1):
        assert group.values == pytest.approx(
            (expected[("befintlig", t)][2], expected[("planerad", t)][2])
        )
    assert not chart.grab().isNull()
    assert "within reach" in page.totals_label.text()
    assert not critical_messages(qgis_iface)
    assert QgsSettings().value("segregation/transit/base") == "befintlig"


def test_cancelled_transit_run_adds_no_layer(panel, sample_gpkg, classified_regso):
    added(gpkg_layer(sample_gpkg, "transit_stops"))
    page = panel.page("transit")
    before = set(QgsProject.instance().mapLayers())
    page.run_button.click()
    assert page.cancel_button.isEnabled()
    page.cancel_button.click()
    wait_until(lambda: page.chain.finished)
    assert page.chain.cancelled and not page.chain.ok
    assert new_layers(before) == []
    assert "cancelled" in page.status_label.text().lower()
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()
    assert not page.result_group.isVisibleTo(page)


def test_transit_needs_stops_or_lines(panel, classified_regso, qgis_iface):
    page = panel.page("transit")
    assert page.stops_combo.currentLayer() is None
    page.run_button.click()
    assert page.chain is None
    assert any("stops" in m for m in critical_messages(qgis_iface))


def test_unload_while_transit_runs_cancels(plugin, sample_gpkg, classified_regso):
    added(gpkg_layer(sample_gpkg, "transit_stops"))
    page = plugin.panel.page("transit")
    before = set(QgsProject.instance().mapLayers())
    page.run_button.click()
    run = page.chain.run
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, 0)  # the panel is deleted
    wait_until(lambda: run.finished)
    assert run.cancelled and new_layers(before) == []
