"""Step "Trends": area-type transitions between two years, and time series over the years.

*Transitions*: two area-type fields of one layer (e.g. area_type_2022 and area_type_2023)
or two layers matched by an area code run ``segregation:areatypetransitions``; the page
draws its count matrix (rows: types in year A, columns: types in year B, "not classified"
included) as a heat map with the diagonal outlined, and the numbers of areas with the same,
a better and a worse type.

*Time series*: year-suffixed field sets are detected in a layer (q1_2022..q5_2022,
kvintil_1_2023.., area_type_2022, befolkning_2023...; :func:`detect_year_fields`). The
page runs ``segregation:indices`` per year and, when area types per year exist,
``segregation:regionflags`` per year, one after the other, and draws a line per
municipality of the ojämlikhetsindex and of the population share in area types 1-2.
The maths stays in the algorithms: the page only chains the runs and plots their outputs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import QgsFieldProxyModel, QgsProject, QgsSettings, QgsVectorLayer
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from ...adapter.styling import AREA_TYPE_COLOURS, NOT_CLASSIFIED_COLOUR, area_type_label
from ...compat import VECTOR_LAYER_FILTER
from ...core.errors import N_
from ...i18n import tr
from ...processing.regions import CODE_HINTS
from ..chain import RunChain, Step
from ..charts import MARKERS, SERIES_COLOURS, LineChart, MatrixChart, Series
from ..messages import push_error, reports_errors
from ..runcontrols import ChainControls
from ..suggest import fold, suggest_population_field
from ..widgets import (
    as_float,
    ask_csv_path,
    fill_rows,
    narrow,
    number_item,
    output_layer,
    read_rows,
    setup_table,
    stacked_form,
    text_item,
    write_csv,
)
from .base import StepPage, text_label
from .indices import region_label, suggest_area_type_field

TRANSITIONS = "segregation:areatypetransitions"
INDICES = "segregation:indices"
REGIONFLAGS = "segregation:regionflags"
SETTINGS = "segregation/trends/"

#: Matrix order: the five types, then "not classified" (0), as rows and as columns.
TRANSITION_ORDER = (1, 2, 3, 4, 5, 0)
#: Modes of the transitions: two fields of one layer, or two layers matched by a code.
ONE_LAYER, TWO_LAYERS = 0, 1
#: Region choices of the time series: (label, REGION_LEVEL).
SERIES_REGIONS = (
    (N_("Municipality (from the area code)"), 1),
    (N_("County (from the area code)"), 2),
    (N_("Whole layer"), 0),
)
BETTER_COLOUR = "#01665e"
WORSE_COLOUR = "#b2182b"

# -- finding the years in field names (pure) ---------------------------------------------------

_YEAR = r"(?:19|20)\d\d"
_SUFFIX = re.compile(rf"^(?P<stem>.+?)_(?:ar_|year_|y)?(?P<year>{_YEAR})$")
_PREFIX = re.compile(rf"^(?:ar_|year_|y)?(?P<year>{_YEAR})_(?P<stem>.+)$")
_GROUP_STEM = re.compile(
    r"^(?:q|kv|kvintil|inkomstkvintil|quintile|income_quintile)_?(?P<group>[1-9])$"
)
AREA_TYPE_STEMS = ("area_type", "areatype", "omradestyp", "omradestyper")
POPULATION_STEMS = (
    "befolkning",
    "folkmangd",
    "population",
    "pop",
    "bef",
    "totalt",
    "tot_bef",
    "bef_tot",
    "invanare",
    "antal_personer",
)


def split_year(name: str) -> Optional[tuple[str, int]]:
    """(folded stem, year) of a field named with a year, e.g. 'Q1_2022' -> ('q1', 2022),
    '2023_area_type' -> ('area_type', 2023); None without a year at either end."""
    folded = fold(name)
    match = _SUFFIX.match(folded) or _PREFIX.match(folded)
    if match is None:
        return None
    return match.group("stem"), int(match.group("year"))


@dataclass
class YearFields:
    """Field sets of several years found in a layer's field names.

    ``groups``: year -> group count fields in group order (years with at least two);
    ``area_types``: year -> area-type field; ``populations``: year -> population field.
    """

    groups: dict = field(default_factory=dict)
    area_types: dict = field(default_factory=dict)
    populations: dict = field(default_factory=dict)

    def group_years(self) -> list[int]:
        return sorted(self.groups)

    def area_type_years(self) -> list[int]:
        return sorted(self.area_types)


def detect_year_fields(names: Sequence[str]) -> YearFields:
    """The year-suffixed (or -prefixed) field sets among ``names``: income group counts
    (q1_2022..q5_2022, kvintil_1_2023...), area types (area_type_2022...) and population
    (befolkning_2022, totalt_2023...). The first field of a kind wins within a year."""
    groups: dict = {}
    found = YearFields()
    for name in names:
        split = split_year(name)
        if split is None:
            continue
        stem, year = split
        match = _GROUP_STEM.match(stem)
        if match:
            groups.setdefault(year, {}).setdefault(int(match.group("group")), name)
        elif stem in AREA_TYPE_STEMS:
            found.area_types.setdefault(year, name)
        elif stem in POPULATION_STEMS:
            found.populations.setdefault(year, name)
    found.groups = {
        year: [by_group[k] for k in sorted(by_group)]
        for year, by_group in sorted(groups.items())
        if len(by_group) >= 2
    }
    return found


def year_of(*texts: str) -> Optional[int]:
    """The year in the first of ``texts`` (field or layer names) that has one."""
    for text in texts:
        split = split_year(text or "")
        if split is not None:
            return split[1]
        match = re.search(rf"(?<!\d)({_YEAR})(?!\d)", text or "")
        if match:
            return int(match.group(1))
    return None


def transition_matrix(rows: Sequence[dict], value: str = "areas") -> list[list[float]]:
    """The 6 x 6 matrix in :data:`TRANSITION_ORDER` from the algorithm's long table
    (from_type, to_type, areas, population)."""
    index = {t: i for i, t in enumerate(TRANSITION_ORDER)}
    matrix = [[0.0] * len(TRANSITION_ORDER) for _ in TRANSITION_ORDER]
    for row in rows:
        a, b = as_float(row.get("from_type")), as_float(row.get("to_type"))
        if a is None or b is None or int(a) not in index or int(b) not in index:
            continue
        matrix[index[int(a)]][index[int(b)]] += as_float(row.get(value)) or 0.0
    return matrix


def field_row(form, label, field):
    """``label`` (a text or a label) on a row of its own above ``field`` (a widget or a
    layout): a long label wraps over the whole width of the narrow dock instead of
    widening it. Combo boxes may shrink below their longest item (the popup shows it)."""
    if isinstance(label, str):
        label = text_label(label)
    form.addRow(label)
    form.addRow(field)
    if isinstance(field, QWidget):
        label.setBuddy(field)
    fields = [field] if isinstance(field, QWidget) else []
    if not isinstance(field, QWidget):
        fields = [field.itemAt(i).widget() for i in range(field.count())]
    for widget in fields:
        if isinstance(widget, QComboBox):
            widget.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
            widget.setMinimumContentsLength(12)
    return label


def _area_type_layers(layers) -> list[QgsVectorLayer]:
    """Layers with an area-type field; not filtered ones (e.g. a report's map layers)."""
    return [
        la
        for la in layers
        if isinstance(la, QgsVectorLayer)
        and not la.subsetString()
        and suggest_area_type_field(la.fields().names())
    ]


def _code_field(names: Sequence[str]) -> str:
    lowered = {n.lower(): n for n in names}
    return next((lowered[h] for h in CODE_HINTS if h in lowered), "")


# -- the page ------------------------------------------------------------------------------------


class TrendsPage(StepPage):
    """Transitions between two years; index and area-type shares over several years."""

    STEP_ID = "trends"
    TITLE = N_("Trends")
    #: Sections of resources/help/index.html, the first one found is opened.
    HELP_ANCHORS = ("trends", "areatypetransitions", "indexchange")

    def __init__(self, iface, parent=None) -> None:
        super().__init__(iface, parent)
        self.transition_rows: list[dict] = []
        self.transition_results: dict = {}
        self.series_years: list[int] = []
        self.series_regions: dict = {}  # region key -> label, in the order of the first year
        self.index_by_year: dict = {}  # year -> {region key: ojämlikhetsindex}
        self.share_by_year: dict = {}  # year -> {region key: share in types 1-2, 0-1}
        self._labels = ("", "")
        self.start_page()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "Change over time: how areas moved between area types from one year to "
                    "another, and how each municipality's ojämlikhetsindex and its population "
                    "share in area types 1–2 developed when several years are loaded."
                ),
                self,
            )
        )
        layout.addWidget(self._build_transitions())
        layout.addWidget(self._build_series())
        layout.addStretch(1)

    def _build_transitions(self) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(tr("Area-type transitions between two years"), self)
        box.setObjectName("transitionsGroup")
        layout = QVBoxLayout(box)
        self.mode_group = QButtonGroup(box)
        for mode, text in (
            (ONE_LAYER, tr("Two fields of one layer")),
            (TWO_LAYERS, tr("Two layers, matched by area code")),
        ):
            button = QRadioButton(text, box)
            button.setObjectName(f"modeButton{mode}")
            self.mode_group.addButton(button, mode)
            layout.addWidget(button)
        self.mode_group.button(TWO_LAYERS).setChecked(True)
        form = stacked_form()
        self.a_layer_combo = QgsMapLayerComboBox(box)
        self.a_layer_combo.setObjectName("aLayerCombo")
        self.a_layer_combo.setFilters(VECTOR_LAYER_FILTER)
        self.a_layer_label = text_label(tr("Areas, year A"), box)
        field_row(form, self.a_layer_label, self.a_layer_combo)
        self.a_field_combo = QgsFieldComboBox(box)
        self.a_field_combo.setObjectName("aFieldCombo")
        field_row(form, tr("Area type, year A"), self.a_field_combo)
        self.b_layer_combo = QgsMapLayerComboBox(box)
        self.b_layer_combo.setObjectName("bLayerCombo")
        self.b_layer_combo.setFilters(VECTOR_LAYER_FILTER)
        self.b_layer_label = text_label(tr("Areas, year B"), box)
        field_row(form, self.b_layer_label, self.b_layer_combo)
        self.b_field_combo = QgsFieldComboBox(box)
        self.b_field_combo.setObjectName("bFieldCombo")
        field_row(form, tr("Area type, year B"), self.b_field_combo)
        self.code_combo = QgsFieldComboBox(box)
        self.code_combo.setObjectName("codeCombo")
        self.code_combo.setAllowEmptyFieldName(True)
        self.code_combo.setToolTip(tr("The area code found in both layers, e.g. regsokod."))
        self.code_label = text_label(tr("Area code (in both layers)"), box)
        field_row(form, self.code_label, self.code_combo)
        self.transition_population_combo = QgsFieldComboBox(box)
        self.transition_population_combo.setObjectName("transitionPopulationCombo")
        self.transition_population_combo.setFilters(QgsFieldProxyModel.Numeric)
        self.transition_population_combo.setAllowEmptyFieldName(True)
        self.transition_population_combo.setToolTip(
            tr("Optional: inhabitants in year B, to count people as well as areas.")
        )
        field_row(form, tr("Population (optional, year B)"), self.transition_population_combo)
        layout.addLayout(form)

        self.transition_controls = ChainControls(
            self, tr("Show transitions"), tr("The transitions could not be computed: {error}")
        )
        self.transition_controls.run_button.setObjectName("transitionRunButton")
        self.transition_controls.cancel_button.setObjectName("transitionCancelButton")
        self.transition_controls.status_label.setObjectName("transitionStatusLabel")
        self.transition_controls.add_to(layout)

        result = QGroupBox(tr("Result"), box)
        result.setObjectName("transitionResultGroup")
        result_layout = QVBoxLayout(result)
        self.transition_summary = text_label("", result, rich=True)
        self.transition_summary.setObjectName("transitionSummaryLabel")
        result_layout.addWidget(self.transition_summary)
        row = QHBoxLayout()
        row.addWidget(text_label(tr("Show"), result))
        self.count_combo = QComboBox(result)
        self.count_combo.setObjectName("countCombo")
        self.count_combo.addItem(tr("Areas"), "areas")
        self.count_combo.addItem(tr("Inhabitants (year B)"), "population")
        self.count_combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.count_combo.setMinimumContentsLength(12)
        row.addWidget(self.count_combo, 1)
        result_layout.addLayout(row)
        self.matrix_chart = MatrixChart(result)
        self.matrix_chart.setObjectName("transitionMatrix")
        result_layout.addWidget(self.matrix_chart)
        self.matrix_note = text_label(
            tr(
                "Rows: area type in year A; columns: in year B. The outlined diagonal is no "
                "change; right of it a better type, left of it a worse one. – = not "
                "classified (missing values, or the area is in only one of the years)."
            ),
            result,
        )
        small = self.matrix_note.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        self.matrix_note.setFont(small)
        result_layout.addWidget(self.matrix_note)
        result.setVisible(False)
        self.transition_result_group = result
        layout.addWidget(result)

        self.mode_group.buttonClicked.connect(self._on_mode_changed)
        self.a_layer_combo.layerChanged.connect(self._on_transition_layers)
        self.b_layer_combo.layerChanged.connect(self._on_transition_layers)
        self.count_combo.currentIndexChanged.connect(self._show_matrix)
        self.transition_controls.run_button.clicked.connect(self.start_transitions)
        return box

    def _build_series(self) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(tr("Time series over several years"), self)
        box.setObjectName("seriesGroup")
        layout = QVBoxLayout(box)
        layout.addWidget(
            text_label(
                tr(
                    "Fields named with a year are found by themselves: income groups such as "
                    "q1_2022…q5_2022 or kvintil_1_2023…, area types such as area_type_2022, "
                    "population such as befolkning_2023."
                ),
                box,
            )
        )
        form = stacked_form()
        self.series_layer_combo = QgsMapLayerComboBox(box)
        self.series_layer_combo.setObjectName("seriesLayerCombo")
        self.series_layer_combo.setFilters(VECTOR_LAYER_FILTER)
        self.series_layer_combo.setToolTip(tr("Areas (DeSO, RegSO…) with group counts per year."))
        field_row(form, tr("Areas with group counts per year"), self.series_layer_combo)
        self.years_list = QListWidget(box)
        self.years_list.setObjectName("yearsList")
        field_row(form, tr("Years"), self.years_list)
        self.types_layer_combo = QgsMapLayerComboBox(box)
        self.types_layer_combo.setObjectName("typesLayerCombo")
        self.types_layer_combo.setFilters(VECTOR_LAYER_FILTER)
        self.types_layer_combo.setAllowEmptyLayer(True)
        self.types_layer_combo.setToolTip(
            tr("Optional: areas with an area-type field per year, for the share in types 1–2.")
        )
        field_row(form, tr("Areas with area types per year (optional)"), self.types_layer_combo)
        self.types_found_label = text_label("", box)
        self.types_found_label.setObjectName("typesFoundLabel")
        form.addRow(self.types_found_label)
        self.series_population_combo = QgsFieldComboBox(box)
        self.series_population_combo.setObjectName("seriesPopulationCombo")
        self.series_population_combo.setFilters(QgsFieldProxyModel.Numeric)
        self.series_population_combo.setAllowEmptyFieldName(True)
        self.series_population_combo.setToolTip(
            tr("Used for the years without a population field of their own.")
        )
        field_row(form, tr("Population"), self.series_population_combo)
        self.series_region_combo = QComboBox(box)
        self.series_region_combo.setObjectName("seriesRegionCombo")
        for text, level in SERIES_REGIONS:
            self.series_region_combo.addItem(tr(text), level)
        narrow(self.series_region_combo, 12)
        field_row(form, tr("Regions"), self.series_region_combo)
        layout.addLayout(form)

        self.series_controls = ChainControls(
            self, tr("Compute the time series"), tr("The time series failed: {error}")
        )
        self.series_controls.run_button.setObjectName("seriesRunButton")
        self.series_controls.cancel_button.setObjectName("seriesCancelButton")
        self.series_controls.status_label.setObjectName("seriesStatusLabel")
        self.series_controls.add_to(layout)

        result = QGroupBox(tr("Result"), box)
        result.setObjectName("seriesResultGroup")
        result_layout = QVBoxLayout(result)
        self.index_chart = LineChart(result)
        self.index_chart.setObjectName("indexSeriesChart")
        result_layout.addWidget(self.index_chart)
        self.share_chart = LineChart(result)
        self.share_chart.setObjectName("shareSeriesChart")
        result_layout.addWidget(self.share_chart)
        self.share_note = text_label("", result)
        self.share_note.setObjectName("shareNoteLabel")
        result_layout.addWidget(self.share_note)
        table_box = QgsCollapsibleGroupBox(tr("Table"), result)
        table_layout = QVBoxLayout(table_box)
        self.series_table = QTableWidget(0, 0, table_box)
        self.series_table.setObjectName("seriesTable")
        table_layout.addWidget(self.series_table)
        row = QHBoxLayout()
        self.series_export_button = QPushButton(tr("Save table as CSV…"), table_box)
        self.series_export_button.setObjectName("seriesExportButton")
        row.addStretch(1)
        row.addWidget(self.series_export_button)
        table_layout.addLayout(row)
        table_box.setCollapsed(True)
        result_layout.addWidget(table_box)
        result.setVisible(False)
        self.series_result_group = result
        layout.addWidget(result)

        self.series_layer_combo.layerChanged.connect(self._on_series_layer_changed)
        self.types_layer_combo.layerChanged.connect(self._on_types_layer_changed)
        self.series_controls.run_button.clicked.connect(self.start_series)
        self.series_export_button.clicked.connect(self._choose_export)
        return box

    # -- transitions: choices ----------------------------------------------------------------

    def mode(self) -> int:
        return self.mode_group.checkedId()

    def set_mode(self, mode: int) -> None:
        self.mode_group.button(mode).setChecked(True)
        self._on_mode_changed()

    def _on_mode_changed(self, *_args) -> None:
        two = self.mode() == TWO_LAYERS
        for widget in (self.b_layer_combo, self.b_layer_label, self.code_combo, self.code_label):
            widget.setVisible(two)
        self.a_layer_label.setText(tr("Areas, year A") if two else tr("Areas"))
        self._on_transition_layers()

    def _layer_b(self) -> Optional[QgsVectorLayer]:
        layer = self.b_layer_combo.currentLayer() if self.mode() == TWO_LAYERS else None
        layer = layer or self.a_layer_combo.currentLayer()
        return layer if isinstance(layer, QgsVectorLayer) else None

    @reports_errors
    def _on_transition_layers(self, *_args) -> None:
        layer_a = self.a_layer_combo.currentLayer()
        layer_a = layer_a if isinstance(layer_a, QgsVectorLayer) else None
        layer_b = self._layer_b()
        self.a_field_combo.setLayer(layer_a)
        self.b_field_combo.setLayer(layer_b)
        self.code_combo.setLayer(layer_a)
        self.transition_population_combo.setLayer(layer_b)
        if layer_a is None:
            return
        names_a = layer_a.fields().names()
        names_b = layer_b.fields().names() if layer_b is not None else []
        if self.mode() == ONE_LAYER:
            years = detect_year_fields(names_a).area_types
            ordered = [years[y] for y in sorted(years)]
            if len(ordered) >= 2:
                self.a_field_combo.setField(ordered[0])
                self.b_field_combo.setField(ordered[-1])
            else:
                self.a_field_combo.setField(suggest_area_type_field(names_a) or "")
        else:
            self.a_field_combo.setField(suggest_area_type_field(names_a) or "")
            self.b_field_combo.setField(suggest_area_type_field(names_b) or "")
            common = [n for n in names_a if n in set(names_b)]
            self.code_combo.setField(_code_field(common) or "")
        numeric = [f.name() for f in layer_b.fields() if f.isNumeric()] if layer_b else []
        self.transition_population_combo.setField(suggest_population_field(numeric) or "")

    def _pick_transition_layers(self, layers) -> None:
        """One layer with area types of two years, else the two layers with area types whose
        names or fields tell the years (older first)."""
        candidates = _area_type_layers(layers)
        current = self.a_layer_combo.currentLayer()
        if isinstance(current, QgsVectorLayer) and self._transition_complete():
            return
        both = next(
            (
                la
                for la in candidates
                if len(detect_year_fields(la.fields().names()).area_types) >= 2
            ),
            None,
        )
        if both is not None:
            self.a_layer_combo.setLayer(both)
            self.set_mode(ONE_LAYER)
            return
        if len(candidates) >= 2:
            ordered = sorted(
                candidates, key=lambda la: year_of(la.name()) or 10_000 + candidates.index(la)
            )
            self.a_layer_combo.setLayer(ordered[-2])
            self.b_layer_combo.setLayer(ordered[-1])
            self.set_mode(TWO_LAYERS)
        elif candidates:
            self.a_layer_combo.setLayer(candidates[0])
            self._on_transition_layers()

    def _transition_complete(self) -> bool:
        if not self.a_field_combo.currentField() or not self.b_field_combo.currentField():
            return False
        if self.mode() == TWO_LAYERS:
            layer_b = self.b_layer_combo.currentLayer()
            return (
                layer_b is not None
                and layer_b is not self.a_layer_combo.currentLayer()
                and bool(self.code_combo.currentField())
            )
        return self.a_field_combo.currentField() != self.b_field_combo.currentField()

    def year_labels(self) -> tuple[str, str]:
        """How the two years are named in the matrix: the year in the field or layer name,
        else "year A" and "year B"."""
        layer_a = self.a_layer_combo.currentLayer()
        layer_b = self._layer_b()
        year_a = year_of(self.a_field_combo.currentField(), layer_a.name() if layer_a else "")
        year_b = year_of(self.b_field_combo.currentField(), layer_b.name() if layer_b else "")
        if year_a is not None and year_b is not None and year_a == year_b:
            year_a = year_b = None
        return (
            str(year_a) if year_a is not None else tr("year A"),
            str(year_b) if year_b is not None else tr("year B"),
        )

    def transition_parameters(self) -> Optional[dict]:
        """Parameters of segregation:areatypetransitions, or None (and a message)."""
        controls = self.transition_controls
        layer_a = self.a_layer_combo.currentLayer()
        if not isinstance(layer_a, QgsVectorLayer):
            return controls.bad_input(tr("Choose the layer with the area types."))
        field_a = self.a_field_combo.currentField()
        field_b = self.b_field_combo.currentField()
        if not field_a or not field_b:
            return controls.bad_input(tr("Choose the area-type fields of both years."))
        params = {
            "INPUT": layer_a.id(),
            "TYPE_FIELD_A": field_a,
            "TYPE_FIELD_B": field_b,
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        if self.mode() == TWO_LAYERS:
            layer_b = self.b_layer_combo.currentLayer()
            if not isinstance(layer_b, QgsVectorLayer):
                return controls.bad_input(tr("Choose the layer of year B."))
            if layer_b is layer_a:
                return controls.bad_input(
                    tr("Year A and year B are the same layer: choose “Two fields of one layer”.")
                )
            code = self.code_combo.currentField()
            if not code:
                return controls.bad_input(tr("Choose the area code that matches the layers."))
            if layer_b.fields().lookupField(code) < 0:
                return controls.bad_input(
                    tr("The layer {layer} has no field {field}.").format(
                        layer=layer_b.name(), field=code
                    )
                )
            params.update({"INPUT_B": layer_b.id(), "CODE_FIELD": code})
        elif field_a == field_b:
            return controls.bad_input(tr("Choose two different area-type fields."))
        population = self.transition_population_combo.currentField()
        if population:
            params["POPULATION_FIELD"] = population
        return params

    @reports_errors
    def start_transitions(self, *_args) -> None:
        """Run the transitions in the background (the button)."""
        if self.transition_controls.is_running():
            return
        params = self.transition_parameters()
        if params is None:
            return
        self._save_settings()
        self.transition_result_group.setVisible(False)
        self.matrix_chart.clear()
        self.transition_rows, self.transition_results = [], {}
        self._labels = self.year_labels()
        step = Step(
            "transitions", TRANSITIONS, lambda chain: params, tr("Counting the transitions")
        )
        self.transition_controls.start([step], self._transitions_done)

    @reports_errors
    def _transitions_done(self, chain: RunChain) -> None:
        run = chain.runs["transitions"]
        table = output_layer(run, "OUTPUT")
        if table is None:
            raise RuntimeError(tr("The transitions table was not found."))
        self.transition_rows = read_rows(table)[1]
        self.transition_results = dict(run.results)
        self.show_transitions()

    # -- transitions: results ----------------------------------------------------------------

    def matrix_value(self) -> str:
        return self.count_combo.currentData() or "areas"

    def show_transitions(self) -> None:
        has_population = any("population" in row for row in self.transition_rows)
        self.count_combo.setEnabled(has_population)
        if not has_population:
            self.count_combo.setCurrentIndex(0)
        self._show_matrix()
        results = self.transition_results
        same, better, worse = (int(results.get(k, 0) or 0) for k in ("SAME", "BETTER", "WORSE"))
        total = sum(int(as_float(r.get("areas")) or 0) for r in self.transition_rows)
        missing = total - same - better - worse
        unmatched = int(results.get("UNMATCHED", 0) or 0)
        year_a, year_b = self._labels

        def swatch(colour: str) -> str:
            return f'<span style="color:{colour}">■</span>'

        lines = [
            tr("From {a} to {b}, {n} areas:").format(a=year_a, b=year_b, n=total),
            f"{swatch('#000000')} " + tr("same type: {n}").format(n=same),
            f"{swatch(BETTER_COLOUR)} " + tr("better type (higher number): {n}").format(n=better),
            f"{swatch(WORSE_COLOUR)} " + tr("worse type (lower number): {n}").format(n=worse),
        ]
        if missing:
            lines.append(
                f"{swatch(NOT_CLASSIFIED_COLOUR)} "
                + tr("not classified in at least one year: {n}").format(n=missing)
            )
        if unmatched:
            lines.append(tr("{n} area(s) are in only one of the layers.").format(n=unmatched))
        self.transition_summary.setText("<br>".join(lines))
        self.transition_result_group.setVisible(True)
        self.transition_controls.status_label.setText(
            tr("Done: {same} areas kept their type, {changed} changed.").format(
                same=same, changed=better + worse
            )
        )

    def _show_matrix(self, *_args) -> None:
        if not self.transition_rows:
            self.matrix_chart.clear()
            return
        value = self.matrix_value()
        year_a, year_b = self._labels
        labels = [str(t) if t else "–" for t in TRANSITION_ORDER]
        names = [area_type_label(t) for t in TRANSITION_ORDER]
        swatches = [AREA_TYPE_COLOURS.get(t, NOT_CLASSIFIED_COLOUR) for t in TRANSITION_ORDER]
        unit = tr("areas") if value == "areas" else tr("inhabitants")
        self.matrix_chart.set_matrix(
            transition_matrix(self.transition_rows, value),
            labels,
            title=tr("Number of {unit} by area type").format(unit=unit),
            row_title=tr("Area type {year}").format(year=year_a),
            column_title=tr("Area type {year}").format(year=year_b),
            swatches=swatches,
            tooltip=tr("{row} → {column}: {value}") + f" {unit}",
            names=names,
        )

    def matrix(self) -> list[list[float]]:
        """The matrix shown, rows and columns in :data:`TRANSITION_ORDER`."""
        return self.matrix_chart.values()

    # -- time series: choices ----------------------------------------------------------------

    def _series_fields(self) -> YearFields:
        layer = self.series_layer_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            return YearFields()
        return detect_year_fields([f.name() for f in layer.fields() if f.isNumeric()])

    def _types_fields(self) -> YearFields:
        layer = self.types_layer_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            return YearFields()
        return detect_year_fields(layer.fields().names())

    @reports_errors
    def _on_series_layer_changed(self, layer, checked: Optional[Sequence[int]] = None) -> None:
        found = self._series_fields()
        self.years_list.clear()
        for year in found.group_years():
            groups = found.groups[year]
            text = f"{year}: {groups[0]} … {groups[-1]} ({len(groups)})"
            item = QListWidgetItem(text, self.years_list)
            item.setData(Qt.UserRole, year)
            item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
            wanted = checked is None or year in checked
            item.setCheckState(Qt.Checked if wanted else Qt.Unchecked)
        if not found.groups and isinstance(layer, QgsVectorLayer):
            self.years_list.addItem(tr("No group fields with years (e.g. q1_2022) found."))
        rows = min(max(self.years_list.count(), 1), 5)
        self.years_list.setFixedHeight(
            rows * self.years_list.sizeHintForRow(0) + 2 * self.years_list.frameWidth() + 4
        )
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        if layer is not None and self._types_fields().area_types == {}:
            if detect_year_fields(layer.fields().names()).area_types:
                self.types_layer_combo.setLayer(layer)

    @reports_errors
    def _on_types_layer_changed(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.series_population_combo.setLayer(layer)
        found = self._types_fields()
        if layer is None:
            self.types_found_label.setText("")
            self.types_found_label.setVisible(False)
            return
        if found.area_types:
            years = ", ".join(f"{y} ({found.area_types[y]})" for y in found.area_type_years())
            text = tr("Area types found: {years}.").format(years=years)
            if found.populations:
                text += " " + tr("Population per year: {fields}.").format(
                    fields=", ".join(found.populations[y] for y in sorted(found.populations))
                )
        else:
            text = tr("No area-type fields with years (e.g. area_type_2022) in this layer.")
        self.types_found_label.setText(text)
        self.types_found_label.setVisible(True)
        numeric = [f.name() for f in layer.fields() if f.isNumeric()]
        per_year = set(found.populations.values())
        self.series_population_combo.setField(
            suggest_population_field([n for n in numeric if n not in per_year]) or ""
        )

    def checked_years(self) -> list[int]:
        years = []
        for i in range(self.years_list.count()):
            item = self.years_list.item(i)
            year = item.data(Qt.UserRole)
            if year is not None and item.checkState() == Qt.Checked:
                years.append(int(year))
        return sorted(years)

    def set_checked_years(self, years: Sequence[int]) -> None:
        for i in range(self.years_list.count()):
            item = self.years_list.item(i)
            if item.data(Qt.UserRole) is not None:
                wanted = int(item.data(Qt.UserRole)) in set(years)
                item.setCheckState(Qt.Checked if wanted else Qt.Unchecked)

    def _pick_series_layers(self, layers) -> None:
        vectors = [la for la in layers if isinstance(la, QgsVectorLayer)]
        if not self._series_fields().groups:
            pick = next(
                (
                    la
                    for la in vectors
                    if detect_year_fields([f.name() for f in la.fields()]).groups
                ),
                None,
            )
            if pick is not None:
                self.series_layer_combo.setLayer(pick)
        if not self._types_fields().area_types:
            pick = next(
                (la for la in vectors if detect_year_fields(la.fields().names()).area_types),
                None,
            )
            self.types_layer_combo.setLayer(pick)  # none: no share in types 1-2

    def series_steps(self) -> Optional[list]:
        """The chained runs: indices per year, then area types and flags per year."""
        controls = self.series_controls
        layer = self.series_layer_combo.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            return controls.bad_input(tr("Choose the layer with group counts per year."))
        found = self._series_fields()
        years = [y for y in self.checked_years() if y in found.groups]
        if not years:
            return controls.bad_input(
                tr("Tick at least one year with group fields (e.g. q1_2022…q5_2022).")
            )
        level = self.series_region_combo.currentData()
        steps = []
        for year in years:
            groups = found.groups[year]
            params = {
                "INPUT": layer.id(),
                "GROUP_FIELDS": groups,
                "FOCUS_GROUP": groups[0],
                "COMPARE_GROUP": groups[-1],
                "REGION_LEVEL": level,
                "YEAR": str(year),
                "OUTPUT": "TEMPORARY_OUTPUT",
            }
            steps.append(
                Step(
                    f"indices_{year}",
                    INDICES,
                    lambda chain, p=params: p,
                    tr("Indices {year}").format(year=year),
                )
            )
        types_layer = self.types_layer_combo.currentLayer()
        types = self._types_fields()
        fallback = self.series_population_combo.currentField()
        for year in years:
            area_type = types.area_types.get(year)
            population = types.populations.get(year) or fallback
            if not isinstance(types_layer, QgsVectorLayer) or not area_type or not population:
                continue
            params = {
                "INPUT": types_layer.id(),
                "AREA_TYPE_FIELD": area_type,
                "POPULATION_FIELD": population,
                "REGION_LEVEL": level,
                "OUTPUT": "TEMPORARY_OUTPUT",
            }
            steps.append(
                Step(
                    f"flags_{year}",
                    REGIONFLAGS,
                    lambda chain, p=params: p,
                    tr("Area types {year}").format(year=year),
                )
            )
        return steps

    @reports_errors
    def start_series(self, *_args) -> None:
        """Run the indices (and flags) of every ticked year, one after the other."""
        if self.series_controls.is_running():
            return
        steps = self.series_steps()
        if steps is None:
            return
        self._save_settings()
        self._clear_series()
        self.series_controls.start(steps, self._series_done)

    @reports_errors
    def _series_done(self, chain: RunChain) -> None:
        self.series_regions, self.index_by_year, self.share_by_year = {}, {}, {}
        years = []
        for key, run in chain.runs.items():
            kind, year = key.split("_")
            year = int(year)
            table = output_layer(run, "OUTPUT")
            if table is None:
                raise RuntimeError(tr("The table of {step} was not found.").format(step=key))
            rows = read_rows(table)[1]
            target = self.index_by_year if kind == "indices" else self.share_by_year
            column = "ojamlikhetsindex" if kind == "indices" else "share_type_12"
            target[year] = {str(r.get("region")): as_float(r.get(column)) for r in rows}
            for r in rows:
                self.series_regions.setdefault(str(r.get("region")), region_label(r))
            if kind == "indices":
                years.append(year)
        self.series_years = sorted(years)
        self.show_series()

    def _clear_series(self) -> None:
        self.series_result_group.setVisible(False)
        self.index_chart.clear()
        self.share_chart.clear()
        self.series_table.setRowCount(0)
        self.series_years, self.series_regions = [], {}
        self.index_by_year, self.share_by_year = {}, {}

    # -- time series: results ----------------------------------------------------------------

    def _series(self, by_year: dict, scale: float = 1.0) -> list[Series]:
        out = []
        for n, (key, label) in enumerate(self.series_regions.items()):
            values = []
            for year in self.series_years:
                value = by_year.get(year, {}).get(key)
                values.append(None if value is None else scale * value)
            out.append(
                Series(
                    label,
                    tuple(values),
                    SERIES_COLOURS[n % len(SERIES_COLOURS)],
                    MARKERS[n % len(MARKERS)],
                )
            )
        return out

    def show_series(self) -> None:
        years = [str(y) for y in self.series_years]
        self.index_chart.set_series(
            years,
            self._series(self.index_by_year),
            tr("Ojämlikhetsindex (%)"),
            decimals=1,
        )
        if self.share_by_year:
            self.share_chart.set_series(
                years,
                self._series(self.share_by_year, 100.0),
                tr("Population share in area types 1–2 (%)"),
                decimals=1,
            )
            missing = [y for y in self.series_years if y not in self.share_by_year]
            note = ""
            if missing:
                note = tr("No area types for {years}.").format(
                    years=", ".join(str(y) for y in missing)
                )
        else:
            self.share_chart.clear()
            note = tr(
                "The share in area types 1–2 needs area types per year (e.g. area_type_2022, "
                "area_type_2023) and the population."
            )
        self.share_chart.setVisible(bool(self.share_by_year))
        self.share_note.setText(note)
        self.share_note.setVisible(bool(note))
        self._fill_series_table()
        self.series_result_group.setVisible(True)
        self.series_controls.status_label.setText(
            tr("Done: {n} regions over {years}.").format(
                n=len(self.series_regions), years=", ".join(years)
            )
        )

    def series_rows(self) -> list[dict]:
        """One row per region and year: the plotted values (share in percent)."""
        rows = []
        for key, label in self.series_regions.items():
            for year in self.series_years:
                share = self.share_by_year.get(year, {}).get(key)
                rows.append(
                    {
                        "region": key,
                        "region_name": label,
                        "year": year,
                        "ojamlikhetsindex": self.index_by_year.get(year, {}).get(key),
                        "share_type_12_pct": None if share is None else 100.0 * share,
                    }
                )
        return rows

    def _fill_series_table(self) -> None:
        headers = [tr("Region"), tr("Year"), tr("Ojämlikhetsindex (%)"), tr("Types 1+2")]
        setup_table(self.series_table, headers)
        items = [
            [
                text_item(row["region_name"]),
                number_item(row["year"]),
                number_item(row["ojamlikhetsindex"], 1),
                number_item(row["share_type_12_pct"], 1, " %"),
            ]
            for row in self.series_rows()
        ]
        fill_rows(self.series_table, items)

    def _choose_export(self, *_args) -> None:
        if not self.series_years:
            return
        path = ask_csv_path(self, SETTINGS + "export_folder", tr("time_series.csv"))
        if path:
            self.export_csv(path)

    @reports_errors
    def export_csv(self, path: str) -> int:
        """Write the time series (one row per region and year) to ``path``."""
        names = ["region", "region_name", "year", "ojamlikhetsindex", "share_type_12_pct"]
        try:
            count = write_csv(path, names, self.series_rows())
        except OSError as error:
            push_error(
                self.iface, tr("Could not write {file}: {error}").format(file=path, error=error)
            )
            return 0
        QgsSettings().setValue(SETTINGS + "export_folder", str(Path(path).parent))
        self.series_controls.status_label.setText(
            tr("Saved {n} rows to {file}.").format(n=count, file=path)
        )
        return count

    # -- settings and project ------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QgsSettings()
        mode = settings.value(SETTINGS + "mode", TWO_LAYERS, type=int)
        self.mode_group.button(mode if mode in (ONE_LAYER, TWO_LAYERS) else TWO_LAYERS).setChecked(
            True
        )
        self.series_region_combo.setCurrentIndex(
            max(
                self.series_region_combo.findData(settings.value(SETTINGS + "level", 1, type=int)),
                0,
            )
        )
        layers = list(QgsProject.instance().mapLayers().values())
        self._on_mode_changed()
        self._pick_transition_layers(layers)
        self._pick_series_layers(layers)
        self._on_series_layer_changed(self.series_layer_combo.currentLayer())
        self._on_types_layer_changed(self.types_layer_combo.currentLayer())

    def _save_settings(self) -> None:
        settings = QgsSettings()
        settings.setValue(SETTINGS + "mode", self.mode())
        settings.setValue(SETTINGS + "level", self.series_region_combo.currentData())

    @reports_errors
    def _on_layers_added(self, layers) -> None:
        everything = list(QgsProject.instance().mapLayers().values())
        self._pick_transition_layers(everything)
        self._pick_series_layers(everything)

    def shutdown(self) -> None:
        self.transition_controls.stop()
        self.series_controls.stop()
        super().shutdown()
