"""Reading QGIS layers into arrays and writing results into new layers.

The one place that handles NULLs, field lookup, CRS and geometry validity, so
the algorithms hand plain numpy/pandas data to ``core`` and back.
"""

from __future__ import annotations

from typing import Iterable, Optional, Sequence

import numpy as np
import pandas as pd
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
)

from ..compat import make_field
from ..core.values import parse_numbers
from ..i18n import tr

#: SWEREF 99 TM, the CRS of SCB's and Lantmäteriet's data.
SWEREF99TM = "EPSG:3006"


def plain_value(value: object) -> object:
    """QGIS NULL (a null QVariant) and empty values to None."""
    if value is None:
        return None
    is_null = getattr(value, "isNull", None)
    if callable(is_null) and not isinstance(value, str) and is_null():
        return None
    return value


def read_table(
    source,
    fields: Sequence[str],
    *,
    feedback: Optional[QgsProcessingFeedback] = None,
    with_geometry: bool = False,
) -> pd.DataFrame:
    """Attributes of ``fields`` for every feature, NULL as None, plus ``fid``.

    With ``with_geometry`` the column ``geometry`` holds each QgsGeometry.
    """
    names = list(dict.fromkeys(f for f in fields if f))
    layer_fields = source.fields()
    missing = [f for f in names if layer_fields.lookupField(f) < 0]
    if missing:
        raise QgsProcessingException(
            tr("Field(s) not found in layer {layer}: {fields}").format(
                layer=source.sourceName(), fields=", ".join(missing)
            )
        )
    index = [layer_fields.lookupField(f) for f in names]
    request = QgsFeatureRequest().setSubsetOfAttributes(index)
    if not with_geometry:
        request.setFlags(QgsFeatureRequest.NoGeometry)
    rows: dict[str, list] = {name: [] for name in names}
    fids: list[int] = []
    geoms: list[QgsGeometry] = []
    total = max(source.featureCount(), 1)
    for n, feature in enumerate(source.getFeatures(request)):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        attrs = feature.attributes()
        for name, i in zip(names, index):
            rows[name].append(plain_value(attrs[i]))
        fids.append(feature.id())
        if with_geometry:
            geoms.append(QgsGeometry(feature.geometry()))
        if feedback is not None and n % 1000 == 0:
            feedback.setProgress(20.0 * n / total)
    table = pd.DataFrame(rows, columns=names)
    table.insert(0, "fid", np.asarray(fids, dtype=np.int64))
    if with_geometry:
        table["geometry"] = geoms
    return table


def numeric_column(table: pd.DataFrame, field: str, layer_name: str) -> np.ndarray:
    """A field as float (NaN for NULL and SCB's dots); text that is no number is an error."""
    raw = table[field].tolist()
    parsed = parse_numbers(raw)
    if parsed.bad.any():
        i, value = parsed.first_bad(raw)
        raise QgsProcessingException(
            tr(
                "Layer {layer}, field {field}: value '{value}' of feature {fid} is not a number "
                "({count} such value(s))."
            ).format(
                layer=layer_name,
                field=field,
                value=value,
                fid=int(table["fid"].iloc[i]),
                count=int(parsed.bad.sum()),
            )
        )
    return parsed.values


def output_fields(source_fields: QgsFields, new: Iterable[tuple[str, str]]) -> QgsFields:
    """All source fields plus new ones; a source field with a new field's name is replaced."""
    new = list(new)
    taken = {name.lower() for name, _ in new}
    fields = QgsFields()
    for f in source_fields:
        if f.name().lower() not in taken:
            fields.append(f)
    for name, kind in new:
        fields.append(make_field(name, kind))
    return fields


def py_value(value: object) -> object:
    """A value for a feature attribute: QGIS NULL, NaN and numpy scalars to Python/None."""
    value = plain_value(value)
    if value is None:
        return None
    if isinstance(value, (np.floating, float)):
        return None if np.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


def write_with_new_columns(
    source,
    sink: QgsFeatureSink,
    fields: QgsFields,
    columns: dict[str, Sequence],
    *,
    feedback: Optional[QgsProcessingFeedback] = None,
    transform: Optional[QgsCoordinateTransform] = None,
    geometries: Optional[Sequence[QgsGeometry]] = None,
) -> int:
    """Copy every source feature into ``sink`` with the new columns' values appended.

    ``columns`` (and ``geometries``, which replace the features' own, e.g. repaired
    copies) are aligned with the source's iteration order (as read by
    :func:`read_table`). Returns the number of features written.
    """
    src_names = [f.name() for f in source.fields()]
    keep = [(fields.lookupField(n), i) for i, n in enumerate(src_names)]
    keep = [(o, i) for o, i in keep if o >= 0]
    new = [
        (fields.lookupField(name), list(map(py_value, values))) for name, values in columns.items()
    ]
    total = max(source.featureCount(), 1)
    written = 0
    for n, feature in enumerate(source.getFeatures()):
        if feedback is not None and feedback.isCanceled():
            raise QgsProcessingException(tr("Cancelled."))
        out = QgsFeature(fields)
        geometry = feature.geometry() if geometries is None else QgsGeometry(geometries[n])
        if transform is not None and not geometry.isNull():
            geometry.transform(transform)
        out.setGeometry(geometry)
        attrs = [None] * fields.count()
        src_attrs = feature.attributes()
        for o, i in keep:
            attrs[o] = plain_value(src_attrs[i])
        for o, values in new:
            attrs[o] = values[n]
        out.setAttributes(attrs)
        if not sink.addFeature(out, QgsFeatureSink.FastInsert):
            raise QgsProcessingException(
                tr("Could not write feature {fid}.").format(fid=feature.id())
            )
        written += 1
        if feedback is not None and n % 500 == 0:
            feedback.setProgress(60.0 + 40.0 * n / total)
    return written


def write_table(sink: QgsFeatureSink, fields: QgsFields, table: pd.DataFrame) -> int:
    """Write a DataFrame (columns named as ``fields``) as geometry-less features."""
    names = [f.name() for f in fields]
    records = table[names].to_numpy(dtype=object)
    for row in records:
        feature = QgsFeature(fields)
        feature.setAttributes([py_value(v) for v in row])
        sink.addFeature(feature, QgsFeatureSink.FastInsert)
    return len(records)


def projected_crs(crs: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """``crs`` itself when projected (metres), else SWEREF 99 TM."""
    if crs.isValid() and not crs.isGeographic():
        return crs
    return QgsCoordinateReferenceSystem(SWEREF99TM)


def valid_geometry(geometry: QgsGeometry) -> tuple[QgsGeometry, bool]:
    """A valid copy of ``geometry`` (repaired with makeValid) and whether it was repaired."""
    if geometry.isNull() or geometry.isGeosValid():
        return geometry, False
    return geometry.makeValid(), True


def frame_fields(table: pd.DataFrame) -> QgsFields:
    """QGIS fields for a DataFrame's columns: float -> double, int/bool -> int, else text."""
    fields = QgsFields()
    for name, dtype in table.dtypes.items():
        if pd.api.types.is_bool_dtype(dtype) or pd.api.types.is_integer_dtype(dtype):
            kind = "int"
        elif pd.api.types.is_float_dtype(dtype):
            kind = "double"
        else:
            kind = "string"
        fields.append(make_field(str(name), kind))
    return fields
