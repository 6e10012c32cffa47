"""The panel's steps Trends and Report, and its Help button, on a private copy of the sample."""
# The fixtures come from test_panel and test_panel_steps (imported below): not redefinitions.
# ruff: noqa: F811

from pathlib import Path

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer, QUrl
from test_panel import fresh_settings, panel, plugin, wait_until  # noqa: F401 - fixtures
from test_panel_steps import (  # noqa: F401 - fixtures and helpers
    QUINTILES,
    added,
    classified_regso,
    critical_messages,
    gpkg_layer,
    sample_dir,
)

from segregation_plugin.gui import panel as panel_module
from segregation_plugin.gui.pages import report as report_module
from segregation_plugin.gui.pages.report import region_choices
from segregation_plugin.gui.pages.trends import (
    TRANSITION_ORDER,
    detect_year_fields,
    split_year,
    transition_matrix,
    year_of,
)
from segregation_plugin.paths import HELP_DIR

MUNICIPALITIES = {"9901": "Åstad", "9902": "Björkvik", "9903": "Granmo"}
INDICATORS = (
    "andel_med_lag_ekonomisk",
    "andel_20_64_ar_med_hogst",
    "andel_20_64_ar_med_langvarigt",
)


class OpenedUrls:
    """Stands in for QDesktopServices: records the URLs instead of opening them."""

    def __init__(self) -> None:
        self.urls: list[QUrl] = []

    def openUrl(self, url: QUrl) -> bool:
        self.urls.append(QUrl(url))
        return True


@pytest.fixture()
def opened(monkeypatch):
    """The URLs the panel asks the system to open (nothing is opened)."""
    urls = OpenedUrls()
    monkeypatch.setattr(panel_module, "QDesktopServices", urls)
    monkeypatch.setattr(report_module, "QDesktopServices", urls)
    return urls.urls


@pytest.fixture()
def regso_two_years(sample_dir, run, tmp_path):
    """The sample RegSO with both years' indicator shares (importstatistics + joinstatistics
    of regso_indikatorer.csv with the crosswalk), classified for 2022 and for 2023."""
    stats = run(
        "segregation:importstatistics",
        {
            "INPUT": str(sample_dir / "regso_indikatorer.csv"),
            "CROSSWALK": str(sample_dir / "koppling_deso_regso.csv"),
            "OUTPUT": str(tmp_path / "statistik.gpkg"),
        },
    )
    joined = run(
        "segregation:joinstatistics",
        {
            "INPUT": f"{sample_dir / 'exempellan.gpkg'}|layername=regso",
            "TABLE": stats["OUTPUT"],
            "OUTPUT": str(tmp_path / "regso_statistik.gpkg"),
        },
    )
    fields = joined["FIELDS"].split(", ")
    layers = {}
    for year in (2022, 2023):
        chosen = [
            next(f for f in fields if f.startswith(s) and f.endswith(str(year))) for s in INDICATORS
        ]
        path = tmp_path / f"omradestyper_{year}.gpkg"
        result = run(
            "segregation:areatypes",
            {
                "INPUT": joined["OUTPUT"],
                "V1_FIELD": chosen[0],
                "V2_FIELD": chosen[1],
                "V3_FIELD": chosen[2],
                "OUTPUT": str(path),
            },
        )
        assert result["COUNT_NULL"] == (2 if year == 2022 else 0)  # two ".." in 2022
        layer = QgsVectorLayer(str(path), f"Area types {year}", "ogr")
        assert layer.isValid()
        layers[year] = layer
    return layers


def area_types_in_one_layer(layers, run, tmp_path):
    """One layer with area_type_2022 and area_type_2023 (fields renamed, joined by code)."""
    renamed = {
        year: run(
            "native:renametablefield",
            {
                "INPUT": layer,
                "FIELD": "area_type",
                "NEW_NAME": f"area_type_{year}",
                "OUTPUT": "memory:",
            },
        )["OUTPUT"]
        for year, layer in layers.items()
    }
    path = tmp_path / "omradestyper_2022_2023.gpkg"
    run(
        "native:joinattributestable",
        {
            "INPUT": renamed[2023],
            "FIELD": "regsokod",
            "INPUT_2": renamed[2022],
            "FIELD_2": "regsokod",
            "FIELDS_TO_COPY": ["area_type_2022"],
            "METHOD": 1,
            "PREFIX": "",
            "OUTPUT": str(path),
        },
    )
    layer = QgsVectorLayer(str(path), "Area types 2022 and 2023", "ogr")
    assert layer.isValid()
    assert {"area_type_2022", "area_type_2023", "befolkning"} <= set(layer.fields().names())
    return layer


@pytest.fixture()
def deso_two_years(sample_dir, run, tmp_path):
    """The sample DeSO with persons per income quintile for 2022 and 2023 (kvintil_k_YYYY)."""
    stats = run(
        "segregation:importstatistics",
        {
            "INPUT": str(sample_dir / "deso_befolkning_inkomstkvintil.csv"),
            "OUTPUT": str(tmp_path / "kvintiler.gpkg"),
        },
    )
    joined = run(
        "segregation:joinstatistics",
        {
            "INPUT": f"{sample_dir / 'exempellan.gpkg'}|layername=deso",
            "TABLE": stats["OUTPUT"],
            "OUTPUT": str(tmp_path / "deso_kvintiler.gpkg"),
        },
    )
    layer = QgsVectorLayer(joined["OUTPUT"], "DeSO with quintiles", "ogr")
    assert layer.isValid()
    return layer


# -- the panel -----------------------------------------------------------------------------------


def test_six_steps_in_order(panel):
    titles = [panel.tabs.tabText(i) for i in range(panel.tabs.count())]
    assert titles == [
        "1 Load data",
        "2 Area types",
        "3 Indices",
        "4 Transit",
        "5 Trends",
        "6 Report",
    ]
    assert [p.STEP_ID for p in panel.pages][-2:] == ["trends", "report"]


def test_help_button_opens_the_local_help_at_the_step(panel, opened):
    html = (HELP_DIR / "index.html").read_text(encoding="utf-8")
    expected = {
        "data": ("loadsample",),
        "areatypes": ("areatypes",),
        "indices": ("indices",),
        "transit": ("transitcatchment",),
        "trends": ("trends", "areatypetransitions", "indexchange"),  # the first that exists
        "report": ("report",),
    }
    assert panel.help_button.isVisibleTo(panel) and panel.help_button.text() == "Help"
    for step, anchors in expected.items():
        panel.show_step(step)
        panel.help_button.click()
        url = opened[-1]
        assert url.isLocalFile()
        assert Path(url.toLocalFile()) == HELP_DIR / "index.html"
        wanted = next(a for a in anchors if f'id="{a}"' in html)
        assert url.fragment() == wanted, step
    assert len(opened) == len(expected)


# -- report --------------------------------------------------------------------------------------


def test_report_writes_one_pdf_per_chosen_municipality(
    panel, sample_gpkg, classified_regso, tmp_path, opened, qgis_iface
):
    kommun = added(gpkg_layer(sample_gpkg, "kommun"))
    page = panel.page("report")
    # suggested: the classified areas, population, q1..q5, the municipal boundaries
    assert page.areas_combo.currentLayer() is classified_regso
    assert page.area_type_combo.currentField() == "area_type"
    assert page.population_combo.currentField() == "befolkning"
    assert page.group_fields() == QUINTILES
    assert page.code_combo.currentField() == "regsokod"
    assert page.background_combo.currentLayer() is kommun
    assert page.flags_combo.currentLayer() is None and page.indices_combo.currentLayer() is None
    assert dict(page.regions()) == MUNICIPALITIES
    assert page.chosen_regions() == ["9901", "9902", "9903"]  # all by default
    assert page.add_layouts_check.isChecked()

    page.set_regions(["9901", "9903"])
    folder = tmp_path / "rapporter"
    page.folder_widget.setFilePath(str(folder))
    params = page.parameters()
    assert params["REGIONS"] == "9901,9903" and params["GROUP_FIELDS"] == QUINTILES
    assert params["BACKGROUND"] == kommun.id() and params["ADD_LAYOUTS"] is True
    manager = QgsProject.instance().layoutManager()
    layouts_before = {layout.name() for layout in manager.layouts()}

    page.run_button.click()
    wait_until(lambda: page.chain.finished)
    assert page.chain.ok, page.chain.details
    pdfs = [Path(p) for p in page.pdfs]
    assert [p.name for p in pdfs] == ["report_9901_astad.pdf", "report_9903_granmo.pdf"]
    assert all(p.parent == folder and p.stat().st_size > 10_000 for p in pdfs)
    texts = [page.pdf_list.item(i).text() for i in range(page.pdf_list.count())]
    assert texts == ["9901 Åstad: report_9901_astad.pdf", "9903 Granmo: report_9903_granmo.pdf"]
    # the layouts are in the project, one per report
    added_layouts = {layout.name() for layout in manager.layouts()} - layouts_before
    assert added_layouts == set(page.layouts) and len(added_layouts) == 2
    assert "layout" in page.summary_label.text()
    # the thumbnail is the first page of the chosen report
    assert page.selected_pdf() == str(pdfs[0])
    assert page.page_png(str(pdfs[0])) == str(pdfs[0].with_suffix(".png"))
    assert page.thumbnail.isVisibleTo(page) and not page.thumbnail.pixmap().isNull()
    page.pdf_list.setCurrentRow(1)
    assert page.thumbnail.toolTip() == str(pdfs[1].with_suffix(".png"))
    page.open_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(pdfs[1]))
    page.folder_button.click()
    assert opened[-1] == QUrl.fromLocalFile(str(folder))
    assert "2" in page.status_label.text()
    assert not critical_messages(qgis_iface)
    assert page.chain.results["report"]["LAYOUTS"].count(";") == 1


def test_report_without_layouts_and_folder_remembered(
    plugin, sample_gpkg, classified_regso, tmp_path
):
    page = plugin.panel.page("report")
    page.set_regions(["9902"])
    page.add_layouts_check.setChecked(False)
    folder = tmp_path / "utan_layouter"
    page.folder_widget.setFilePath(str(folder))
    manager = QgsProject.instance().layoutManager()
    before = len(manager.layouts())
    page.run_button.click()
    wait_until(lambda: page.chain.finished)
    assert page.chain.ok, page.chain.details
    assert [Path(p).name for p in page.pdfs] == ["report_9902_bjorkvik.pdf"]
    assert page.layouts == [] and len(manager.layouts()) == before
    # a new panel remembers the folder and the choice
    plugin.unload()
    plugin.initGui()
    page = plugin.panel.page("report")
    assert page.folder() == str(folder)
    assert not page.add_layouts_check.isChecked()


def test_report_can_be_cancelled_between_reports(panel, classified_regso, tmp_path):
    """The report runs in the main thread; the page lets Qt deliver a click on Cancel
    while it reports progress, and the algorithm stops before the next municipality."""
    page = panel.page("report")
    folder = tmp_path / "avbrutna"
    page.folder_widget.setFilePath(str(folder))
    page.add_layouts_check.setChecked(False)
    clicked = []

    def click_cancel_soon(value):
        if 0 < value < 100 and not clicked:
            clicked.append(value)
            QTimer.singleShot(0, page.cancel_button.click)  # delivered by the event loop

    page.progress_bar.valueChanged.connect(click_cancel_soon)
    page.run_button.click()
    wait_until(lambda: page.chain.finished)
    assert clicked and page.chain.cancelled and not page.chain.ok
    assert 1 <= len(list(folder.glob("*.pdf"))) < 3
    assert "Cancelled" in page.status_label.text()
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()
    assert not page.result_group.isVisibleTo(page)


def test_report_incomplete_choice_is_a_message(panel, classified_regso, qgis_iface):
    page = panel.page("report")
    page.set_regions([])
    page.run_button.click()
    assert page.chain is None
    assert any("municipality" in m for m in critical_messages(qgis_iface))


def test_region_choices_from_codes():
    codes = ["9901R001", "9901R002", "9903A0010", None, "", "x1", "0180C1010"]
    names = ["Åstad", "", "Granmo", "Nowhere", "", "Bad", "Stockholm"]
    assert region_choices(codes, names) == [
        ("0180", "Stockholm"),
        ("9901", "Åstad"),
        ("9903", "Granmo"),
    ]
    assert region_choices(codes, [None] * 7, "county") == [("01", ""), ("99", "")]


# -- trends: transitions -------------------------------------------------------------------------


def _direct_matrix(result, value="areas"):
    rows = list(result["OUTPUT"].getFeatures())
    matrix = [[0.0] * 6 for _ in range(6)]
    for f in rows:
        i, j = TRANSITION_ORDER.index(f["from_type"]), TRANSITION_ORDER.index(f["to_type"])
        matrix[i][j] = float(f[value])
    return matrix


def test_transitions_matrix_equals_the_algorithm(panel, regso_two_years, run, tmp_path, qgis_iface):
    layers = {year: added(layer) for year, layer in regso_two_years.items()}
    page = panel.page("trends")
    # two layers with area types, older first by the year in their names; matched by code
    assert page.mode() == 1
    assert page.a_layer_combo.currentLayer() is layers[2022]
    assert page.b_layer_combo.currentLayer() is layers[2023]
    assert page.a_field_combo.currentField() == "area_type"
    assert page.b_field_combo.currentField() == "area_type"
    assert page.code_combo.currentField() == "regsokod"
    assert page.transition_population_combo.currentField() == "befolkning"
    assert page.year_labels() == ("2022", "2023")

    page.transition_controls.run_button.click()
    wait_until(lambda: page.transition_controls.chain.finished)
    chain = page.transition_controls.chain
    assert chain.ok, chain.details

    direct = run(
        "segregation:areatypetransitions",
        {
            "INPUT": layers[2022],
            "TYPE_FIELD_A": "area_type",
            "INPUT_B": layers[2023],
            "TYPE_FIELD_B": "area_type",
            "CODE_FIELD": "regsokod",
            "POPULATION_FIELD": "befolkning",
            "OUTPUT": "memory:",
        },
    )
    expected = _direct_matrix(direct)
    assert page.matrix() == expected
    assert sum(map(sum, expected)) == 38
    assert sum(expected[TRANSITION_ORDER.index(0)]) == 2  # the two unclassified of 2022
    assert page.matrix_chart.labels() == ["1", "2", "3", "4", "5", "–"]
    assert not page.matrix_chart.grab().isNull()
    summary = page.transition_summary.text()
    for key, text in (("SAME", "same type"), ("BETTER", "better type"), ("WORSE", "worse type")):
        assert f"{text}" in summary and f": {direct[key]}" in summary
    assert f"{direct['SAME']} areas kept their type" in page.transition_controls.status_label.text()
    # the same matrix in inhabitants
    page.count_combo.setCurrentIndex(page.count_combo.findData("population"))
    population = _direct_matrix(direct, "population")
    for got, want in zip(page.matrix(), population):
        assert got == pytest.approx(want)
    assert not critical_messages(qgis_iface)

    # one layer with the area types of both years: two fields, the same matrix
    both = added(area_types_in_one_layer(layers, run, tmp_path))
    page.a_layer_combo.setLayer(both)
    page.set_mode(0)
    assert page.a_field_combo.currentField() == "area_type_2022"
    assert page.b_field_combo.currentField() == "area_type_2023"
    assert page.year_labels() == ("2022", "2023")
    assert "INPUT_B" not in page.transition_parameters()
    page.transition_controls.run_button.click()
    wait_until(lambda: page.transition_controls.chain.finished)
    assert page.transition_controls.chain.ok, page.transition_controls.chain.details
    page.count_combo.setCurrentIndex(0)
    assert page.matrix() == expected


def test_transitions_need_two_different_fields(panel, classified_regso, qgis_iface):
    page = panel.page("trends")
    page.set_mode(0)
    page.a_layer_combo.setLayer(classified_regso)
    page.a_field_combo.setField("area_type")
    page.b_field_combo.setField("area_type")
    page.transition_controls.run_button.click()
    assert page.transition_controls.chain is None
    assert any("two different" in m for m in critical_messages(qgis_iface))


# -- trends: time series -------------------------------------------------------------------------


def test_detect_year_fields():
    found = detect_year_fields(
        [
            "fid",
            "q1_2022",
            "q2_2022",
            "Q3_2022",
            "q1_2023",
            "q2_2023",
            "q3_2023",
            "q1",  # no year: not part of a series
            "area_type_2022",
            "2023_area_type",
            "area_type",
            "befolkning_2023",
            "totalt_2022",
            "bef_20_64",  # an age band, not a year
            "andel_med_lag_ekonomisk_standard_procent_2023",
        ]
    )
    assert found.groups == {
        2022: ["q1_2022", "q2_2022", "Q3_2022"],
        2023: ["q1_2023", "q2_2023", "q3_2023"],
    }
    assert found.group_years() == [2022, 2023]
    assert found.area_types == {2022: "area_type_2022", 2023: "2023_area_type"}
    assert found.populations == {2022: "totalt_2022", 2023: "befolkning_2023"}
    # SCB's quintile names as the join writes them; groups in number order
    joined = ["kvintil_2_2022", "kvintil_1_2022", "kvintil_1_2023", "kvintil_2_2023"]
    assert detect_year_fields(joined).groups == {
        2022: ["kvintil_1_2022", "kvintil_2_2022"],
        2023: ["kvintil_1_2023", "kvintil_2_2023"],
    }
    # one group is no series; nothing with years at all
    assert detect_year_fields(["q1_2022", "q1_2023"]).groups == {}
    assert detect_year_fields(["q1", "q2", "area_type"]) == detect_year_fields([])
    assert detect_year_fields(["Områdestyp 2021", "y2024_q1", "y2024_q2"]).area_types == {
        2021: "Områdestyp 2021"
    }
    assert detect_year_fields(["y2024_q1", "y2024_q2"]).groups == {2024: ["y2024_q1", "y2024_q2"]}


def test_year_helpers():
    assert split_year("Q1_2022") == ("q1", 2022)
    assert split_year("2023_area_type") == ("area_type", 2023)
    assert split_year("bef_20_64") is None and split_year("q1") is None
    assert year_of("area_type", "Områdestyper RegSO 2022") == 2022
    assert year_of("area_type_2023", "Layer 2019") == 2023
    assert year_of("area_type", "Area types (regso)") is None
    rows = [
        {"from_type": 1, "to_type": 1, "areas": 3, "population": 100.0},
        {"from_type": 0, "to_type": 4, "areas": 2, "population": 50.0},
        {"from_type": 4, "to_type": 3, "areas": 1, "population": None},
    ]
    matrix = transition_matrix(rows)
    assert matrix[0][0] == 3 and matrix[5][3] == 2 and matrix[3][2] == 1
    assert sum(map(sum, matrix)) == 6
    assert transition_matrix(rows, "population")[5][3] == 50.0


def test_time_series_equal_direct_runs(
    panel, deso_two_years, regso_two_years, run, tmp_path, qgis_iface
):
    both = area_types_in_one_layer(regso_two_years, run, tmp_path)
    deso = added(deso_two_years)
    added(both)
    page = panel.page("trends")
    # the layer with quintiles per year and the one with area types per year are picked
    assert page.series_layer_combo.currentLayer() is deso
    assert page.types_layer_combo.currentLayer() is both
    assert page.checked_years() == [2022, 2023]
    assert "2022 (area_type_2022)" in page.types_found_label.text()
    assert page.series_population_combo.currentField() == "befolkning"
    assert page.series_region_combo.currentData() == 1

    page.series_controls.run_button.click()
    wait_until(lambda: page.series_controls.chain.finished)
    chain = page.series_controls.chain
    assert chain.ok, chain.details
    assert list(chain.results) == ["indices_2022", "indices_2023", "flags_2022", "flags_2023"]

    index, share = {}, {}
    for year in (2022, 2023):
        groups = [f"kvintil_{k}_{year}" for k in range(1, 6)]
        result = run(
            "segregation:indices",
            {"INPUT": deso, "GROUP_FIELDS": groups, "REGION_LEVEL": 1, "OUTPUT": "memory:"},
        )
        for f in result["OUTPUT"].getFeatures():
            index.setdefault(f["region_name"], []).append(f["ojamlikhetsindex"])
        result = run(
            "segregation:regionflags",
            {
                "INPUT": both,
                "AREA_TYPE_FIELD": f"area_type_{year}",
                "POPULATION_FIELD": "befolkning",
                "REGION_LEVEL": 1,
                "OUTPUT": "memory:",
            },
        )
        for f in result["OUTPUT"].getFeatures():
            share.setdefault(f["region_name"], []).append(100 * f["share_type_12"])

    assert page.index_chart.x_labels() == ["2022", "2023"]
    plotted = {s.label: list(s.values) for s in page.index_chart.series()}
    assert set(plotted) == set(MUNICIPALITIES.values())
    for name, values in index.items():
        assert plotted[name] == pytest.approx(values)
    assert index["Åstad"][0] != index["Åstad"][1]  # two different years
    plotted = {s.label: list(s.values) for s in page.share_chart.series()}
    for name, values in share.items():
        assert plotted[name] == pytest.approx(values)
    colours = [s.colour for s in page.index_chart.series()]
    assert len(set(colours)) == 3
    assert [s.colour for s in page.share_chart.series()] == colours  # one colour per municipality
    assert not page.index_chart.grab().isNull() and not page.share_chart.grab().isNull()
    assert page.series_table.rowCount() == 6
    assert "3 regions" in page.series_controls.status_label.text()

    path = tmp_path / "tidsserie.csv"
    assert page.export_csv(str(path)) == 6
    assert not critical_messages(qgis_iface)


def test_time_series_without_area_types_plots_the_index_only(panel, deso_two_years):
    added(deso_two_years)
    page = panel.page("trends")
    assert page.types_layer_combo.currentLayer() is None
    page.set_checked_years([2023])
    page.series_controls.run_button.click()
    wait_until(lambda: page.series_controls.chain.finished)
    assert page.series_controls.chain.ok, page.series_controls.chain.details
    assert list(page.series_controls.chain.results) == ["indices_2023"]
    assert page.index_chart.x_labels() == ["2023"]
    assert not page.share_chart.isVisibleTo(page)
    assert "area types per year" in page.share_note.text()
