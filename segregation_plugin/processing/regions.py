"""Region parameters shared by the per-region algorithms (indices, income inequality, flags).

Regions come from ``REGION_FIELD`` when given, else from ``REGION_LEVEL``: the
whole layer, or the municipality/county part of an SCB code field ``CODE_FIELD``.
``REGION_LAYER`` optionally maps the per-region table onto polygons: a given
boundary layer (``REGION_BOUNDARIES`` with ``REGION_BOUNDARY_FIELD``) or the
units dissolved by region.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from ..adapter.layers import (
    frame_fields,
    plain_value,
    py_value,
    read_table,
    valid_geometry,
    write_table,
)
from ..adapter.styling import apply_region_flag_style
from ..core import regions as rg
from ..core.errors import N_
from ..i18n import tr
from .postprocess import style_on_load

LEVELS = (rg.WHOLE_LAYER, rg.MUNICIPALITY, rg.COUNTY)
LEVEL_LABELS = (N_("Whole layer"), N_("Municipality (from code)"), N_("County (from code)"))
CODE_HINTS = ("desokod", "regsokod", "deso", "regso", "deso_2018", "regsokod_2020", "kod", "code")
NAME_HINTS = {rg.MUNICIPALITY: ("kommunnamn", "kommun_namn"), rg.COUNTY: ("lansnamn", "länsnamn")}


@dataclass
class Regions:
    """Region key per unit (aligned with the table), names, and a description."""

    keys: np.ndarray
    names: dict
    level: str
    field: str


def add_region_parameters(alg, with_layer_output: bool = True) -> None:
    """Add REGION_FIELD, REGION_LEVEL, CODE_FIELD (and the REGION_LAYER output) to ``alg``."""
    alg.add_field(
        "REGION_FIELD",
        tr("Region field (instead of the level below)"),
        numeric=False,
        optional=True,
    )
    alg.addParameter(
        QgsProcessingParameterEnum(
            "REGION_LEVEL", tr("Regions"), [tr(v) for v in LEVEL_LABELS], defaultValue=1
        )
    )
    alg.add_field(
        "CODE_FIELD",
        tr("DeSO/RegSO code field (default: detected)"),
        numeric=False,
        optional=True,
    )
    if with_layer_output:
        alg.addParameter(
            QgsProcessingParameterFeatureSource(
                "REGION_BOUNDARIES",
                tr("Region boundaries (optional; default: dissolved units)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        alg.addParameter(
            QgsProcessingParameterField(
                "REGION_BOUNDARY_FIELD",
                tr("Region code field of the boundaries"),
                None,
                "REGION_BOUNDARIES",
                QgsProcessingParameterField.Any,
                optional=True,
            )
        )
        alg.addParameter(
            QgsProcessingParameterFeatureSink(
                "REGION_LAYER",
                tr("Regions as polygons"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=False,
            )
        )


def _detect(source, hints) -> str:
    names = {f.name().lower(): f.name() for f in source.fields()}
    return next((names[h] for h in hints if h in names), "")


def region_fields(alg, parameters, context, source) -> tuple[str, str, str, str]:
    """(region field, code field, name field, level) to read for the regions."""
    region_field = alg.parameterAsString(parameters, "REGION_FIELD", context)
    level = LEVELS[alg.parameterAsEnum(parameters, "REGION_LEVEL", context)]
    if region_field:
        return region_field, "", "", "field"
    if level == rg.WHOLE_LAYER:
        return "", "", "", level
    code_field = alg.parameterAsString(parameters, "CODE_FIELD", context) or _detect(
        source, CODE_HINTS
    )
    if not code_field:
        raise QgsProcessingException(
            tr(
                "Choose the DeSO/RegSO code field (CODE_FIELD) or a region field: no field "
                "named like desokod or regsokod was found in {layer}."
            ).format(layer=source.sourceName())
        )
    return "", code_field, _detect(source, NAME_HINTS[level]), level


def regions_from_table(table: pd.DataFrame, fields: tuple[str, str, str, str]) -> Regions:
    """Region keys from a table read with the fields of :func:`region_fields`."""
    region_field, code_field, name_field, level = fields
    if level == "field":
        values = table[region_field]
        keys = values.where(values.notna(), "").astype(str).to_numpy(dtype=object)
        return Regions(keys, {}, level, region_field)
    codes = table[code_field].tolist() if code_field else [None] * len(table)
    keys = rg.region_keys(codes, level, unit_ids=table["fid"].tolist())
    names = rg.region_names(keys, table[name_field].tolist() if name_field else None)
    return Regions(keys, names, level, code_field)


def level_text(regions: Regions) -> str:
    """How the regions were formed, for the outputs."""
    if regions.level == "field":
        return tr("field {field}").format(field=regions.field)
    if regions.level == rg.WHOLE_LAYER:
        return tr("whole layer")
    what = tr("municipality") if regions.level == rg.MUNICIPALITY else tr("county")
    return tr("{what} from {field}").format(what=what, field=regions.field)


def write_region_layer(alg, parameters, context, source, regions, fields, rows, feedback):
    """Write the per-region rows onto polygons (REGION_LAYER), when that output is asked for.

    ``rows`` is the per-region DataFrame whose first column ``region`` is the key.
    Returns the destination id or None.
    """
    if parameters.get("REGION_LAYER") in (None, ""):
        return None
    boundaries = alg.parameterAsSource(parameters, "REGION_BOUNDARIES", context)
    geometries: dict = {}
    crs = source.sourceCrs()
    if boundaries is not None:
        key_field = alg.parameterAsString(parameters, "REGION_BOUNDARY_FIELD", context)
        if not key_field:
            raise QgsProcessingException(tr("Choose the region code field of the boundaries."))
        table = read_table(boundaries, [key_field], with_geometry=True)
        for key, geometry in zip(table[key_field].astype(str), table["geometry"]):
            geometries[key] = valid_geometry(geometry)[0]
        crs = boundaries.sourceCrs()
    else:
        table = read_table(source, [], with_geometry=True)
        frame = pd.DataFrame({"key": regions.keys, "geometry": table["geometry"]})
        for key, group in frame.groupby("key", sort=False):  # one union per region
            parts = [valid_geometry(g)[0] for g in group["geometry"] if not g.isNull()]
            geometries[key] = QgsGeometry.unaryUnion(parts) if parts else QgsGeometry()
    sink, dest_id = alg.parameterAsSink(
        parameters, "REGION_LAYER", context, fields, QgsWkbTypes.MultiPolygon, crs
    )
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, "REGION_LAYER"))
    names = [f.name() for f in fields]
    missing = []
    for record in rows[names].itertuples(index=False):
        geometry = geometries.get(str(record[0]))
        if geometry is None:
            missing.append(str(record[0]))
            continue
        feature = QgsFeature(fields)
        geometry = QgsGeometry(geometry)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        feature.setAttributes([py_value(v) for v in record])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    if missing:
        feedback.reportError(
            tr("No boundary for region(s): {regions}").format(regions=", ".join(missing[:20]))
        )
    return dest_id


def finish_rows(rows: pd.DataFrame, regions: Regions) -> pd.DataFrame:
    """Region keys as text, a ``region_name`` column after ``region``, NaN as None."""
    rows = rows.copy()
    rows["region"] = rows["region"].astype(str)
    rows.insert(1, "region_name", rows["region"].map(regions.names))
    return rows


def write_region_outputs(
    alg,
    parameters,
    context,
    source,
    regions: Regions,
    rows: pd.DataFrame,
    feedback,
    fields=None,
) -> dict:
    """Write the per-region table (OUTPUT) and, when asked for, REGION_LAYER.

    ``fields`` defaults to fields derived from the DataFrame's dtypes.
    """
    fields = fields if fields is not None else frame_fields(rows)
    rows = rows.astype(object).where(pd.notna(rows), None)
    sink, dest_id = alg.parameterAsSink(
        parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry
    )
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, "OUTPUT"))
    write_table(sink, fields, rows)
    results = {"OUTPUT": dest_id, "REGIONS": len(rows)}
    layer_id = write_region_layer(alg, parameters, context, source, regions, fields, rows, feedback)
    if layer_id:
        results["REGION_LAYER"] = layer_id
        style_on_load(context, layer_id, style_regions)
    return results


def style_regions(layer) -> None:
    """Municipalities or counties by the ojämlikhetsindex (else the share in area types 1+2,
    else the Gini), flagged regions hatched."""
    names = set(layer.fields().names())
    for field in ("ojamlikhetsindex", "share_type_12", "gini"):
        values = layer.uniqueValues(layer.fields().lookupField(field)) if field in names else []
        if any(isinstance(plain_value(v), (int, float)) and v == v for v in values):
            apply_region_flag_style(layer, field=field)
            return
