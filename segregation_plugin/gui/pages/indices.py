"""Step "Indices": ojämlikhetsindex and the segregation indices per region.

Runs ``segregation:indices`` on units with group counts (e.g. persons per income
quintile q1..q5) and, when a layer with area types and a population field is
chosen, ``segregation:regionflags`` after it. Shows a sortable table per region
(ojämlikhetsindex first), a bar chart of a chosen index with the mean over the
regions, the flags, and the population share per area type of each region and of
all loaded data as stacked bars; the table can be saved as CSV.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    Qgis,
    QgsFieldProxyModel,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import QgsCollapsibleGroupBox, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
)

from ...adapter.styling import AREA_TYPE_COLOURS, NOT_CLASSIFIED_COLOUR, area_type_label
from ...compat import VECTOR_LAYER_FILTER
from ...core.errors import N_
from ...i18n import tr
from ...processing.algorithms.indices import INDEX_LABELS
from ..chain import RunChain, Step
from ..charts import Segment, StackedBar, StackedBarChart, ValueBar, ValueBarChart
from ..messages import push, push_error, reports_errors
from ..runcontrols import ChainPage
from ..suggest import fold, suggest_population_field
from ..widgets import (
    as_float,
    ask_csv_path,
    fill_rows,
    layer_combo,
    narrow,
    number_item,
    number_text,
    output_layer,
    read_rows,
    setup_table,
    stacked_form,
    text_item,
    write_csv,
)
from .base import text_label

INDICES = "segregation:indices"
REGIONFLAGS = "segregation:regionflags"
SETTINGS = "segregation/indices/"

#: Region choices: (label, REGION_LEVEL or None for a field).
REGION_CHOICES = (
    (N_("Municipality (from the area code)"), 1),
    (N_("County (from the area code)"), 2),
    (N_("Whole layer"), 0),
    (N_("Field…"), None),
)
#: Indices shown in the table with their short headers (all are in the CSV and the chart).
SHORT_NAMES = {
    "ojamlikhetsindex": N_("Ojämlikhetsindex (%)"),
    "dissimilarity": N_("D"),
    "gini": N_("Gini"),
    "information_theory": N_("H"),
    "isolation": N_("Isolation"),
    "exposure": N_("Exposure"),
    "multigroup_dissimilarity": N_("Multigroup D"),
}
#: The table's indices in the algorithm's order: ojämlikhetsindex first.
TABLE_INDICES = tuple(name for name in INDEX_LABELS if name in SHORT_NAMES)
AREA_TYPE_FIELDS = ("area_type", "omradestyp", "områdestyp")
BAR_COLOUR = "#4575b4"
FLAGGED_COLOUR = "#b2182b"

_GROUP_RE = re.compile(
    r"^(?:q|kv|kvintil|inkomstkvintil|quintile|income_quintile)_?([1-9])(?:_((?:19|20)\d\d))?$"
)


def suggest_group_fields(names: Sequence[str]) -> list[str]:
    """Income-quintile count fields in order (q1..q5, kvintil_1_2023...), or [].

    Fields with a year (as the join names them) are taken from the latest year that
    has at least two; plain q1..q5 win over fields with a year.
    """
    by_year: dict = {}
    for name in names:
        match = _GROUP_RE.match(fold(name))
        if match:
            year = int(match.group(2)) if match.group(2) else 10_000  # no year: first choice
            by_year.setdefault(year, {}).setdefault(int(match.group(1)), name)
    for year in sorted(by_year, reverse=True):
        groups = by_year[year]
        if len(groups) >= 2:
            return [groups[k] for k in sorted(groups)]
    return []


def suggest_area_type_field(names: Sequence[str]) -> Optional[str]:
    lowered = {fold(n): n for n in names}
    return next((lowered[fold(h)] for h in AREA_TYPE_FIELDS if fold(h) in lowered), None)


def region_label(row: dict) -> str:
    name = row.get("region_name")
    return str(name) if name not in (None, "") else str(row.get("region") or "")


def mean_of(values) -> Optional[float]:
    numbers = [v for v in (as_float(x) for x in values) if v is not None]
    return sum(numbers) / len(numbers) if numbers else None


def composition_bars(groups: Sequence[tuple[str, Sequence[dict]]]) -> list[StackedBar]:
    """Stacked bars of share_type_1..5 (and not classified) from regionflags output rows:
    ``groups`` is (label prefix, rows) in drawing order, e.g. municipalities, their county,
    all loaded data. The shares come from the algorithm; nothing is computed here."""
    bars = []
    for prefix, rows in groups:
        for row in rows:
            segments = [
                Segment(
                    area_type_label(t),
                    as_float(row.get(f"share_type_{t}")) or 0.0,
                    AREA_TYPE_COLOURS[t],
                )
                for t in range(1, 6)
            ]
            null = as_float(row.get("share_type_null")) or 0.0
            if null > 0:
                segments.append(Segment(area_type_label(0), null, NOT_CLASSIFIED_COLOUR))
            label = (
                prefix
                if prefix and len(rows) == 1 and row.get("region") == "all"
                else (f"{prefix} {region_label(row)}".strip())
            )
            bars.append(StackedBar(label, tuple(segments)))
    return bars


class IndicesPage(ChainPage):
    """Choose units, groups and regions; run; read the indices, flags and charts."""

    STEP_ID = "indices"
    TITLE = N_("Indices")

    def __init__(self, iface, parent=None) -> None:
        super().__init__(iface, parent)
        self.index_fields: list[str] = []
        self.index_rows: list[dict] = []
        self.flag_rows: list[dict] = []
        self.wider_rows: dict[str, list[dict]] = {}
        self.start_page()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "Segregation indices per municipality or county from counts of groups per "
                    "area, e.g. persons per income quintile. Ojämlikhetsindex (Delmos): the "
                    "share of the low-income group that would have to move to be spread like "
                    "the high-income group."
                ),
                self,
            )
        )
        form = stacked_form()
        self.layer_combo = layer_combo(
            self,
            "layerCombo",
            VECTOR_LAYER_FILTER,
            tr("Areas (DeSO, RegSO…) with a count per group."),
        )
        form.addRow(tr("Areas with group counts"), self.layer_combo)
        self.group_list = QListWidget(self)
        self.group_list.setObjectName("groupList")
        self.group_list.setMaximumHeight(130)
        self.group_list.setToolTip(
            tr("Tick the count fields of mutually exclusive groups, lowest income first.")
        )
        form.addRow(tr("Groups (e.g. q1…q5)"), self.group_list)
        self.focus_combo = QComboBox(self)
        self.focus_combo.setObjectName("focusCombo")
        form.addRow(tr("Low-income group (focus)"), self.focus_combo)
        self.compare_combo = QComboBox(self)
        self.compare_combo.setObjectName("compareCombo")
        form.addRow(tr("High-income group (compare)"), self.compare_combo)
        self.region_combo = QComboBox(self)
        self.region_combo.setObjectName("regionCombo")
        for text, level in REGION_CHOICES:
            self.region_combo.addItem(tr(text), level)
        narrow(self.region_combo, 12)
        self.region_field_combo = QgsFieldComboBox(self)
        self.region_field_combo.setObjectName("regionFieldCombo")
        self.region_field_combo.setAllowEmptyFieldName(True)
        row = QHBoxLayout()
        row.addWidget(self.region_combo, 1)
        row.addWidget(self.region_field_combo, 1)
        form.addRow(tr("Regions"), row)
        self.permutations_spin = QSpinBox(self)
        self.permutations_spin.setObjectName("permutationsSpin")
        self.permutations_spin.setRange(0, 99999)
        self.permutations_spin.setSingleStep(100)
        self.permutations_spin.setToolTip(
            tr("Random relabellings for p-values (0 = none; 999 gives stable p-values).")
        )
        form.addRow(tr("Permutations for p-values"), self.permutations_spin)
        layout.addLayout(form)
        layout.addWidget(self._build_options())
        layout.addWidget(self._build_flags())

        self.add_controls(layout, tr("Run"), tr("The indices could not be computed: {error}"))
        layout.addWidget(self._build_results())
        layout.addStretch(1)

        self.layer_combo.layerChanged.connect(self._on_layer_changed)
        self.group_list.itemChanged.connect(lambda _item: self._update_group_combos())
        self.region_combo.currentIndexChanged.connect(lambda _i: self._update_enabled())
        self.flags_layer_combo.layerChanged.connect(self._on_flags_layer_changed)
        self.run_button.clicked.connect(lambda _checked=False: self.start())
        self.index_combo.currentIndexChanged.connect(lambda _i: self._update_chart())
        self.export_button.clicked.connect(lambda _checked=False: self._choose_export_file())

    def _build_options(self) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(tr("Options"), self)
        box.setObjectName("optionsGroup")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.code_field_combo = QgsFieldComboBox(box)
        self.code_field_combo.setObjectName("codeFieldCombo")
        self.code_field_combo.setAllowEmptyFieldName(True)
        self.code_field_combo.setToolTip(
            tr("The DeSO/RegSO code the municipality and county are read from (empty: detected).")
        )
        form.addRow(tr("Area code field"), self.code_field_combo)
        self.two_group_check = QCheckBox(tr("Focus vs compare group only"), box)
        self.two_group_check.setToolTip(
            tr("The single-group indices compare the focus group with the rest by default.")
        )
        form.addRow(self.two_group_check)
        box.setCollapsed(True)
        return box

    def _build_flags(self) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(tr("Area types and flags (optional)"), self)
        box.setObjectName("flagsGroup")
        form = stacked_form(box)
        form.addRow(
            text_label(
                tr(
                    "With a layer of area types (from the Area types step) and its population, "
                    "the population share per area type of each region and Delmos' flags are "
                    "computed too."
                ),
                box,
            )
        )
        self.flags_layer_combo = QgsMapLayerComboBox(box)
        self.flags_layer_combo.setObjectName("flagsLayerCombo")
        self.flags_layer_combo.setFilters(VECTOR_LAYER_FILTER)
        form.addRow(tr("Areas with area types"), self.flags_layer_combo)
        self.area_type_combo = QgsFieldComboBox(box)
        self.area_type_combo.setObjectName("areaTypeCombo")
        self.area_type_combo.setAllowEmptyFieldName(True)
        form.addRow(tr("Area type (empty: no flags)"), self.area_type_combo)
        self.population_combo = QgsFieldComboBox(box)
        self.population_combo.setObjectName("populationCombo")
        self.population_combo.setFilters(QgsFieldProxyModel.Numeric)
        self.population_combo.setAllowEmptyFieldName(True)
        form.addRow(tr("Population"), self.population_combo)
        self.flags_group = box
        return box

    def _build_results(self) -> QGroupBox:
        box = QGroupBox(tr("Result"), self)
        box.setObjectName("resultGroup")
        layout = QVBoxLayout(box)
        self.summary_label = text_label("", box)
        self.summary_label.setObjectName("summaryLabel")
        layout.addWidget(self.summary_label)
        self.table = QTableWidget(0, 0, box)
        self.table.setObjectName("resultsTable")
        layout.addWidget(self.table)
        row = QHBoxLayout()
        self.export_button = QPushButton(tr("Save table as CSV…"), box)
        self.export_button.setObjectName("exportButton")
        row.addStretch(1)
        row.addWidget(self.export_button)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(text_label(tr("Chart"), box))
        self.index_combo = QComboBox(box)
        self.index_combo.setObjectName("chartIndexCombo")
        narrow(self.index_combo)
        row.addWidget(self.index_combo, 1)
        layout.addLayout(row)
        self.chart = ValueBarChart(box)
        self.chart.setObjectName("indexChart")
        layout.addWidget(self.chart)
        self.flags_label = text_label("", box)
        self.flags_label.setObjectName("flagsLabel")
        layout.addWidget(self.flags_label)
        self.composition_chart = StackedBarChart(box)
        self.composition_chart.setObjectName("compositionChart")
        layout.addWidget(self.composition_chart)
        box.setVisible(False)
        self.result_group = box
        return box

    # -- choices -------------------------------------------------------------------------------

    def group_fields(self) -> list[str]:
        """The ticked group fields, in list order."""
        return [
            self.group_list.item(i).text()
            for i in range(self.group_list.count())
            if self.group_list.item(i).checkState() == Qt.Checked
        ]

    def set_group_fields(self, names: Sequence[str]) -> None:
        wanted = set(names)
        self.group_list.blockSignals(True)
        for i in range(self.group_list.count()):
            item = self.group_list.item(i)
            item.setCheckState(Qt.Checked if item.text() in wanted else Qt.Unchecked)
        self.group_list.blockSignals(False)
        self._update_group_combos()

    def region_level(self) -> Optional[int]:
        return self.region_combo.currentData()

    def _update_group_combos(self, focus: str = "", compare: str = "") -> None:
        groups = self.group_fields()
        focus = focus or self.focus_combo.currentText()
        compare = compare or self.compare_combo.currentText()
        for combo, current, default in (
            (self.focus_combo, focus, groups[0] if groups else ""),
            (self.compare_combo, compare, groups[-1] if groups else ""),
        ):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(groups)
            combo.setCurrentText(current if current in groups else default)
            combo.blockSignals(False)
        if len(groups) >= 2 and self.focus_combo.currentText() == self.compare_combo.currentText():
            self.focus_combo.setCurrentText(groups[0])
            self.compare_combo.setCurrentText(groups[-1])

    @reports_errors
    def _on_layer_changed(self, layer, groups: Optional[Sequence[str]] = None) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.group_list.blockSignals(True)
        self.group_list.clear()
        if layer is not None:
            for field in layer.fields():
                if field.isNumeric() and fold(field.name()) not in ("fid",):
                    item = QListWidgetItem(field.name(), self.group_list)
                    item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
                    item.setCheckState(Qt.Unchecked)
        self.group_list.blockSignals(False)
        for combo in (self.region_field_combo, self.code_field_combo):
            combo.setLayer(layer)
        if layer is not None:
            names = layer.fields().names()
            suggested = suggest_group_fields([f.name() for f in layer.fields() if f.isNumeric()])
            chosen = [g for g in (groups or []) if g in names] or suggested
            self.set_group_fields(chosen)
            if suggest_area_type_field(names):
                self.flags_layer_combo.setLayer(layer)
            elif self.flags_layer_combo.currentLayer() is None or not self._has_area_types(
                self.flags_layer_combo.currentLayer()
            ):
                pick = next(
                    (
                        la
                        for la in QgsProject.instance().mapLayers().values()
                        if isinstance(la, QgsVectorLayer) and self._has_area_types(la)
                    ),
                    None,
                )
                self.flags_layer_combo.setLayer(pick or layer)
        else:
            self._update_group_combos()
        self._update_enabled()

    @staticmethod
    def _has_area_types(layer) -> bool:
        return isinstance(layer, QgsVectorLayer) and bool(
            suggest_area_type_field(layer.fields().names())
        )

    @reports_errors
    def _on_flags_layer_changed(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.area_type_combo.setLayer(layer)
        self.population_combo.setLayer(layer)
        if layer is None:
            return
        names = layer.fields().names()
        self.area_type_combo.setField(suggest_area_type_field(names) or "")
        numeric = [f.name() for f in layer.fields() if f.isNumeric()]
        self.population_combo.setField(suggest_population_field(numeric) or "")

    @reports_errors
    def _on_layers_added(self, layers) -> None:
        """Pick a new layer with group counts when none is chosen yet (e.g. the sample)."""
        vectors = [la for la in layers if isinstance(la, QgsVectorLayer)]
        if len(self.group_fields()) < 2:
            remembered = QgsSettings().value(SETTINGS + "layer", "", type=str)
            pick = next((la for la in vectors if la.name() == remembered), None)
            if pick is None:
                pick = next(
                    (
                        la
                        for la in vectors
                        if len(suggest_group_fields([f.name() for f in la.fields()])) >= 2
                    ),
                    None,
                )
            if pick is not None:
                self.layer_combo.setLayer(pick)
        flags_layer = self.flags_layer_combo.currentLayer()
        if not self._has_area_types(flags_layer):
            pick = next((la for la in vectors if self._has_area_types(la)), None)
            if pick is not None:
                self.flags_layer_combo.setLayer(pick)

    def _update_enabled(self) -> None:
        self.region_field_combo.setEnabled(self.region_level() is None)
        self.controls.update_buttons()

    # -- settings ------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QgsSettings()
        project = QgsProject.instance()
        self.region_combo.setCurrentIndex(settings.value(SETTINGS + "region", 0, type=int))
        self.permutations_spin.setValue(settings.value(SETTINGS + "permutations", 0, type=int))
        self.two_group_check.setChecked(settings.value(SETTINGS + "two_group", False, type=bool))
        name = settings.value(SETTINGS + "layer", "", type=str)
        match = project.mapLayersByName(name) if name else []
        if match:
            self.layer_combo.setLayer(match[0])
        groups = settings.value(SETTINGS + "groups", [], type=list) or []
        self._on_layer_changed(self.layer_combo.currentLayer(), groups)
        self._update_group_combos(
            settings.value(SETTINGS + "focus", "", type=str),
            settings.value(SETTINGS + "compare", "", type=str),
        )
        region_field = settings.value(SETTINGS + "region_field", "", type=str)
        if region_field:
            self.region_field_combo.setField(region_field)
        name = settings.value(SETTINGS + "flags_layer", "", type=str)
        match = project.mapLayersByName(name) if name else []
        if match:
            self.flags_layer_combo.setLayer(match[0])
        self._on_flags_layer_changed(self.flags_layer_combo.currentLayer())
        self._update_enabled()

    def _save_settings(self) -> None:
        settings = QgsSettings()
        layer = self.layer_combo.currentLayer()
        settings.setValue(SETTINGS + "layer", layer.name() if layer else "")
        settings.setValue(SETTINGS + "groups", self.group_fields())
        settings.setValue(SETTINGS + "focus", self.focus_combo.currentText())
        settings.setValue(SETTINGS + "compare", self.compare_combo.currentText())
        settings.setValue(SETTINGS + "region", self.region_combo.currentIndex())
        settings.setValue(SETTINGS + "region_field", self.region_field_combo.currentField())
        settings.setValue(SETTINGS + "permutations", self.permutations_spin.value())
        settings.setValue(SETTINGS + "two_group", self.two_group_check.isChecked())
        flags = self.flags_layer_combo.currentLayer()
        settings.setValue(SETTINGS + "flags_layer", flags.name() if flags else "")

    # -- running -------------------------------------------------------------------------------

    def _region_parameters(self) -> Optional[dict]:
        level = self.region_level()
        if level is None:
            field = self.region_field_combo.currentField()
            if not field:
                return self._bad_input(tr("Choose the field that names the regions."))
            return {"REGION_FIELD": field, "REGION_LEVEL": 0}
        params = {"REGION_LEVEL": level}
        if self.code_field_combo.currentField() and level:
            params["CODE_FIELD"] = self.code_field_combo.currentField()
        return params

    def parameters(self) -> Optional[dict]:
        """Parameters of segregation:indices from the choices, or None (and a message)."""
        layer = self.layer_combo.currentLayer()
        if layer is None:
            return self._bad_input(tr("Choose the layer with the group counts."))
        groups = self.group_fields()
        if len(groups) < 2:
            return self._bad_input(tr("Tick at least two group fields."))
        focus, compare = self.focus_combo.currentText(), self.compare_combo.currentText()
        if focus == compare:
            return self._bad_input(tr("The low- and high-income groups must differ."))
        regions = self._region_parameters()
        if regions is None:
            return None
        return {
            "INPUT": layer.id(),
            "GROUP_FIELDS": groups,
            "FOCUS_GROUP": focus,
            "COMPARE_GROUP": compare,
            "TWO_GROUP": self.two_group_check.isChecked(),
            "PERMUTATIONS": self.permutations_spin.value(),
            "OUTPUT": "TEMPORARY_OUTPUT",
            **regions,
        }

    def flags_parameters(self, indices_params: dict) -> Optional[dict]:
        """Parameters of segregation:regionflags, or None when no area types are chosen."""
        layer = self.flags_layer_combo.currentLayer()
        area_type = self.area_type_combo.currentField()
        population = self.population_combo.currentField()
        if layer is None or not area_type or not population:
            return None
        names = layer.fields().names()
        params = {
            "INPUT": layer.id(),
            "AREA_TYPE_FIELD": area_type,
            "POPULATION_FIELD": population,
            "REGION_LEVEL": indices_params["REGION_LEVEL"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        region_field = indices_params.get("REGION_FIELD")
        if region_field:
            if region_field not in names:
                return None
            params["REGION_FIELD"] = region_field
        code = indices_params.get("CODE_FIELD")
        if code and code in names:
            params["CODE_FIELD"] = code
        for key, group in (
            ("LOW_FIELD", indices_params["FOCUS_GROUP"]),
            ("HIGH_FIELD", indices_params["COMPARE_GROUP"]),
        ):
            if group in names:
                params[key] = group
        if ("LOW_FIELD" in params) != ("HIGH_FIELD" in params):
            params.pop("LOW_FIELD", None)
            params.pop("HIGH_FIELD", None)
        return params

    @reports_errors
    def start(self) -> None:
        """Run the indices (and the flags) in the background (the Run button)."""
        if self.controls.is_running():
            return
        params = self.parameters()
        if params is None:
            return
        flags = self.flags_parameters(params)
        self._save_settings()
        self._clear_results()
        steps = [Step("indices", INDICES, lambda chain: params, tr("Computing the indices"))]
        if flags is not None:
            steps.append(
                Step("flags", REGIONFLAGS, lambda chain: flags, tr("Area types and flags"))
            )
            # the same composition for the county and for all loaded data, for comparison
            wider = [("flags_all", 0)]
            if flags["REGION_LEVEL"] == 1 and "REGION_FIELD" not in flags:
                wider.insert(0, ("flags_county", 2))
            for key, level in wider:
                steps.append(
                    Step(
                        key,
                        REGIONFLAGS,
                        lambda chain, level=level: dict(flags, REGION_LEVEL=level),
                        tr("Area types and flags"),
                    )
                )
        self.controls.start(steps, self._done)

    @reports_errors
    def _done(self, chain: RunChain) -> None:
        table = output_layer(chain.runs["indices"], "OUTPUT")
        if table is None:
            raise RuntimeError(tr("The indices table was not found."))
        self.index_fields, self.index_rows = read_rows(table)
        self.flag_rows, self.wider_rows = [], {}
        for key in ("flags", "flags_county", "flags_all"):
            layer = output_layer(chain.runs[key], "OUTPUT") if key in chain.runs else None
            rows = read_rows(layer)[1] if layer is not None else []
            if key == "flags":
                self.flag_rows = rows
            else:
                self.wider_rows[key] = rows
        self.show_results()

    def _clear_results(self) -> None:
        self.result_group.setVisible(False)
        self.table.setRowCount(0)
        self.chart.clear()
        self.composition_chart.clear()
        self.index_rows, self.flag_rows, self.index_fields = [], [], []

    # -- results -------------------------------------------------------------------------------

    def index_names(self) -> list[str]:
        """The index columns of the result, in the algorithm's order."""
        return [n for n in INDEX_LABELS if n in self.index_fields]

    def _flags_by_region(self) -> dict:
        return {str(row.get("region")): row for row in self.flag_rows}

    def show_results(self) -> None:
        shown = [n for n in TABLE_INDICES if n in self.index_fields]
        p_values = [f"{n}_p" for n in shown if f"{n}_p" in self.index_fields]
        flags = self._flags_by_region()
        headers = [tr("Region"), tr("Areas"), tr("Population")]
        tips = ["", tr("Areas (units) with population in the region."), ""]
        headers += [tr(SHORT_NAMES[n]) for n in shown]
        tips += [tr(INDEX_LABELS[n]) for n in shown]
        headers += [tr("p ({index})").format(index=tr(SHORT_NAMES[n[:-2]])) for n in p_values]
        tips += [tr("Share of random relabellings at least as segregated.")] * len(p_values)
        if flags:
            headers += [tr("Types 1+2"), tr("Flagged")]
            tips += [
                tr("Share of the population in areas of type 1 or 2."),
                tr("Flagged by both of Delmos' criteria (see the text below the chart)."),
            ]
        setup_table(self.table, headers, tips)
        rows = []
        for record in self.index_rows:
            note = record.get("note") or ""
            items = [
                text_item(region_label(record), tooltip=note or region_label(record)),
                number_item(record.get("n_units")),
                number_item(record.get("population")),
            ]
            for name in shown:
                items.append(number_item(record.get(name), 1 if name == "ojamlikhetsindex" else 3))
            for name in p_values:
                items.append(number_item(record.get(name), 3))
            if flags:
                flag = flags.get(str(record.get("region")), {})
                share = as_float(flag.get("share_type_12"))
                items.append(number_item(None if share is None else 100 * share, 1, " %"))
                flagged = as_float(flag.get("flag_combined"))
                text = tr("yes") if flagged else ("–" if flagged is None else tr("no"))
                items.append(text_item(text, flagged, flag.get("flag_note") or ""))
            rows.append(items)
        fill_rows(self.table, rows)
        self.table.sortItems(3 if shown else 0, Qt.DescendingOrder)

        current = self.index_combo.currentData()
        self.index_combo.blockSignals(True)
        self.index_combo.clear()
        for name in self.index_names():
            self.index_combo.addItem(tr(INDEX_LABELS[name]), name)
        index = self.index_combo.findData(current) if current else -1
        self.index_combo.setCurrentIndex(max(index, 0))
        self.index_combo.blockSignals(False)
        self._update_chart()
        self._show_flags()

        first = self.index_rows[0] if self.index_rows else {}
        self.summary_label.setText(
            tr("{n} regions ({level}); {groups}.").format(
                n=len(self.index_rows),
                level=first.get("unit_level") or "",
                groups=first.get("groups") or "",
            )
        )
        self.result_group.setVisible(True)
        self.status_label.setText(
            tr("Done: indices for {n} regions.").format(n=len(self.index_rows))
        )
        notes = [f"{region_label(r)}: {r['note']}" for r in self.index_rows if r.get("note")]
        if notes:
            push(self.iface, tr("Some regions have notes."), "\n".join(notes), Qgis.Warning)

    def chart_index(self) -> str:
        return self.index_combo.currentData() or ""

    def _update_chart(self) -> None:
        name = self.chart_index()
        if not name or not self.index_rows:
            self.chart.clear()
            return
        flagged = {str(r.get("region")) for r in self.flag_rows if as_float(r.get("flag_combined"))}
        decimals = 1 if name == "ojamlikhetsindex" else 3
        bars = [
            ValueBar(
                region_label(row),
                as_float(row.get(name)),
                FLAGGED_COLOUR if str(row.get("region")) in flagged else BAR_COLOUR,
                row.get("note") or "",
            )
            for row in self.index_rows
        ]
        mean = mean_of(row.get(name) for row in self.index_rows)
        mean_text = ""
        if mean is not None:
            mean_text = tr("Mean of the regions: {value}").format(value=number_text(mean, decimals))
        self.chart.set_bars(
            bars, tr(INDEX_LABELS[name]), mean=mean, mean_label=mean_text, decimals=decimals
        )

    def _show_flags(self) -> None:
        if not self.flag_rows:
            self.flags_label.setText("")
            self.flags_label.setVisible(False)
            self.composition_chart.clear()
            self.composition_chart.setVisible(False)
            return
        first = self.flag_rows[0]
        flagged = [region_label(r) for r in self.flag_rows if as_float(r.get("flag_combined"))]
        ineq = as_float(first.get("ineq_threshold"))
        share = as_float(first.get("share12_threshold"))
        lines = [
            tr(
                "Delmos' flags: ojämlikhetsindex at least {t1} and share in area types 1+2 at "
                "least {t2} (mean + k × SD over these regions)."
            ).format(
                t1="–" if ineq is None else f"{ineq:.1f}",
                t2="–" if share is None else f"{100 * share:.1f} %",
            ),
            tr("Flagged: {regions}").format(regions=", ".join(flagged) or tr("none")),
        ]
        self.flags_label.setText("\n".join(lines))
        self.flags_label.setVisible(True)
        self.composition_chart.set_bars(
            composition_bars(
                [
                    ("", self.flag_rows),
                    (tr("County"), self.wider_rows.get("flags_county", [])),
                    (tr("All loaded"), self.wider_rows.get("flags_all", [])),
                ]
            ),
            tr("Share of the population per area type"),
            [(area_type_label(t), AREA_TYPE_COLOURS[t]) for t in range(1, 6)],
        )
        self.composition_chart.setVisible(True)

    # -- export --------------------------------------------------------------------------------

    def _choose_export_file(self) -> None:
        if not self.index_rows:
            return
        path = ask_csv_path(self, SETTINGS + "export_folder", tr("indices.csv"))
        if path:
            self.export_csv(path)

    @reports_errors
    def export_csv(self, path: str) -> int:
        """Write the indices table (every field) to ``path``; returns the number of rows."""
        try:
            count = write_csv(path, self.index_fields, self.index_rows)
        except OSError as error:
            push_error(
                self.iface, tr("Could not write {file}: {error}").format(file=path, error=error)
            )
            return 0
        QgsSettings().setValue(SETTINGS + "export_folder", str(Path(path).parent))
        self.status_label.setText(tr("Saved {n} rows to {file}.").format(n=count, file=path))
        return count

    # -- lifecycle -----------------------------------------------------------------------------
