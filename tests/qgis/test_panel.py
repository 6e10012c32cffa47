"""The Segregation panel: opened through the plugin, run in the background, styled, summarised."""

import shutil
import time
from pathlib import Path

import pytest
from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCategorizedSymbolRenderer,
    QgsFeature,
    QgsProject,
    QgsSettings,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import QCoreApplication, QSettings, Qt

import segregation_plugin
from segregation_plugin.adapter.styling import AREA_TYPE_COLOURS
from segregation_plugin.gui.suggest import (
    fold,
    suggest_indicator_fields,
    suggest_population_field,
)
from segregation_plugin.gui.summary import type_summary
from segregation_plugin.plugin import PANEL_SHOWN_SETTING

V_FIELDS = {
    "V1": "andel_lag_ek_standard",
    "V2": "andel_forgymnasial",
    "V3": "andel_bistand_arbetsloshet",
}
#: How long the sample GeoPackage may take to appear (another step generates it).
SAMPLE_TIMEOUT = 600


def wait_until(condition, timeout=120.0):
    """Process Qt events until ``condition()`` is true."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s")
        QCoreApplication.processEvents()
        time.sleep(0.005)


@pytest.fixture()
def sample_regso(sample_gpkg, tmp_path):
    """The sample RegSO layer, from a private copy of the GeoPackage."""
    copy = tmp_path / "exempellan.gpkg"
    shutil.copyfile(sample_gpkg, copy)
    layer = QgsVectorLayer(f"{copy}|layername=regso", "regso", "ogr")
    assert layer.isValid()
    assert {*V_FIELDS.values(), "befolkning"} <= set(layer.fields().names())
    return layer


@pytest.fixture()
def fresh_settings(tmp_path):
    """QGIS settings in a folder of this test (other test runs share .qgis-settings)."""
    original = Path(QgsSettings().fileName()).parent.parent
    assert QSettings.defaultFormat() == QSettings.IniFormat
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(tmp_path / "settings"))
    assert str(tmp_path) in QgsSettings().fileName()
    yield QgsSettings()
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(original))


@pytest.fixture()
def plugin(qgis_iface, fresh_settings):
    """The plugin as QGIS loads it (classFactory, initGui), unloaded afterwards."""
    from segregation_plugin.headless import register_provider

    register_provider()  # idempotent: another test may have removed the provider
    fresh_settings.setValue(PANEL_SHOWN_SETTING, True)  # start with the panel closed
    qgis_iface.messageBar().clear_messages()
    qgis_iface.messageBar().clearWidgets()
    plugin = segregation_plugin.classFactory(qgis_iface)
    plugin.initGui()
    yield plugin
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0)
    plugin.unload()
    QgsProject.instance().removeAllMapLayers()
    QCoreApplication.processEvents()


@pytest.fixture()
def panel(plugin, qgis_iface):
    """The panel, opened with the plugin's panel action."""
    plugin.panel_action.trigger()
    return qgis_iface.mainWindow().findChild(QgsDockWidget, "SegregationPanel")


def _new_layers(before):
    return [layer for lid, layer in QgsProject.instance().mapLayers().items() if lid not in before]


def _table_by_type(table):
    """{area type: (areas, population, share)} from the panel's summary table."""
    rows = {}
    for row in range(table.rowCount()):
        area_type = table.item(row, 0).data(Qt.UserRole)
        rows[area_type] = tuple(table.item(row, c).data(Qt.UserRole) for c in (1, 2, 3))
    return rows


# -- the panel and the plugin -------------------------------------------------------------------


def test_panel_action_opens_dock_with_steps(plugin, panel, qgis_iface):
    action = plugin.panel_action
    assert panel is plugin.panel and panel.windowTitle() == "Segregation"
    assert action.isCheckable() and action.isChecked() and not panel.isHidden()
    # first in the menu and on the toolbar; the other actions are still there
    assert plugin.menu.actions()[0] is action and plugin.toolbar.actions()[0] is action
    assert any("area types" in a.text() for a in plugin.menu.actions()[1:])
    tabs = panel.tabs
    titles = [tabs.tabText(i) for i in range(tabs.count())]
    assert titles == [
        "1 Load data",
        "2 Area types",
        "3 Indices",
        "4 Transit",
        "5 Trends",
        "6 Report",
    ]
    assert [p.STEP_ID for p in panel.pages] == [
        "data",
        "areatypes",
        "indices",
        "transit",
        "trends",
        "report",
    ]
    panel.show_step("areatypes")
    assert tabs.currentIndex() == 1
    assert QgsSettings().value("segregation/panel/step") == "areatypes"


def test_unload_removes_the_panel(qgis_iface, fresh_settings):
    from segregation_plugin.headless import register_provider

    register_provider()
    plugin = segregation_plugin.classFactory(qgis_iface)
    plugin.initGui()
    assert qgis_iface.mainWindow().findChild(QgsDockWidget, "SegregationPanel") is not None
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, 0)  # deleteLater
    assert plugin.panel is None
    assert qgis_iface.mainWindow().findChild(QgsDockWidget, "SegregationPanel") is None


# -- area types ----------------------------------------------------------------------------------


def test_area_types_run_loads_styled_layer_and_summary(panel, sample_regso, run, qgis_iface):
    page = panel.page("areatypes")
    project = QgsProject.instance()
    project.addMapLayer(sample_regso)
    # the only complete layer is picked by itself; its fields are suggested
    assert page.layer_combo.currentLayer() is sample_regso
    assert page.indicator_fields() == V_FIELDS
    assert page.population_combo.currentField() == "befolkning"
    assert not page.weighted_check.isChecked()

    before = set(project.mapLayers())
    page.run_button.click()
    assert not page.run_button.isEnabled() and page.cancel_button.isEnabled()
    wait_until(lambda: page.run.finished)
    assert page.run.ok, page.run.details
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()

    new = _new_layers(before)
    assert len(new) == 1
    out = new[0]
    assert out is page.output_layer and out.fields().indexOf("area_type") >= 0
    assert out.name() == "Area types (regso)"
    renderer = out.renderer()
    assert isinstance(renderer, QgsCategorizedSymbolRenderer)
    assert renderer.classAttribute() == "area_type"
    typed = {
        int(c.value()): c
        for c in renderer.categories()
        if c.value() not in (None, "") and c.value()
    }
    assert sorted(typed) == [1, 2, 3, 4, 5]
    for t, category in typed.items():
        assert category.symbol().color().name() == AREA_TYPE_COLOURS[t]
        assert category.label().startswith(f"{t} ")

    # the summary equals a direct run with the same parameters
    direct = run(
        "segregation:areatypes",
        {
            "INPUT": sample_regso,
            "V1_FIELD": V_FIELDS["V1"],
            "V2_FIELD": V_FIELDS["V2"],
            "V3_FIELD": V_FIELDS["V3"],
            "OUTPUT": "memory:",
        },
    )
    table = page.table
    assert table.rowCount() == 5
    rows = _table_by_type(table)
    assert sorted(rows) == [1, 2, 3, 4, 5]
    classified = [f["area_type"] for f in out.getFeatures() if f["area_type"]]
    assert sum(r[0] for r in rows.values()) == len(classified) > 0
    assert {t: rows[t][0] for t in rows} == {t: direct[f"COUNT_{t}"] for t in range(1, 6)}
    population = {t: 0 for t in range(1, 6)}
    for f in out.getFeatures():
        if f["area_type"]:
            population[f["area_type"]] += f["befolkning"]
    assert {t: rows[t][1] for t in rows} == pytest.approx(population)
    assert sum(r[2] for r in rows.values()) == pytest.approx(1.0)
    table.sortItems(1, Qt.DescendingOrder)  # sortable by number of areas
    areas = [table.item(r, 1).data(Qt.UserRole) for r in range(5)]
    assert areas == sorted(areas, reverse=True)

    assert f"n = {direct['N_REFERENCE']}" in page.stats_label.text()
    assert direct["WARNING"] and direct["WARNING"] in page.warning_label.text()
    assert "ddof=1" in page.method_label.text()
    bars = page.chart.bars()
    assert [b.colour for b in bars] == [AREA_TYPE_COLOURS[t] for t in range(1, 6)]
    assert [b.value for b in bars] == pytest.approx([rows[t][2] for t in range(1, 6)])
    assert not page.chart.grab().isNull()  # paints without error
    assert "Done" in page.status_label.text()
    assert not qgis_iface.messageBar().get_messages(Qgis.Critical)

    settings = QgsSettings()
    assert settings.value("segregation/areatypes/layer") == "regso"
    assert settings.value("segregation/areatypes/v1") == V_FIELDS["V1"]
    assert settings.value("segregation/areatypes/reference", type=int) == 0


def test_given_reference_and_remembered_choices(plugin, qgis_iface, sample_regso):
    project = QgsProject.instance()
    project.addMapLayer(sample_regso)
    page = plugin.panel.page("areatypes")
    page.reference_group.button(1).click()
    assert page.mean_spin.isEnabled() and not page.ref_layer_combo.isEnabled()
    page.mean_spin.setValue(10.0)
    page.std_spin.setValue(5.0)
    page.field_combos["V3"].setField("bistand_arbetsloshet")  # the count, chosen by hand
    page._save_settings()
    # a new panel remembers the layer, the hand-picked field and the reference
    plugin.unload()
    plugin.initGui()
    page = plugin.panel.page("areatypes")
    assert page.layer_combo.currentLayer() is sample_regso
    assert page.field_combos["V3"].currentField() == "bistand_arbetsloshet"
    assert page.reference_group.checkedId() == 1
    assert page.std_spin.value() == pytest.approx(5.0)
    params = page.parameters()
    assert params["REFERENCE"] == 1 and params["REF_MEAN"] == pytest.approx(10.0)
    assert "WEIGHT_FIELD" not in params
    page.weighted_check.setChecked(True)
    assert page.parameters()["WEIGHT_FIELD"] == "befolkning"


@pytest.fixture()
def big_layer(memory_layer):
    """200 000 areas without geometry: a run takes long enough to cancel."""
    layer = memory_layer(
        "None", [("v1", "double"), ("v2", "double"), ("v3", "double"), ("bef", "integer")], []
    )
    features = []
    for i in range(200_000):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([5.0 + i % 20, 10.0 + i % 7, 3.0 + i % 11, 1000])
        features.append(feature)
    assert layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def _choose(page, layer, fields):
    page.layer_combo.setLayer(layer)
    for role, name in zip(("V1", "V2", "V3"), fields):
        page.field_combos[role].setField(name)


@pytest.mark.parametrize("when", ["right away", "while running", "from the task bar"])
def test_cancel_adds_no_layer(panel, big_layer, when):
    page = panel.page("areatypes")
    _choose(page, big_layer, ("v1", "v2", "v3"))
    before = set(QgsProject.instance().mapLayers())

    page.run_button.click()
    assert page.cancel_button.isEnabled()
    if when != "right away":
        task = page.run.task
        wait_until(lambda: page.run.finished or task.status() == QgsTask.Running, 30)
        assert not page.run.finished
    if when == "from the task bar":
        page.run.task.cancel()  # QGIS' task manager cancels the task itself
    else:
        page.cancel_button.click()
    wait_until(lambda: page.run.finished)
    assert page.run.cancelled and not page.run.ok
    assert _new_layers(before) == []
    assert "cancelled" in page.status_label.text().lower()
    assert page.run_button.isEnabled() and not page.cancel_button.isEnabled()
    assert not page.result_group.isVisible()


def test_unload_while_running_cancels(plugin, big_layer):
    page = plugin.panel.page("areatypes")
    _choose(page, big_layer, ("v1", "v2", "v3"))
    before = set(QgsProject.instance().mapLayers())
    page.run_button.click()
    run = page.run
    plugin.unload()
    QCoreApplication.sendPostedEvents(None, 0)  # the panel is deleted
    wait_until(lambda: run.finished)
    assert run.cancelled and _new_layers(before) == []


def test_algorithm_error_goes_to_message_bar(panel, memory_layer, qgis_iface):
    layer = memory_layer(
        "None",
        [("a", "double"), ("b", "double"), ("c", "double")],
        [((0.1, 0.2, 0.3), None), ((0.2, 0.1, 0.4), None), ((0.3, 0.3, 0.1), None)],
    )
    project = QgsProject.instance()
    project.addMapLayer(layer)
    page = panel.page("areatypes")
    _choose(page, layer, ("a", "b", "c"))
    logged = []

    def on_log(message, tag, level):
        logged.append((tag, message))

    QgsApplication.messageLog().messageReceived.connect(on_log)
    try:
        before = set(project.mapLayers())
        page.run_button.click()  # must not raise
        wait_until(lambda: page.run.finished)
    finally:
        QgsApplication.messageLog().messageReceived.disconnect(on_log)
    assert not page.run.ok and not page.run.cancelled
    assert _new_layers(before) == []
    # the message bar holds one critical item with the short text and a Details button
    items = [i for i in qgis_iface.messageBar().items() if i.level() == Qgis.Critical]
    assert len(items) == 1
    assert "looks like fractions" in items[0].text()
    assert items[0].findChild(type(page.run_button), "detailsButton") is not None
    assert "Failed" in page.status_label.text()
    assert any(tag == "Segregation" and "looks like fractions" in m for tag, m in logged)
    # ticking the option the message names fixes it
    page.fractions_check.setChecked(True)
    page.run_button.click()
    wait_until(lambda: page.run.finished)
    assert page.run.ok, page.run.details


def test_incomplete_choice_is_a_message_not_an_exception(panel, memory_layer, qgis_iface):
    layer = memory_layer("None", [("x", "double")], [((1.0,), None)])
    QgsProject.instance().addMapLayer(layer)
    page = panel.page("areatypes")
    page.layer_combo.setLayer(layer)
    assert page.indicator_fields() == {"V1": "", "V2": "", "V3": ""}
    page.run_button.click()
    assert page.run is None
    messages = qgis_iface.messageBar().get_messages(Qgis.Critical)
    assert any("V1, V2 and V3" in m for m in messages)


def test_unexpected_error_in_a_slot_is_a_message(panel, sample_regso, qgis_iface):
    QgsProject.instance().addMapLayer(sample_regso)
    page = panel.page("areatypes")

    def broken(*args):
        raise RuntimeError("broken summary")

    page.show_results = broken
    page.run_button.click()
    wait_until(lambda: page.run.finished)
    items = [i for i in qgis_iface.messageBar().items() if i.level() == Qgis.Critical]
    assert [i.text() for i in items] == ["Unexpected error: broken summary"]
    assert page.run_button.isEnabled()


# -- data ------------------------------------------------------------------------------------------


def test_load_sample_adds_layers_and_selects_regso(panel, sample_regso, tmp_path, monkeypatch):
    from segregation_plugin.gui.pages import data

    monkeypatch.setattr(data, "sample_folder", lambda project=None: tmp_path / "sample")
    page = panel.page("data")
    project = QgsProject.instance()
    page.sample_button.click()
    wait_until(lambda: page.run.finished)
    assert page.run.ok, page.run.details
    names = [layer.name() for layer in project.mapLayers().values()]
    assert len(names) == 6 and "RegSO (sample)" in names
    assert "Added 6 sample layers" in page.sample_status_label.text()
    assert page.import_status_label.text() == ""
    order = [node.name() for node in project.layerTreeRoot().children()]
    assert order[0] == "Transit stops (sample)" and order[-1] == "DeSO (sample)"
    areatypes = panel.page("areatypes")
    assert areatypes.layer_combo.currentLayer().name() == "RegSO (sample)"
    assert areatypes.indicator_fields() == V_FIELDS
    page.next_button.click()
    assert panel.tabs.currentIndex() == 1


def test_sample_folder_is_in_the_profile_and_never_in_use(tmp_path, monkeypatch, sample_regso):
    from segregation_plugin.gui.pages import data

    class Profile:
        @staticmethod
        def qgisSettingsDirPath():
            return str(tmp_path / "profile") + "/"

    monkeypatch.setattr(data, "QgsApplication", Profile)
    first = data.sample_folder()
    assert first == tmp_path / "profile" / "segregation" / "sample"
    first.mkdir()
    shutil.copyfile(sample_regso.source().split("|")[0], first / "exempellan.gpkg")
    layer = QgsVectorLayer(f"{first / 'exempellan.gpkg'}|layername=regso", "in use", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        assert data.sample_folder() == first.parent / "sample_2"
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


# -- pure helpers ------------------------------------------------------------------------------


def test_suggests_scb_indicator_fields():
    regso = [
        "fid",
        "befolkning",
        "lag_ek_standard",
        "bef_20_64",
        "forgymnasial",
        "bistand_arbetsloshet",
        "andel_lag_ek_standard",
        "andel_forgymnasial",
        "andel_bistand_arbetsloshet",
    ]
    counts = ["fid", "befolkning", "lag_ek_standard", "bef_20_64", "forgymnasial"]
    counts.append("bistand_arbetsloshet")
    assert suggest_indicator_fields(regso, counts) == V_FIELDS
    assert suggest_population_field(regso) == "befolkning"
    # counts only (the DeSO table): nothing is suggested rather than a wrong field
    deso = regso[:6]
    assert suggest_indicator_fields(deso, counts) == {"V1": None, "V2": None, "V3": None}
    assert suggest_indicator_fields(["V1", "v2", "x_V3"]) == {"V1": "V1", "V2": "v2", "V3": "x_V3"}
    assert suggest_indicator_fields(
        [
            "Hög utbildning",
            "Låg ekonomisk standard (%)",
            "Förgymnasial utbildning, andel",
            "Ekonomiskt bistånd och/eller arbetslöshet",
        ]
    ) == {
        "V1": "Låg ekonomisk standard (%)",
        "V2": "Förgymnasial utbildning, andel",
        "V3": "Ekonomiskt bistånd och/eller arbetslöshet",
    }
    # one field is never suggested for two indicators
    assert suggest_indicator_fields(["v1"]) == {"V1": "v1", "V2": None, "V3": None}
    assert suggest_population_field(["bef_20_64", "Folkmängd", "andel_bef"]) == "Folkmängd"
    assert suggest_population_field(["area", "kod"]) is None
    assert fold("Låg ekonomisk standard (%)") == "lag_ekonomisk_standard_%"


def test_no_threading_algorithm_runs_in_the_main_thread(plugin, memory_layer):
    from segregation_plugin.gui.tasks import AlgorithmRun

    layer = memory_layer("None", [("x", "double")], [((float(i),), None) for i in range(5)])
    QgsProject.instance().addMapLayer(layer)
    done = []
    run = AlgorithmRun("qgis:randomselection", {"INPUT": layer.id(), "METHOD": 0, "NUMBER": 2})
    run.done.connect(done.append)
    assert run.start() and run.finished and run.ok  # synchronously, no task
    assert done == [run] and run.task is None
    assert layer.selectedFeatureCount() == 2


def test_short_error_of_a_traceback():
    from segregation_plugin.gui.tasks import short_error

    traceback = 'Traceback (most recent call last):\n  File "x.py", line 1\nNameError: name'
    assert short_error(traceback) == "NameError: name"
    assert short_error("Field a is odd.\nMore.") == "Field a is odd.\nMore."


def test_type_summary_shares():
    rows, unclassified = type_summary(
        {1: 1, 3: 2}, [1, 3, 3, None], [100.0, 50.0, float("nan"), 30.0]
    )
    assert [r.areas for r in rows] == [1, 0, 2, 0, 0]
    assert [r.population for r in rows] == [100.0, 0.0, 50.0, 0.0, 0.0]
    assert rows[0].share == pytest.approx(2 / 3) and rows[2].share == pytest.approx(1 / 3)
    assert unclassified == 30.0
    assert rows[0].label.startswith("1 ") and rows[4].colour == AREA_TYPE_COLOURS[5]
    rows, _ = type_summary({2: 4})
    assert rows[1].areas == 4 and rows[1].population is None and rows[1].share is None
