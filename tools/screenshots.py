"""``make screenshots``: the panel's steps on the sample county, headless, as PNG files.

Starts QGIS offscreen in Swedish, opens the Segregation panel in a stand-in main window
(a tiny iface with only what the panel uses), loads a copy of the sample into
``<out>/work/``, drives every step as a planner would (sets the widgets, clicks Run,
waits for the background tasks by processing events) and grabs each step::

    01_data.png  02_areatypes.png  03_indices.png  04_transit.png  05_trends.png
    06_report.png  map_areatypes.png  report_page1.png

    python tools/screenshots.py out/screens
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: Width of the dock in the screenshots (pixels) and its least height.
DOCK_WIDTH = 420
DOCK_HEIGHT = 900
TIMEOUT = 600.0


class Iface:
    """The part of QgisInterface the plugin's panel uses."""

    def __init__(self) -> None:
        from qgis.gui import QgsMapCanvas, QgsMessageBar
        from qgis.PyQt.QtWidgets import QMainWindow, QVBoxLayout, QWidget

        self.window = QMainWindow()
        central = QWidget(self.window)
        layout = QVBoxLayout(central)
        self.bar = QgsMessageBar(central)
        self.canvas = QgsMapCanvas(central)
        layout.addWidget(self.bar)
        layout.addWidget(self.canvas)
        self.window.setCentralWidget(central)
        self.window.resize(1400, DOCK_HEIGHT)

    def mainWindow(self):
        return self.window

    def messageBar(self):
        return self.bar

    def mapCanvas(self):
        return self.canvas

    def addDockWidget(self, area, dock) -> None:
        self.window.addDockWidget(area, dock)

    def removeDockWidget(self, dock) -> None:
        self.window.removeDockWidget(dock)

    def addToolBar(self, name):
        return self.window.addToolBar(name)


def wait_until(condition, timeout: float = TIMEOUT) -> None:
    """Process Qt events until ``condition()`` is true."""
    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise SystemExit("timed out waiting for a step")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def must(ok: bool, what: str, details: str = "") -> None:
    if not ok:
        raise SystemExit(f"{what} failed: {details}")


def run_chain(page, button) -> None:
    button.click()
    wait_until(lambda: page.chain is not None and page.chain.finished)
    must(page.chain.ok, page.STEP_ID, page.chain.details)


def grab_step(panel, step_id: str, path: Path) -> None:
    """The dock with the step's tab open, tall enough to show the whole page."""
    panel.show_step(step_id)
    page = panel.page(step_id)
    settle(0.2)
    page.adjustSize()
    tab_bar = panel.tabs.tabBar().sizeHint().height()
    title = panel.style().pixelMetric(panel.style().PM_TitleBarHeight) + 8
    # wider than the dock only when a page cannot be narrower (no clipped text)
    width = max(DOCK_WIDTH, page.minimumSizeHint().width() + 12)
    content = page.heightForWidth(width - 12) if page.hasHeightForWidth() else -1
    content = content if content > 0 else page.sizeHint().height()
    height = max(DOCK_HEIGHT, content + tab_bar + title + 16)
    panel.resize(width, height)
    settle(0.2)
    scroll = panel.tabs.currentWidget().verticalScrollBar()
    while scroll.maximum() > 0:  # the estimate was short: grow until nothing scrolls
        height += scroll.maximum() + 4
        panel.resize(width, height)
        settle(0.1)
    low, high = DOCK_HEIGHT, height  # then the least height at which nothing scrolls
    while high - low > 4:
        middle = (low + high) // 2
        panel.resize(width, middle)
        settle(0.05)
        low, high = (low, middle) if scroll.maximum() == 0 else (middle, high)
    panel.resize(width, high + 8)
    settle(0.3)
    image = panel.grab()
    must(not image.isNull() and image.save(str(path)), f"saving {path}")
    print(f"  {path} ({image.width()}×{image.height()})")


def vector(path, name: str):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{path}|layername={name}" if name else str(path), name, "ogr")
    must(layer.isValid(), f"opening {path} {name}")
    return layer


def sample_layer(name: str):
    """The sample layer ``name`` (deso, regso, kommun...) the panel loaded into the project,
    found by its source (its shown name depends on QGIS' "prefer file names" setting)."""
    from qgis.core import QgsProject

    found = [
        layer
        for layer in QgsProject.instance().mapLayers().values()
        if layer.source().endswith(f"layername={name}")
    ]
    must(len(found) == 1, f"finding the sample layer {name}")
    return found[0]


def area_types_per_year(layer_2022, layer_2023, path: Path):
    """One RegSO layer with area_type_2022 and area_type_2023, as a planner makes it with
    QGIS' own tools (rename the fields, join by the RegSO code)."""
    import processing
    from qgis.core import QgsProject, QgsVectorLayer

    renamed = {}
    for year, layer in ((2022, layer_2022), (2023, layer_2023)):
        renamed[year] = processing.run(
            "native:renametablefield",
            {
                "INPUT": layer,
                "FIELD": "area_type",
                "NEW_NAME": f"area_type_{year}",
                "OUTPUT": "memory:",
            },
        )["OUTPUT"]
    processing.run(
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
    joined = QgsVectorLayer(str(path), "Områdestyper RegSO 2022 och 2023", "ogr")
    must(joined.isValid(), "joining the area types of two years")
    QgsProject.instance().addMapLayer(joined)
    return joined


def main(out: Path) -> int:
    from qgis.PyQt.QtCore import QSettings

    out.mkdir(parents=True, exist_ok=True)
    work = out / "work"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    from segregation_plugin.headless import register_provider, start_qgis

    start_qgis()
    # settings of this run only (after QGIS set its own path): no remembered choices of
    # earlier runs, and the user's QGIS settings stay untouched
    QSettings.setPath(QSettings.IniFormat, QSettings.UserScope, str(work / "settings"))
    from qgis.core import QgsSettings

    must(str(work) in QgsSettings().fileName(), "using the settings of this run")
    from qgis.core import QgsApplication, QgsProject
    from qgis.PyQt.QtCore import QLocale, Qt
    from qgis.PyQt.QtGui import QFont

    from segregation_plugin.adapter.render import render_png
    from segregation_plugin.gui.pages import data
    from segregation_plugin.i18n import install_translator

    install_translator("sv")
    QLocale.setDefault(QLocale(QLocale.Swedish, QLocale.Sweden))  # 12 345,6 as in QGIS
    register_provider()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(9.0)
    QgsApplication.setFont(font)
    data.sample_folder = lambda project=None: work / "sample"  # the copy of this run

    from segregation_plugin.gui.panel import SegregationPanel

    iface = Iface()
    panel = SegregationPanel(iface, iface.window)
    iface.addDockWidget(Qt.RightDockWidgetArea, panel)
    panel.setFloating(True)
    panel.resize(DOCK_WIDTH, DOCK_HEIGHT)
    panel.show()
    settle()
    sample = work / "sample"

    print("== 1 Läs in data: exempeldata, DeSO-kvintiler 2022–2023, RegSO-indikatorer")
    page = panel.page("data")
    page.sample_button.click()
    wait_until(lambda: page.run is not None and page.run.finished)
    must(page.run.ok, "loading the sample", page.run.details)
    page.boundary_combo.setLayer(sample_layer("deso"))
    page.add_statistics_files([str(sample / "deso_befolkning_inkomstkvintil.csv")])
    run_chain(page, page.import_button)
    deso_years = page.result_layers[-1]
    page.files_list.selectAll()
    page.remove_selected_files()
    page.boundary_combo.setLayer(sample_layer("regso"))
    page.add_statistics_files([str(sample / "regso_indikatorer.csv")])
    page.crosswalk_widget.setFilePath(str(sample / "koppling_deso_regso.csv"))
    run_chain(page, page.import_button)
    regso_years = page.result_layers[-1]
    grab_step(panel, "data", out / "01_data.png")

    print("== 2 Områdestyper: RegSO 2022 och 2023")
    page = panel.page("areatypes")
    names = regso_years.fields().names()

    def year_field(start: str, year: int) -> str:
        return next(n for n in names if n.startswith(start) and n.endswith(str(year)))

    classified = {}
    for year in (2022, 2023):
        page.layer_combo.setLayer(regso_years)
        page.field_combos["V1"].setField(year_field("andel_med_lag_ekonomisk", year))
        page.field_combos["V2"].setField(year_field("andel_20_64_ar_med_hogst", year))
        page.field_combos["V3"].setField(year_field("andel_20_64_ar_med_langvarigt", year))
        page.population_combo.setField("befolkning")
        page.run_button.click()
        wait_until(lambda: page.run is not None and page.run.finished)
        must(page.run.ok, f"area types {year}", page.run.details)
        page.output_layer.setName(f"Områdestyper RegSO {year}")
        classified[year] = page.output_layer
    grab_step(panel, "areatypes", out / "02_areatypes.png")
    kommun = sample_layer("kommun")
    render_png([kommun, classified[2023]], out / "map_areatypes.png", width=1000)
    print(f"  {out / 'map_areatypes.png'}")

    print("== 3 Index: DeSO 2023, per kommun, med områdestyper och flaggor")
    page = panel.page("indices")
    page.layer_combo.setLayer(sample_layer("deso"))
    page.set_group_fields(["q1", "q2", "q3", "q4", "q5"])
    page.region_combo.setCurrentIndex(0)
    page.permutations_spin.setValue(199)
    page.flags_layer_combo.setLayer(classified[2023])
    page.area_type_combo.setField("area_type")
    page.population_combo.setField("befolkning")
    run_chain(page, page.run_button)
    grab_step(panel, "indices", out / "03_indices.png")

    print("== 4 Kollektivtrafik: befintlig och planerad")
    page = panel.page("transit")
    page.areas_combo.setLayer(classified[2023])
    page.stops_combo.setLayer(sample_layer("transit_stops"))
    run_chain(page, page.run_button)
    grab_step(panel, "transit", out / "04_transit.png")

    print("== 5 Trender: övergångar 2022–2023 och tidsserie 2022–2023")
    both = area_types_per_year(classified[2022], classified[2023], work / "omradestyper_2ar.gpkg")
    page = panel.page("trends")
    page.set_mode(1)
    page.a_layer_combo.setLayer(classified[2022])
    page.b_layer_combo.setLayer(classified[2023])
    page.code_combo.setField("regsokod")
    page.transition_population_combo.setField("befolkning")
    page.transition_controls.run_button.click()
    chain = lambda: page.transition_controls.chain  # noqa: E731
    wait_until(lambda: chain() is not None and chain().finished)
    must(chain().ok, "transitions", chain().details)
    page.series_layer_combo.setLayer(deso_years)
    page.types_layer_combo.setLayer(both)
    page.series_population_combo.setField("befolkning")
    page.series_controls.run_button.click()
    chain = lambda: page.series_controls.chain  # noqa: E731
    wait_until(lambda: chain() is not None and chain().finished)
    must(chain().ok, "time series", chain().details)
    grab_step(panel, "trends", out / "05_trends.png")

    print("== 6 Rapport: en PDF per kommun")
    page = panel.page("report")
    page.areas_combo.setLayer(classified[2023])
    page.population_combo.setField("befolkning")
    page.set_group_fields(["q1", "q2", "q3", "q4", "q5"])
    page.background_combo.setLayer(kommun)
    page.folder_widget.setFilePath(str(work / "rapporter"))
    page.add_layouts_check.setChecked(True)
    run_chain(page, page.run_button)
    grab_step(panel, "report", out / "06_report.png")
    first = Path(page.pdfs[0])
    stem = out / "report_page1"
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            "80",
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            str(first),
            str(stem),
        ],
        check=True,
    )
    print(f"  {stem}.png")

    panel.shutdown()
    wait_until(lambda: QgsApplication.taskManager().countActiveTasks() == 0)
    panel.deleteLater()
    QgsProject.instance().clear()
    settle(0.2)
    print(f"Wrote {out}")
    return 0


if __name__ == "__main__":
    code = main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/screens"))
    # Every file is written; skip Python's teardown of the widgets and PyQGIS wrappers,
    # which can crash once QGIS is shutting down.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
