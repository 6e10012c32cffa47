"""segregation:transitcatchment: population within reach of transit, by scenario and area type.

Catchment analysis with euclidean buffers (see ``core/transit.py`` and
``adapter/geometry.py``): stops and lines are buffered by a walking distance, the
buffers are dissolved per scenario, and each area's population is counted as
covered in proportion to its area inside the catchment (or wholly, from its
point on surface). Network distance is not modelled.
"""

from __future__ import annotations

import json

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ...adapter import geometry as geo
from ...adapter.layers import (
    numeric_column,
    output_fields,
    read_table,
    write_table,
    write_with_new_columns,
)
from ...adapter.styling import apply_area_type_style, apply_catchment_style
from ...compat import make_field
from ...core import transit as tc
from ...core.errors import N_, SegregationError
from ...i18n import tr
from ..base import SegregationAlgorithm
from ..postprocess import style_on_load
from .areatypes import CODE_FIELD_HINTS

#: Scenario of GTFS stops when there is a scenario field but no base scenario.
GTFS_SCENARIO = "gtfs"

SUMMARY_FIELDS = (
    ("scenario", "string"),
    ("area_type", "string"),
    ("population", "double"),
    ("covered_population", "double"),
    ("coverage_share", "double"),
)


def _share(value: float) -> str:
    return "-" if value is None or not np.isfinite(value) else f"{100.0 * value:.1f} %"


class TransitCatchmentAlgorithm(SegregationAlgorithm):
    """Covered population per area and scenario, summary by area type, equity ratio."""

    ALG_ID = "transitcatchment"
    DISPLAY_NAME = N_("Population within reach of transit (catchments)")
    GROUP_ID = "transit"
    GROUP_NAME = N_("Transit")
    HELP = N_(
        "Who lives within reach of public transport, in existing and planned networks, and "
        "how that differs between area types.\n\n"
        "Method: catchment analysis with euclidean buffers. Each stop (and each line, if "
        "given) gets a circle (corridor) of the walking distance: one distance for all, or a "
        "distance field per feature (e.g. 400 m for bus, 800-1000 m for rail). The catchment "
        "of a scenario is the union of its buffers. Distances are straight lines: walking "
        "networks, barriers and detours are not modelled, so the catchments are upper bounds.\n\n"
        "Covered population of an area: either the area-weighted share, population x (area "
        "inside the catchment / area), which assumes the population is spread evenly over the "
        "area (use small areas such as DeSO, or clip them to built-up land first); or the whole "
        "population when the area's point on surface lies inside the catchment, else none.\n\n"
        "Scenarios: with a scenario field, each value is a scenario. A base scenario (e.g. "
        "'befintlig') is included in every other scenario, so 'planerad' then means the "
        "future network, existing plus planned. GTFS stops belong to the base scenario "
        "(without one, to a scenario 'gtfs'). Without a scenario field everything is one "
        "scenario, 'all'.\n\n"
        "Stops can come from a point layer and/or a GTFS stops.txt (or feed .zip): stops and "
        "stations are used, entrances and other nodes skipped. Layers in other coordinate "
        "systems are reprojected; areas in degrees are computed in SWEREF 99 TM.\n\n"
        "Outputs: the dissolved catchment per scenario; the areas with covered_pop_<scenario> "
        "and covered_share_<scenario>; a summary table per scenario and area type. The equity "
        "ratio per scenario is the coverage share in area types 1-2 divided by that in types "
        "4-5 (above 1: areas with socioeconomic challenges are better served). The area-type "
        "field may be any categorical field; the ratio needs types 1-5 (segregation:areatypes). "
        "The results also hold EQUITY_RATIOS, TOTAL_POPULATION and COVERED_POPULATION per "
        "scenario (as JSON text in the *_JSON outputs). Warnings (stops outside all areas, "
        "overlapping areas, features without geometry) are logged and in WARNINGS."
    )

    METHODS = (
        N_("Area-weighted share of each area inside the catchment (population evenly spread)"),
        N_("Whole area when its point on surface is inside the catchment"),
    )

    def initAlgorithm(self, config=None) -> None:
        numeric = QgsProcessingParameterField.Numeric
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "AREAS", tr("Areas (polygons)"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "POPULATION_FIELD", tr("Population field"), None, "AREAS", numeric
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "AREA_TYPE_FIELD",
                tr("Area type field (or any categorical field)"),
                None,
                "AREAS",
                QgsProcessingParameterField.Any,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "STOPS", tr("Stops (points)"), [QgsProcessing.TypeVectorPoint], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "GTFS_STOPS",
                tr("GTFS stops.txt (or GTFS feed .zip)"),
                QgsProcessingParameterFile.File,
                optional=True,
                fileFilter=tr("GTFS stops (*.txt *.zip)") + ";;" + tr("All files (*.*)"),
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "LINES", tr("Lines"), [QgsProcessing.TypeVectorLine], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "DISTANCE",
                tr("Walking distance (metres)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=400.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "DISTANCE_FIELD",
                tr("Distance field per stop/line (metres; e.g. 1000 for rail)"),
                None,
                "STOPS",
                numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "METHOD",
                tr("Covered population"),
                [tr(m) for m in self.METHODS],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "SCENARIO_FIELD",
                tr("Scenario field (e.g. existing/planned)"),
                None,
                "STOPS",
                QgsProcessingParameterField.Any,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "BASE_SCENARIO",
                tr("Base scenario, included in every other scenario (e.g. befintlig)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_CATCHMENT", tr("Catchments"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_AREAS", tr("Areas with covered population"), QgsProcessing.TypeVectorPolygon
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT_SUMMARY",
                tr("Coverage by scenario and area type"),
                QgsProcessing.TypeVector,
            )
        )
        # Processing in QGIS 3.22 has no output type for a dict: the results hold
        # EQUITY_RATIOS, TOTAL_POPULATION and COVERED_POPULATION as dicts (scenario -> value)
        # and the declared outputs below hold the same as JSON text (for models).
        self.add_outputs(
            texts=(
                ("EQUITY_RATIOS_JSON", tr("Equity ratio per scenario (JSON)")),
                ("TOTAL_POPULATION_JSON", tr("Population per scenario (JSON)")),
                ("COVERED_POPULATION_JSON", tr("Covered population per scenario (JSON)")),
                ("WARNINGS", tr("Warnings")),
            )
        )

    # -- run -------------------------------------------------------------------------------

    def _warn(self, feedback, text: str) -> None:
        self._warnings.append(text)
        feedback.pushWarning(text)

    def _sources(self, parameters, context, feedback) -> list:
        """(name, source, is_gtfs) of the given stops, GTFS stops and lines."""
        sources = []
        stops = self.parameterAsSource(parameters, "STOPS", context)
        if stops is not None:
            sources.append((stops.sourceName() or tr("Stops"), stops, False))
        gtfs_path = self.parameterAsFile(parameters, "GTFS_STOPS", context)
        if gtfs_path:
            table = tc.read_gtfs_stops(gtfs_path)
            layer = geo.gtfs_layer(table)
            self._gtfs_layer = layer  # keep alive while it is read
            feedback.pushInfo(
                tr("GTFS {file}: {count} stops and stations read (EPSG:4326).").format(
                    file=table.attrs["file"], count=len(table)
                )
            )
            if table.attrs["skipped"]:
                feedback.pushInfo(
                    tr(
                        "GTFS {file}: {count} entrance(s), node(s) or boarding area(s) "
                        "(location_type 2-4) skipped."
                    ).format(file=table.attrs["file"], count=table.attrs["skipped"])
                )
            sources.append((table.attrs["file"], layer, True))
        lines = self.parameterAsSource(parameters, "LINES", context)
        if lines is not None:
            sources.append((lines.sourceName() or tr("Lines"), lines, False))
        if not sources:
            raise QgsProcessingException(
                tr("Choose at least one of: stops, a GTFS stops.txt, lines.")
            )
        return sources

    def _buffers(
        self, sources, work, distance, distance_field, scenario_field, base, context, feedback
    ):
        """Buffers of all sources in the working CRS and each buffer's scenario label."""
        buffers, shapes, labels = [], [], []
        for name, source, is_gtfs in sources:
            if source.featureCount() == 0:
                self._warn(feedback, tr("Layer {layer} has no features.").format(layer=name))
                continue
            fields = source.fields()
            use_distance = bool(distance_field) and fields.lookupField(distance_field) >= 0
            use_scenario = bool(scenario_field) and not is_gtfs
            table = read_table(
                source,
                [
                    distance_field if use_distance else None,
                    scenario_field if use_scenario else None,
                ],
                feedback=feedback,
                with_geometry=True,
            )
            ids = [f"{name} fid {fid}" for fid in table["fid"]]
            distances = np.full(len(table), distance)
            if use_distance:
                given = numeric_column(table, distance_field, name)
                missing = np.isnan(given)
                tc.check_distances(given[~missing], np.asarray(ids)[~missing], distance_field)
                distances = np.where(missing, distance, given)
                if missing.any():
                    feedback.pushInfo(
                        tr(
                            "Layer {layer}: {count} feature(s) with NULL {field} use {distance} m."
                        ).format(
                            layer=name,
                            count=int(missing.sum()),
                            field=distance_field,
                            distance=distance,
                        )
                    )
            elif distance_field:
                feedback.pushInfo(
                    tr(
                        "Layer {layer} has no field {field}: all its features use {distance} m."
                    ).format(layer=name, field=distance_field, distance=distance)
                )
            transform = geo.transform_to(
                source.sourceCrs(), work, context.transformContext(), name, feedback
            )
            result = geo.buffer_features(
                table["geometry"].tolist(), distances, transform, name, feedback, table["fid"]
            )
            if result.null:
                self._warn(
                    feedback,
                    tr("Layer {layer}: {count} feature(s) without geometry skipped.").format(
                        layer=name, count=result.null
                    ),
                )
            if use_scenario:
                label = table[scenario_field].to_numpy(dtype=object)[result.kept]
            elif is_gtfs and scenario_field:
                label = np.full(len(result.kept), base or GTFS_SCENARIO, dtype=object)
                feedback.pushInfo(
                    tr("GTFS stops are in scenario '{scenario}'.").format(
                        scenario=base or GTFS_SCENARIO
                    )
                )
            else:
                label = np.full(len(result.kept), tc.ALL, dtype=object)
            buffers += result.buffers
            shapes += result.shapes
            labels += list(label)
            feedback.pushInfo(
                tr("Layer {layer}: {count} catchment buffer(s).").format(
                    layer=name, count=len(result.buffers)
                )
            )
        if not buffers:
            raise QgsProcessingException(
                tr("No stops or lines with a geometry: there is no catchment to compute.")
            )
        return buffers, shapes, labels

    def compute(self, parameters, context, feedback):
        areas = self.source(parameters, "AREAS", context)
        self._warnings: list = []
        pop_field = self.parameterAsString(parameters, "POPULATION_FIELD", context)
        type_field = self.parameterAsString(parameters, "AREA_TYPE_FIELD", context) or None
        distance = self.parameterAsDouble(parameters, "DISTANCE", context)
        distance_field = self.parameterAsString(parameters, "DISTANCE_FIELD", context) or None
        method = self.parameterAsEnum(parameters, "METHOD", context)
        scenario_field = self.parameterAsString(parameters, "SCENARIO_FIELD", context) or None
        base = (self.parameterAsString(parameters, "BASE_SCENARIO", context) or "").strip()
        if not distance > 0:
            raise SegregationError(
                N_("The walking distance must be greater than 0 m (got {value})."), value=distance
            )
        if base and not scenario_field:
            raise QgsProcessingException(
                tr("A base scenario needs a scenario field: choose the scenario field.")
            )
        sources = self._sources(parameters, context, feedback)

        # areas
        area_name = areas.sourceName()
        work = geo.working_crs(areas.sourceCrs(), feedback)
        code_fields = [f.name() for f in areas.fields() if f.name().lower() in CODE_FIELD_HINTS]
        table = read_table(
            areas, [pop_field, type_field] + code_fields[:1], feedback=feedback, with_geometry=True
        )
        codes = table[code_fields[0]].tolist() if code_fields else [None] * len(table)
        area_ids = [f"{c} (fid {f})" if c else f"fid {f}" for c, f in zip(codes, table["fid"])]
        population = tc.check_population(
            numeric_column(table, pop_field, area_name), area_ids, pop_field
        )
        area_transform = geo.transform_to(
            areas.sourceCrs(), work, context.transformContext(), area_name, feedback
        )
        prepared = geo.prepare_areas(
            table["geometry"].tolist(), area_transform, area_name, table["fid"]
        )
        if prepared.repaired:
            self._warn(
                feedback,
                tr("{count} invalid area geometr(y/ies) repaired (in the output only).").format(
                    count=prepared.repaired
                ),
            )
        if prepared.null:
            skipped = float(population[[g is None for g in prepared.work]].sum())
            self._warn(
                feedback,
                tr(
                    "{count} area(s) without geometry skipped: their population ({population}) "
                    "is not in the summary."
                ).format(count=prepared.null, population=f"{skipped:.0f}"),
            )
        if prepared.null == len(prepared.work):
            raise QgsProcessingException(tr("No area has a geometry."))
        feedback.setProgress(20)

        # stops and lines, scenarios
        buffers, shapes, labels = self._buffers(
            sources, work, distance, distance_field, scenario_field, base, context, feedback
        )
        scenarios = tc.scenario_membership(labels, base or None)
        if scenarios.unlabelled:
            self._warn(
                feedback,
                tr("{count} stop(s)/line(s) with NULL {field} belong to no scenario.").format(
                    count=scenarios.unlabelled, field=scenario_field
                ),
            )
        if not scenarios.names:
            raise QgsProcessingException(
                tr("No stop or line has a scenario value in field {field}.").format(
                    field=scenario_field
                )
            )
        if base:
            feedback.pushInfo(
                tr(
                    "Base scenario '{base}': its stops and lines are included in every other "
                    "scenario, so each scenario is the network {base} + that scenario."
                ).format(base=base)
            )
        base_index = scenarios.names.index(base) if base else None
        outside = geo.count_outside(shapes, prepared)
        if outside:
            self._warn(
                feedback,
                tr(
                    "{count} of {total} stop(s)/line(s) lie outside all areas (check the "
                    "layers' coordinate systems if this is unexpected)."
                ).format(count=outside, total=len(shapes)),
            )
        overlaps, example = geo.find_overlaps(prepared, area_ids)
        if overlaps:
            self._warn(
                feedback,
                tr(
                    "{count} pair(s) of areas overlap (e.g. {example}): people in an overlap "
                    "are counted in each area, so the totals count them more than once."
                ).format(count=overlaps, example=example),
            )
        feedback.setProgress(40)

        # covered fractions and population
        fractions = geo.covered_fractions(
            prepared, buffers, scenarios.members, method, feedback, (40.0, 85.0)
        )
        covered = tc.covered_population(population, fractions)
        area_types = table[type_field].tolist() if type_field else None
        summary = tc.coverage_summary(scenarios.names, population, covered, area_types)
        tc.check_consistency(population, covered, summary)
        equity = tc.equity(summary) if type_field else {}
        labels = [t for t in summary["area_type"] if t is not None]
        is_area_type = bool(type_field) and bool(labels)
        is_area_type = is_area_type and bool((tc.area_type_numbers(labels) > 0).all())
        unions = geo.dissolve_scenarios(buffers, scenarios.members, base_index, feedback)
        feedback.setProgress(90)

        # outputs
        results = self._write_catchments(parameters, context, scenarios.names, unions, work)
        results.update(
            self._write_areas(
                parameters,
                context,
                areas,
                prepared,
                scenarios.names,
                fractions,
                covered,
                type_field if is_area_type else None,
                feedback,
            )
        )
        fields = QgsFields()
        for name, kind in SUMMARY_FIELDS:
            fields.append(make_field(name, kind))
        sink, summary_id = self.parameterAsSink(
            parameters, "OUTPUT_SUMMARY", context, fields, QgsWkbTypes.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT_SUMMARY"))
        write_table(sink, fields, summary)
        results["OUTPUT_SUMMARY"] = summary_id

        return self._report(
            results, scenarios, summary, equity, method, distance, type_field, feedback
        )

    def _write_catchments(self, parameters, context, names, unions, work) -> dict:
        fields = QgsFields()
        fields.append(make_field("scenario", "string"))
        fields.append(make_field("area_m2", "double"))
        sink, dest = self.parameterAsSink(
            parameters, "OUTPUT_CATCHMENT", context, fields, QgsWkbTypes.MultiPolygon, work
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT_CATCHMENT"))
        for name, union in zip(names, unions):
            feature = QgsFeature(fields)
            feature.setGeometry(geo.multipolygon(union))
            feature.setAttributes([str(name), float(union.area())])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        style_on_load(context, dest, apply_catchment_style)
        return {"OUTPUT_CATCHMENT": dest}

    def _write_areas(
        self, parameters, context, areas, prepared, names, fractions, covered, type_field, feedback
    ) -> dict:
        """The areas with covered_pop_/covered_share_<scenario>; styled by ``type_field``."""
        columns = {}
        new_fields = []
        for s, (pop_name, share_name) in enumerate(tc.scenario_field_names(names)):
            columns[pop_name] = covered[:, s]
            columns[share_name] = fractions[:, s]
            new_fields += [(pop_name, "double"), (share_name, "double")]
        fields = output_fields(areas.fields(), new_fields)
        sink, dest = self.parameterAsSink(
            parameters,
            "OUTPUT_AREAS",
            context,
            fields,
            QgsWkbTypes.multiType(areas.wkbType()),
            areas.sourceCrs(),
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT_AREAS"))
        write_with_new_columns(
            areas,
            sink,
            fields,
            columns,
            feedback=feedback,
            geometries=[geo.multipolygon(g) for g in prepared.output],
        )
        if type_field:
            style_on_load(
                context, dest, lambda layer: apply_area_type_style(layer, field=type_field)
            )
        return {"OUTPUT_AREAS": dest}

    def _report(
        self, results, scenarios, summary, equity, method, distance, type_field, feedback
    ) -> dict:
        totals, covered, ratios = {}, {}, {}
        feedback.pushInfo(
            tr(
                "Method: euclidean buffers ({distance} m unless a distance field says "
                "otherwise; network distance not modelled), {method}."
            ).format(distance=f"{distance:g}", method=tr(self.METHODS[method]).lower())
        )
        for s, name in enumerate(scenarios.names):
            rows = summary[summary["scenario"] == name]
            total = float(rows["population"].sum())
            cov = float(rows["covered_population"].sum())
            totals[name], covered[name] = total, cov
            feedback.pushInfo(
                tr(
                    "Scenario {scenario}: {covered} of {total} residents within reach ({share})."
                ).format(
                    scenario=scenarios.composition(s),
                    covered=f"{cov:.0f}",
                    total=f"{total:.0f}",
                    share=_share(cov / total if total > 0 else float("nan")),
                )
            )
            if name in equity:
                e = equity[name]
                ratios[name] = e.ratio
                feedback.pushInfo(
                    tr(
                        "Scenario {scenario}: coverage {challenged} in area types 1-2, "
                        "{advantaged} in area types 4-5; equity ratio {ratio}."
                    ).format(
                        scenario=name,
                        challenged=_share(e.challenged),
                        advantaged=_share(e.advantaged),
                        ratio="-" if e.ratio is None else f"{e.ratio:.3f}",
                    )
                )
        if type_field and all(r is None for r in ratios.values()):
            self._warn(
                feedback,
                tr(
                    "No equity ratio: field {field} needs areas of types 1-2 and 4-5 with "
                    "residents, and coverage in types 4-5 (see segregation:areatypes)."
                ).format(field=type_field),
            )
        results.update(
            {
                "EQUITY_RATIOS": ratios,
                "TOTAL_POPULATION": totals,
                "COVERED_POPULATION": covered,
                "EQUITY_RATIOS_JSON": json.dumps(ratios, ensure_ascii=False),
                "TOTAL_POPULATION_JSON": json.dumps(totals, ensure_ascii=False),
                "COVERED_POPULATION_JSON": json.dumps(covered, ensure_ascii=False),
                "WARNINGS": "\n".join(self._warnings),
            }
        )
        return results
