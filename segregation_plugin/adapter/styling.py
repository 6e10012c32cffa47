"""Layer styles: the area-type palette and the shipped .qml styles.

Area-type colours run from dark red (type 1, major challenges) to dark
blue-green (type 5, very good conditions), a diverging red-teal scheme after
ColorBrewer's RdBu/BrBG, which stays distinguishable under deuteranopia and
protanopia. Greyscale print cannot separate the two dark ends by lightness,
so types 1 and 2 also carry a diagonal hatch (dense for 1, sparse for 2).
The .qml files in ``resources/styles`` are written from these definitions by
``tools/make_styles.py`` and applied by :func:`apply_style`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFillSymbol,
    QgsLinePatternFillSymbolLayer,
    QgsLineSymbol,
    QgsRendererCategory,
    QgsSimpleFillSymbolLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor

from ..core.areatypes import AREA_TYPE_LABELS, NOT_CLASSIFIED_LABEL
from ..i18n import tr
from ..paths import STYLES_DIR

AREA_TYPE_COLOURS = {
    1: "#b2182b",
    2: "#ef8a62",
    3: "#f6e8c3",
    4: "#80cdc1",
    5: "#01665e",
}
NOT_CLASSIFIED_COLOUR = "#bdbdbd"
#: Hatch spacing in mm for the types that get one (greyscale print).
AREA_TYPE_HATCH = {1: 1.2, 2: 2.4}


def area_type_label(area_type: int) -> str:
    """The translated label with its number, e.g. "1 Områden med stora ..."."""
    if area_type in AREA_TYPE_LABELS:
        return f"{area_type} {tr(AREA_TYPE_LABELS[area_type])}"
    return tr(NOT_CLASSIFIED_LABEL)


def _fill(colour: str, hatch: Optional[float], outline_only: bool) -> QgsFillSymbol:
    symbol = QgsFillSymbol()
    base = QgsSimpleFillSymbolLayer()
    if outline_only:
        base.setBrushStyle(Qt.NoBrush)
        base.setStrokeColor(QColor(colour))
        base.setStrokeWidth(0.8)
    else:
        base.setFillColor(QColor(colour))
        base.setStrokeColor(QColor("#ffffff"))
        base.setStrokeWidth(0.15)
    symbol.changeSymbolLayer(0, base)
    if hatch and not outline_only:
        lines = QgsLinePatternFillSymbolLayer()
        lines.setLineAngle(45)
        lines.setDistance(hatch)
        line = QgsLineSymbol.createSimple({"color": "#40000000", "width": "0.2"})
        lines.setSubSymbol(line)
        symbol.appendSymbolLayer(lines)
    return symbol


def area_type_renderer(field: str = "area_type", outline_only: bool = False):
    """Categorized renderer: five fixed colours and a distinct 'not classified' symbol."""
    categories = [
        QgsRendererCategory(
            t, _fill(AREA_TYPE_COLOURS[t], AREA_TYPE_HATCH.get(t), outline_only), area_type_label(t)
        )
        for t in range(1, 6)
    ]
    null = _fill(NOT_CLASSIFIED_COLOUR, None, outline_only)
    null.symbolLayer(0).setBrushStyle(Qt.Dense6Pattern if not outline_only else Qt.NoBrush)
    categories.append(QgsRendererCategory(None, null, tr(NOT_CLASSIFIED_LABEL)))
    return QgsCategorizedSymbolRenderer(field, categories)


def style_path(name: str) -> Path:
    """Path of a shipped style ``resources/styles/<name>.qml``."""
    return STYLES_DIR / f"{name}.qml"


def apply_style(layer: QgsVectorLayer, name: str) -> bool:
    """Load a shipped .qml style onto ``layer``; returns whether it loaded."""
    path = style_path(name)
    if not path.exists():
        return False
    _message, ok = layer.loadNamedStyle(str(path))
    return bool(ok)


def apply_area_type_style(
    layer: QgsVectorLayer, field: str = "area_type", outline_only: bool = False
) -> None:
    """Style ``layer`` by area type: the shipped .qml, relabelled in the UI language."""
    name = "area_types_outline" if outline_only else "area_types"
    if not apply_style(layer, name):
        layer.setRenderer(area_type_renderer(field, outline_only))
    renderer = layer.renderer()
    if isinstance(renderer, QgsCategorizedSymbolRenderer):
        renderer.setClassAttribute(field)
        for i, category in enumerate(renderer.categories()):
            value = category.value()
            key = int(value) if value not in (None, "") else 0
            renderer.updateCategoryLabel(i, area_type_label(key))
    layer.triggerRepaint()


def outline_renderer(colour: str, width: float, fill: str = ""):
    """Single-symbol polygon renderer: an outline, optionally a light fill."""
    from qgis.core import QgsSingleSymbolRenderer

    props = {"color": fill or "0,0,0,0", "outline_color": colour, "outline_width": str(width)}
    if not fill:
        props["style"] = "no"
    return QgsSingleSymbolRenderer(QgsFillSymbol.createSimple(props))


#: Transit scenarios in the sample data and their colours: existing grey-blue, planned magenta.
SCENARIO_COLOURS = {"befintlig": "#3b4cc0", "planerad": "#d01c8b"}


def scenario_renderer(field: str, geometry: str):
    """Categorized renderer by scenario for transit stops ("point") or lines ("line")."""
    from qgis.core import QgsMarkerSymbol

    categories = []
    for value, colour in SCENARIO_COLOURS.items():
        if geometry == "point":
            symbol = QgsMarkerSymbol.createSimple(
                {"name": "circle", "color": colour, "size": "2.2", "outline_color": "#ffffff"}
            )
        else:
            symbol = QgsLineSymbol.createSimple(
                {
                    "color": colour,
                    "width": "0.9",
                    "line_style": "solid" if value == "befintlig" else "dash",
                }
            )
        label = tr("Existing") if value == "befintlig" else tr("Planned")
        categories.append(QgsRendererCategory(value, symbol, label))
    return QgsCategorizedSymbolRenderer(field, categories)


def sample_renderers() -> dict:
    """Renderers of the shipped styles, by style name (used by tools/make_styles.py)."""
    return {
        "area_types": ("polygon", area_type_renderer()),
        "area_types_outline": ("polygon", area_type_renderer(outline_only=True)),
        "kommun": ("polygon", outline_renderer("#222222", 0.8)),
        "regso": ("polygon", outline_renderer("#555555", 0.35)),
        "deso": ("polygon", outline_renderer("#999999", 0.15, "#f2f0eb")),
        "stadsdelar": ("polygon", outline_renderer("#7b3294", 0.6)),
        "transit_stops": ("point", scenario_renderer("scenario", "point")),
        "transit_lines": ("line", scenario_renderer("scenario", "line")),
    }
