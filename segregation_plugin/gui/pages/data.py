"""Step "Load data": the sample county, or boundaries and SCB statistics of one's own.

Own data: a boundary layer (loaded or from a file), optionally only one municipality
or county of it, one or more Statistikdatabasen exports (each previewed with what
the import will detect), SCB's DeSO-RegSO crosswalk, and an optional aggregation to
other areas. "Import and join" runs, one after the other in the background,
``native:extractbyattribute`` (the filter, on a copy: the planner's layer is never
changed), ``segregation:importstatistics`` per file, ``segregation:joinstatistics``
per file onto the boundaries and ``segregation:aggregate``; the result layers are
added to the project and the matches are summarised.
"""

from __future__ import annotations

import functools
import os
import tempfile
from pathlib import Path
from typing import Optional

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsDataProvider,
    QgsFieldProxyModel,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsSettings,
    QgsTask,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsFileWidget, QgsMapLayerComboBox
from qgis.PyQt import sip
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...compat import POLYGON_LAYER_FILTER
from ...core.errors import N_, SegregationError
from ...core.statimport import sniff
from ...i18n import tr
from ...processing.algorithms.aggregate import ASSIGNMENTS
from ...processing.algorithms.joinstatistics import JOIN_BY
from ..chain import RunChain, Step
from ..messages import log, push, push_error, reports_errors
from ..runcontrols import ChainPage
from ..suggest import fold, suggest_population_field
from ..tasks import AlgorithmRun
from ..widgets import fit_height, narrow, stacked_form
from .base import text_label

LOADSAMPLE = "segregation:loadsample"
EXTRACT = "native:extractbyattribute"
IMPORT = "segregation:importstatistics"
JOIN = "segregation:joinstatistics"
AGGREGATE = "segregation:aggregate"
SETTINGS = "segregation/data/"

#: Fields whose values the boundary filter offers: municipality names, county names.
MUNICIPALITY_FIELDS = ("kommunnamn", "kommun_namn")
COUNTY_FIELDS = ("lansnamn", "länsnamn", "lan_namn")
#: Integer field types (QVariant and QMetaType share these numbers).
INTEGER_TYPES = frozenset({2, 3, 4, 5})
#: Text fields copied when aggregating (from the unit with the largest part).
COPY_HINTS = ("kommunnamn", "kommun_namn", "lansnamn", "länsnamn")
STATISTICS_FILTER = N_("Statistics tables (*.csv *.CSV *.txt *.TXT *.xlsx *.XLSX)")
VECTOR_FILTER = N_("Vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml *.fgb *.sqlite)")
ALL_FILES = N_("All files (*.*)")
PREVIEW_ROWS = 5
#: Files larger than this (bytes) are previewed in a background task.
PREVIEW_IN_BACKGROUND = 2_000_000
#: How the core's warning about labels without code says that no crosswalk was given.
NO_CROSSWALK = "no crosswalk was given"

_SEPARATOR_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab"), "": N_("none")}

#: How to load one's own data, one paragraph each (English source, translated).
OWN_DATA_STEPS = (
    N_(
        "Area boundaries: SCB's DeSO or RegSO GeoPackage, or your own districts, already in "
        "the project or from a file."
    ),
    N_(
        "Statistics: CSV or XLSX exports from SCB's Statistikdatabasen, as they are "
        "(title, footnotes, '..' and decimal commas are handled). Region labels without a "
        "code, such as 'Kommun (RegSO-namn)', need SCB's crosswalk DeSO-RegSO."
    ),
    N_(
        "The Area types step needs one row per area with the three indicators in percent: "
        "low economic standard (V1), at most förgymnasial education (V2) and long-term social "
        "assistance or unemployment (V3); the population is optional."
    ),
)


def sample_folder(project: Optional[QgsProject] = None) -> Path:
    """Where to copy the sample: under the QGIS profile, else the temp folder.

    A folder whose files are open in the project is not overwritten; the next
    free ``sample_2``, ``sample_3``... is used instead.
    """
    project = project or QgsProject.instance()
    root = Path(QgsApplication.qgisSettingsDirPath()) / "segregation"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        root = Path(tempfile.gettempdir()) / "segregation"
        root.mkdir(parents=True, exist_ok=True)
    in_use = {
        Path(layer.source().split("|")[0]).resolve().parent
        for layer in project.mapLayers().values()
        if layer.source()
    }
    for n in range(1, 1000):
        folder = root / ("sample" if n == 1 else f"sample_{n}")
        if folder.resolve() not in in_use:
            return folder
    return Path(tempfile.mkdtemp(prefix="segregation_sample_"))


# -- pure helpers ------------------------------------------------------------------------------


def _field_named(layer: QgsVectorLayer, names) -> str:
    lowered = {f.name().lower(): f.name() for f in layer.fields()}
    return next((lowered[n] for n in names if n in lowered), "")


def filter_choices(layer: Optional[QgsVectorLayer]) -> list[tuple[str, str, str]]:
    """(shown text, field, value) for each municipality and county name in ``layer``."""
    if layer is None:
        return []
    choices = []
    for names, label in ((MUNICIPALITY_FIELDS, ""), (COUNTY_FIELDS, N_("{name} (county)"))):
        field = _field_named(layer, names)
        if not field:
            continue
        values = layer.uniqueValues(layer.fields().lookupField(field))
        texts = sorted({str(v).strip() for v in values if v not in (None, "") and str(v).strip()})
        for text in texts:
            if text.upper() == "NULL":
                continue
            choices.append((tr(label).format(name=text) if label else text, field, text))
    return choices


def separator_text(separator: str) -> str:
    name = tr(_SEPARATOR_NAMES.get(separator, "")) if separator in _SEPARATOR_NAMES else ""
    shown = "\\t" if separator == "\t" else separator
    return f"'{shown}' ({name})" if name and separator else tr("none")


def preview_lines(info: dict) -> list[str]:
    """What :func:`sniff` found, one line each, translated."""
    years = ", ".join(str(y) for y in info.get("years", [])) or "–"
    lines = []
    if info.get("title"):
        lines.append(tr("Title: {title}").format(title=info["title"]))
    lines += [
        tr("Encoding: {encoding}").format(encoding=info.get("encoding", "")),
        tr("Separator: {separator}").format(separator=separator_text(info.get("separator", ""))),
        tr("Decimal mark: '{decimal}'").format(decimal=info.get("decimal", ".")),
        tr("Years: {years}").format(years=years),
        tr("Suppressed or missing values ('..'): {count}").format(count=info.get("suppressed", 0)),
        tr("{rows} rows for {regions} regions, header on line {line}").format(
            rows=info.get("rows_read", 0),
            regions=info.get("regions", 0),
            line=info.get("header_line", 0),
        ),
    ]
    return lines


def sniff_error(path: str, error: BaseException) -> str:
    """The text of an error reading ``path`` for the preview."""
    if isinstance(error, SegregationError):
        return error.translated(tr)
    return tr("Cannot read {file}: {error}").format(file=Path(path).name, error=error)


def _sniff_task(task, path: str) -> dict:
    """:func:`sniff` in a background task (pure Python: no layers, no widgets)."""
    return sniff(path, preview_rows=PREVIEW_ROWS)


def _preview_finished(page, path: str, exception, result=None) -> None:
    """End of a background preview: back to the page, unless the page is gone."""
    if sip.isdeleted(page):
        return
    page.preview_finished(path, exception, result)


def aggregate_rules(layer: QgsVectorLayer, weight: str) -> dict:
    """Aggregation rules from the fields of the joined layer.

    Whole numbers (counts) are summed; decimals (shares, means) become means weighted
    by ``weight``; municipality and county names are copied. Codes and ids are left out.
    """
    sums, means, copies = [], [], []
    for field in layer.fields():
        name = field.name()
        folded = fold(name)
        if folded in ("fid", "id") or folded.endswith(("kod", "_id", "code")):
            continue
        if field.isNumeric():
            (sums if int(field.type()) in INTEGER_TYPES else means).append(name)
        elif folded in COPY_HINTS:
            copies.append(name)
    rules = {"SUM_FIELDS": sums, "MEAN_FIELDS": means, "COPY_FIELDS": copies}
    if weight and weight in layer.fields().names() and means:
        rules["WEIGHT_FIELD"] = weight
    return rules


def join_report(name: str, imported: dict, joined: dict) -> tuple[str, list[str]]:
    """A summary line and detail lines for one statistics file."""
    matched = int(joined.get("MATCHED", 0) or 0)
    without = int(joined.get("UNMATCHED_FEATURE_COUNT", 0) or 0)
    parts = [
        tr("{file}: {matched} of {total} areas matched").format(
            file=name, matched=matched, total=matched + without
        )
    ]
    unmatched_rows = int(joined.get("UNMATCHED_ROW_COUNT", 0) or 0)
    no_code = int(joined.get("ROWS_WITHOUT_CODE", 0) or 0)
    labels = int(imported.get("UNMATCHED", 0) or 0)
    if without:
        parts.append(tr("{count} areas without statistics").format(count=without))
    if unmatched_rows:
        parts.append(tr("{count} table codes match no area").format(count=unmatched_rows))
    if labels:
        parts.append(tr("{count} region labels without code").format(count=labels))
    elif no_code:
        parts.append(tr("{count} table rows without code").format(count=no_code))
    details = [f"— {name}"]
    entries = (
        (N_("Years"), imported.get("YEARS")),
        (N_("Suppressed or missing values"), imported.get("SUPPRESSED")),
        (
            N_("Region labels without code (add SCB's crosswalk or join by names)"),
            imported.get("UNMATCHED_LABELS"),
        ),
        (N_("Areas without statistics"), joined.get("UNMATCHED_FEATURES")),
        (N_("Table codes that match no area"), joined.get("UNMATCHED_ROWS")),
        (N_("Duplicate codes"), joined.get("DUPLICATES")),
        (N_("Type conflicts"), joined.get("TYPE_CONFLICTS")),
        (N_("Joined fields"), joined.get("FIELDS")),
        (N_("Warnings"), imported.get("WARNINGS")),
        (N_("Footnotes"), imported.get("FOOTNOTES")),
    )
    for label, value in entries:
        if value not in (None, ""):
            details.append(f"{tr(label)}: {value}")
    return "; ".join(parts) + ".", details


def vector_sublayers(path: str) -> list[tuple[str, str]]:
    """(layer name, geometry type) of each layer in a vector file (one for most formats)."""
    probe = QgsVectorLayer(path, "probe", "ogr")
    if not probe.isValid() or probe.dataProvider() is None:
        return []
    out = []
    separator = QgsDataProvider.sublayerSeparator()
    for entry in probe.dataProvider().subLayers():
        parts = entry.split(separator)
        if len(parts) >= 4:
            out.append((parts[1], parts[3]))
    return out


# -- the page ----------------------------------------------------------------------------------


class DataPage(ChainPage):
    """Load the sample county, or boundaries with SCB statistics of one's own."""

    STEP_ID = "data"
    TITLE = N_("Load data")

    def __init__(self, iface, parent=None) -> None:
        super().__init__(iface, parent)
        self.run: Optional[AlgorithmRun] = None
        self.previews: dict[str, object] = {}  # path -> sniff() dict, an error text or None
        self._preview_tasks: dict[str, QgsTask] = {}
        self.result_layers: list[QgsVectorLayer] = []
        self._files_in_run: list[str] = []
        self.start_page()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "Try the plugin on the fictional sample county Exempellän (three "
                    "municipalities with DeSO- and RegSO-like areas, statistics and transit), "
                    "or load your own data."
                ),
                self,
            )
        )
        self.sample_button = QPushButton(tr("Load sample data (Exempellän)"), self)
        self.sample_button.setObjectName("loadSampleButton")
        self.sample_button.setToolTip(
            tr("Copies the sample data to a folder in your QGIS profile and adds its layers.")
        )
        self.sample_button.clicked.connect(lambda _checked=False: self.load_sample())
        layout.addWidget(self.sample_button)
        self.sample_status_label = text_label("", self)
        self.sample_status_label.setObjectName("statusLabel")
        layout.addWidget(self.sample_status_label)
        row = QHBoxLayout()
        self.next_button = QPushButton(tr("Next: area types"), self)
        self.next_button.setVisible(False)
        self.next_button.clicked.connect(lambda: self.goToStep.emit("areatypes"))
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addLayout(row)

        layout.addWidget(self._build_own_data())
        help_box = QgsCollapsibleGroupBox(tr("About your own data"), self)
        help_box.setObjectName("ownDataHelp")
        help_layout = QVBoxLayout(help_box)
        for text in OWN_DATA_STEPS:
            help_layout.addWidget(text_label("• " + tr(text), help_box))
        help_box.setCollapsed(True)
        layout.addWidget(help_box)
        layout.addStretch(1)

    def _build_own_data(self) -> QGroupBox:
        box = QGroupBox(tr("Your own data"), self)
        box.setObjectName("ownDataGroup")
        layout = QVBoxLayout(box)
        form = stacked_form()

        self.boundary_combo = QgsMapLayerComboBox(box)
        self.boundary_combo.setObjectName("boundaryCombo")
        self.boundary_combo.setFilters(POLYGON_LAYER_FILTER)
        self.boundary_combo.setToolTip(tr("The areas the statistics are joined onto."))
        self.boundary_file_button = QToolButton(box)
        self.boundary_file_button.setObjectName("boundaryFileButton")
        self.boundary_file_button.setText("…")
        self.boundary_file_button.setToolTip(tr("Add boundaries from a file (GeoPackage, …)"))
        row = QHBoxLayout()
        row.addWidget(self.boundary_combo, 1)
        row.addWidget(self.boundary_file_button)
        form.addRow(tr("Area boundaries"), row)

        self.filter_combo = QComboBox(box)
        self.filter_combo.setObjectName("filterCombo")
        self.filter_combo.setToolTip(
            tr("Only the areas of one municipality or county (a copy; your layer is unchanged).")
        )
        form.addRow(tr("Municipality or county"), self.filter_combo)

        self.files_list = QListWidget(box)
        self.files_list.setObjectName("statisticsList")
        self.files_list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.files_list.setMaximumHeight(90)
        self.add_file_button = QPushButton(tr("Add…"), box)
        self.add_file_button.setObjectName("addFileButton")
        self.remove_file_button = QPushButton(tr("Remove"), box)
        self.remove_file_button.setObjectName("removeFileButton")
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_file_button)
        buttons.addWidget(self.remove_file_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.files_list, 1)
        row.addLayout(buttons)
        self.files_list.setToolTip(tr("CSV or XLSX exports from SCB's Statistikdatabasen."))
        form.addRow(tr("Statistics files"), row)
        layout.addLayout(form)

        self.preview_label = text_label("", box)
        self.preview_label.setObjectName("previewLabel")
        self.preview_table = QTableWidget(0, 0, box)
        self.preview_table.setObjectName("previewTable")
        self.preview_table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.preview_table.verticalHeader().setVisible(False)
        self.preview_table.setWordWrap(False)
        self.preview_table.setVisible(False)
        layout.addWidget(self.preview_label)
        layout.addWidget(self.preview_table)

        form = stacked_form()
        self.crosswalk_widget = QgsFileWidget(box)
        self.crosswalk_widget.setObjectName("crosswalkWidget")
        self.crosswalk_widget.setFilter(tr("CSV (*.csv *.CSV *.txt *.TXT)") + ";;" + tr(ALL_FILES))
        self.crosswalk_widget.setToolTip(
            tr(
                "SCB's file 'Koppling DeSO - RegSO': gives codes to labels such as "
                "'Åstad (Backa)'. Optional."
            )
        )
        form.addRow(tr("Crosswalk DeSO–RegSO (optional)"), self.crosswalk_widget)
        self.join_combo = QComboBox(box)
        self.join_combo.setObjectName("joinByCombo")
        self.join_combo.addItems([tr(text) for text in JOIN_BY])
        narrow(self.join_combo)
        form.addRow(tr("Join by"), self.join_combo)
        self.output_widget = QgsFileWidget(box)
        self.output_widget.setObjectName("outputWidget")
        self.output_widget.setStorageMode(QgsFileWidget.SaveFile)
        self.output_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output_widget.lineEdit().setPlaceholderText(tr("[Temporary layer]"))
        self.output_widget.setToolTip(tr("Leave empty for a temporary layer."))
        form.addRow(tr("Save to"), self.output_widget)
        layout.addLayout(form)

        layout.addWidget(self._build_aggregation(box))

        self.add_controls(
            layout, tr("Import and join"), tr("The statistics could not be loaded: {error}")
        )
        self.import_button = self.run_button
        self.import_button.setObjectName("importButton")
        self.import_status_label = self.status_label
        self.import_status_label.setObjectName("importStatusLabel")
        layout.addWidget(self._build_result(box))

        self.boundary_combo.layerChanged.connect(self._on_boundary_changed)
        self.boundary_file_button.clicked.connect(lambda _c=False: self._choose_boundary_file())
        self.add_file_button.clicked.connect(lambda _c=False: self._choose_statistics_files())
        self.remove_file_button.clicked.connect(lambda _c=False: self.remove_selected_files())
        self.files_list.currentRowChanged.connect(lambda _row: self._show_current_preview())
        self.crosswalk_widget.fileChanged.connect(lambda _path: self._show_current_preview())
        self.import_button.clicked.connect(lambda _c=False: self.start_import())
        return box

    def _build_aggregation(self, parent: QWidget) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(tr("Aggregate to other areas"), parent)
        box.setObjectName("aggregateGroup")
        box.setCheckable(True)
        box.setChecked(False)
        box.setCollapsed(True)
        self.aggregate_group = box
        form = stacked_form(box)
        form.addRow(
            text_label(
                tr(
                    "Adds up the joined statistics to your own areas (e.g. districts): counts "
                    "(whole numbers) are summed, shares are averaged weighted by the population."
                ),
                box,
            )
        )
        self.target_combo = QgsMapLayerComboBox(box)
        self.target_combo.setObjectName("targetCombo")
        self.target_combo.setFilters(POLYGON_LAYER_FILTER)
        form.addRow(tr("Target areas"), self.target_combo)
        self.target_id_combo = QgsFieldComboBox(box)
        self.target_id_combo.setObjectName("targetIdCombo")
        self.target_id_combo.setAllowEmptyFieldName(True)
        form.addRow(tr("Target id or name"), self.target_id_combo)
        self.assignment_combo = QComboBox(box)
        self.assignment_combo.setObjectName("assignmentCombo")
        self.assignment_combo.addItems([tr(text) for text in ASSIGNMENTS])
        narrow(self.assignment_combo)
        form.addRow(tr("Assignment"), self.assignment_combo)
        self.weight_combo = QgsFieldComboBox(box)
        self.weight_combo.setObjectName("weightCombo")
        self.weight_combo.setFilters(QgsFieldProxyModel.Numeric)
        self.weight_combo.setAllowEmptyFieldName(True)
        self.weight_combo.setToolTip(tr("Weight of the shares' means, e.g. befolkning."))
        form.addRow(tr("Population (weight)"), self.weight_combo)
        self.aggregate_output_widget = QgsFileWidget(box)
        self.aggregate_output_widget.setObjectName("aggregateOutputWidget")
        self.aggregate_output_widget.setStorageMode(QgsFileWidget.SaveFile)
        self.aggregate_output_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.aggregate_output_widget.lineEdit().setPlaceholderText(tr("[Temporary layer]"))
        form.addRow(tr("Save to"), self.aggregate_output_widget)
        self.target_combo.layerChanged.connect(self._on_target_changed)
        return box

    def _build_result(self, parent: QWidget) -> QGroupBox:
        box = QGroupBox(tr("Result"), parent)
        box.setObjectName("importResultGroup")
        layout = QVBoxLayout(box)
        self.summary_label = text_label("", box)
        self.summary_label.setObjectName("summaryLabel")
        layout.addWidget(self.summary_label)
        self.details_group = QgsCollapsibleGroupBox(tr("Details"), box)
        self.details_group.setObjectName("detailsGroup")
        details_layout = QVBoxLayout(self.details_group)
        self.details_text = QPlainTextEdit(self.details_group)
        self.details_text.setObjectName("detailsText")
        self.details_text.setReadOnly(True)
        self.details_text.setMaximumHeight(160)
        details_layout.addWidget(self.details_text)
        self.details_group.setCollapsed(True)
        layout.addWidget(self.details_group)
        row = QHBoxLayout()
        self.import_next_button = QPushButton(tr("Next: area types"), box)
        self.import_next_button.setObjectName("importNextButton")
        self.import_next_button.clicked.connect(lambda: self.goToStep.emit("areatypes"))
        row.addStretch(1)
        row.addWidget(self.import_next_button)
        layout.addLayout(row)
        box.setVisible(False)
        self.import_result_group = box
        return box

    # -- boundaries ----------------------------------------------------------------------------

    @reports_errors
    def _on_boundary_changed(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        remembered = QgsSettings().value(SETTINGS + "filter", "", type=str)
        current = self.filter_combo.currentText() if self.filter_combo.count() else remembered
        self.filter_combo.clear()
        self.filter_combo.addItem(tr("All areas of the layer"), None)
        for text, field, value in filter_choices(layer):
            self.filter_combo.addItem(text, (field, value))
        index = self.filter_combo.findText(current) if current else -1
        self.filter_combo.setCurrentIndex(max(index, 0))
        self.filter_combo.setEnabled(self.filter_combo.count() > 1)
        self.weight_combo.setLayer(layer)
        if layer is not None:
            names = [f.name() for f in layer.fields() if f.isNumeric()]
            self.weight_combo.setField(suggest_population_field(names) or "")

    def _on_target_changed(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.target_id_combo.setLayer(layer)
        if layer is not None:
            text_fields = [f.name() for f in layer.fields() if not f.isNumeric()]
            names = [n for n in text_fields if fold(n) not in ("fid",)]
            hint = next((n for n in names if fold(n).endswith(("_id", "kod", "namn"))), "")
            self.target_id_combo.setField(hint or (names[0] if names else ""))

    def filter_choice(self) -> Optional[tuple[str, str]]:
        """(field, value) of the chosen municipality or county, or None for all areas."""
        data = self.filter_combo.currentData()
        return tuple(data) if data else None

    def _choose_boundary_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            tr("Area boundaries"),
            self._last_folder(),
            tr(VECTOR_FILTER) + ";;" + tr(ALL_FILES),
        )
        if path:
            self.add_boundary_file(path)

    @reports_errors
    def add_boundary_file(
        self, path: str, layer_name: Optional[str] = None
    ) -> Optional[QgsVectorLayer]:
        """Add the polygons of a vector file to the project and choose them as boundaries.

        A file with several layers (a GeoPackage) asks which, unless ``layer_name`` says.
        """
        self._remember_folder(path)
        sublayers = vector_sublayers(path)
        polygons = [
            n for n, kind in sublayers if any(w in kind.lower() for w in ("polygon", "surface"))
        ]
        names = polygons or [n for n, _ in sublayers]
        if layer_name is None and len(names) > 1:
            layer_name, ok = QInputDialog.getItem(
                self,
                tr("Area boundaries"),
                tr("Layer in {file}").format(file=Path(path).name),
                names,
                0,
                False,
            )
            if not ok:
                return None
        elif layer_name is None and names:
            layer_name = names[0]
        uri = f"{path}|layername={layer_name}" if layer_name and len(sublayers) > 1 else path
        layer = QgsVectorLayer(uri, layer_name or Path(path).stem, "ogr")
        if not layer.isValid():
            push_error(self.iface, tr("Could not open {file} as a layer.").format(file=path))
            return None
        QgsProject.instance().addMapLayer(layer)
        self.boundary_combo.setLayer(layer)
        return layer

    # -- statistics files ------------------------------------------------------------------------

    def _choose_statistics_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            tr("Statistics files"),
            self._last_folder(),
            tr(STATISTICS_FILTER) + ";;" + tr(ALL_FILES),
        )
        if paths:
            self.add_statistics_files(paths)

    @reports_errors
    def add_statistics_files(self, paths) -> None:
        """Add files to the list (each once) and show the preview of the last one."""
        present = set(self.statistics_files())
        for path in paths:
            path = str(path)
            if path in present:
                continue
            item = QListWidgetItem(Path(path).name, self.files_list)
            item.setData(Qt.UserRole, path)
            item.setToolTip(path)
            present.add(path)
            self._remember_folder(path)
        if self.files_list.count():
            self.files_list.setCurrentRow(self.files_list.count() - 1)
        self._show_current_preview()

    def remove_selected_files(self) -> None:
        for item in self.files_list.selectedItems() or [self.files_list.currentItem()]:
            if item is not None:
                self.files_list.takeItem(self.files_list.row(item))
        self._show_current_preview()

    def statistics_files(self) -> list[str]:
        return [self.files_list.item(i).data(Qt.UserRole) for i in range(self.files_list.count())]

    def preview(self, path: str):
        """What the import will detect in ``path`` (:func:`sniff`), or an error text.

        Files larger than :data:`PREVIEW_IN_BACKGROUND` bytes are read in a background
        task: None until it has finished (the preview then shows by itself).
        """
        if path in self.previews:
            return self.previews[path]
        try:
            size = os.path.getsize(path)
        except OSError:
            size = 0
        if size > PREVIEW_IN_BACKGROUND:
            self.previews[path] = None
            task = QgsTask.fromFunction(
                tr("Preview of {file}").format(file=Path(path).name),
                _sniff_task,
                path=path,
                on_finished=functools.partial(_preview_finished, self, path),
            )
            self._preview_tasks[path] = task
            QgsApplication.taskManager().addTask(task)
            return None
        try:
            self.previews[path] = sniff(path, preview_rows=PREVIEW_ROWS)
        except Exception as error:  # a file that is no table: shown in the preview
            self.previews[path] = sniff_error(path, error)
        return self.previews[path]

    def preview_finished(self, path: str, error, info) -> None:
        """A background preview has ended: keep it and show it if its file is current."""
        self._preview_tasks.pop(path, None)
        self.previews[path] = sniff_error(path, error) if error is not None else info
        item = self.files_list.currentItem()
        if item is not None and item.data(Qt.UserRole) == path:
            self._show_current_preview()

    @reports_errors
    def _show_current_preview(self) -> None:
        item = self.files_list.currentItem()
        if item is None:
            self.preview_label.setText("")
            self.preview_table.setVisible(False)
            return
        path = item.data(Qt.UserRole)
        info = self.preview(path)
        if info is None:
            self.preview_label.setStyleSheet("")
            self.preview_label.setText(tr("Reading {file}…").format(file=Path(path).name))
            self.preview_table.setVisible(False)
            return
        if isinstance(info, str):
            item.setForeground(QColor("#a04000"))
            self.preview_label.setStyleSheet("QLabel { color: #a04000; }")
            self.preview_label.setText(info)
            self.preview_table.setVisible(False)
            log(info, Qgis.Warning)
            return
        self.preview_label.setStyleSheet("")
        lines = [tr("Preview of {file}:").format(file=Path(path).name)] + preview_lines(info)
        warnings = list(info.get("warnings", []))
        if self.crosswalk_widget.filePath().strip():
            # the preview reads without the crosswalk; the import will use it
            kept = [w for w in warnings if NO_CROSSWALK not in w]
            if len(kept) < len(warnings):
                lines.append(tr("Region labels without code get theirs from the crosswalk."))
            warnings = kept
        lines += [tr("Warning: {text}").format(text=w) for w in warnings]
        self.preview_label.setText("\n".join(lines))
        header = list(info.get("header", []))
        rows = info.get("preview", [])
        self.preview_table.clear()
        self.preview_table.setColumnCount(len(header))
        self.preview_table.setHorizontalHeaderLabels(header)
        self.preview_table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, cell in enumerate(cells[: len(header)]):
                self.preview_table.setItem(r, c, QTableWidgetItem(str(cell)))
        self.preview_table.resizeColumnsToContents()
        self.preview_table.resizeRowsToContents()
        fit_height(self.preview_table, PREVIEW_ROWS)
        self.preview_table.setVisible(bool(header))

    # -- settings ---------------------------------------------------------------------------------

    def _last_folder(self) -> str:
        return QgsSettings().value(SETTINGS + "last_folder", str(Path.home()), type=str)

    def _remember_folder(self, path: str) -> None:
        QgsSettings().setValue(SETTINGS + "last_folder", str(Path(path).parent))

    def _restore_settings(self) -> None:
        settings = QgsSettings()
        project = QgsProject.instance()
        for combo, key in ((self.boundary_combo, "boundary"), (self.target_combo, "target")):
            name = settings.value(SETTINGS + key, "", type=str)
            match = project.mapLayersByName(name) if name else []
            if match:
                combo.setLayer(match[0])
        self._on_boundary_changed(self.boundary_combo.currentLayer())
        self._on_target_changed(self.target_combo.currentLayer())
        files = settings.value(SETTINGS + "files", [], type=list) or []
        self.add_statistics_files([f for f in files if f and Path(f).is_file()])
        self.crosswalk_widget.setFilePath(settings.value(SETTINGS + "crosswalk", "", type=str))
        self.join_combo.setCurrentIndex(settings.value(SETTINGS + "join_by", 0, type=int))
        self.aggregate_group.setChecked(settings.value(SETTINGS + "aggregate", False, type=bool))
        self.assignment_combo.setCurrentIndex(settings.value(SETTINGS + "assignment", 0, type=int))

    def _save_settings(self) -> None:
        settings = QgsSettings()
        boundary = self.boundary_combo.currentLayer()
        target = self.target_combo.currentLayer()
        settings.setValue(SETTINGS + "boundary", boundary.name() if boundary else "")
        settings.setValue(SETTINGS + "target", target.name() if target else "")
        choice = self.filter_choice()
        settings.setValue(SETTINGS + "filter", self.filter_combo.currentText() if choice else "")
        settings.setValue(SETTINGS + "files", self.statistics_files())
        settings.setValue(SETTINGS + "crosswalk", self.crosswalk_widget.filePath())
        settings.setValue(SETTINGS + "join_by", self.join_combo.currentIndex())
        settings.setValue(SETTINGS + "aggregate", self.aggregate_group.isChecked())
        settings.setValue(SETTINGS + "assignment", self.assignment_combo.currentIndex())

    # -- import and join ---------------------------------------------------------------------------

    def import_steps(self) -> Optional[list]:
        """The chain of algorithms for the choices, or None (and a message) if incomplete."""
        boundary = self.boundary_combo.currentLayer()
        if boundary is None:
            return self._bad_input(tr("Choose the layer with the area boundaries."))
        files = self.statistics_files()
        if not files:
            return self._bad_input(tr("Add at least one statistics file."))
        aggregate = self.aggregate_group.isChecked()
        target = self.target_combo.currentLayer()
        if aggregate and target is None:
            return self._bad_input(tr("Choose the target areas to aggregate to."))
        crosswalk = self.crosswalk_widget.filePath().strip()
        join_by = self.join_combo.currentIndex()
        choice = self.filter_choice()
        output_path = self.output_widget.filePath()
        aggregate_path = self.aggregate_output_widget.filePath()
        project = QgsProject.instance()
        name = boundary.name() + (f" ({choice[1]})" if choice else "")
        steps: list[Step] = []
        source_key = ""
        if choice:
            steps.append(
                Step(
                    "filter",
                    EXTRACT,
                    lambda chain: {
                        "INPUT": boundary.id(),
                        "FIELD": choice[0],
                        "OPERATOR": 0,
                        "VALUE": choice[1],
                        "OUTPUT": QgsProcessingUtils.generateTempFilename("areas.gpkg"),
                    },
                    tr("Selecting {name}").format(name=choice[1]),
                )
            )
            source_key = "filter"
        for i, path in enumerate(files):

            def build_import(chain, path=path, i=i):
                params = {
                    "INPUT": path,
                    "OUTPUT": QgsProcessingUtils.generateTempFilename(f"statistics_{i + 1}.gpkg"),
                }
                if crosswalk:
                    params["CROSSWALK"] = crosswalk
                return params

            label = tr("Importing {file}").format(file=Path(path).name)
            steps.append(Step(f"import{i}", IMPORT, build_import, label))
        last = len(files) - 1
        for i, path in enumerate(files):

            def build_join(chain, i=i, previous=source_key):
                if i > 0:
                    source = chain.results[f"join{i - 1}"]["OUTPUT"]
                elif previous:
                    source = chain.results[previous]["OUTPUT"]
                else:
                    source = boundary.id()
                if i == last:
                    output = QgsProcessingOutputLayerDefinition(
                        output_path or "TEMPORARY_OUTPUT", project
                    )
                    output.destinationName = tr("{layer} with statistics").format(layer=name)
                else:
                    output = QgsProcessingUtils.generateTempFilename(f"joined_{i + 1}.gpkg")
                return {
                    "INPUT": source,
                    "TABLE": chain.results[f"import{i}"]["OUTPUT"],
                    "JOIN_BY": join_by,
                    "OUTPUT": output,
                }

            label = tr("Joining {file}").format(file=Path(path).name)
            steps.append(Step(f"join{i}", JOIN, build_join, label))
        if aggregate:
            weight = self.weight_combo.currentField()
            assignment = self.assignment_combo.currentIndex()
            target_id = self.target_id_combo.currentField()

            def build_aggregate(chain):
                joined = next(
                    (
                        la
                        for la in chain.runs[f"join{last}"].layers
                        if isinstance(la, QgsVectorLayer)
                    ),
                    None,
                )
                if joined is None:
                    raise ValueError(tr("The joined layer was not added to the project."))
                output = QgsProcessingOutputLayerDefinition(
                    aggregate_path or "TEMPORARY_OUTPUT", project
                )
                output.destinationName = tr("{layer} aggregated to {targets}").format(
                    layer=name, targets=target.name()
                )
                params = {
                    "INPUT": joined.id(),
                    "TARGETS": target.id(),
                    "ASSIGNMENT": assignment,
                    "OUTPUT": output,
                }
                if target_id:
                    params["TARGET_ID_FIELD"] = target_id
                params.update(aggregate_rules(joined, weight))
                return params

            steps.append(
                Step("aggregate", AGGREGATE, build_aggregate, tr("Aggregating to the targets"))
            )
        self._files_in_run = list(files)
        return steps

    @reports_errors
    def start_import(self) -> None:
        """Run import, join (and aggregation) one after the other (the Import button)."""
        if self.controls.is_running():
            return
        steps = self.import_steps()
        if steps is None:
            return
        self._save_settings()
        self.import_result_group.setVisible(False)
        self.result_layers = []
        self.controls.start(steps, self._import_done)

    @reports_errors
    def _import_done(self, chain: RunChain) -> None:
        self.result_layers = [la for la in chain.layers if isinstance(la, QgsVectorLayer)]
        self.show_import_results(chain)

    def show_import_results(self, chain: RunChain) -> None:
        lines, details = [], []
        for i, path in enumerate(self._files_in_run):
            line, more = join_report(
                Path(path).name,
                chain.results.get(f"import{i}", {}),
                chain.results.get(f"join{i}", {}),
            )
            lines.append(line)
            details += more
        aggregated = chain.results.get("aggregate")
        if aggregated:
            lines.append(
                tr(
                    "Aggregated {units} units to {targets} target areas; {unassigned} in no "
                    "target, {split} split between targets."
                ).format(
                    units=int(aggregated.get("UNITS", 0) or 0),
                    targets=int(aggregated.get("TARGET_COUNT", 0) or 0),
                    unassigned=int(aggregated.get("UNITS_UNASSIGNED", 0) or 0),
                    split=int(aggregated.get("UNITS_SPLIT", 0) or 0),
                )
            )
            details.append("— " + tr("Aggregation"))
            for key, label in (
                ("METHOD", N_("Method")),
                ("UNASSIGNED_LIST", N_("Units in no target")),
                ("SPLIT_LIST", N_("Units overlapping several targets")),
                ("WARNINGS", N_("Warnings")),
            ):
                if aggregated.get(key):
                    details.append(f"{tr(label)}: {aggregated[key]}")
        self.summary_label.setText("\n".join(lines))
        self.details_text.setPlainText("\n".join(details))
        self.import_result_group.setVisible(True)
        names = ", ".join(f"“{la.name()}”" for la in self.result_layers)
        self.import_status_label.setText(
            tr("Done: {names} added to the project.").format(names=names)
        )
        push(self.iface, lines[0] if lines else tr("Statistics loaded."), level=Qgis.Success)

    # -- sample ----------------------------------------------------------------------------

    @reports_errors
    def load_sample(self) -> None:
        if self.run is not None and self.run.is_running():
            return
        folder = sample_folder()
        self.sample_button.setEnabled(False)
        self.next_button.setVisible(False)
        self.sample_status_label.setText(tr("Loading the sample data…"))
        self.run = AlgorithmRun(LOADSAMPLE, {"OUTPUT_FOLDER": str(folder)})
        self.run.done.connect(self._sample_done)
        self.run.start()

    @reports_errors
    def _sample_done(self, run: AlgorithmRun) -> None:
        self.sample_button.setEnabled(True)
        if run.ok:
            self.sample_status_label.setText(
                tr("Added {n} sample layers to the project (copied to {folder}).").format(
                    n=len(run.layers), folder=run.results.get("GEOPACKAGE", "")
                )
            )
            self.next_button.setVisible(True)
            push(
                self.iface,
                tr("Sample data loaded: continue with the Area types step."),
                level=Qgis.Success,
            )
        elif run.cancelled:
            self.sample_status_label.setText(tr("Cancelled."))
        else:
            self.sample_status_label.setText(tr("Failed: {error}").format(error=run.error))
            push_error(
                self.iface,
                tr("The sample data could not be loaded: {error}").format(error=run.error),
                run.details,
            )

    def shutdown(self) -> None:
        self.stop_run(self.run)
        super().shutdown()
