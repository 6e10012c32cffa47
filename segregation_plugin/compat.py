"""The one place for QGIS API differences between 3.22 and 3.34/3.40 LTR.

QGIS 3.38 moved ``QgsField`` to ``QMetaType`` and 3.30 introduced scoped enums
such as ``Qgis.GeometryType``; the old names still work in 3.40 but are
deprecated. Everything version-dependent goes through here.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsField, QgsWkbTypes

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _TYPES = {
        "double": QMetaType.Type.Double,
        "int": QMetaType.Type.Int,
        "long": QMetaType.Type.LongLong,
        "string": QMetaType.Type.QString,
    }
else:
    from qgis.PyQt.QtCore import QVariant

    _TYPES = {
        "double": QVariant.Double,
        "int": QVariant.Int,
        "long": QVariant.LongLong,
        "string": QVariant.String,
    }

if QGIS_VERSION_INT >= 33000:
    POINT_GEOMETRY = Qgis.GeometryType.Point
    LINE_GEOMETRY = Qgis.GeometryType.Line
    POLYGON_GEOMETRY = Qgis.GeometryType.Polygon
else:
    POINT_GEOMETRY = QgsWkbTypes.PointGeometry
    LINE_GEOMETRY = QgsWkbTypes.LineGeometry
    POLYGON_GEOMETRY = QgsWkbTypes.PolygonGeometry


def make_field(name: str, kind: str, length: int = 0) -> QgsField:
    """A new field of ``kind`` in {"double", "int", "long", "string"}."""
    field = QgsField(name, _TYPES[kind])
    if length:
        field.setLength(length)
    return field


def geometry_type(layer) -> object:
    """The layer's geometry type as one of the ``*_GEOMETRY`` constants."""
    return layer.geometryType()
