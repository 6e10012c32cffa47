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


# -- labels, layouts and Processing flags (report and styles) ---------------------------------

if QGIS_VERSION_INT >= 32600:
    LABEL_PLACEMENT_HORIZONTAL = Qgis.LabelPlacement.Horizontal
else:
    from qgis.core import QgsPalLayerSettings

    LABEL_PLACEMENT_HORIZONTAL = QgsPalLayerSettings.Horizontal

if QGIS_VERSION_INT >= 33000:
    LAYOUT_MM = Qgis.LayoutUnit.Millimeters
    DISTANCE_KILOMETERS = Qgis.DistanceUnit.Kilometers
else:
    from qgis.core import QgsUnitTypes

    LAYOUT_MM = QgsUnitTypes.LayoutMillimeters
    DISTANCE_KILOMETERS = QgsUnitTypes.DistanceKilometers

if QGIS_VERSION_INT >= 33600:
    NO_THREADING_FLAG = Qgis.ProcessingAlgorithmFlag.NoThreading
else:
    from qgis.core import QgsProcessingAlgorithm

    NO_THREADING_FLAG = QgsProcessingAlgorithm.FlagNoThreading


def set_label_text_format(label, font, colour) -> None:
    """Font and colour of a QgsLayoutItemLabel (``setTextFormat`` from 3.24, else setFont)."""
    if QGIS_VERSION_INT >= 32400:
        from qgis.core import QgsTextFormat

        text_format = QgsTextFormat.fromQFont(font)
        text_format.setColor(colour)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
        label.setFontColor(colour)


#: Feature request flag that skips geometry validity checks (scoped enum from 3.36).
if QGIS_VERSION_INT >= 33600:
    SKIP_GEOMETRY_CHECKS = Qgis.ProcessingFeatureSourceFlag.SkipGeometryValidityChecks
else:
    from qgis.core import QgsProcessingFeatureSource

    SKIP_GEOMETRY_CHECKS = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks


# -- layer filters of QgsMapLayerComboBox (Qgis.LayerFilter from 3.34) --------------------------

if QGIS_VERSION_INT >= 33400 and hasattr(Qgis, "LayerFilter"):
    POINT_LAYER_FILTER = Qgis.LayerFilter.PointLayer
    LINE_LAYER_FILTER = Qgis.LayerFilter.LineLayer
    POLYGON_LAYER_FILTER = Qgis.LayerFilter.PolygonLayer
    VECTOR_LAYER_FILTER = Qgis.LayerFilter.VectorLayer
else:
    from qgis.core import QgsMapLayerProxyModel

    POINT_LAYER_FILTER = QgsMapLayerProxyModel.PointLayer
    LINE_LAYER_FILTER = QgsMapLayerProxyModel.LineLayer
    POLYGON_LAYER_FILTER = QgsMapLayerProxyModel.PolygonLayer
    VECTOR_LAYER_FILTER = QgsMapLayerProxyModel.VectorLayer
