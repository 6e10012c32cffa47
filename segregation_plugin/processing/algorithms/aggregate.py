"""segregation:aggregate: unit statistics (e.g. DeSO) summed up to larger or other areas.

Two ways to say which target a unit belongs to: (a) a code, from a field of the units
or SCB's DeSO -> RegSO crosswalk (the units are dissolved per code), or (b) a polygon
layer of targets (districts, planning areas) with point on surface, largest overlap or
area-weighted apportioning. The numbers go through ``core.aggregate``: counts summed,
shares recomputed from summed counts or as population-weighted means, never averaged
unweighted; the geometry work (overlays, unions) is done here, per feature.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterString,
    QgsSpatialIndex,
    QgsWkbTypes,
)

from ...adapter.layers import (
    numeric_column,
    plain_value,
    projected_crs,
    py_value,
    valid_geometry,
)
from ...compat import POLYGON_GEOMETRY, make_field
from ...core import aggregate as ag
from ...core.errors import N_, SegregationError
from ...core.statimport import read_crosswalk
from ...i18n import tr
from ..base import SegregationAlgorithm
from .joinstatistics import (
    CODE_FIELD_HINTS,
    SKIP_GEOMETRY_CHECKS,
    code_texts,
    hinted_fields,
    require_field,
)

POINT_ON_SURFACE, LARGEST_OVERLAP, AREA_WEIGHTED = 0, 1, 2
ASSIGNMENTS = (
    N_("Point on surface: each unit wholly to the target containing its inner point"),
    N_("Largest overlap: each unit wholly to the target covering most of it"),
    N_("Area-weighted: units split by the share of their area in each target"),
)
#: Overlaps below this share of a unit's area are digitising or reprojection slivers: ignored.
SLIVER = 1e-6
#: Codes listed in one log line (all are in the results).
LOG_LIMIT = 30
#: QVariant/QMetaType ids of integer fields: Int, UInt, LongLong, ULongLong.
INTEGER_TYPES = (2, 3, 4, 5)
#: DeSO code fields for the crosswalk, in order of preference.
UNIT_CODE_HINTS = ("desokod", "deso", "deso_2018", "desokod_2018", "deso_2025", "kod", "code")

E_NO_TARGET = N_(
    "Choose how units are assigned: a target code field, a crosswalk, or a layer of target "
    "polygons."
)
E_NO_RULES = N_("Choose at least one field to aggregate (sum, mean, ratio, minimum or maximum).")
E_RATIO = N_(
    'Cannot read the ratio "{text}"; write name=numerator/denominator*100, several separated '
    "by semicolons, e.g. andel_lag_ek_standard=lag_ek_standard/befolkning*100."
)
E_DUPLICATE_OUTPUT = N_('The output field "{field}" is produced by more than one rule.')
E_UNIT_CODE = N_(
    "No DeSO code field found in {layer} for the crosswalk (looked for {hints}); choose it."
)
E_NOT_POLYGONS = N_("The target layer {layer} has no polygons.")
E_UNITS_NOT_POLYGONS = N_(
    "Assigning units to target polygons needs unit polygons; {layer} has no polygons."
)
E_OVERLAPPING_TARGETS = N_(
    "The target polygons overlap: unit(s) {units} lie in several targets with more than "
    "their own area in total. Area-weighted apportioning needs targets that do not overlap; "
    "fix the targets or use point on surface or largest overlap."
)
E_TRANSFORM = N_("Cannot transform feature {fid} of {layer} to {crs}: {reason}")


def _shown(items, limit: int = LOG_LIMIT) -> str:
    items = list(items)
    text = ", ".join(str(i) for i in items[:limit])
    if len(items) > limit:
        text += " " + tr("(+{n} more)").format(n=len(items) - limit)
    return text


def parse_ratios(text: str, source) -> list[tuple[str, str, str, float]]:
    """'name=num/den*100; ...' into (name, numerator, denominator, scale) tuples.

    The scale is 1 without '*'. Field names are looked up in ``source``
    (case-insensitive); quote names with spaces: "a b"/c*100.
    """
    name_re = r'("[^"]+"|[^\s=/*"]+)'
    entry_re = re.compile(
        rf"^\s*{name_re}\s*=\s*{name_re}\s*/\s*{name_re}\s*(?:\*\s*([0-9]+(?:[.,][0-9]+)?))?\s*$"
    )
    out = []
    for entry in re.split(r"[;\n]", text or ""):
        if not entry.strip():
            continue
        m = entry_re.match(entry)
        if not m:
            raise SegregationError(E_RATIO, text=entry.strip())
        name, num, den = (g.strip('"') for g in m.groups()[:3])
        scale = float(m.group(4).replace(",", ".")) if m.group(4) else 1.0
        out.append((name, require_field(source, num), require_field(source, den), scale))
    return out


@dataclass
class _Units:
    """The units as read: attributes (DataFrame with fid), geometries and labels."""

    table: pd.DataFrame
    geometries: list
    labels: list


@dataclass
class _Job:
    """One run: the inputs as read, the rules, and the warnings collected on the way."""

    parameters: dict
    context: object
    feedback: object
    source: object
    units: _Units
    values: pd.DataFrame
    rules: dict
    specs: list
    warnings: list = dataclasses.field(default_factory=list)


def read_units(source, fields, label_field, with_geometry, feedback) -> _Units:
    """Attributes of ``fields`` (NULL as None) and geometries of every feature, in order.

    Reads all features, also those with invalid geometry (repaired copies are made
    later), whatever the context's invalid-geometry setting.
    """
    names = list(dict.fromkeys(f for f in fields + [label_field] if f))
    index = [source.fields().lookupField(f) for f in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(index)
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    rows: dict = {name: [] for name in names}
    fids, geoms = [], []
    total = max(source.featureCount(), 1)
    for n, feature in enumerate(source.getFeatures(request, SKIP_GEOMETRY_CHECKS)):
        if feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        attrs = feature.attributes()
        for name, i in zip(names, index):
            value = attrs[i]
            rows[name].append(plain_value(value))
        fids.append(feature.id())
        if with_geometry:
            geoms.append(QgsGeometry(feature.geometry()))
        if n % 1000 == 0:
            feedback.setProgress(10.0 * n / total)
    table = pd.DataFrame(rows, columns=names)
    table.insert(0, "fid", np.asarray(fids, dtype=np.int64))
    if label_field:
        codes = code_texts(table[label_field].tolist())
        labels = [c if c else f"fid {f}" for c, f in zip(codes, fids)]
    else:
        labels = [f"fid {f}" for f in fids]
    return _Units(table, geoms, labels)


def polygonal(geometry: QgsGeometry) -> QgsGeometry:
    """A repaired (valid) copy of ``geometry`` with only its polygons, as a multipolygon.

    ``makeValid`` may return a collection of polygons and lines (a bowtie's crossing);
    the output layers hold (multi)polygons only.
    """
    geometry, fixed = valid_geometry(QgsGeometry(geometry))
    if fixed and QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.GeometryCollection:
        geometry.convertGeometryCollectionToSubclass(POLYGON_GEOMETRY)  # in place
    if not geometry.isNull():
        geometry.convertToMultiType()
    return geometry


class AggregateAlgorithm(SegregationAlgorithm):
    """Units to targets by code or by polygons; numbers through core.aggregate/apportion."""

    ALG_ID = "aggregate"
    DISPLAY_NAME = N_("Aggregate statistics to larger areas")
    GROUP_ID = "data"
    GROUP_NAME = N_("Data")
    HELP = N_(
        "Adds up statistics of small units (e.g. DeSO) to larger or other areas: RegSO, "
        "municipalities, or your own districts and planning areas.\n\n"
        "Which target a unit belongs to: (a) a code: a field of the units holding the target's "
        "code (e.g. regsokod or kommunkod), or SCB's crosswalk 'Koppling DeSO 2018 - RegSO "
        "2020' with the units' DeSO code field; the output is the units dissolved per code. "
        "(b) a polygon layer of targets, with one of three assignments: point on surface (the "
        "unit goes wholly to the target containing a point inside it), largest overlap (wholly "
        "to the target covering the largest part of it, unless a larger part lies outside all "
        "targets), or area-weighted apportioning (the unit is split by the share of its area "
        "in each target: areal weighting, Goodchild & Lam 1980). Overlaps smaller than a "
        "millionth of a unit's area are slivers of digitising or reprojection and ignored. "
        "Area-weighted apportioning assumes that people and counts are spread "
        "evenly within each unit, which is rarely true (lakes, forests, new housing): read its "
        "results as estimates. The output is the target polygons.\n\n"
        "Rules per field, as SCB computes regional statistics: sum for counts (persons, "
        "households); ratio to recompute a share from summed counts, written "
        "name=numerator/denominator*100 (e.g. "
        "andel_lag_ek_standard=lag_ek_standard/befolkning*100; several separated by "
        "semicolons); mean for shares and means that have no counts, weighted by the weight "
        "field (e.g. the population the share refers to; unweighted without one); minimum and "
        "maximum (fields named *_min, *_max); copy (a text such as kommunnamn, from the unit "
        "with the largest part). Shares are never averaged unweighted. A missing value (NULL, "
        "'..') is left out; a target whose units are all missing gets NULL, not 0. n_units "
        "counts the units in each target.\n\n"
        "Reported: units in no target (UNITS_UNASSIGNED) and units overlapping several targets "
        "(UNITS_SPLIT). Targets in another CRS are reprojected to the units' CRS; overlays of "
        "units in degrees are computed in SWEREF 99 TM (EPSG:3006); invalid polygons are "
        "repaired in the output only. The inputs are never changed.\n\n"
        "Statistics: SCB, Statistikdatabasen; crosswalk: SCB, Regionala statistikområden "
        "(RegSO)."
    )

    def initAlgorithm(self, config=None) -> None:
        numeric = QgsProcessingParameterField.Numeric
        any_type = QgsProcessingParameterField.Any
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", tr("Units (e.g. DeSO) with statistics"), [QgsProcessing.TypeVector]
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "TARGET_FIELD",
                tr("Target code field of the units (e.g. regsokod)"),
                None,
                "INPUT",
                any_type,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "CROSSWALK",
                tr("Crosswalk DeSO - RegSO (SCB's CSV file; instead of a target field)"),
                QgsProcessingParameterFile.File,
                fileFilter="CSV (*.csv *.CSV *.txt);;All files (*.*)",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "UNIT_CODE_FIELD",
                tr("DeSO code field of the units, for the crosswalk (default: detected)"),
                None,
                "INPUT",
                any_type,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "TARGETS",
                tr("Target polygons (e.g. districts; instead of codes)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "TARGET_ID_FIELD",
                tr("Id or name field of the targets (for the report)"),
                None,
                "TARGETS",
                any_type,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "ASSIGNMENT",
                tr("Assignment of units to target polygons"),
                [tr(a) for a in ASSIGNMENTS],
                defaultValue=POINT_ON_SURFACE,
            )
        )
        for name, label in (
            ("SUM_FIELDS", tr("Sum: count fields (e.g. befolkning, q1..q5)")),
            ("MEAN_FIELDS", tr("Weighted mean: share or mean fields without counts")),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, label, None, "INPUT", numeric, allowMultiple=True, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterField(
                "WEIGHT_FIELD",
                tr("Weight for the means (e.g. befolkning)"),
                None,
                "INPUT",
                numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "RATIO_FIELDS",
                tr("Ratios from summed counts (name=numerator/denominator*100; ...)"),
                optional=True,
                multiLine=True,
            )
        )
        for name, label, kind in (
            ("MIN_FIELDS", tr("Minimum (fields *_min)"), numeric),
            ("MAX_FIELDS", tr("Maximum (fields *_max)"), numeric),
            (
                "COPY_FIELDS",
                tr("Copy from the unit with the largest part (e.g. kommunnamn)"),
                any_type,
            ),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, label, None, "INPUT", kind, allowMultiple=True, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Aggregated areas"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        self.add_outputs(
            numbers=(
                ("TARGET_COUNT", tr("Targets")),
                ("UNITS", tr("Units")),
                ("UNITS_UNASSIGNED", tr("Units in no target")),
                ("UNITS_SPLIT", tr("Units overlapping several targets")),
                ("UNITS_PARTIAL", tr("Units partly outside the targets")),
                ("TARGETS_EMPTY", tr("Targets without units")),
                ("REPAIRED", tr("Invalid geometries repaired in the output")),
            )
        )
        self.add_outputs(
            texts=(
                ("UNASSIGNED_LIST", tr("Units in no target (list)")),
                ("SPLIT_LIST", tr("Units overlapping several targets (list)")),
                ("METHOD", tr("Method")),
                ("WARNINGS", tr("Warnings")),
            )
        )

    # -- rules -----------------------------------------------------------------------------

    def _rules(self, parameters, context, units_source, fractional: bool):
        """Rules for core.aggregate, the fields they read, and the output field specs."""
        fields = units_source.fields()

        def chosen(name):
            return [
                require_field(units_source, f)
                for f in self.parameterAsFields(parameters, name, context)
            ]

        rules: dict = {}
        specs: list = []  # (output name, QgsField)
        numeric_in: list = []
        text_in: list = []

        def add(name, rule, field):
            if name.lower() in {n.lower() for n in rules}:
                raise SegregationError(E_DUPLICATE_OUTPUT, field=name)
            rules[name] = rule
            field.setName(name)
            specs.append((name, field))

        def integer(src):
            f = fields.field(src)
            return f.isNumeric() and f.type() in INTEGER_TYPES

        for f in chosen("SUM_FIELDS"):
            kind = "long" if integer(f) and not fractional else "double"
            add(f, ag.Rule("sum", source=f), make_field(f, kind))
            numeric_in.append(f)
        weight = self.parameterAsString(parameters, "WEIGHT_FIELD", context)
        weight = require_field(units_source, weight) if weight else ""
        for f in chosen("MEAN_FIELDS"):
            rule = ag.weighted_mean(weight, source=f) if weight else ag.Rule("mean", source=f)
            add(f, rule, make_field(f, "double"))
            numeric_in.append(f)
            if weight:
                numeric_in.append(weight)
        ratio_text = self.parameterAsString(parameters, "RATIO_FIELDS", context)
        for name, num, den, scale in parse_ratios(ratio_text, units_source):
            add(name, ag.ratio(num, den, scale), make_field(name, "double"))
            numeric_in += [num, den]
        for param, suffix, kind in (("MIN_FIELDS", "_min", "min"), ("MAX_FIELDS", "_max", "max")):
            for f in chosen(param):
                out_kind = "long" if integer(f) else "double"
                add(f + suffix, ag.Rule(kind, source=f), make_field(f + suffix, out_kind))
                numeric_in.append(f)
        for f in chosen("COPY_FIELDS"):
            add(f, ag.Rule("first", source=f), QgsField(fields.field(f)))
            text_in.append(f)
        if not rules:
            raise SegregationError(E_NO_RULES)
        return rules, specs, list(dict.fromkeys(numeric_in)), list(dict.fromkeys(text_in)), weight

    @staticmethod
    def _values(units: _Units, numeric_in, text_in, name) -> pd.DataFrame:
        values = pd.DataFrame(index=range(len(units.table)))
        for f in numeric_in:
            values[f] = numeric_column(units.table, f, name)
        for f in text_in:
            if f not in values.columns:
                values[f] = units.table[f].to_numpy(dtype=object)
        return values

    # -- run -------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        units_source = self.source(parameters, "INPUT", context)
        uname = units_source.sourceName()
        targets_given = parameters.get("TARGETS") not in (None, "")
        targets = self.parameterAsSource(parameters, "TARGETS", context) if targets_given else None
        target_field = self.parameterAsString(parameters, "TARGET_FIELD", context)
        crosswalk_path = self.parameterAsFile(parameters, "CROSSWALK", context)
        assignment = self.parameterAsEnum(parameters, "ASSIGNMENT", context)
        warnings: list[str] = []
        if targets is None and not target_field and not crosswalk_path:
            raise SegregationError(E_NO_TARGET)
        if targets is not None and (target_field or crosswalk_path):
            warnings.append(
                tr("Target polygons are given: the target code field and crosswalk are ignored.")
            )
        fractional = targets is not None and assignment == AREA_WEIGHTED
        rules, specs, numeric_in, text_in, weight = self._rules(
            parameters, context, units_source, fractional
        )
        if weight == "" and self.parameterAsFields(parameters, "MEAN_FIELDS", context):
            warnings.append(
                tr("No weight field: the means are unweighted means over units (or area parts).")
            )

        unit_code = self.parameterAsString(parameters, "UNIT_CODE_FIELD", context)
        unit_code = require_field(units_source, unit_code) if unit_code else ""
        if targets is None and crosswalk_path:
            if target_field:
                warnings.append(
                    tr("The crosswalk is used; the target code field {field} is ignored.").format(
                        field=target_field
                    )
                )
                target_field = ""
            if not unit_code:
                hinted = hinted_fields(units_source, UNIT_CODE_HINTS)
                if not hinted:
                    raise SegregationError(
                        E_UNIT_CODE, layer=uname, hints=", ".join(UNIT_CODE_HINTS[:4])
                    )
                unit_code = hinted[0]
        if targets is None and target_field:
            target_field = require_field(units_source, target_field)
        label_field = unit_code or (hinted_fields(units_source, CODE_FIELD_HINTS) or [""])[0]
        has_geometry = units_source.wkbType() != QgsWkbTypes.NoGeometry
        key_fields = [target_field, unit_code] if targets is None else []
        units = read_units(
            units_source, numeric_in + text_in + key_fields, label_field, has_geometry, feedback
        )
        values = self._values(units, numeric_in, text_in, uname)
        feedback.setProgress(15)

        job = _Job(
            parameters, context, feedback, units_source, units, values, rules, specs, warnings
        )
        if targets is None:
            result = self._by_code(job, target_field, crosswalk_path, unit_code)
        else:
            result = self._by_polygons(job, targets, assignment)
        for text in warnings:
            feedback.pushWarning(text)
        result["WARNINGS"] = "\n".join(warnings)
        return result

    # -- (a) by code -----------------------------------------------------------------------

    def _by_code(self, job: _Job, target_field: str, crosswalk_path: str, unit_code: str):
        units, units_source, feedback, warnings = job.units, job.source, job.feedback, job.warnings
        values, rules, specs = job.values, job.rules, job.specs
        extra: list = []  # (field name, values per target) from the crosswalk
        if crosswalk_path:
            cw = read_crosswalk(crosswalk_path)
            codes = pd.Series(code_texts(units.table[unit_code].tolist()), dtype=object)
            target = codes.map(cw.set_index("deso")["regso_code"])
            target = target.astype(object).where(target.notna(), None)
            key_name = "regsokod"
            regso = cw.drop_duplicates("regso_code").set_index("regso_code")
            extra = [
                ("regsonamn", regso["regso_name"]),
                ("kommunkod", regso["kommun"]),
                ("kommunnamn", regso["kommunnamn"]),
            ]
            method = tr("by SCB's crosswalk DeSO - RegSO on {field}").format(field=unit_code)
        else:
            target = pd.Series(code_texts(units.table[target_field].tolist()), dtype=object)
            key_name = target_field
            method = tr("by the code field {field}").format(field=target_field)

        result = ag.aggregate(values, target, rules)
        target_ids = [str(t) for t in result.index]
        unassigned = [lb for lb, t in zip(units.labels, target) if t is None or pd.isna(t)]
        feedback.setProgress(50)

        # Dissolve the units' (repaired) polygons per target code.
        has_geometry = bool(units.geometries)
        geometries, repaired = [], 0
        if has_geometry:
            parts: dict = {t: [] for t in target_ids}
            for geom, t in zip(units.geometries, target):
                if t is None or pd.isna(t) or geom.isNull():
                    continue
                repaired += int(not geom.isGeosValid())
                parts[str(t)].append(polygonal(geom))
            for n, t in enumerate(target_ids):
                if feedback.isCanceled():
                    raise QgsProcessingException(tr("Cancelled."))
                merged = QgsGeometry.unaryUnion(parts[t]) if parts[t] else QgsGeometry()
                geometries.append(polygonal(merged) if not merged.isNull() else merged)
                if n % 200 == 0:
                    feedback.setProgress(50 + 40 * n / max(len(target_ids), 1))

        taken = {name.lower() for name, _ in specs}
        if key_name.lower() in taken:
            raise SegregationError(E_DUPLICATE_OUTPUT, field=key_name)
        extra = [(name, col) for name, col in extra if name.lower() not in taken]
        fields = QgsFields()
        fields.append(make_field(key_name, "string"))
        for name, _ in extra:
            fields.append(make_field(name, "string"))
        fields.append(make_field("n_units", "int"))
        for _, field in specs:
            fields.append(field)
        rows = []
        extra_cols = [[col.get(t) for t in target_ids] for _, col in extra]
        columns = self._columns(result, specs)
        for i, t in enumerate(target_ids):
            row = [t] + [c[i] for c in extra_cols] + [int(result["n_units"].iloc[i])]
            rows.append(row + [c[i] for c in columns])
        wkb = (
            QgsWkbTypes.multiType(units_source.wkbType())
            if has_geometry
            else QgsWkbTypes.NoGeometry
        )
        dest_id = self._write(
            job.parameters, job.context, fields, wkb, units_source.sourceCrs(), rows, geometries
        )
        if repaired:
            warnings.append(
                tr(
                    "{n} invalid unit polygon(s) repaired before dissolving (input unchanged)."
                ).format(n=repaired)
            )
        feedback.pushInfo(
            tr("{units} unit(s) aggregated to {targets} target(s) {method}.").format(
                units=len(units.labels) - len(unassigned), targets=len(target_ids), method=method
            )
        )
        if unassigned:
            warnings.append(
                tr("{n} unit(s) have no target code: {units}").format(
                    n=len(unassigned), units=_shown(unassigned)
                )
            )
        return {
            "OUTPUT": dest_id,
            "TARGET_COUNT": len(target_ids),
            "UNITS": len(units.labels),
            "UNITS_UNASSIGNED": len(unassigned),
            "UNITS_SPLIT": 0,
            "UNITS_PARTIAL": 0,
            "TARGETS_EMPTY": 0,
            "REPAIRED": repaired,
            "UNASSIGNED_LIST": ", ".join(unassigned),
            "SPLIT_LIST": "",
            "METHOD": method,
        }

    # -- (b) by polygons -------------------------------------------------------------------

    def _by_polygons(self, job: _Job, targets, assignment: int):
        units, units_source, feedback, warnings = job.units, job.source, job.feedback, job.warnings
        values, rules, specs = job.values, job.rules, job.specs
        parameters, context = job.parameters, job.context
        uname, tname = units_source.sourceName(), targets.sourceName()
        if QgsWkbTypes.geometryType(units_source.wkbType()) != POLYGON_GEOMETRY:
            raise SegregationError(E_UNITS_NOT_POLYGONS, layer=uname)
        unit_crs, target_crs = units_source.sourceCrs(), targets.sourceCrs()
        work_crs = projected_crs(unit_crs)
        if work_crs != unit_crs:
            warnings.append(
                tr(
                    "The units are in a geographic CRS ({crs}): areas and overlaps are computed "
                    "in {work}."
                ).format(crs=unit_crs.authid() or unit_crs.description(), work=work_crs.authid())
            )
        if target_crs.isValid() and unit_crs.isValid() and target_crs != unit_crs:
            warnings.append(
                tr("The targets ({tcrs}) are reprojected to the units' CRS ({ucrs}).").format(
                    tcrs=target_crs.authid(), ucrs=unit_crs.authid()
                )
            )
        tctx = context.transformContext()

        def transform(src, dst):
            if not src.isValid() or not dst.isValid() or src == dst:
                return None
            return QgsCoordinateTransform(src, dst, tctx)

        # Targets: attributes, repaired geometry (output in the units' CRS, overlay in work).
        id_field = self.parameterAsString(parameters, "TARGET_ID_FIELD", context)
        id_index = targets.fields().lookupField(id_field) if id_field else -1
        to_out, to_work = transform(target_crs, unit_crs), transform(target_crs, work_crs)
        t_attrs, t_out, t_work, t_labels = [], [], [], []
        repaired = 0
        index = QgsSpatialIndex()
        for feature in targets.getFeatures(QgsFeatureRequest(), SKIP_GEOMETRY_CHECKS):
            original = feature.geometry()
            repaired += int(not original.isNull() and not original.isGeosValid())
            geom = polygonal(original)
            out_geom = self._transformed(geom, to_out, feature.id(), tname, unit_crs)
            work = self._transformed(geom, to_work, feature.id(), tname, work_crs)
            i = len(t_attrs)
            t_attrs.append(list(feature.attributes()))
            t_out.append(out_geom)
            t_work.append(work)
            label = feature.attributes()[id_index] if id_index >= 0 else None
            t_labels.append(
                str(label) if plain_value(label) not in (None, "") else f"fid {feature.id()}"
            )
            if not work.isNull() and not work.isEmpty():
                index.addFeature(i, work.boundingBox())
        if not t_attrs or all(g.isNull() or g.isEmpty() for g in t_work):
            raise SegregationError(E_NOT_POLYGONS, layer=tname)
        if repaired:
            warnings.append(
                tr(
                    "{n} invalid target polygon(s) repaired in the output (the input is unchanged)."
                ).format(n=repaired)
            )
        feedback.setProgress(25)

        # Overlay: the share of each unit's area in each target (per feature, with the index).
        u_to_work = transform(unit_crs, work_crs)
        pair_u, pair_t, pair_f = [], [], []
        chosen = np.full(len(units.labels), -1, dtype=np.int64)
        n_units = len(units.labels)
        for u, geom in enumerate(units.geometries):
            if feedback.isCanceled():
                raise QgsProcessingException(tr("Cancelled."))
            if geom.isNull() or geom.isEmpty():
                continue
            geom, _ = valid_geometry(geom)
            geom = self._transformed(
                geom, u_to_work, int(units.table["fid"].iloc[u]), uname, work_crs
            )
            area = geom.area()
            if area <= 0:
                continue
            engine = QgsGeometry.createGeometryEngine(geom.constGet())
            engine.prepareGeometry()
            hits, fracs = [], []
            for t in index.intersects(geom.boundingBox()):
                target = t_work[t]
                if not engine.intersects(target.constGet()):
                    continue
                share = geom.intersection(target).area() / area
                if share > SLIVER:
                    hits.append(t)
                    fracs.append(min(share, 1.0))
            if not hits:
                continue
            pair_u += [u] * len(hits)
            pair_t += hits
            pair_f += fracs
            if assignment == POINT_ON_SURFACE:
                point = geom.pointOnSurface()
                inside = [(f, -t) for t, f in zip(hits, fracs) if t_work[t].intersects(point)]
                if inside:
                    chosen[u] = -max(inside)[1]
            elif assignment == LARGEST_OVERLAP and max(fracs) >= 1.0 - sum(fracs):
                # the target covering most of the unit, unless more of it lies outside all
                chosen[u] = hits[int(np.argmax(fracs))]
            if u % 200 == 0:
                feedback.setProgress(25 + 45 * u / max(n_units, 1))

        pairs = pd.DataFrame(
            {
                "unit_idx": np.asarray(pair_u, dtype=np.int64),
                "target_idx": np.asarray(pair_t, dtype=np.int64),
                "fraction": np.asarray(pair_f, dtype=float),
            }
        )
        covered = np.bincount(pairs["unit_idx"], weights=pairs["fraction"], minlength=n_units)
        n_hits = np.bincount(pairs["unit_idx"], minlength=n_units)
        split = [units.labels[u] for u in np.flatnonzero(n_hits > 1)]
        partial = [units.labels[u] for u in np.flatnonzero((covered > 0) & (covered < 1 - SLIVER))]
        if assignment == AREA_WEIGHTED:
            over = np.flatnonzero(covered > 1 + SLIVER)
            if len(over):
                raise SegregationError(
                    E_OVERLAPPING_TARGETS, units=_shown([units.labels[u] for u in over], 10)
                )
            # A unit inside the targets adds up to 1 +- rounding and slivers: make it 1.
            whole = np.abs(covered - 1.0) <= SLIVER
            scale = np.where(whole, 1.0 / np.where(whole, covered, 1.0), 1.0)
            weights = pairs.assign(fraction=pairs["fraction"] * scale[pairs["unit_idx"]])
            unassigned = [units.labels[u] for u in np.flatnonzero(covered <= 0)]
        else:
            assigned = np.flatnonzero(chosen >= 0)
            weights = pd.DataFrame(
                {
                    "unit_idx": assigned,
                    "target_idx": chosen[assigned],
                    "fraction": np.ones(len(assigned)),
                }
            )
            unassigned = [units.labels[u] for u in np.flatnonzero(chosen < 0)]
        result = ag.apportion(values, weights, rules, n_targets=len(t_attrs))
        feedback.setProgress(80)

        # Output: the target polygons with their fields, n_units and the aggregated fields.
        new_names = {"n_units"} | {name.lower() for name, _ in specs}
        fields = QgsFields()
        keep = []
        for i, f in enumerate(targets.fields()):
            if f.name().lower() in new_names:
                warnings.append(
                    tr("The target field {field} is replaced by the aggregated field.").format(
                        field=f.name()
                    )
                )
                continue
            fields.append(QgsField(f))
            keep.append(i)
        fields.append(make_field("n_units", "int"))
        for _, field in specs:
            fields.append(field)
        columns = self._columns(result, specs)
        rows = []
        for i, attrs in enumerate(t_attrs):
            rows.append(
                [attrs[k] for k in keep]
                + [int(result["n_units"].iloc[i])]
                + [c[i] for c in columns]
            )
        wkb = QgsWkbTypes.multiType(targets.wkbType())
        dest_id = self._write(
            parameters, context, fields, wkb, unit_crs, rows, [QgsGeometry(g) for g in t_out]
        )

        method = tr(ASSIGNMENTS[assignment])
        if assignment == AREA_WEIGHTED:
            method += " " + tr("(assumes an even spread within each unit)")
        feedback.pushInfo(
            tr("{units} unit(s) assigned to {targets} target(s): {method}.").format(
                units=n_units - len(unassigned), targets=len(t_attrs), method=method
            )
        )
        if unassigned:
            warnings.append(
                tr("{n} unit(s) lie in no target: {units}").format(
                    n=len(unassigned), units=_shown(unassigned)
                )
            )
        empty = [t_labels[i] for i in np.flatnonzero(result["n_units"].to_numpy() == 0)]
        if empty:
            warnings.append(
                tr("{n} target(s) got no unit: {targets}").format(
                    n=len(empty), targets=_shown(empty)
                )
            )
        if split and assignment == AREA_WEIGHTED:
            feedback.pushInfo(
                tr("{n} unit(s) overlap several targets and are split by area: {units}").format(
                    n=len(split), units=_shown(split)
                )
            )
        elif split:
            warnings.append(
                tr(
                    "{n} unit(s) overlap several targets but are assigned wholly to one: {units}"
                ).format(n=len(split), units=_shown(split))
            )
        if partial:
            warnings.append(
                tr(
                    "{n} unit(s) lie partly outside the targets (only the part inside counts): "
                    "{units}"
                ).format(n=len(partial), units=_shown(partial))
            )
        return {
            "OUTPUT": dest_id,
            "TARGET_COUNT": len(t_attrs),
            "UNITS": n_units,
            "UNITS_UNASSIGNED": len(unassigned),
            "UNITS_SPLIT": len(split),
            "UNITS_PARTIAL": len(partial),
            "TARGETS_EMPTY": len(empty),
            "REPAIRED": repaired,
            "UNASSIGNED_LIST": ", ".join(unassigned),
            "SPLIT_LIST": ", ".join(split),
            "METHOD": method,
        }

    # -- helpers ---------------------------------------------------------------------------

    @staticmethod
    def _transformed(geometry, transform, fid, layer_name, crs) -> QgsGeometry:
        geometry = QgsGeometry(geometry)
        if transform is None or geometry.isNull():
            return geometry
        try:
            geometry.transform(transform)
        except QgsCsException as err:
            raise SegregationError(
                E_TRANSFORM, fid=fid, layer=layer_name, crs=crs.authid(), reason=str(err)
            ) from err
        return geometry

    @staticmethod
    def _columns(result: pd.DataFrame, specs) -> list:
        """The aggregated columns as Python values fitting their output fields."""
        columns = []
        for name, field in specs:
            col = result[name].to_numpy()
            if field.type() in INTEGER_TYPES:
                columns.append([None if pd.isna(v) else int(round(float(v))) for v in col])
            else:
                columns.append([py_value(v) for v in col])
        return columns

    def _write(self, parameters, context, fields, wkb, crs, rows, geometries) -> str:
        sink, dest_id = self.parameterAsSink(parameters, "OUTPUT", context, fields, wkb, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        for i, row in enumerate(rows):
            feature = QgsFeature(fields)
            if geometries:
                feature.setGeometry(geometries[i])
            feature.setAttributes(row)
            if not sink.addFeature(feature, QgsFeatureSink.FastInsert):
                raise QgsProcessingException(tr("Could not write feature {fid}.").format(fid=i))
        return dest_id
