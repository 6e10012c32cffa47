"""Step "Transit": who lives within reach of existing and planned public transport.

Runs ``segregation:transitcatchment`` in the background: areas with population and
area types, stops (a layer and/or a GTFS stops.txt) and/or lines, a walking
distance, scenarios. The catchments and the areas with their covered population
are added to the project, styled by the algorithm's post-processors. The panel
shows the coverage per scenario and area type as a table and as grouped bars in
the scenario colours, and the equity ratio per scenario.
"""

from __future__ import annotations

import json
from typing import Optional, Sequence

from qgis.core import (
    QgsFieldProxyModel,
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
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QGroupBox,
    QTableWidget,
    QVBoxLayout,
)

from ...adapter.styling import (
    AREA_TYPE_COLOURS,
    EXTRA_SCENARIO_COLOURS,
    SCENARIO_COLOURS,
    area_type_label,
)
from ...compat import (
    LINE_LAYER_FILTER,
    POINT_GEOMETRY,
    POINT_LAYER_FILTER,
    POLYGON_GEOMETRY,
    POLYGON_LAYER_FILTER,
    geometry_type,
)
from ...core.errors import N_
from ...i18n import tr
from ...processing.algorithms.transit import TransitCatchmentAlgorithm
from ..chain import RunChain, Step
from ..charts import BarGroup, GroupedBarChart, percent
from ..messages import reports_errors
from ..runcontrols import ChainPage
from ..suggest import fold, suggest_population_field
from ..widgets import (
    as_float,
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
)
from .base import text_label
from .indices import suggest_area_type_field

TRANSIT = "segregation:transitcatchment"
SETTINGS = "segregation/transit/"
DISTANCE_FIELDS = ("avstand_m", "avstand", "distance_m", "distance", "radius", "buffer_m")
SCENARIO_FIELDS = ("scenario", "scenarie", "alternativ")
BASE_VALUES = ("befintlig", "befintliga", "existing", "nulage", "idag", "current")
CHALLENGED, ADVANTAGED = (1, 2), (4, 5)


def suggest_named(names: Sequence[str], hints: Sequence[str]) -> Optional[str]:
    """The first of ``names`` whose folded name is one of ``hints`` (in hint order)."""
    folded = {fold(n): n for n in names}
    return next((folded[h] for h in hints if h in folded), None)


def suggest_base(values: Sequence[str]) -> str:
    folded = {fold(v): v for v in values}
    return next((folded[h] for h in BASE_VALUES if h in folded), "")


def scenario_colours(names: Sequence[str]) -> dict:
    """Colour per scenario as the catchment style gives it (known ones fixed, then Dark2)."""
    extra = iter(EXTRA_SCENARIO_COLOURS * (1 + len(names) // len(EXTRA_SCENARIO_COLOURS)))
    return {
        name: SCENARIO_COLOURS.get(name) or next(extra) for name in sorted(str(n) for n in names)
    }


def area_type_number(value) -> Optional[int]:
    number = as_float(value)
    if number is None or number != int(number) or not 1 <= int(number) <= 5:
        return None
    return int(number)


def equity_shares(rows: Sequence[dict]) -> dict:
    """Per scenario: coverage share in area types 1-2 and in 4-5 (None without people)."""
    sums: dict = {}
    for row in rows:
        t = area_type_number(row.get("area_type"))
        group = 0 if t in CHALLENGED else 1 if t in ADVANTAGED else None
        if group is None:
            continue
        entry = sums.setdefault(str(row.get("scenario")), [[0.0, 0.0], [0.0, 0.0]])
        entry[group][0] += as_float(row.get("population")) or 0.0
        entry[group][1] += as_float(row.get("covered_population")) or 0.0
    return {
        name: tuple(cov / pop if pop > 0 else None for pop, cov in groups)
        for name, groups in sums.items()
    }


def _json(results: dict, key: str) -> dict:
    value = results.get(f"{key}_JSON")
    if value:
        try:
            return dict(json.loads(value))
        except (TypeError, ValueError):
            pass
    value = results.get(key)
    return dict(value) if isinstance(value, dict) else {}


class TransitPage(ChainPage):
    """Areas, stops/lines and scenarios; run; compare coverage by area type."""

    STEP_ID = "transit"
    TITLE = N_("Transit")

    def __init__(self, iface, parent=None) -> None:
        super().__init__(iface, parent)
        self.summary_rows: list[dict] = []
        self.equity_ratios: dict = {}
        self.output_layers: list[QgsVectorLayer] = []
        self._base = ""
        self.start_page()

    # -- building ----------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(
            text_label(
                tr(
                    "Who lives within walking distance of public transport, in the existing "
                    "and the planned network, by area type. Distances are straight lines "
                    "(circles around stops), so the catchments are upper bounds."
                ),
                self,
            )
        )
        form = stacked_form()
        self.areas_combo = layer_combo(
            self,
            "areasCombo",
            POLYGON_LAYER_FILTER,
            tr("Areas with population, e.g. the result of Area types."),
        )
        form.addRow(tr("Areas"), self.areas_combo)
        self.population_combo = QgsFieldComboBox(self)
        self.population_combo.setObjectName("populationCombo")
        self.population_combo.setFilters(QgsFieldProxyModel.Numeric)
        form.addRow(tr("Population"), self.population_combo)
        self.area_type_combo = QgsFieldComboBox(self)
        self.area_type_combo.setObjectName("areaTypeCombo")
        self.area_type_combo.setAllowEmptyFieldName(True)
        self.area_type_combo.setToolTip(tr("area_type from the Area types step (1-5)."))
        form.addRow(tr("Area type"), self.area_type_combo)

        self.stops_combo = layer_combo(self, "stopsCombo", POINT_LAYER_FILTER, allow_empty=True)
        form.addRow(tr("Stops (points)"), self.stops_combo)
        self.gtfs_widget = QgsFileWidget(self)
        self.gtfs_widget.setObjectName("gtfsWidget")
        self.gtfs_widget.setFilter(tr("GTFS stops (*.txt *.zip)") + ";;" + tr("All files (*.*)"))
        self.gtfs_widget.setToolTip(
            tr("stops.txt of a GTFS feed (or the feed's .zip): its stops are the existing ones.")
        )
        form.addRow(tr("GTFS stops.txt (optional)"), self.gtfs_widget)
        self.lines_combo = layer_combo(
            self,
            "linesCombo",
            LINE_LAYER_FILTER,
            tr("Optional: lines whose whole length is within reach."),
            allow_empty=True,
        )
        form.addRow(tr("Lines (optional)"), self.lines_combo)

        self.distance_spin = QgsDoubleSpinBox(self)
        self.distance_spin.setObjectName("distanceSpin")
        self.distance_spin.setRange(1.0, 100000.0)
        self.distance_spin.setDecimals(0)
        self.distance_spin.setSingleStep(50.0)
        self.distance_spin.setSuffix(" m")
        self.distance_spin.setClearValue(400.0)
        self.distance_spin.setValue(400.0)
        form.addRow(tr("Walking distance"), self.distance_spin)
        self.distance_field_combo = QgsFieldComboBox(self)
        self.distance_field_combo.setObjectName("distanceFieldCombo")
        self.distance_field_combo.setFilters(QgsFieldProxyModel.Numeric)
        self.distance_field_combo.setAllowEmptyFieldName(True)
        self.distance_field_combo.setToolTip(
            tr("A distance per stop in metres (e.g. 1000 for rail); empty: the distance above.")
        )
        form.addRow(tr("Distance field (optional)"), self.distance_field_combo)
        self.method_combo = QComboBox(self)
        self.method_combo.setObjectName("methodCombo")
        self.method_combo.addItems([tr(m) for m in TransitCatchmentAlgorithm.METHODS])
        narrow(self.method_combo)
        form.addRow(tr("Covered population"), self.method_combo)
        self.scenario_field_combo = QgsFieldComboBox(self)
        self.scenario_field_combo.setObjectName("scenarioFieldCombo")
        self.scenario_field_combo.setAllowEmptyFieldName(True)
        self.scenario_field_combo.setToolTip(
            tr("Each value is a scenario, e.g. befintlig/planerad.")
        )
        form.addRow(tr("Scenario field (optional)"), self.scenario_field_combo)
        self.base_combo = QComboBox(self)
        self.base_combo.setObjectName("baseCombo")
        self.base_combo.setEditable(True)
        self.base_combo.setToolTip(
            tr("The existing network: included in every other scenario. Empty: none.")
        )
        form.addRow(tr("Base scenario"), self.base_combo)
        layout.addLayout(form)

        self.add_controls(
            layout, tr("Run"), tr("The transit catchments could not be computed: {error}")
        )
        layout.addWidget(self._build_results())
        layout.addStretch(1)

        self.areas_combo.layerChanged.connect(self._on_areas_changed)
        self.stops_combo.layerChanged.connect(lambda _layer: self._on_sources_changed())
        self.lines_combo.layerChanged.connect(lambda _layer: self._on_sources_changed())
        self.scenario_field_combo.fieldChanged.connect(lambda _f: self._fill_base_values())
        self.run_button.clicked.connect(lambda _checked=False: self.start())

    def _build_results(self) -> QGroupBox:
        box = QGroupBox(tr("Result"), self)
        box.setObjectName("resultGroup")
        layout = QVBoxLayout(box)
        self.totals_label = text_label("", box)
        self.totals_label.setObjectName("totalsLabel")
        layout.addWidget(self.totals_label)
        self.equity_label = text_label("", box)
        self.equity_label.setObjectName("equityLabel")
        layout.addWidget(self.equity_label)
        self.warning_label = text_label("", box)
        self.warning_label.setObjectName("warningLabel")
        self.warning_label.setStyleSheet("QLabel { color: #a04000; }")
        layout.addWidget(self.warning_label)
        self.chart = GroupedBarChart(box)
        self.chart.setObjectName("coverageChart")
        layout.addWidget(self.chart)
        table_box = QgsCollapsibleGroupBox(tr("Table"), box)
        table_layout = QVBoxLayout(table_box)
        self.table = QTableWidget(0, 0, table_box)
        self.table.setObjectName("summaryTable")
        table_layout.addWidget(self.table)
        layout.addWidget(table_box)
        box.setVisible(False)
        self.result_group = box
        return box

    # -- choices -------------------------------------------------------------------------------

    def _field_source(self) -> Optional[QgsVectorLayer]:
        """The layer the distance and scenario fields are read from: stops, else lines."""
        for combo in (self.stops_combo, self.lines_combo):
            layer = combo.currentLayer()
            if isinstance(layer, QgsVectorLayer):
                return layer
        return None

    @reports_errors
    def _on_areas_changed(self, layer) -> None:
        layer = layer if isinstance(layer, QgsVectorLayer) else None
        self.population_combo.setLayer(layer)
        self.area_type_combo.setLayer(layer)
        if layer is None:
            return
        numeric = [f.name() for f in layer.fields() if f.isNumeric()]
        self.population_combo.setField(suggest_population_field(numeric) or "")
        self.area_type_combo.setField(suggest_area_type_field(layer.fields().names()) or "")

    @reports_errors
    def _on_sources_changed(self, remembered: Optional[dict] = None) -> None:
        layer = self._field_source()
        for combo in (self.distance_field_combo, self.scenario_field_combo):
            combo.setLayer(layer)
        if layer is None:
            self._fill_base_values()
            return
        names = layer.fields().names()
        numeric = [f.name() for f in layer.fields() if f.isNumeric()]
        remembered = remembered or {}
        distance = remembered.get("distance_field")
        scenario = remembered.get("scenario_field")
        self.distance_field_combo.setField(
            distance if distance in numeric else suggest_named(numeric, DISTANCE_FIELDS) or ""
        )
        self.scenario_field_combo.setField(
            scenario if scenario in names else suggest_named(names, SCENARIO_FIELDS) or ""
        )
        self._fill_base_values(remembered.get("base"))

    def scenario_values(self) -> list[str]:
        """The values of the scenario field in the stops and lines."""
        field = self.scenario_field_combo.currentField()
        values: set = set()
        if not field:
            return []
        for combo in (self.stops_combo, self.lines_combo):
            layer = combo.currentLayer()
            if isinstance(layer, QgsVectorLayer):
                index = layer.fields().lookupField(field)
                if index >= 0:
                    values |= {str(v) for v in layer.uniqueValues(index) if v not in (None, "")}
        return sorted(v for v in values if v.upper() != "NULL")

    def _fill_base_values(self, remembered: Optional[str] = None) -> None:
        values = self.scenario_values()
        current = remembered if remembered is not None else self.base_combo.currentText()
        self.base_combo.blockSignals(True)
        self.base_combo.clear()
        self.base_combo.addItem("")
        self.base_combo.addItems(values)
        if current and (current in values or remembered is not None):
            self.base_combo.setCurrentText(current)
        else:
            self.base_combo.setCurrentText(suggest_base(values))
        self.base_combo.blockSignals(False)
        self.base_combo.setEnabled(bool(self.scenario_field_combo.currentField()))

    def _pick_layers(self, layers) -> None:
        """Choose areas with area types and stops with a scenario field among ``layers``."""
        vectors = [la for la in layers if isinstance(la, QgsVectorLayer)]
        areas = self.areas_combo.currentLayer()
        if areas is None or not suggest_area_type_field(areas.fields().names()):
            pick = next(
                (
                    la
                    for la in vectors
                    if geometry_type(la) == POLYGON_GEOMETRY
                    and suggest_area_type_field(la.fields().names())
                ),
                None,
            )
            if pick is not None:
                self.areas_combo.setLayer(pick)
        stops = self.stops_combo.currentLayer()
        if stops is None or not suggest_named(stops.fields().names(), SCENARIO_FIELDS):
            pick = next(
                (
                    la
                    for la in vectors
                    if geometry_type(la) == POINT_GEOMETRY
                    and suggest_named(la.fields().names(), SCENARIO_FIELDS)
                ),
                None,
            )
            if pick is not None:
                self.stops_combo.setLayer(pick)

    @reports_errors
    def _on_layers_added(self, layers) -> None:
        self._pick_layers(layers)

    # -- settings ------------------------------------------------------------------------------

    def _restore_settings(self) -> None:
        settings = QgsSettings()
        project = QgsProject.instance()
        for combo, key in (
            (self.areas_combo, "areas"),
            (self.stops_combo, "stops"),
            (self.lines_combo, "lines"),
        ):
            name = settings.value(SETTINGS + key, None)
            if name is None:
                continue
            match = project.mapLayersByName(name) if name else []
            combo.setLayer(match[0] if match else None)
        if settings.value(SETTINGS + "lines", None) is None:
            self.lines_combo.setLayer(None)  # lines only when chosen
        self._pick_layers(list(project.mapLayers().values()))
        self._on_areas_changed(self.areas_combo.currentLayer())
        remembered = {
            "distance_field": settings.value(SETTINGS + "distance_field", None),
            "scenario_field": settings.value(SETTINGS + "scenario_field", None),
            "base": settings.value(SETTINGS + "base", None),
        }
        self._on_sources_changed(remembered)
        self.gtfs_widget.setFilePath(settings.value(SETTINGS + "gtfs", "", type=str))
        self.distance_spin.setValue(settings.value(SETTINGS + "distance", 400.0, type=float))
        self.method_combo.setCurrentIndex(settings.value(SETTINGS + "method", 0, type=int))

    def _save_settings(self) -> None:
        settings = QgsSettings()
        for combo, key in (
            (self.areas_combo, "areas"),
            (self.stops_combo, "stops"),
            (self.lines_combo, "lines"),
        ):
            layer = combo.currentLayer()
            settings.setValue(SETTINGS + key, layer.name() if layer else "")
        settings.setValue(SETTINGS + "gtfs", self.gtfs_widget.filePath())
        settings.setValue(SETTINGS + "distance", self.distance_spin.value())
        settings.setValue(SETTINGS + "distance_field", self.distance_field_combo.currentField())
        settings.setValue(SETTINGS + "method", self.method_combo.currentIndex())
        settings.setValue(SETTINGS + "scenario_field", self.scenario_field_combo.currentField())
        settings.setValue(SETTINGS + "base", self.base_combo.currentText().strip())

    # -- running -------------------------------------------------------------------------------

    def parameters(self) -> Optional[dict]:
        """Parameters of segregation:transitcatchment, or None (and a message)."""
        areas = self.areas_combo.currentLayer()
        if areas is None:
            return self._bad_input(tr("Choose the layer with the areas."))
        population = self.population_combo.currentField()
        if not population:
            return self._bad_input(tr("Choose the population field of the areas."))
        stops = self.stops_combo.currentLayer()
        lines = self.lines_combo.currentLayer()
        gtfs = self.gtfs_widget.filePath().strip()
        if stops is None and lines is None and not gtfs:
            return self._bad_input(tr("Choose stops, a GTFS stops.txt or lines."))
        scenario = self.scenario_field_combo.currentField()
        base = self.base_combo.currentText().strip() if scenario else ""
        project = QgsProject.instance()
        catchments = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)
        catchments.destinationName = tr("Transit catchments ({distance} m)").format(
            distance=f"{self.distance_spin.value():g}"
        )
        covered = QgsProcessingOutputLayerDefinition("TEMPORARY_OUTPUT", project)
        covered.destinationName = tr("Within reach of transit ({layer})").format(layer=areas.name())
        params = {
            "AREAS": areas.id(),
            "POPULATION_FIELD": population,
            "DISTANCE": self.distance_spin.value(),
            "METHOD": self.method_combo.currentIndex(),
            "OUTPUT_CATCHMENT": catchments,
            "OUTPUT_AREAS": covered,
            "OUTPUT_SUMMARY": "TEMPORARY_OUTPUT",
        }
        optional = {
            "AREA_TYPE_FIELD": self.area_type_combo.currentField(),
            "STOPS": stops.id() if stops is not None else "",
            "LINES": lines.id() if lines is not None else "",
            "GTFS_STOPS": gtfs,
            "DISTANCE_FIELD": self.distance_field_combo.currentField(),
            "SCENARIO_FIELD": scenario,
            "BASE_SCENARIO": base,
        }
        params.update({key: value for key, value in optional.items() if value})
        return params

    @reports_errors
    def start(self) -> None:
        """Run the catchment analysis in the background (the Run button)."""
        if self.controls.is_running():
            return
        params = self.parameters()
        if params is None:
            return
        self._save_settings()
        self._clear_results()
        self._base = params.get("BASE_SCENARIO", "")
        step = Step("transit", TRANSIT, lambda chain: params, tr("Computing the catchments"))
        self.controls.start([step], self._done)

    @reports_errors
    def _done(self, chain: RunChain) -> None:
        run = chain.runs["transit"]
        summary = output_layer(run, "OUTPUT_SUMMARY")
        if summary is None:
            raise RuntimeError(tr("The coverage table was not found."))
        self.summary_rows = read_rows(summary)[1]
        self.output_layers = [la for la in chain.layers if isinstance(la, QgsVectorLayer)]
        self.show_results(run.results)

    def _clear_results(self) -> None:
        self.result_group.setVisible(False)
        self.table.setRowCount(0)
        self.chart.clear()
        self.summary_rows, self.equity_ratios, self.output_layers = [], {}, []

    # -- results -------------------------------------------------------------------------------

    def scenarios(self) -> list[str]:
        return list(dict.fromkeys(str(r.get("scenario")) for r in self.summary_rows))

    @staticmethod
    def _type_text(value) -> tuple[str, object, Optional[str]]:
        """(shown text, sort key, colour) of an area-type value of the summary."""
        number = area_type_number(value)
        if number is not None:
            return area_type_label(number), number, AREA_TYPE_COLOURS[number]
        text = str(value) if value not in (None, "") else tr("Not classified")
        if text == "all":
            text = tr("All areas")
        return text, 100, None

    def show_results(self, results: dict) -> None:
        scenarios = self.scenarios()
        colours = scenario_colours(scenarios)
        headers = [tr("Scenario"), tr("Area type"), tr("Population"), tr("Covered"), tr("Share")]
        tips = [
            "",
            "",
            tr("Inhabitants of the areas of this type."),
            tr("Inhabitants within reach of a stop or line of the scenario."),
            tr("Covered share of the inhabitants."),
        ]
        setup_table(self.table, headers, tips)
        rows = []
        for row in self.summary_rows:
            text, key, colour = self._type_text(row.get("area_type"))
            scenario = str(row.get("scenario"))
            name = text_item(scenario)
            name.setData(Qt.DecorationRole, QColor(colours.get(scenario, "#888888")))
            kind = text_item(text, key, text)
            if colour:
                kind.setData(Qt.DecorationRole, QColor(colour))
            share = as_float(row.get("coverage_share"))
            share_item = number_item(share)
            share_item.setText("–" if share is None else percent(share))
            rows.append(
                [
                    name,
                    kind,
                    number_item(row.get("population")),
                    number_item(row.get("covered_population")),
                    share_item,
                ]
            )
        fill_rows(self.table, rows)

        groups: dict = {}
        for row in self.summary_rows:
            text, key, _ = self._type_text(row.get("area_type"))
            entry = groups.setdefault(text, (key, {}))
            entry[1][str(row.get("scenario"))] = as_float(row.get("coverage_share"))
        ordered = sorted(groups.items(), key=lambda item: (item[1][0], item[0]))
        self.chart.set_groups(
            [
                BarGroup(text, tuple(values.get(s) for s in scenarios))
                for text, (_, values) in ordered
            ],
            [(s, colours[s]) for s in scenarios],
            tr("Share of the inhabitants within reach, by area type"),
        )

        totals = _json(results, "TOTAL_POPULATION")
        covered = _json(results, "COVERED_POPULATION")
        lines = []
        for scenario in scenarios:
            total = as_float(totals.get(scenario))
            cov = as_float(covered.get(scenario))
            if total is None or cov is None:
                continue
            lines.append(
                tr("{scenario}: {covered} of {total} inhabitants within reach ({share}).").format(
                    scenario=scenario,
                    covered=number_text(cov),
                    total=number_text(total),
                    share=percent(cov / total) if total > 0 else "–",
                )
            )
        base = self._base
        if base and len(scenarios) > 1:
            lines.append(
                tr(
                    "Each scenario includes the stops and lines of the base scenario {base}."
                ).format(base=base)
            )
        self.totals_label.setText("\n".join(lines))
        self.equity_ratios = {k: as_float(v) for k, v in _json(results, "EQUITY_RATIOS").items()}
        self._show_equity(scenarios)
        warnings = str(results.get("WARNINGS") or "").strip()
        self.warning_label.setText(warnings)
        self.warning_label.setVisible(bool(warnings))
        self.result_group.setVisible(True)
        names = ", ".join(f"“{la.name()}”" for la in self.output_layers)
        self.status_label.setText(tr("Done: {names} added to the project.").format(names=names))

    def equity_text(self, scenario: str) -> str:
        ratio = self.equity_ratios.get(scenario)
        return "–" if ratio is None else number_text(ratio, 2)

    def _show_equity(self, scenarios: Sequence[str]) -> None:
        if not self.equity_ratios:
            self.equity_label.setText("")
            self.equity_label.setVisible(False)
            return
        shares = equity_shares(self.summary_rows)
        lines = [
            tr(
                "Equity ratio: coverage in area types 1–2 divided by coverage in types 4–5 "
                "(above 1: areas with socioeconomic challenges are better served)."
            )
        ]
        for scenario in scenarios:
            if scenario not in self.equity_ratios:
                continue
            low, high = shares.get(scenario, (None, None))
            lines.append(
                tr("{scenario}: {ratio} ({low} in types 1–2, {high} in types 4–5)").format(
                    scenario=scenario,
                    ratio=self.equity_text(scenario),
                    low="–" if low is None else percent(low),
                    high="–" if high is None else percent(high),
                )
            )
        self.equity_label.setText("\n".join(lines))
        self.equity_label.setVisible(True)

    # -- lifecycle -----------------------------------------------------------------------------
