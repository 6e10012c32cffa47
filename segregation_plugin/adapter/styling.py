"""Layer styles: the area-type palette and the shipped .qml styles.

Area-type colours (core/palette.py) run from dark red (type 1, major challenges)
to dark blue-green (type 5, very good conditions), a diverging red-teal scheme
after ColorBrewer's RdBu/BrBG. Checked with the Machado, Oliveira & Fernandes
(2009) simulation at full severity (tests/unit/test_palette.py): the minimum
CIEDE2000 distance between two types is 25.7 (normal vision), 14.1
(protanopia), 17.5 (deuteranopia) and 25.6 (tritanopia). Greyscale print cannot
separate the two dark ends by lightness (L* 38 for types 1 and 5), so types 1
and 2 also carry a diagonal hatch (dense for 1, sparse for 2).
The .qml files in ``resources/styles`` are written from these definitions by
``tools/make_styles.py`` and applied by :func:`apply_style`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsFeatureRequest,
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
from ..core.palette import AREA_TYPE_COLOURS, AREA_TYPE_HATCH, NOT_CLASSIFIED_COLOUR
from ..i18n import tr
from ..paths import STYLES_DIR
from .layers import plain_value


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


#: Colours of further transit scenarios (after those in SCENARIO_COLOURS), ColorBrewer Dark2.
EXTRA_SCENARIO_COLOURS = ("#1b9e77", "#d95f02", "#7570b3", "#66a61e", "#e6ab02", "#a6761d")


def apply_catchment_style(layer: QgsVectorLayer, field: str = "scenario", alpha: int = 70) -> None:
    """Style transit catchments by scenario: semi-transparent fills with a solid outline.

    Meant to lie over areas styled by area type, which stay readable through the fill
    (``alpha`` of 255). Known scenarios keep the colours of the stops and lines.
    """
    index = layer.fields().lookupField(field)
    if index < 0:
        return
    values = sorted(str(v) for v in layer.uniqueValues(index) if v not in (None, ""))
    extra = iter(EXTRA_SCENARIO_COLOURS * (1 + len(values) // len(EXTRA_SCENARIO_COLOURS)))
    categories = []
    for value in values:
        colour = QColor(SCENARIO_COLOURS.get(value) or next(extra))
        fill = QColor(colour)
        fill.setAlpha(alpha)
        symbol = QgsFillSymbol()
        base = QgsSimpleFillSymbolLayer()
        base.setFillColor(fill)
        base.setStrokeColor(colour)
        base.setStrokeWidth(0.5)
        symbol.changeSymbolLayer(0, base)
        categories.append(QgsRendererCategory(value, symbol, value))
    renderer = QgsCategorizedSymbolRenderer(field, categories)
    # Scenarios with a base are nested (the planned network contains the existing one):
    # draw the largest catchment first so every smaller one stays visible on top.
    area = "$area"
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(area, False)]))
    renderer.setOrderByEnabled(True)
    layer.setRenderer(renderer)
    layer.triggerRepaint()


# -- graduated styles, region flags, area-type labels, area types from any field -------------
# (Imports stay inside the functions: the module's import block above is shared.)

#: Field names that hold a percentage (0-100) or a share (0-1), shown with "%" in legends.
PERCENT_HINTS = ("andel", "share", "procent", "percent", "pct", "ojamlikhetsindex")
#: SCB's Swedish wording of the area types (Statistikdatabasen), for reading imported values.
SCB_AREA_TYPE_LABELS_SV = {
    1: "Områden med stora socioekonomiska utmaningar",
    2: "Områden med socioekonomiska utmaningar",
    3: "Socioekonomiskt blandade områden",
    4: "Områden med goda socioekonomiska förutsättningar",
    5: "Områden med mycket goda socioekonomiska förutsättningar",
}
#: Scale range (denominators) in which area names are labelled: 1:150 000 to 1:5 000.
LABEL_SCALES = (150000.0, 5000.0)


def text_language() -> str:
    """Two-letter language of the plugin's texts: that of the installed translator, else
    "en" (numbers are then written the same way as the words around them)."""
    from ..i18n import current_language

    return current_language()


def format_number(value, decimals: int = 1, language: Optional[str] = None) -> str:
    """``value`` with ``decimals`` decimals: decimal comma and a (no-break) space between
    thousands in Swedish, point and comma in English; '–' for a missing value."""
    if value is None or value != value:
        return "–"
    text = f"{float(value):,.{decimals}f}"
    if (language or text_language()) == "sv":
        text = text.replace(",", "\u00a0").replace(".", ",")
    return "\u2212" + text[1:] if text.startswith("-") else text


def value_unit(layer: QgsVectorLayer, field: str) -> str:
    """How to label ``field``: "fraction" (a share 0-1, shown as %), "%" (already percent)
    or "" (no unit), from its name (andel, share, ...) and its values."""
    name = field.lower()
    if not any(hint in name for hint in PERCENT_HINTS):
        return ""
    index = layer.fields().lookupField(field)
    if index < 0:
        return "%"
    values = [v for v in (layer.minimumValue(index), layer.maximumValue(index)) if v is not None]
    try:
        top = max(abs(float(v)) for v in values) if values else 0.0
    except (TypeError, ValueError):
        return "%"
    return "fraction" if "ojamlikhetsindex" not in name and top <= 1.0 else "%"


def range_label(lower: float, upper: float, unit: str = "", decimals: int = 1) -> str:
    """Legend label of a class, e.g. "12,5–20,0 %" (Swedish) or "0.1–0.3"."""
    scale = 100.0 if unit == "fraction" else 1.0
    suffix = " %" if unit in ("%", "fraction") else ""
    low = format_number(lower * scale, decimals)
    high = format_number(upper * scale, decimals)
    return f"{low}\u2013{high}{suffix}"


def color_ramp(colours=None):
    """A QGIS gradient ramp through ``colours`` (default: the sequential ramp)."""
    from qgis.core import QgsGradientColorRamp, QgsGradientStop

    from ..core.palette import SEQUENTIAL_RAMP

    colours = [QColor(c) for c in (colours or SEQUENTIAL_RAMP)]
    stops = [
        QgsGradientStop(i / (len(colours) - 1), c) for i, c in enumerate(colours[1:-1], start=1)
    ]
    return QgsGradientColorRamp(colours[0], colours[-1], False, stops)


def _classification(method: str):
    from qgis.core import (
        QgsClassificationEqualInterval,
        QgsClassificationJenks,
        QgsClassificationPrettyBreaks,
        QgsClassificationQuantile,
    )

    methods = {
        "jenks": QgsClassificationJenks,
        "quantile": QgsClassificationQuantile,
        "pretty": QgsClassificationPrettyBreaks,
        "equal": QgsClassificationEqualInterval,
    }
    if method not in methods:
        raise ValueError(f"method must be one of {sorted(methods)}, not {method!r}")
    return methods[method]()


def graduated_renderer(
    layer: QgsVectorLayer,
    field: str,
    classes: int = 5,
    method: str = "jenks",
    colours=None,
    unit: Optional[str] = None,
    decimals: int = 1,
):
    """Graduated renderer of ``field`` in ``classes`` classes with a sequential ramp.

    ``method``: "jenks" (natural breaks, the default), "quantile", "pretty" or "equal".
    With fewer distinct values than classes, natural breaks and quantiles would make
    empty or one-value classes, so round ("pretty") breaks are used instead. ``unit``
    None detects it (:func:`value_unit`); legend labels end in " %" for percentages.
    """
    from qgis.core import QgsGraduatedSymbolRenderer

    from ..core.palette import SEQUENTIAL_RAMP

    index = layer.fields().lookupField(field)
    if index < 0:
        raise ValueError(f"no field {field!r} in layer {layer.name()}")
    unit = value_unit(layer, field) if unit is None else unit
    distinct = {v for v in layer.uniqueValues(index) if plain_value(v) is not None and v == v}
    few = len(distinct) <= classes and method in ("jenks", "quantile")
    renderer = QgsGraduatedSymbolRenderer(field)
    if few:  # round breaks, at most ``classes`` of them
        for hint in range(max(1, min(classes, len(distinct))), 0, -1):
            renderer.setClassificationMethod(_classification("pretty"))
            renderer.updateClasses(layer, hint)
            if len(renderer.ranges()) <= classes:
                classes = hint
                method = "pretty"
                break
        else:
            method = "equal"
    renderer.setClassificationMethod(_classification(method))
    symbol = QgsFillSymbol.createSimple(
        {"color": "#cccccc", "outline_color": "#ffffff", "outline_width": "0.2"}
    )
    renderer.setSourceSymbol(symbol)
    renderer.setSourceColorRamp(color_ramp(colours or SEQUENTIAL_RAMP))
    renderer.updateClasses(layer, max(1, int(classes)))
    renderer.updateColorRamp(color_ramp(colours or SEQUENTIAL_RAMP))
    for i, value_range in enumerate(renderer.ranges()):
        renderer.updateRangeLabel(
            i, range_label(value_range.lowerValue(), value_range.upperValue(), unit, decimals)
        )
    return renderer


def apply_graduated_style(layer: QgsVectorLayer, field: str, **options) -> None:
    """Style ``layer`` by ``field`` with :func:`graduated_renderer` (same options)."""
    layer.setRenderer(graduated_renderer(layer, field, **options))
    layer.triggerRepaint()


def region_flag_renderer(
    layer: QgsVectorLayer,
    field: str = "ojamlikhetsindex",
    flag_field: str = "flag_combined",
    classes: int = 5,
    method: str = "jenks",
    unit: Optional[str] = None,
):
    """Municipalities or counties graduated by ``field`` (default the ojämlikhetsindex,
    purple ramp), with regions where ``flag_field`` = 1 hatched and outlined in black.

    A rule-based renderer: one rule per class, one for missing values and a separate
    "flagged" rule drawn on top, so the legend explains the hatch.
    """
    from qgis.core import QgsRuleBasedRenderer

    from ..core.palette import FLAG_COLOUR, INDEX_RAMP

    graduated = graduated_renderer(layer, field, classes, method, INDEX_RAMP, unit)
    root = QgsRuleBasedRenderer.Rule(None)
    quoted = f'"{field}"'
    ranges = graduated.ranges()
    for i, value_range in enumerate(ranges):
        # as QgsGraduatedSymbolRenderer: a value on a break belongs to the lower class;
        # the first and last classes are open-ended
        parts = []
        if i > 0:
            parts.append(f"{quoted} > {value_range.lowerValue()!r}")
        if i < len(ranges) - 1:
            parts.append(f"{quoted} <= {value_range.upperValue()!r}")
        expression = " AND ".join(parts) or f"{quoted} IS NOT NULL"
        root.appendChild(
            QgsRuleBasedRenderer.Rule(
                value_range.symbol().clone(), 0, 0, expression, value_range.label()
            )
        )
    missing = QgsFillSymbol.createSimple(
        {"color": NOT_CLASSIFIED_COLOUR, "outline_color": "#ffffff", "outline_width": "0.2"}
    )
    missing.symbolLayer(0).setBrushStyle(Qt.Dense6Pattern)
    root.appendChild(QgsRuleBasedRenderer.Rule(missing, 0, 0, f"{quoted} IS NULL", tr("No value")))
    flag = QgsFillSymbol()
    outline = QgsSimpleFillSymbolLayer()
    outline.setBrushStyle(Qt.NoBrush)
    outline.setStrokeColor(QColor(FLAG_COLOUR))
    outline.setStrokeWidth(0.8)
    flag.changeSymbolLayer(0, outline)
    hatch = QgsLinePatternFillSymbolLayer()
    hatch.setLineAngle(45)
    hatch.setDistance(2.0)
    hatch.setSubSymbol(QgsLineSymbol.createSimple({"color": FLAG_COLOUR, "width": "0.3"}))
    flag.appendSymbolLayer(hatch)
    root.appendChild(
        QgsRuleBasedRenderer.Rule(
            flag,
            0,
            0,
            f'coalesce("{flag_field}", 0) = 1',
            tr("Flagged: large challenges of socioeconomic segregation"),
        )
    )
    return QgsRuleBasedRenderer(root)


def apply_region_flag_style(layer: QgsVectorLayer, **options) -> None:
    """Style a per-region layer (regionflags' REGION_LAYER) with :func:`region_flag_renderer`;
    without the ojämlikhetsindex it grades the share in area types 1+2 instead."""
    field = options.pop("field", None)
    if field is None:
        index = layer.fields().lookupField("ojamlikhetsindex")
        has_values = index >= 0 and any(
            plain_value(v) is not None for v in layer.uniqueValues(index)
        )
        field = "ojamlikhetsindex" if has_values else "share_type_12"
    layer.setRenderer(region_flag_renderer(layer, field, **options))
    layer.triggerRepaint()


def area_type_labeling(name_field: str, scales=LABEL_SCALES, size: float = 8.0):
    """Labels with the area name: small dark text with a white halo, inside the polygon,
    only between ``scales`` (most zoomed-out, most zoomed-in denominators); None = always."""
    from qgis.core import (
        QgsPalLayerSettings,
        QgsTextBufferSettings,
        QgsTextFormat,
        QgsVectorLayerSimpleLabeling,
    )

    from ..compat import LABEL_PLACEMENT_HORIZONTAL

    text = QgsTextFormat()
    text.setSize(size)
    text.setColor(QColor("#1a1a1a"))
    buffer = QgsTextBufferSettings()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    buffer.setColor(QColor("#ffffff"))
    buffer.setOpacity(0.85)
    text.setBuffer(buffer)
    settings = QgsPalLayerSettings()
    settings.fieldName = name_field
    settings.isExpression = False
    settings.setFormat(text)
    settings.placement = LABEL_PLACEMENT_HORIZONTAL
    settings.fitInPolygonOnly = True
    if scales:
        settings.scaleVisibility = True
        settings.minimumScale = float(scales[0])
        settings.maximumScale = float(scales[1])
    return QgsVectorLayerSimpleLabeling(settings)


def apply_area_type_labels(
    layer: QgsVectorLayer, name_field: str, scales=LABEL_SCALES, size: float = 8.0
) -> None:
    """Label ``layer``'s areas with ``name_field`` (by default between 1:150 000 and
    1:5 000): an option next to :func:`apply_area_type_style`."""
    if layer.fields().lookupField(name_field) < 0:
        raise ValueError(f"no field {name_field!r} in layer {layer.name()}")
    layer.setLabeling(area_type_labeling(name_field, scales, size))
    layer.setLabelsEnabled(True)
    layer.triggerRepaint()


def area_type_number(value) -> int:
    """An area type as stored anywhere, as 1-5, or 0 when not classified/unknown.

    Accepts numbers (2, 2.0), text ("2", " 2 ", "2.0", "Typ 2", "Områdestyp 2",
    "2 Områden med ...", "2 - ..."), and SCB's Swedish or the plugin's labels alone.
    """
    import re

    if value is None or (
        hasattr(value, "isNull") and not isinstance(value, str) and value.isNull()
    ):
        return 0
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return int(value) if value == value and float(value) in (1, 2, 3, 4, 5) else 0
    text = " ".join(str(value).split()).strip()
    if not text:
        return 0
    lowered = text.lower()
    for number, label in SCB_AREA_TYPE_LABELS_SV.items():
        if lowered == label.lower():
            return number
    for number, label in AREA_TYPE_LABELS.items():
        if lowered in (label.lower(), tr(label).lower()):
            return number
    match = re.match(
        r"^(?:områdestyp|omradestyp|area type|typ|type)?\s*([1-5])(?:[.,]0+)?\.?(?=$|[\s\-–:)])",
        lowered,
    )
    return int(match.group(1)) if match else 0


def area_type_expression(layer: QgsVectorLayer, field: str) -> str:
    """A QGIS expression giving 1-5 (or NULL) from ``field``'s stored values (text, labels,
    numbers): a CASE over the values present, for a categorized renderer."""
    index = layer.fields().lookupField(field)
    values = layer.uniqueValues(index) if index >= 0 else set()
    by_type: dict = {}
    for value in values:
        number = area_type_number(value)
        if number:
            by_type.setdefault(number, []).append(value)
    quoted = f'"{field}"'
    if not by_type:
        return f"to_int({quoted})"
    whens = []
    for number in sorted(by_type):
        texts = sorted({str(v).replace("'", "''") for v in by_type[number]})
        listed = ", ".join(f"'{t}'" for t in texts)
        whens.append(f"WHEN to_string({quoted}) IN ({listed}) THEN {number}")
    return "CASE " + " ".join(whens) + " END"


def apply_area_type_style_any(
    layer: QgsVectorLayer, field: str, outline_only: bool = False
) -> None:
    """:func:`apply_area_type_style` for a field of any type: integer fields directly,
    text (e.g. SCB's "1".."5" or labels) through :func:`area_type_expression`."""
    index = layer.fields().lookupField(field)
    numeric = index >= 0 and layer.fields().at(index).isNumeric()
    if numeric and all(
        area_type_number(v) or plain_value(v) is None for v in layer.uniqueValues(index)
    ):
        apply_area_type_style(layer, field, outline_only)
    else:
        apply_area_type_style(layer, area_type_expression(layer, field), outline_only)
