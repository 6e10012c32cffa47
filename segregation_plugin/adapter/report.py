"""The per-region report: an A4 print layout (map, legend, tables, explanations) and its export.

:func:`build_layout` turns a :class:`RegionReport` (plain numbers and texts, filled by the
``segregation:report`` algorithm) and the map layers into a ``QgsPrintLayout`` of two pages:

1. title, one plain-language key figure, the map of the area types (scale bar, north arrow,
   source line), the legend and a table of areas and population per area type;
2. the segregation measures with Delmos' flags, a short explanation of each measure, the
   method choices (reference mean and SD, units, groups) and the date (a third page is
   added when they do not fit).

:func:`export_layout` writes it as PDF (both pages) and PNG (one file per page). Every
item has an id (``title``, ``map``, ``legend``, ``composition_table``, ...), so the
planner can find and edit them after the layout is added to the project.
"""

from __future__ import annotations

import contextlib
import textwrap
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    QgsApplication,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutItemShape,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLayoutUtils,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsMapLayerLegendUtils,
    QgsPrintLayout,
    QgsRectangle,
    QgsTableCell,
    QgsTextFormat,
)
from qgis.PyQt.QtCore import QFile, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from ..compat import (
    DISTANCE_KILOMETERS,
    LAYOUT_MM,
    QGIS_VERSION_INT,
    set_label_text_format,
)
from ..core.palette import AREA_TYPE_COLOURS, NOT_CLASSIFIED_COLOUR
from ..i18n import tr
from .styling import format_number

PAGE_WIDTH = 210.0
PAGE_HEIGHT = 297.0
MARGIN = 15.0
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
#: Fonts tried in order for the report text (the first one installed is used).
FONT_FAMILIES = ("Arial", "Helvetica", "Liberation Sans", "DejaVu Sans", "Noto Sans")
TEXT_COLOUR = "#1a1a1a"
MUTED_COLOUR = "#555555"
RULE_COLOUR = "#b0b0b0"
POINT_MM = 25.4 / 72.0
CELL_MARGIN = 1.2
GRID = 0.15
NORTH_ARROW_SVG = ":/images/north_arrows/layout_default_north_arrow.svg"


# -- what the report shows (filled by the algorithm) ------------------------------------------


@dataclass
class Measure:
    """One row of the measures table."""

    key: str
    label: str
    value: Optional[float]
    unit: str = ""  # "%" (value in percent), "fraction" (0-1 shown as %), "" (an index)
    decimals: int = 1
    threshold: Optional[float] = None
    flagged: Optional[bool] = None  # None: not assessed


@dataclass
class RegionReport:
    """Everything one region's report shows, as plain numbers and (translated) texts."""

    key: str
    name: str
    kind: str  # e.g. "Municipality 9901"
    n_areas: int
    population: float
    pop_by_type: dict  # 1..5 and 0 (not classified) -> population
    units_by_type: dict  # 1..5 and 0 -> number of areas
    measures: list = field(default_factory=list)
    combined_flag: Optional[bool] = None
    flag_text: str = ""
    explanations: list = field(default_factory=list)  # (title, text)
    method: list = field(default_factory=list)  # (label, text)
    notes: list = field(default_factory=list)  # warnings shown under the measures


@dataclass
class ReportSettings:
    """Texts shared by all regions of a run."""

    title: str
    source_text: str
    date: str
    area_unit_label: str = ""  # e.g. "RegSO"


@dataclass
class ReportLayers:
    """The map layers: the region's areas (styled by area type), the other areas (context,
    grey) and an optional background (e.g. municipality boundaries, outlines)."""

    areas: object
    context: object = None
    background: object = None
    background_label: str = ""
    extent: Optional[QgsRectangle] = None


# -- helpers ------------------------------------------------------------------------------------


def report_font_family() -> str:
    """The first of :data:`FONT_FAMILIES` that is installed, else Qt's default."""
    families = set(QFontDatabase().families())
    return next((f for f in FONT_FAMILIES if f in families), QFont().family())


def _font(size: float, bold: bool = False) -> QFont:
    font = QFont(report_font_family())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


def _text_format(size: float, bold: bool = False, colour: str = TEXT_COLOUR) -> QgsTextFormat:
    text_format = QgsTextFormat.fromQFont(_font(size, bold))
    text_format.setSize(size)
    text_format.setColor(QColor(colour))
    return text_format


def wrap_text(text: str, font: QFont, width: float) -> list[str]:
    """Greedy word wrap of ``text`` to ``width`` mm in ``font``; paragraphs kept."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        line = ""
        for word in words:
            candidate = f"{line} {word}" if line else word
            if line and QgsLayoutUtils.textWidthMM(font, candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
    return lines


def line_height(font: QFont) -> float:
    """Height of one text line in mm (the font's height, a little generous)."""
    return QgsLayoutUtils.fontHeightMM(font) * 1.04


def _place(item, page: int, x: float, y: float, width: float, height: float) -> None:
    item.attemptResize(QgsLayoutSize(width, height, LAYOUT_MM))
    item.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MM), True, False, page)


def add_text(
    layout,
    item_id: str,
    text: str,
    page: int,
    x: float,
    y: float,
    width: float,
    size: float = 9.0,
    bold: bool = False,
    colour: str = TEXT_COLOUR,
    align=Qt.AlignLeft,
) -> float:
    """A wrapped text label; returns the y below it (mm on the page)."""
    font = _font(size, bold)
    lines = wrap_text(text, font, width * 0.97)
    height = len(lines) * line_height(font) + 0.6
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText("\n".join(lines))
    set_label_text_format(label, font, QColor(colour))
    label.setMargin(0)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignTop)
    layout.addLayoutItem(label)
    _place(label, page, x, y, width, height)
    return y + height


def add_rule(layout, page: int, y: float, x: float = MARGIN, width: float = CONTENT_WIDTH):
    """A thin horizontal line."""
    shape = QgsLayoutItemShape(layout)
    shape.setShapeType(QgsLayoutItemShape.Rectangle)
    shape.setSymbol(
        QgsFillSymbol.createSimple({"color": RULE_COLOUR, "outline_style": "no", "style": "solid"})
    )
    layout.addLayoutItem(shape)
    _place(shape, page, x, y, width, 0.25)
    return shape


def _cell(text: str, size: float = 8.0, bold: bool = False, align=Qt.AlignLeft, background=None):
    cell = QgsTableCell(text)
    cell.setTextFormat(_text_format(size, bold))
    cell.setHorizontalAlignment(align)
    cell.setVerticalAlignment(Qt.AlignVCenter)
    if background is not None:
        cell.setBackgroundColor(QColor(background))
    return cell


def add_table(
    layout,
    item_id: str,
    headers: Sequence[tuple[str, float, object]],
    rows: list,
    page: int,
    x: float,
    y: float,
    size: float = 8.0,
) -> tuple[QgsLayoutItemManualTable, float]:
    """A manual table: ``headers`` are (text, width mm, alignment); ``rows`` lists of
    QgsTableCell. Returns the table and the y below it."""
    table = QgsLayoutItemManualTable.create(layout)
    layout.addMultiFrame(table)
    columns = []
    inner = [max(1.0, w - 2 * CELL_MARGIN) for _, w, _ in headers]  # QGIS adds the margins
    for (text, _width, align), width in zip(headers, inner):
        column = QgsLayoutTableColumn(text)
        column.setWidth(width)
        column.setHAlignment(align)
        columns.append(column)
    table.setHeaders(columns)
    table.setIncludeTableHeader(True)
    table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    table.setColumnWidths(inner)
    table.setHeaderTextFormat(_text_format(size, True))
    table.setContentTextFormat(_text_format(size))
    table.setCellMargin(CELL_MARGIN)
    table.setGridStrokeWidth(GRID)
    table.setGridColor(QColor(RULE_COLOUR))
    table.setShowGrid(True)
    table.setVerticalGrid(False)
    table.setHorizontalGrid(True)
    table.setTableContents(rows)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    width = sum(w for _, w, _ in headers) + 0.5
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    table.addFrame(frame)
    # Fixed row heights (text height without the cell margins), so the table's height is
    # known: QgsLayoutTable.totalHeight() only sums the frames' heights.
    text_mm = size * POINT_MM
    table.setRowHeights([text_mm * 1.25] * len(rows))
    header = text_mm * 1.35 + 2 * CELL_MARGIN  # computed by QGIS: about the font size
    height = header + len(rows) * (text_mm * 1.25 + 2 * CELL_MARGIN) + (len(rows) + 2) * GRID
    _place(frame, page, x, y, width, height + 0.5)
    table.recalculateFrameSizes()
    return table, y + height + 0.5


def _percent(value: Optional[float], decimals: int = 1) -> str:
    return "–" if value is None or value != value else f"{format_number(value, decimals)} %"


def measure_value_text(measure: Measure) -> str:
    """A measure's value as shown in the table."""
    if measure.value is None or measure.value != measure.value:
        return "–"
    if measure.unit == "fraction":
        return _percent(measure.value * 100.0, measure.decimals)
    if measure.unit == "%":
        return _percent(measure.value, measure.decimals)
    return format_number(measure.value, measure.decimals)


def _threshold_text(measure: Measure) -> str:
    if measure.threshold is None or measure.threshold != measure.threshold:
        return ""
    shown = Measure(measure.key, "", measure.threshold, measure.unit, measure.decimals)
    return f"≥ {measure_value_text(shown)}"


def _flag_text(flagged: Optional[bool]) -> str:
    if flagged is None:
        return "–"
    return tr("Yes") if flagged else tr("No")


def legend_label(text: str, width: int = 34) -> str:
    """A legend label broken into lines of at most ``width`` characters."""
    return "\n".join(textwrap.wrap(text, width)) or text


def _set_legend_font(legend, style, font: QFont) -> None:
    if QGIS_VERSION_INT >= 33000:
        legend.rstyle(style).setTextFormat(QgsTextFormat.fromQFont(font))
    else:
        legend.setStyleFont(style, font)


# -- the layout -----------------------------------------------------------------------------


def build_layout(project, name: str, report: RegionReport, layers: ReportLayers, settings):
    """The A4 portrait layout of one region's report (not yet added to any manager):
    page 1 the map and the area types, page 2 (and 3 when needed) the measures."""
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()  # one A4 page (landscape)
    layout.setName(name)
    layout.pageCollection().page(0).setPageSize("A4", QgsLayoutItemPage.Portrait)
    _page_one(layout, report, layers, settings)
    _measures_pages(layout, report)
    pages = layout.pageCollection().pageCount()
    for page in range(pages):
        add_rule(layout, page, PAGE_HEIGHT - 13.0)
        add_text(
            layout,
            f"footer_{page + 1}",
            tr("Made with the QGIS plugin Segregation · {date}").format(date=settings.date),
            page,
            MARGIN,
            PAGE_HEIGHT - 11.5,
            CONTENT_WIDTH - 30,
            7.0,
            colour=MUTED_COLOUR,
        )
        add_text(
            layout,
            f"page_number_{page + 1}",
            tr("Page {page} of {pages}").format(page=page + 1, pages=pages),
            page,
            PAGE_WIDTH - MARGIN - 30,
            PAGE_HEIGHT - 11.5,
            30,
            7.0,
            colour=MUTED_COLOUR,
            align=Qt.AlignRight,
        )
    return layout


def _page_one(layout, report: RegionReport, layers: ReportLayers, settings) -> None:
    y = add_text(layout, "title", settings.title, 0, MARGIN, 12.0, CONTENT_WIDTH, 17.0, True)
    subtitle = " · ".join(
        part
        for part in (
            report.kind,
            tr("{n} areas ({unit})").format(n=report.n_areas, unit=settings.area_unit_label)
            if settings.area_unit_label
            else tr("{n} areas").format(n=report.n_areas),
            tr("population {n}").format(n=format_number(report.population, 0)),
            settings.date,
        )
        if part
    )
    y = add_text(
        layout, "subtitle", subtitle, 0, MARGIN, y + 0.5, CONTENT_WIDTH, 9.5, colour=MUTED_COLOUR
    )
    y = add_text(
        layout, "key_figure", key_figure_text(report), 0, MARGIN, y + 3.0, CONTENT_WIDTH, 10.5
    )
    map_top = y + 3.0
    map_height = 142.0
    map_item = _add_map(layout, layers, 0, MARGIN, map_top, CONTENT_WIDTH, map_height)
    _add_north_arrow(layout, map_item, MARGIN + CONTENT_WIDTH - 13.0, map_top + 3.0)
    _add_scale_bar(layout, map_item, MARGIN + 3.0, map_top + map_height - 12.0)
    y = add_text(
        layout,
        "source",
        settings.source_text,
        0,
        MARGIN,
        map_top + map_height + 1.2,
        CONTENT_WIDTH,
        7.0,
        colour=MUTED_COLOUR,
    )
    top = y + 4.0
    _add_legend(layout, map_item, report, layers, MARGIN, top, 78.0)
    table_x = MARGIN + 84.0
    y_heading = add_text(
        layout,
        "composition_heading",
        tr("Population by area type"),
        0,
        table_x,
        top,
        CONTENT_WIDTH - 84.0,
        10.0,
        True,
    )
    _composition_table(layout, report, table_x, y_heading + 1.5)


def key_figure_text(report: RegionReport) -> str:
    """The one-sentence summary under the title."""
    pop12 = report.pop_by_type.get(1, 0.0) + report.pop_by_type.get(2, 0.0)
    if not report.population:
        return tr("The areas of {name} have no population.").format(name=report.name)
    if pop12 <= 0:
        return tr(
            "In {name}, nobody lives in areas with socioeconomic challenges (area types 1 "
            "and 2)."
        ).format(name=report.name)
    share = 100.0 * pop12 / report.population
    return tr(
        "In {name}, {share} of the population ({people} people) live in areas with "
        "socioeconomic challenges (area types 1 and 2)."
    ).format(name=report.name, share=_percent(share), people=format_number(pop12, 0))


def _add_map(layout, layers: ReportLayers, page, x, y, width, height) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    item.setId("map")
    layout.addLayoutItem(item)
    _place(item, page, x, y, width, height)
    stack = [lyr for lyr in (layers.background, layers.areas, layers.context) if lyr is not None]
    item.setLayers(stack)
    item.setKeepLayerSet(True)
    item.setCrs(layers.areas.crs())
    extent = QgsRectangle(layers.extent if layers.extent is not None else layers.areas.extent())
    extent.scale(1.1)
    item.zoomToExtent(extent)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(_mm(0.3))
    item.setFrameStrokeColor(QColor("#666666"))
    item.setBackgroundColor(QColor("#ffffff"))
    return item


def _mm(value: float):
    return QgsLayoutMeasurement(value, LAYOUT_MM)


def _add_north_arrow(layout, map_item, x: float, y: float) -> None:
    picture = QgsLayoutItemPicture(layout)
    picture.setId("north_arrow")
    path = NORTH_ARROW_SVG
    if not QFile(path).exists():
        candidates = [Path(p) / "arrows" / "NorthArrow_02.svg" for p in QgsApplication.svgPaths()]
        path = next((str(c) for c in candidates if c.exists()), "")
    picture.setPicturePath(path, QgsLayoutItemPicture.FormatSVG)
    picture.setLinkedMap(map_item)
    picture.setNorthMode(QgsLayoutItemPicture.GridNorth)
    picture.setBackgroundEnabled(True)
    picture.setBackgroundColor(QColor(255, 255, 255, 200))
    layout.addLayoutItem(picture)
    _place(picture, 0, x, y, 10.0, 10.0)


def _add_scale_bar(layout, map_item, x: float, y: float) -> None:
    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scale_bar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(DISTANCE_KILOMETERS)
    bar.setUnitLabel("km")
    bar.setMapUnitsPerScaleBarUnit(1.0)
    bar.setNumberOfSegmentsLeft(0)
    bar.setNumberOfSegments(2)
    bar.setHeight(1.8)
    bar.setUnitsPerSegment(_nice_segment(map_item))
    bar.setTextFormat(_text_format(7.0))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    bar.setBoxContentSpace(1.2)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MM), True, False, 0)
    bar.update()


def _nice_segment(map_item) -> float:
    """A round segment length in km so that two segments span about 35 mm of map."""
    extent = map_item.extent()
    width_mm = map_item.rect().width() or 1.0
    km_per_mm = extent.width() / 1000.0 / width_mm
    target = km_per_mm * 17.5
    for nice in (0.1, 0.2, 0.25, 0.5, 1, 2, 2.5, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if nice >= target * 0.7:
            return float(nice)
    return 1000.0


def _add_legend(layout, map_item, report: RegionReport, layers: ReportLayers, x, y, width):
    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle(tr("Area type (områdestyp)"))
    legend.setLinkedMap(map_item)
    # a legend of its own: the item clones the project's layer tree and owns that copy
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.removeAllChildren()
    node = root.addLayer(layers.areas)
    QgsLegendRenderer.setNodeLegendStyle(node, QgsLegendStyle.Hidden)
    nodes = legend.model().layerLegendNodes(node)
    order = []
    for i, legend_node in enumerate(nodes):
        text = legend_node.data(Qt.DisplayRole) or ""
        not_classified = i >= 5
        if not_classified and not report.units_by_type.get(0):
            continue
        order.append(i)
        QgsMapLayerLegendUtils.setLegendNodeUserLabel(node, i, legend_label(str(text)))
    QgsMapLayerLegendUtils.setLegendNodeOrder(node, order)
    legend.model().refreshLayerLegend(node)
    if layers.background is not None:
        background = root.addLayer(layers.background)
        background.setCustomProperty("legend/title-label", layers.background_label)
        legend.model().refreshLayerLegend(background)
    _set_legend_font(legend, QgsLegendStyle.Title, _font(10.0, True))
    _set_legend_font(legend, QgsLegendStyle.SymbolLabel, _font(8.0))
    _set_legend_font(legend, QgsLegendStyle.Subgroup, _font(8.0))
    legend.setSymbolWidth(7.0)
    legend.setSymbolHeight(4.5)
    legend.setBoxSpace(0.0)
    legend.setResizeToContents(True)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(x, y, LAYOUT_MM), True, False, 0)
    legend.adjustBoxSize()
    legend.updateLegend()
    return y + legend.rect().height()


def _composition_table(layout, report: RegionReport, x: float, y: float):
    rows = []
    total_pop = report.population or 0.0
    for t in (1, 2, 3, 4, 5, 0):
        units = report.units_by_type.get(t, 0)
        if t == 0 and not units:
            continue
        pop = report.pop_by_type.get(t, 0.0)
        share = 100.0 * pop / total_pop if total_pop else None
        colour = AREA_TYPE_COLOURS.get(t, NOT_CLASSIFIED_COLOUR)
        rows.append(
            [
                _cell("", background=colour),
                _cell(str(t) if t else tr("Not classified")),
                _cell(format_number(units, 0), align=Qt.AlignRight),
                _cell(format_number(pop, 0), align=Qt.AlignRight),
                _cell(_percent(share), align=Qt.AlignRight),
            ]
        )
    rows.append(
        [
            _cell(""),
            _cell(tr("Total"), bold=True),
            _cell(format_number(report.n_areas, 0), bold=True, align=Qt.AlignRight),
            _cell(format_number(total_pop, 0), bold=True, align=Qt.AlignRight),
            _cell(_percent(100.0 if total_pop else None), bold=True, align=Qt.AlignRight),
        ]
    )
    headers = [
        ("", 5.0, Qt.AlignLeft),
        (tr("Type"), 22.0, Qt.AlignLeft),
        (tr("Areas"), 20.0, Qt.AlignRight),
        (tr("Population"), 26.0, Qt.AlignRight),
        (tr("Share"), 20.0, Qt.AlignRight),
    ]
    return add_table(layout, "composition_table", headers, rows, 0, x, y)


class _Flow:
    """Places blocks top-down over the pages from page 2 on, adding a page when full."""

    BOTTOM = PAGE_HEIGHT - 16.0
    TOP = 14.0

    def __init__(self, layout) -> None:
        self.layout = layout
        self.page = 0
        self.y = self.BOTTOM  # the first block starts a new page

    def need(self, height: float) -> None:
        """Start a new page unless ``height`` mm fit below the current position."""
        if self.y + height > self.BOTTOM:
            page = QgsLayoutItemPage(self.layout)
            page.setPageSize("A4", QgsLayoutItemPage.Portrait)
            self.layout.pageCollection().addPage(page)
            self.page = self.layout.pageCollection().pageCount() - 1
            self.y = self.TOP

    def text(
        self,
        item_id,
        text,
        size=8.5,
        bold=False,
        colour=TEXT_COLOUR,
        gap=0.0,
        x=MARGIN,
        width=CONTENT_WIDTH,
        keep=0.0,
    ):
        """A text block (kept on one page with the next ``keep`` mm)."""
        self.need(gap + text_height(text, size, bold, width) + keep)
        self.y = add_text(
            self.layout, item_id, text, self.page, x, self.y + gap, width, size, bold, colour
        )

    def rule(self, gap: float = 3.0) -> None:
        self.need(gap * 2 + 1.0)
        add_rule(self.layout, self.page, self.y + gap)
        self.y += gap + 1.5


def text_height(text: str, size: float, bold: bool, width: float) -> float:
    """Height in mm that :func:`add_text` gives ``text``."""
    font = _font(size, bold)
    return len(wrap_text(text, font, width * 0.97)) * line_height(font) + 0.6


def _measures_pages(layout, report: RegionReport) -> None:
    flow = _Flow(layout)
    flow.text(
        "measures_heading",
        tr("Segregation measures: {name}").format(name=report.name),
        14.0,
        True,
    )
    if report.measures:
        rows = [
            [
                _cell(m.label),
                _cell(measure_value_text(m), align=Qt.AlignRight),
                _cell(_threshold_text(m), align=Qt.AlignRight),
                _cell(
                    _flag_text(m.flagged) if m.threshold is not None else "", align=Qt.AlignCenter
                ),
            ]
            for m in report.measures
        ]
        headers = [
            (tr("Measure"), 92.0, Qt.AlignLeft),
            (tr("Value"), 28.0, Qt.AlignRight),
            (tr("Flag threshold"), 36.0, Qt.AlignRight),
            (tr("Flag"), 22.0, Qt.AlignCenter),
        ]
        flow.need(3.0 + (len(rows) + 1) * 6.0)
        _, flow.y = add_table(
            layout, "measures_table", headers, rows, flow.page, MARGIN, flow.y + 3.0
        )
    if report.flag_text:
        flow.text("flag_text", report.flag_text, 9.0, bool(report.combined_flag), gap=3.0)
    for i, note in enumerate(report.notes):
        flow.text(f"note_{i + 1}", note, 7.5, colour=MUTED_COLOUR, gap=1.2)
    flow.rule(3.0)
    flow.text("explanations_heading", tr("How to read the measures"), 11.0, True, keep=12.0)
    for i, (title, text) in enumerate(report.explanations):
        flow.text(
            f"explanation_title_{i + 1}",
            title,
            8.0,
            True,
            gap=1.8,
            keep=text_height(text, 8.0, False, CONTENT_WIDTH),
        )
        flow.text(f"explanation_{i + 1}", text, 8.0, gap=0.2)
    flow.rule(3.0)
    flow.text("method_heading", tr("Method and data"), 11.0, True, keep=8.0)
    label_width = 32.0
    size = 7.5
    for i, (label, text) in enumerate(report.method):
        height = text_height(text, size, False, CONTENT_WIDTH - label_width)
        flow.need(1.0 + height)
        top = flow.y + 1.0
        add_text(
            layout, f"method_label_{i + 1}", label, flow.page, MARGIN, top, label_width, size, True
        )
        flow.y = add_text(
            layout,
            f"method_{i + 1}",
            text,
            flow.page,
            MARGIN + label_width,
            top,
            CONTENT_WIDTH - label_width,
            size,
        )


def layout_texts(layout) -> list[str]:
    """Every text of the layout's labels and table cells (tests, checks)."""
    texts = [item.text() for item in layout.items() if isinstance(item, QgsLayoutItemLabel)]
    for multi in layout.multiFrames():
        if isinstance(multi, QgsLayoutItemManualTable):
            for row in multi.tableContents():
                texts.extend(str(cell.content()) for cell in row)
    return texts


@contextlib.contextmanager
def _quiet_gdal():
    """Silence GDAL's error printing for a moment (harmless errors of the image export)."""
    try:
        from osgeo import gdal
    except ImportError:  # pragma: no cover - GDAL's Python bindings ship with QGIS
        yield
        return
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        yield
    finally:
        gdal.PopErrorHandler()


def export_layout(layout, pdf_path: Path, png_path: Optional[Path], dpi: int = 150):
    """Write ``layout`` as PDF (all pages) and PNG (one file per page: name.png,
    name_2.png, ...). Returns (pdf path, list of PNG paths)."""
    exporter = QgsLayoutExporter(layout)
    pdf_settings = QgsLayoutExporter.PdfExportSettings()
    pdf_settings.dpi = 300
    pdf_settings.rasterizeWholeImage = False
    pdf_settings.forceVectorOutput = False
    pdf_settings.exportMetadata = True
    pdf_path.parent.mkdir(parents=True, exist_ok=True)
    result = exporter.exportToPdf(str(pdf_path), pdf_settings)
    if result != QgsLayoutExporter.Success:
        raise OSError(
            tr("Could not write {path}: {error}").format(
                path=pdf_path, error=exporter.errorMessage()
            )
        )
    pngs: list[Path] = []
    if png_path is not None:
        image_settings = QgsLayoutExporter.ImageExportSettings()
        image_settings.dpi = dpi
        with _quiet_gdal():  # QGIS tries to georeference the PNG in place: GDAL cannot
            result = exporter.exportToImage(str(png_path), image_settings)
        if result != QgsLayoutExporter.Success:
            raise OSError(
                tr("Could not write {path}: {error}").format(
                    path=png_path, error=exporter.errorMessage()
                )
            )
        pngs.append(png_path)
        for page in range(2, layout.pageCollection().pageCount() + 1):
            extra = png_path.with_name(f"{png_path.stem}_{page}{png_path.suffix}")
            if extra.exists():
                pngs.append(extra)
    return pdf_path, pngs
