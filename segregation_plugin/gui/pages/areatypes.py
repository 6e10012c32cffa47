"""Step "Area types": SCB's socioeconomic index and the five area types for a layer.

Runs ``segregation:areatypes`` in the background and shows the reference mean
and SD, the warnings, a sortable table per area type (areas, population,
population share) and a bar chart of the shares in the area-type colours.
"""

from __future__ import annotations

from typing import Optional

from qgis.core import (
    QgsFieldProxyModel,
    QgsMapLayerProxyModel,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsSettings,
    QgsVectorLayer,
)
from qgis.gui import (
    QgsCollapsibleGroupBox,
    QgsDoubleSpinBox,
    QgsFieldComboBox,
    QgsFileWidget,
    QgsMapLayerComboBox,
)
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.errors import N_
from ...i18n import tr
from ...processing.algorithms.areatypes import AreaTypesAlgorithm
from ..charts import Bar, BarChart, percent
from ..messages import first_line, push_error, reports_errors
from ..suggest import suggest_indicator_fields, suggest_population_field
from ..summary import TypeRow, read_types_and_population, type_summary
from ..tasks import AlgorithmRun
from ..widgets import layer_combo
from .base import StepPage, text_label

AREATYPES = "segregation:areatypes"
SETTINGS = "segregation/areatypes/"
ROLES = ("V1", "V2", "V3")
#: Integer field types: QVariant and QMetaType share these numbers (Int, UInt,
#: LongLong, ULongLong), so this works before and after QGIS 3.38.
INTEGER_TYPES = frozenset({2, 3, 4, 5})
#: Reference choices, in the order of the algorithm's REFERENCE enum.
REFERENCE_INPUT, REFERENCE_GIVEN, REFERENCE_LAYER = 0, 1, 2
COLUMNS = (N_("Area type"), N_("Areas"), N_("Population"), N_("Share"))
COLUMN_TIPS = (
    N_("Area type (1-5); the colours are those of the map."),
    N_("Number of areas of this type."),
    N_("Inhabitants of the areas of this type (from the population field)."),
    N_("Share of the population of all classified areas."),
)


class _NumberItem(QTableWidgetItem):
    """A table cell shown as text but sorted by its number (Qt.UserRole)."""

    def __init__(self, text: str, number: float) -> None:
        super().__init__(text)
        self.setData(Qt.UserRole, number)
        self.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(Qt.UserRole), other.data(Qt.UserRole)
        if mine is None or theirs is None:
            return super().__lt__(other)
        return mine < theirs


def _number(value: float, decimals: int = 0) -> str:
    return QLocale().toString(float(value), "f", decimals)


# -- the page ------------------------------------------------------------------------------------


class AreaTypesPage(StepPage):
    """Pick the layer, the indicators and the reference; run; read the summary."""

    STEP_ID = "areatypes"
    TITLE = N_("Area types")

    def __init__(self, iface, parent=None) -> None:
        super().__init__(iface, parent)
        self.run: Optional[AlgorithmRun] = None
        self.output_layer: Optional[QgsVectorLayer] = None
        self._population_field = ""
        self.start_page()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "Classifies areas into SCB's five area types (områdestyper) by the "
                    "socioeconomic index (V1 + V2 + V3) / 3, in standard deviations from the "
                    "reference mean. Types 1 and 2 are areas with socioeconomic challenges."
                ),
                self,
            )
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.WrapAllRows)  # labels above: the dock is narrow
        self.layer_combo = layer_combo(
            self,
            "layerCombo",
            QgsMapLayerProxyModel.VectorLayer,
            tr("A layer or table with one row per area (DeSO, RegSO…)"),
        )
        form.addRow(tr("Areas"), self.layer_combo)
        self.field_combos: dict[str, QgsFieldComboBox] = {}
        labels = {
            "V1": tr("V1: low economic standard (%)"),
            "V2": tr("V2: förgymnasial education (%)"),
            "V3": tr("V3: social assistance / unemployment (%)"),
        }
        tips = {
            "V1": tr("Share of persons with low economic standard, in percent."),
            "V2": tr("Share aged 20-64 whose highest education is förgymnasial, in percent."),
            "V3": tr(
                "Share aged 20-64 with long-term social assistance and/or unemployment, "
                "in percent."
            ),
        }
        for role in ROLES:
            combo = QgsFieldComboBox(self)
            combo.setObjectName(f"{role.lower()}Combo")
            combo.setFilters(QgsFieldProxyModel.Numeric)
            combo.setAllowEmptyFieldName(True)
            combo.setToolTip(tips[role])
            self.field_combos[role] = combo
            form.addRow(labels[role], combo)
        self.population_combo = QgsFieldComboBox(self)
        self.population_combo.setObjectName("populationCombo")
        self.population_combo.setFilters(QgsFieldProxyModel.Numeric)
        self.population_combo.setAllowEmptyFieldName(True)
        self.population_combo.setToolTip(
            tr("Optional: the number of inhabitants, for the population share per area type.")
        )
        form.addRow(tr("Population (optional)"), self.population_combo)
        layout.addLayout(form)

        layout.addWidget(self._build_reference())
        layout.addWidget(self._build_options())

        buttons = QHBoxLayout()
        self.run_button = QPushButton(tr("Run"), self)
        self.run_button.setObjectName("runButton")
        self.run_button.setDefault(True)
        self.cancel_button = QPushButton(tr("Cancel"), self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setEnabled(False)
        buttons.addStretch(1)
        buttons.addWidget(self.run_button)
        buttons.addWidget(self.cancel_button)
        layout.addLayout(buttons)
        self.status_label = text_label("", self)
        self.status_label.setObjectName("statusLabel")
        layout.addWidget(self.status_label)

        layout.addWidget(self._build_results())
        layout.addStretch(1)

        self.layer_combo.layerChanged.connect(self._on_layer_changed)
        self.population_combo.fieldChanged.connect(self._update_enabled)
        self.run_button.clicked.connect(lambda _checked=False: self.start())
        self.cancel_button.clicked.connect(lambda _checked=False: self.cancel())

    def _build_reference(self) -> QGroupBox:
        box = QGroupBox(tr("Reference (mean and SD)"), self)
        box.setToolTip(tr("The area types are cut at this mean plus or minus whole SDs."))
        layout = QVBoxLayout(box)
        self.reference_group = QButtonGroup(box)
        texts = (
            tr("This layer (local area types)"),
            tr("Given mean and SD (e.g. Sweden's)"),
            tr("Another layer (e.g. all of Sweden)"),
        )
        for i, text in enumerate(texts):
            button = QRadioButton(text, box)
            button.setObjectName(f"referenceButton{i}")
            self.reference_group.addButton(button, i)
            layout.addWidget(button)
            if i == REFERENCE_GIVEN:
                row = QHBoxLayout()
                row.setContentsMargins(20, 0, 0, 0)
                self.mean_spin = QgsDoubleSpinBox(box)
                self.std_spin = QgsDoubleSpinBox(box)
                for spin in (self.mean_spin, self.std_spin):
                    spin.setDecimals(4)
                    spin.setRange(0.0, 100.0)
                    spin.setSingleStep(0.1)
                self.mean_spin.setObjectName("meanSpin")
                self.std_spin.setObjectName("stdSpin")
                row.addWidget(QLabel(tr("Mean"), box))
                row.addWidget(self.mean_spin, 1)
                row.addWidget(QLabel(tr("SD"), box))
                row.addWidget(self.std_spin, 1)
                layout.addLayout(row)
            elif i == REFERENCE_LAYER:
                self.ref_layer_combo = QgsMapLayerComboBox(box)
                self.ref_layer_combo.setObjectName("referenceLayerCombo")
                self.ref_layer_combo.setFilters(QgsMapLayerProxyModel.VectorLayer)
                self.ref_layer_combo.setToolTip(tr("It must have the same indicator field names."))
                row = QHBoxLayout()
                row.setContentsMargins(20, 0, 0, 0)
                row.addWidget(self.ref_layer_combo)
                layout.addLayout(row)
        self.reference_group.button(REFERENCE_INPUT).setChecked(True)
        self.reference_group.buttonClicked.connect(lambda _button: self._update_enabled())
        return box

    def _build_options(self) -> QgsCollapsibleGroupBox:
        box = QgsCollapsibleGroupBox(tr("Options"), self)
        box.setObjectName("optionsGroup")
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.WrapLongRows)
        self.weighted_check = QCheckBox(tr("Population-weighted mean and SD"), box)
        self.weighted_check.setToolTip(
            tr("Weights each area by the population field. SCB's default is unweighted.")
        )
        form.addRow(self.weighted_check)
        self.ddof_combo = QComboBox(box)
        self.ddof_combo.addItems([tr(text) for text in AreaTypesAlgorithm.DDOFS])
        form.addRow(tr("Standard deviation"), self.ddof_combo)
        self.fractions_check = QCheckBox(tr("Indicators are fractions (0-1): multiply by 100"), box)
        form.addRow(self.fractions_check)
        self.output_widget = QgsFileWidget(box)
        self.output_widget.setStorageMode(QgsFileWidget.SaveFile)
        self.output_widget.setFilter(tr("GeoPackage (*.gpkg)"))
        self.output_widget.setToolTip(tr("Leave empty for a temporary layer."))
        self.output_widget.lineEdit().setPlaceholderText(tr("[Temporary layer]"))
        form.addRow(tr("Save to"), self.output_widget)
        return box

    def _build_results(self) -> QGroupBox:
        box = QGroupBox(tr("Result"), self)
        box.setObjectName("resultGroup")
        layout = QVBoxLayout(box)
        self.stats_label = text_label("", box)
        self.stats_label.setObjectName("statsLabel")
        self.method_label = text_label("", box)
        self.method_label.setObjectName("methodLabel")
        small = self.method_label.font()
        small.setPointSizeF(max(small.pointSizeF() * 0.9, 7.0))
        self.method_label.setFont(small)
        self.warning_label = text_label("", box)
        self.warning_label.setObjectName("warningLabel")
        self.warning_label.setStyleSheet("QLabel { color: #a04000; }")
        self.table = QTableWidget(0, len(COLUMNS), box)
        self.table.setObjectName("summaryTable")
        for column, (text, tip) in enumerate(zip(COLUMNS, COLUMN_TIPS)):
            header_item = QTableWidgetItem(tr(text))
            header_item.setToolTip(tr(tip))
            self.table.setHorizontalHeaderItem(column, header_item)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        for column in range(1, len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.chart = BarChart(box)
        self.chart.setObjectName("shareChart")
        for widget in (
            self.stats_label,
            self.method_label,
            self.warning_label,
            self.table,
            self.chart,
        ):
            layout.addWidget(widget)
        box.setVisible(False)
        self.result_group = box
        return box

    # -- choices -------------------------------------------------------------------------------

    def indicator_fields(self) -> dict[str, str]:
        return {role: combo.currentField() for role, combo in self.field_combos.items()}

    def _fields_complete(self) -> bool:
        return all(self.indicator_fields().values())

    def _suggestions(self, layer: QgsVectorLayer) -> tuple[dict, Optional[str]]:
        numeric = [f for f in layer.fields() if f.isNumeric()]
        names = [f.name() for f in numeric]
        integers = [f.name() for f in numeric if int(f.type()) in INTEGER_TYPES]
        chosen = suggest_indicator_fields(names, integers)
        population = suggest_population_field(names, exclude=[v for v in chosen.values() if v])
        return chosen, population

    @reports_errors
    def _on_layer_changed(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        for combo in (*self.field_combos.values(), self.population_combo):
            combo.setLayer(layer)
        if layer is not None:
            chosen, population = self._suggestions(layer)
            names = set(layer.fields().names())
            settings = QgsSettings()
            same = settings.value(SETTINGS + "layer", "", type=str) == layer.name()
            for role, combo in self.field_combos.items():
                remembered = settings.value(SETTINGS + role.lower(), "", type=str) if same else ""
                combo.setField(remembered if remembered in names else (chosen[role] or ""))
            remembered = settings.value(SETTINGS + "population", None) if same else None
            if remembered is not None and (remembered == "" or remembered in names):
                self.population_combo.setField(remembered)
            else:
                self.population_combo.setField(population or "")
        self._update_enabled()

    @reports_errors
    def _on_layers_added(self, layers) -> None:
        """Pick a newly added layer when no complete choice is made yet (e.g. the sample)."""
        if self.layer_combo.currentLayer() is not None and self._fields_complete():
            return
        vectors = [layer for layer in layers if isinstance(layer, QgsVectorLayer)]
        remembered = QgsSettings().value(SETTINGS + "layer", "", type=str)
        pick = next((layer for layer in vectors if layer.name() == remembered), None)
        if pick is None:
            pick = next(
                (layer for layer in vectors if all(self._suggestions(layer)[0].values())), None
            )
        if pick is not None:
            self.layer_combo.setLayer(pick)

    def _update_enabled(self, *_args) -> None:
        reference = self.reference_group.checkedId()
        running = self.run is not None and self.run.is_running()
        self.mean_spin.setEnabled(reference == REFERENCE_GIVEN)
        self.std_spin.setEnabled(reference == REFERENCE_GIVEN)
        self.ref_layer_combo.setEnabled(reference == REFERENCE_LAYER)
        self.weighted_check.setEnabled(bool(self.population_combo.currentField()))
        self.run_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)

    # -- settings ------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QgsSettings()
        reference = settings.value(SETTINGS + "reference", REFERENCE_INPUT, type=int)
        button = self.reference_group.button(reference)
        if button is not None:
            button.setChecked(True)
        self.mean_spin.setValue(settings.value(SETTINGS + "ref_mean", 0.0, type=float))
        self.std_spin.setValue(settings.value(SETTINGS + "ref_std", 0.0, type=float))
        self.weighted_check.setChecked(settings.value(SETTINGS + "weighted", False, type=bool))
        self.ddof_combo.setCurrentIndex(settings.value(SETTINGS + "ddof", 0, type=int))
        self.fractions_check.setChecked(settings.value(SETTINGS + "fractions", False, type=bool))
        project = QgsProject.instance()
        for combo, key in ((self.layer_combo, "layer"), (self.ref_layer_combo, "ref_layer")):
            name = settings.value(SETTINGS + key, "", type=str)
            match = project.mapLayersByName(name) if name else []
            if match:
                combo.setLayer(match[0])
        self._on_layer_changed(self.layer_combo.currentLayer())

    def _save_settings(self) -> None:
        settings = QgsSettings()
        layer = self.layer_combo.currentLayer()
        settings.setValue(SETTINGS + "layer", layer.name() if layer else "")
        for role, field in self.indicator_fields().items():
            settings.setValue(SETTINGS + role.lower(), field)
        settings.setValue(SETTINGS + "population", self.population_combo.currentField())
        settings.setValue(SETTINGS + "reference", self.reference_group.checkedId())
        settings.setValue(SETTINGS + "ref_mean", self.mean_spin.value())
        settings.setValue(SETTINGS + "ref_std", self.std_spin.value())
        ref_layer = self.ref_layer_combo.currentLayer()
        settings.setValue(SETTINGS + "ref_layer", ref_layer.name() if ref_layer else "")
        settings.setValue(SETTINGS + "weighted", self.weighted_check.isChecked())
        settings.setValue(SETTINGS + "ddof", self.ddof_combo.currentIndex())
        settings.setValue(SETTINGS + "fractions", self.fractions_check.isChecked())

    # -- running -------------------------------------------------------------------------------

    def parameters(self) -> Optional[dict]:
        """The algorithm's parameters from the choices, or None (and a message) if incomplete."""
        layer = self.layer_combo.currentLayer()
        if layer is None:
            return self._bad_input(tr("Choose the layer with the areas."))
        fields = self.indicator_fields()
        if not all(fields.values()):
            return self._bad_input(tr("Choose the three indicator fields V1, V2 and V3."))
        reference = self.reference_group.checkedId()
        population = self.population_combo.currentField()
        output = QgsProcessingOutputLayerDefinition(
            self.output_widget.filePath() or "TEMPORARY_OUTPUT", QgsProject.instance()
        )
        output.destinationName = tr("Area types ({layer})").format(layer=layer.name())
        params = {
            "INPUT": layer.id(),
            "V1_FIELD": fields["V1"],
            "V2_FIELD": fields["V2"],
            "V3_FIELD": fields["V3"],
            "REFERENCE": reference,
            "DDOF": self.ddof_combo.currentIndex(),
            "FRACTIONS": self.fractions_check.isChecked(),
            "OUTPUT": output,
        }
        if population and self.weighted_check.isChecked():
            params["WEIGHT_FIELD"] = population
        if reference == REFERENCE_GIVEN:
            if self.std_spin.value() <= 0:
                return self._bad_input(tr("Give the reference SD (above 0)."))
            params["REF_MEAN"] = self.mean_spin.value()
            params["REF_STD"] = self.std_spin.value()
        elif reference == REFERENCE_LAYER:
            ref_layer = self.ref_layer_combo.currentLayer()
            if ref_layer is None:
                return self._bad_input(tr("Choose the reference layer."))
            params["REF_LAYER"] = ref_layer.id()
        return params

    def _bad_input(self, text: str) -> None:
        self.status_label.setText(text)
        push_error(self.iface, text)
        return None

    @reports_errors
    def start(self) -> None:
        """Run the algorithm in the background (the Run button)."""
        if self.run is not None and self.run.is_running():
            return
        params = self.parameters()
        if params is None:
            return
        self._save_settings()
        self._clear_results()
        self.status_label.setText(tr("Running…"))
        self.run = AlgorithmRun(AREATYPES, params)
        self.run.done.connect(self._done)
        self._population_field = self.population_combo.currentField()
        self.run_button.setEnabled(False)
        try:
            self.run.start()  # on failure, done (and _done) has already followed
        finally:
            self._update_enabled()

    @reports_errors
    def cancel(self) -> None:
        """Stop the running algorithm (the Cancel button)."""
        if self.run is not None and self.run.is_running():
            self.status_label.setText(tr("Cancelling…"))
            self.run.cancel()

    @reports_errors
    def _done(self, run: AlgorithmRun) -> None:
        if run is not self.run:
            return
        self._update_enabled()
        if run.cancelled:
            self.status_label.setText(tr("Cancelled: no layer was added."))
            return
        if not run.ok:
            self.status_label.setText(tr("Failed: {error}").format(error=first_line(run.error)))
            push_error(
                self.iface,
                tr("Area types could not be computed: {error}").format(error=run.error),
                run.details,
            )
            return
        self.output_layer = next(
            (
                layer
                for layer in run.layers
                if isinstance(layer, QgsVectorLayer) and layer.fields().indexOf("area_type") >= 0
            ),
            None,
        )
        self.show_results(run.results, self.output_layer, self._population_field)

    def _clear_results(self) -> None:
        self.result_group.setVisible(False)
        self.table.setRowCount(0)
        self.chart.clear()
        self.output_layer = None

    # -- results -------------------------------------------------------------------------------

    def show_results(
        self, results: dict, layer: Optional[QgsVectorLayer], population_field: str
    ) -> None:
        counts = {t: int(results.get(f"COUNT_{t}", 0) or 0) for t in range(1, 6)}
        not_classified = int(results.get("COUNT_NULL", 0) or 0)
        types, populations = ([], None)
        warnings = [results.get("WARNING", "")]
        if layer is not None and population_field:
            try:
                types, populations = read_types_and_population(layer, population_field)
            except Exception as err:  # the counts are still worth showing
                text = tr("The population field could not be read: {error}")
                warnings.append(text.format(error=err))
        rows, unclassified_population = type_summary(counts, types, populations)
        classified = sum(counts.values())

        self.stats_label.setText(
            tr("Reference mean {mean}, SD {std}, n = {n} areas.").format(
                mean=_number(results.get("MEAN", 0.0), 3),
                std=_number(results.get("STD", 0.0), 3),
                n=int(results.get("N_REFERENCE", 0) or 0),
            )
        )
        self.method_label.setText(results.get("METHOD", ""))
        if not_classified:
            text = tr("{count} area(s) not classified (missing values; see area_type_note).")
            warnings.append(text.format(count=not_classified))
            if populations is not None and unclassified_population > 0:
                warnings.append(
                    tr("They have {n} inhabitants, not counted in the population shares.").format(
                        n=_number(unclassified_population)
                    )
                )
        self.warning_label.setText("\n".join(w for w in warnings if w))
        self.warning_label.setVisible(bool(self.warning_label.text()))
        self._fill_table(rows)
        if populations is not None:
            bars, title = [(r, r.share or 0.0) for r in rows], tr("Share of the population")
        else:
            bars = [(r, r.areas / classified if classified else 0.0) for r in rows]
            title = tr("Share of the areas")
        self.chart.set_bars(
            [Bar(str(r.area_type), value, r.colour, r.label) for r, value in bars], title
        )
        self.result_group.setVisible(True)
        name = layer.name() if layer is not None else ""
        self.status_label.setText(
            tr("Done: {n} areas classified; the layer “{name}” was added to the project.").format(
                n=classified, name=name
            )
        )

    def _fill_table(self, rows: list[TypeRow]) -> None:
        self.table.setSortingEnabled(False)
        self.table.setRowCount(len(rows))
        for i, row in enumerate(rows):
            label = _NumberItem(row.label, row.area_type)
            label.setTextAlignment(Qt.AlignLeft | Qt.AlignVCenter)
            label.setData(Qt.DecorationRole, QColor(row.colour))
            label.setToolTip(row.label)
            self.table.setItem(i, 0, label)
            self.table.setItem(i, 1, _NumberItem(_number(row.areas), row.areas))
            if row.population is None:
                self.table.setItem(i, 2, _NumberItem("–", -1.0))
                self.table.setItem(i, 3, _NumberItem("–", -1.0))
            else:
                self.table.setItem(i, 2, _NumberItem(_number(row.population), row.population))
                share = row.share if row.share is not None else 0.0
                self.table.setItem(i, 3, _NumberItem(percent(share), share))
        self.table.setSortingEnabled(True)
        self.table.sortItems(0, Qt.AscendingOrder)
        self.table.resizeRowsToContents()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(i) for i in range(self.table.rowCount()))
        self.table.setMinimumHeight(height)

    # -- lifecycle -----------------------------------------------------------------------------

    def shutdown(self) -> None:
        self.stop_run(self.run)
        super().shutdown()
