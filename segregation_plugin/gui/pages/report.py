"""Step "Report": a PDF (and PNG pages) per municipality with ``segregation:report``.

The planner picks the classified areas, the population, optionally the income group
fields (q1..q5) and the per-region tables of earlier runs, the background boundaries,
the municipalities (found from the area codes) and the output folder. The algorithm
changes the project (it adds layouts), so QGIS runs it in the main thread: the page
lets Qt handle events whenever the algorithm reports progress (once per report), so the
progress bar moves and Cancel works between reports, as in QGIS' own Processing dialog.
The PDFs are listed with "Open" and a thumbnail of the first page.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    QgsFeatureRequest,
    QgsFieldProxyModel,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget
from qgis.PyQt.QtCore import QCoreApplication, QEventLoop, Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QPixmap
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ...adapter.layers import plain_value
from ...compat import POLYGON_GEOMETRY, POLYGON_LAYER_FILTER, VECTOR_LAYER_FILTER, geometry_type
from ...core import regions as rg
from ...core.errors import N_
from ...i18n import tr
from ...processing.algorithms.report import slug
from ...processing.regions import CODE_HINTS, NAME_HINTS
from ..chain import RunChain, Step
from ..messages import reports_errors
from ..runcontrols import ChainPage
from ..suggest import suggest_population_field
from ..widgets import layer_combo, narrow, stacked_form
from .base import text_label
from .indices import suggest_area_type_field, suggest_group_fields
from .trends import field_row

REPORT = "segregation:report"
SETTINGS = "segregation/report/"
#: Region choices: (label, REGION_LEVEL of the algorithm, level of core.regions).
REPORT_REGIONS = (
    (N_("Municipality"), 1, rg.MUNICIPALITY),
    (N_("County"), 2, rg.COUNTY),
)
THUMBNAIL_WIDTH = 300
#: Numeric fields that are never income groups.
NOT_GROUPS = ("fid", "area_type", "sei_index", "sei_z")


def region_choices(
    codes: Sequence, names: Sequence, level: str = rg.MUNICIPALITY
) -> list[tuple[str, str]]:
    """(key, name) of each municipality (or county) of the areas' codes, sorted by key:
    the code's first 4 (or 2) digits; codes that do not start with them are skipped."""
    width = rg.CODE_PREFIX[level]
    found: dict = {}
    for code, name in zip(codes, names):
        text = "" if code is None else str(code).strip()
        key = text[:width]
        if len(key) != width or not key.isdigit():
            continue
        if not found.get(key):
            found[key] = "" if name is None else str(name).strip()
    return sorted(found.items())


def fit_rows(widget: QListWidget, most: int) -> None:
    """A list as high as its rows, up to ``most`` rows (then it scrolls)."""
    rows = min(max(widget.count(), 1), most)
    row = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 4
    widget.setFixedHeight(rows * row + 2 * widget.frameWidth() + 4)


def _has_fields(layer, *names: str) -> bool:
    return isinstance(layer, QgsVectorLayer) and all(
        layer.fields().lookupField(n) >= 0 for n in names
    )


def _detect(names: Sequence[str], hints: Sequence[str]) -> str:
    lowered = {n.lower(): n for n in names}
    return next((lowered[h] for h in hints if h in lowered), "")


def keep_responsive(chain: RunChain) -> None:
    """Let Qt handle events while an algorithm runs in the main thread (the report adds
    layouts to the project, so QGIS runs it there), as QGIS' Processing dialog does: the
    progress bar moves and Cancel can be clicked between two reports. Before the run has
    started only painting is done, no clicks (a Cancel then would come too early)."""
    running = chain.run is not None and not chain.run.finished
    flags = QEventLoop.AllEvents if running else QEventLoop.ExcludeUserInputEvents
    QCoreApplication.processEvents(flags)


class ReportPage(ChainPage):
    """Choose the areas, the measures and the municipalities; write the PDFs; open them."""

    STEP_ID = "report"
    TITLE = N_("Report")
    HELP_ANCHORS = ("report",)

    def __init__(self, iface, parent=None) -> None:
        super().__init__(iface, parent)
        self.pdfs: list[str] = []
        self.pngs: list[str] = []
        self.layouts: list[str] = []
        self._regions: list[tuple[str, str]] = []
        self.start_page()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "A report per municipality as PDF: a map of the area types, population per "
                    "area type, the segregation measures with Delmos' flags, plain-language "
                    "explanations and the method. The layouts can be edited in the project."
                ),
                self,
            )
        )
        form = stacked_form()
        self.areas_combo = layer_combo(
            self,
            "areasCombo",
            POLYGON_LAYER_FILTER,
            tr("Areas with area types, e.g. the result of the Area types step."),
        )
        field_row(form, tr("Areas with area types"), self.areas_combo)
        self.area_type_combo = QgsFieldComboBox(self)
        self.area_type_combo.setObjectName("areaTypeCombo")
        field_row(form, tr("Area type"), self.area_type_combo)
        self.population_combo = QgsFieldComboBox(self)
        self.population_combo.setObjectName("populationCombo")
        self.population_combo.setFilters(QgsFieldProxyModel.Numeric)
        field_row(form, tr("Population"), self.population_combo)
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("groupList")
        self.group_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.group_list.setToolTip(
            tr(
                "Persons per income group, lowest first (e.g. q1…q5): the ojämlikhetsindex "
                "and the other indices are computed from them when no indices table is given."
            )
        )
        field_row(form, tr("Income groups (optional, e.g. q1…q5)"), self.group_list)
        self.level_combo = QComboBox(self)
        self.level_combo.setObjectName("levelCombo")
        for text, level, _ in REPORT_REGIONS:
            self.level_combo.addItem(tr(text), level)
        narrow(self.level_combo, 12)
        self.code_combo = QgsFieldComboBox(self)
        self.code_combo.setObjectName("codeCombo")
        self.code_combo.setAllowEmptyFieldName(True)
        self.code_combo.setToolTip(tr("The DeSO/RegSO code the municipalities are read from."))
        row = QHBoxLayout()
        row.addWidget(self.level_combo, 1)
        row.addWidget(self.code_combo, 1)
        field_row(form, tr("One report per (from the area code)"), row)
        self.regions_list = QListWidget(self)
        self.regions_list.setObjectName("regionsList")
        self.regions_list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        field_row(form, tr("Reports for"), self.regions_list)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(tr("All"), self)
        self.all_button.setObjectName("allButton")
        self.none_button = QPushButton(tr("None"), self)
        self.none_button.setObjectName("noneButton")
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.background_combo = layer_combo(
            self,
            "backgroundCombo",
            POLYGON_LAYER_FILTER,
            tr("Drawn over the map, e.g. the municipal boundaries."),
            allow_empty=True,
        )
        field_row(form, tr("Boundaries on the map (optional)"), self.background_combo)
        layout.addLayout(form)
        layout.addWidget(self._build_tables())

        form = stacked_form()
        self.folder_widget = QgsFileWidget(self)
        self.folder_widget.setObjectName("folderWidget")
        self.folder_widget.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder_widget.setToolTip(tr("The PDF and PNG files are written here."))
        field_row(form, tr("Folder for the reports"), self.folder_widget)
        self.add_layouts_check = QCheckBox(tr("Add the layouts to the project"), self)
        self.add_layouts_check.setToolTip(
            tr("Project ▸ Layouts: edit the reports and print them again.")
        )
        self.add_layouts_check.setObjectName("addLayoutsCheck")
        self.add_layouts_check.setChecked(True)
        form.addRow(self.add_layouts_check)
        layout.addLayout(form)

        self.add_controls(
            layout, tr("Write the reports"), tr("The reports could not be made: {error}")
        )
        layout.addWidget(self._build_results())
        layout.addStretch(1)

        self.areas_combo.layerChanged.connect(self._on_areas_changed)
        self.level_combo.currentIndexChanged.connect(self._fill_regions)
        self.code_combo.fieldChanged.connect(self._fill_regions)
        self.all_button.clicked.connect(self.select_all)
        self.none_button.clicked.connect(self.select_none)
        self.run_button.clicked.connect(self.start)

    def _build_tables(self) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(tr("Tables from earlier runs (optional)"), self)
        box.setObjectName("tablesGroup")
        form = stacked_form(box)
        form.addRow(
            text_label(
                tr(
                    "Without them the measures are computed from the income groups above. "
                    "Give the outputs of the Indices step (saved to a file or kept in the "
                    "project) to report indices computed on DeSO."
                ),
                box,
            )
        )
        self.flags_combo = layer_combo(
            box,
            "flagsCombo",
            VECTOR_LAYER_FILTER,
            tr("Output of 'Area-type composition and flags per region'."),
            allow_empty=True,
        )
        field_row(form, tr("Area types and flags per region"), self.flags_combo)
        self.indices_combo = layer_combo(
            box,
            "indicesCombo",
            VECTOR_LAYER_FILTER,
            tr("Output of 'Segregation indices per region'."),
            allow_empty=True,
        )
        field_row(form, tr("Indices per region"), self.indices_combo)
        box.setCollapsed(True)
        return box

    def _build_results(self) -> QGroupBox:
        box = QGroupBox(tr("Reports"), self)
        box.setObjectName("resultGroup")
        layout = QVBoxLayout(box)
        self.summary_label = text_label("", box)
        self.summary_label.setObjectName("summaryLabel")
        layout.addWidget(self.summary_label)
        self.pdf_list = QListWidget(box)
        self.pdf_list.setObjectName("pdfList")
        layout.addWidget(self.pdf_list)
        row = QHBoxLayout()
        self.open_button = QPushButton(tr("Open"), box)
        self.open_button.setObjectName("openButton")
        self.open_button.setToolTip(tr("Open the chosen PDF in your PDF reader."))
        self.folder_button = QPushButton(tr("Open folder"), box)
        self.folder_button.setObjectName("openFolderButton")
        row.addWidget(self.open_button)
        row.addWidget(self.folder_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.thumbnail = QLabel(box)
        self.thumbnail.setObjectName("thumbnailLabel")
        self.thumbnail.setAlignment(Qt.AlignHCenter | Qt.AlignTop)
        self.thumbnail.setStyleSheet("QLabel { border: 1px solid #b0b0b0; background: white; }")
        layout.addWidget(self.thumbnail, 0, Qt.AlignHCenter)
        box.setVisible(False)
        self.result_group = box
        self.pdf_list.currentRowChanged.connect(self._show_thumbnail)
        self.pdf_list.itemDoubleClicked.connect(self.open_selected)
        self.open_button.clicked.connect(self.open_selected)
        self.folder_button.clicked.connect(self.open_folder)
        return box

    # -- choices -------------------------------------------------------------------------------

    def region_level(self) -> str:
        index = max(self.level_combo.currentIndex(), 0)
        return REPORT_REGIONS[index][2]

    def group_fields(self) -> list[str]:
        return [
            self.group_list.item(i).text()
            for i in range(self.group_list.count())
            if self.group_list.item(i).checkState() == Qt.Checked
        ]

    def set_group_fields(self, names: Sequence[str]) -> None:
        wanted = set(names)
        for i in range(self.group_list.count()):
            item = self.group_list.item(i)
            item.setCheckState(Qt.Checked if item.text() in wanted else Qt.Unchecked)

    def regions(self) -> list[tuple[str, str]]:
        """(key, name) of every municipality (or county) found in the areas."""
        return list(self._regions)

    def chosen_regions(self) -> list[str]:
        """The keys of the ticked municipalities."""
        return [
            self.regions_list.item(i).data(Qt.UserRole)
            for i in range(self.regions_list.count())
            if self.regions_list.item(i).checkState() == Qt.Checked
        ]

    def set_regions(self, keys: Optional[Sequence[str]]) -> None:
        """Tick ``keys`` (None: all)."""
        for i in range(self.regions_list.count()):
            item = self.regions_list.item(i)
            wanted = keys is None or item.data(Qt.UserRole) in set(keys)
            item.setCheckState(Qt.Checked if wanted else Qt.Unchecked)

    def select_all(self, *_args) -> None:
        self.set_regions(None)

    def select_none(self, *_args) -> None:
        self.set_regions([])

    def folder(self) -> str:
        return self.folder_widget.filePath().strip()

    @reports_errors
    def _on_areas_changed(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        for combo in (self.area_type_combo, self.population_combo, self.code_combo):
            combo.setLayer(layer)
        self.group_list.clear()
        if layer is None:
            self._fill_regions()
            return
        names = layer.fields().names()
        numeric = [f.name() for f in layer.fields() if f.isNumeric()]
        self.area_type_combo.setField(suggest_area_type_field(names) or "")
        self.population_combo.setField(suggest_population_field(numeric) or "")
        suggested = suggest_group_fields(numeric)
        others = [n for n in numeric if n not in suggested and n.lower() not in NOT_GROUPS]
        for name in suggested + others:  # the suggested groups first, in their order
            item = QListWidgetItem(name, self.group_list)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setToolTip(name)
        self.set_group_fields(suggested)
        fit_rows(self.group_list, 6)
        self.code_combo.setField(_detect(names, CODE_HINTS))
        self._fill_regions()

    @reports_errors
    def _fill_regions(self, *_args) -> None:
        """List the municipalities (or counties) of the areas' code field, all ticked."""
        previous = {
            self.regions_list.item(i).data(Qt.UserRole): self.regions_list.item(i).checkState()
            for i in range(self.regions_list.count())
        }
        self.regions_list.clear()
        self._regions = []
        layer = self.areas_combo.currentLayer()
        code = self.code_combo.currentField()
        if not isinstance(layer, QgsVectorLayer) or not code:
            if isinstance(layer, QgsVectorLayer):
                self.regions_list.addItem(tr("Choose the area code field."))
            return
        level = self.region_level()
        name_field = _detect(layer.fields().names(), NAME_HINTS[level])
        wanted = [layer.fields().lookupField(code)]
        if name_field:
            wanted.append(layer.fields().lookupField(name_field))
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes(wanted)
        codes, names = [], []
        for feature in layer.getFeatures(request):
            codes.append(plain_value(feature[code]))
            names.append(plain_value(feature[name_field]) if name_field else None)
        self._regions = region_choices(codes, names, level)
        for key, name in self._regions:
            item = QListWidgetItem(f"{key} {name}".strip(), self.regions_list)
            item.setData(Qt.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            item.setCheckState(previous.get(key, Qt.Checked))
        if not self._regions:
            self.regions_list.addItem(
                tr("No municipality codes found in {field}.").format(field=code)
            )
        fit_rows(self.regions_list, 6)

    def _pick_layers(self, layers) -> None:
        """Areas with area types; municipal boundaries; per-region tables of earlier runs."""
        vectors = [la for la in layers if isinstance(la, QgsVectorLayer)]
        areas = self.areas_combo.currentLayer()
        if not (
            isinstance(areas, QgsVectorLayer)
            and suggest_area_type_field(areas.fields().names())
            and not areas.subsetString()
        ):
            pick = next(
                (
                    la
                    for la in reversed(vectors)
                    if geometry_type(la) == POLYGON_GEOMETRY
                    and suggest_area_type_field(la.fields().names())
                    and not la.subsetString()
                ),
                None,
            )
            if pick is not None:
                self.areas_combo.setLayer(pick)
        if self.background_combo.currentLayer() is None:
            pick = next(
                (
                    la
                    for la in vectors
                    if geometry_type(la) == POLYGON_GEOMETRY
                    and _has_fields(la, "kommunkod")
                    and not _detect(la.fields().names(), CODE_HINTS)
                    and not suggest_area_type_field(la.fields().names())
                ),
                None,
            )
            if pick is not None:
                self.background_combo.setLayer(pick)
        for combo, field in ((self.flags_combo, "flag_combined"), (self.indices_combo, "gini")):
            if combo.currentLayer() is None:
                pick = next((la for la in vectors if _has_fields(la, "region", field)), None)
                if pick is not None:
                    combo.setLayer(pick)

    @reports_errors
    def _on_layers_added(self, layers) -> None:
        self._pick_layers(layers)

    # -- settings ------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QgsSettings()
        default = str(Path.home() / tr("segregation_reports"))
        self.folder_widget.setFilePath(settings.value(SETTINGS + "folder", default, type=str))
        self.add_layouts_check.setChecked(settings.value(SETTINGS + "add_layouts", True, type=bool))
        self.level_combo.setCurrentIndex(settings.value(SETTINGS + "level", 0, type=int))
        self.background_combo.setLayer(None)  # optional ones only when found or chosen
        self.flags_combo.setLayer(None)
        self.indices_combo.setLayer(None)
        self._pick_layers(list(QgsProject.instance().mapLayers().values()))
        self._on_areas_changed(self.areas_combo.currentLayer())

    def _save_settings(self) -> None:
        settings = QgsSettings()
        settings.setValue(SETTINGS + "folder", self.folder())
        settings.setValue(SETTINGS + "add_layouts", self.add_layouts_check.isChecked())
        settings.setValue(SETTINGS + "level", self.level_combo.currentIndex())

    # -- running -------------------------------------------------------------------------------

    def parameters(self) -> Optional[dict]:
        """Parameters of segregation:report from the choices, or None (and a message)."""
        layer = self.areas_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            return self._bad_input(tr("Choose the layer with the area types."))
        area_type = self.area_type_combo.currentField()
        if not area_type:
            return self._bad_input(tr("Choose the area-type field."))
        population = self.population_combo.currentField()
        if not population:
            return self._bad_input(tr("Choose the population field."))
        groups = self.group_fields()
        if len(groups) == 1:
            return self._bad_input(tr("Tick at least two income groups, or none."))
        chosen = self.chosen_regions()
        if not chosen:
            return self._bad_input(tr("Tick at least one municipality."))
        folder = self.folder()
        if not folder:
            return self._bad_input(tr("Choose the folder for the reports."))
        params = {
            "AREAS": layer.id(),
            "AREA_TYPE_FIELD": area_type,
            "POPULATION_FIELD": population,
            "REGION_LEVEL": self.level_combo.currentData(),
            "ADD_LAYOUTS": self.add_layouts_check.isChecked(),
            "OUTPUT_FOLDER": folder,
        }
        code = self.code_combo.currentField()
        if code:
            params["CODE_FIELD"] = code
        if len(chosen) < len(self._regions):
            params["REGIONS"] = ",".join(chosen)
        if groups:
            params["GROUP_FIELDS"] = groups
        for key, combo in (
            ("FLAGS_TABLE", self.flags_combo),
            ("INDICES_TABLE", self.indices_combo),
            ("BACKGROUND", self.background_combo),
        ):
            other = combo.currentLayer()
            if other is not None:
                params[key] = other.id()
        return params

    @reports_errors
    def start(self, *_args) -> None:
        """Write the reports (the Run button)."""
        if self.controls.is_running():
            return
        params = self.parameters()
        if params is None:
            return
        self._save_settings()
        self._clear_results()
        self._chosen = self.chosen_regions()

        def build(chain: RunChain) -> dict:
            chain.progress.connect(lambda *_args: keep_responsive(chain))
            return params

        step = Step("report", REPORT, build, tr("Writing the reports"))
        self.controls.start([step], self._done)

    @reports_errors
    def _done(self, chain: RunChain) -> None:
        results = chain.results.get("report", {})
        self.pdfs = [p for p in str(results.get("PDFS") or "").split(";") if p]
        self.pngs = [p for p in str(results.get("PNGS") or "").split(";") if p]
        self.layouts = [n for n in str(results.get("LAYOUTS") or "").split(";") if n]
        self.show_results()

    def _clear_results(self) -> None:
        self.result_group.setVisible(False)
        self.pdf_list.clear()
        self.thumbnail.clear()
        self.pdfs, self.pngs, self.layouts = [], [], []

    # -- results -------------------------------------------------------------------------------

    def _region_of(self, pdf: str) -> str:
        stem = Path(pdf).stem
        for key, name in self._regions:
            if stem == f"report_{slug(key)}" or stem.startswith(f"report_{slug(key)}_"):
                return f"{key} {name}".strip()
        return ""

    def show_results(self) -> None:
        self.pdf_list.clear()
        for pdf in self.pdfs:
            region = self._region_of(pdf)
            text = f"{region}: {Path(pdf).name}" if region else Path(pdf).name
            item = QListWidgetItem(text, self.pdf_list)
            item.setData(Qt.UserRole, pdf)
            item.setToolTip(pdf)
        if self.pdfs:
            self.pdf_list.setCurrentRow(0)
        fit_rows(self.pdf_list, 6)
        folder = str(Path(self.pdfs[0]).parent) if self.pdfs else self.folder()
        lines = [tr("{n} report(s) in {folder}.").format(n=len(self.pdfs), folder=folder)]
        if self.layouts:
            lines.append(
                tr(
                    "{n} layout(s) added to the project: Project ▸ Layouts, to edit and "
                    "print them again."
                ).format(n=len(self.layouts))
            )
        self.summary_label.setText("\n".join(lines))
        self.open_button.setEnabled(bool(self.pdfs))
        self.folder_button.setEnabled(bool(self.pdfs))
        self.result_group.setVisible(True)
        self.status_label.setText(tr("Done: {n} report(s) written.").format(n=len(self.pdfs)))
        self._show_thumbnail()

    def selected_pdf(self) -> str:
        item = self.pdf_list.currentItem()
        return str(item.data(Qt.UserRole)) if item is not None else ""

    def page_png(self, pdf: str) -> str:
        """The PNG of the first page of ``pdf`` (written beside it), or ''."""
        png = Path(pdf).with_suffix(".png")
        if str(png) in self.pngs or png.exists():
            return str(png)
        return ""

    def _show_thumbnail(self, *_args) -> None:
        png = self.page_png(self.selected_pdf()) if self.selected_pdf() else ""
        pixmap = QPixmap(png) if png else QPixmap()
        if pixmap.isNull():
            self.thumbnail.clear()
            self.thumbnail.setVisible(False)
            return
        self.thumbnail.setPixmap(pixmap.scaledToWidth(THUMBNAIL_WIDTH, Qt.SmoothTransformation))
        self.thumbnail.setToolTip(png)
        self.thumbnail.setVisible(True)

    @reports_errors
    def open_selected(self, *_args) -> None:
        """Open the chosen PDF with the system's PDF reader."""
        pdf = self.selected_pdf()
        if pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(pdf))

    @reports_errors
    def open_folder(self, *_args) -> None:
        pdf = self.selected_pdf() or (self.pdfs[0] if self.pdfs else "")
        if pdf:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(pdf).parent)))

    # -- lifecycle -----------------------------------------------------------------------------
