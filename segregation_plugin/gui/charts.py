"""Small charts drawn with QPainter (no matplotlib needed in QGIS).

:class:`BarChart`: shares per category; :class:`ValueBarChart`: a value per region with
the mean; :class:`StackedBarChart`: shares stacked to 100 % per region;
:class:`GroupedBarChart`: shares per group, one bar per series (scenario);
:class:`MatrixChart`: a count matrix as a heat map (area-type transitions);
:class:`LineChart`: values over years, one line per series (municipality).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Optional, Sequence

from qgis.PyQt.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPalette, QPen, QPolygonF
from qgis.PyQt.QtWidgets import QSizePolicy, QWidget


def percent(share: float, decimals: int = 1) -> str:
    """A share 0-1 as a percentage in the UI locale, e.g. "12,5 %" in Swedish."""
    return f"{QLocale().toString(100.0 * share, 'f', decimals)} %"


@dataclass(frozen=True)
class Bar:
    """One bar: a short label at the left, a share 0-1, its colour and a tooltip text."""

    label: str
    value: float
    colour: str
    tooltip: str = ""


class BarChart(QWidget):
    """Horizontal bars of shares (0-1) with the percentage at the end of each bar.

    The longest bar fills the width, so small differences stay visible; the
    numbers are printed, so the scale needs no axis.
    """

    ROW = 22
    GAP = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._title = ""
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMouseTracking(True)

    # -- data ------------------------------------------------------------------------------

    def set_bars(self, bars: Sequence[Bar], title: str = "") -> None:
        self._bars = list(bars)
        self._title = title
        self.setAccessibleDescription(
            "; ".join(f"{b.label}: {percent(b.value)}" for b in self._bars)
        )
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def title(self) -> str:
        return self._title

    def clear(self) -> None:
        self.set_bars([], "")

    # -- geometry --------------------------------------------------------------------------

    def _title_height(self) -> int:
        return self.fontMetrics().height() + self.GAP if self._title else 0

    def sizeHint(self) -> QSize:
        rows = len(self._bars)
        height = self._title_height() + rows * (self.ROW + self.GAP) + self.GAP
        return QSize(240, max(height, self.GAP))

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def _bar_at(self, y: float) -> int:
        row = int((y - self._title_height()) // (self.ROW + self.GAP))
        return row if 0 <= row < len(self._bars) else -1

    def mouseMoveEvent(self, event) -> None:
        row = self._bar_at(event.pos().y())
        self.setToolTip(self._bars[row].tooltip if row >= 0 else "")
        super().mouseMoveEvent(event)

    # -- drawing ---------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        if not self._bars:
            return
        painter = QPainter(self)
        try:
            self._paint(painter)
        finally:
            painter.end()

    def _paint(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.Antialiasing)
        metrics = self.fontMetrics()
        text_colour = self.palette().color(QPalette.WindowText)
        y = 0.0
        if self._title:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, 0, self.width(), metrics.height()),
                Qt.AlignLeft | Qt.AlignVCenter,
                self._title,
            )
            y = float(self._title_height())
        label_width = max(metrics.horizontalAdvance(b.label) for b in self._bars) + self.GAP
        value_width = metrics.horizontalAdvance(percent(1.0)) + self.GAP
        room = max(self.width() - label_width - value_width, 10)
        top = max((b.value for b in self._bars), default=0.0) or 1.0
        outline = QPen(text_colour.lighter(160) if text_colour.lightness() < 128 else text_colour)
        outline.setWidthF(0.8)
        for bar in self._bars:
            y += self.GAP / 2
            row = QRectF(0, y, label_width, self.ROW)
            painter.setPen(text_colour)
            painter.drawText(row, Qt.AlignLeft | Qt.AlignVCenter, bar.label)
            length = room * max(bar.value, 0.0) / top
            if length > 0:
                painter.setPen(outline)
                painter.setBrush(QColor(bar.colour))
                painter.drawRect(QRectF(label_width, y + 2, length, self.ROW - 4))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(label_width + length + self.GAP / 2, y, value_width, self.ROW),
                Qt.AlignLeft | Qt.AlignVCenter,
                percent(bar.value),
            )
            y += self.ROW + self.GAP / 2


# -- shared drawing helpers --------------------------------------------------------------------


def _text_colour(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.WindowText)


def _outline(text_colour: QColor) -> QPen:
    pen = QPen(text_colour.lighter(160) if text_colour.lightness() < 128 else text_colour)
    pen.setWidthF(0.8)
    return pen


def _contrast(colour: str) -> QColor:
    """Black or white, whichever reads better on ``colour``."""
    c = QColor(colour)
    luminance = 0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue()
    return QColor("#000000") if luminance > 140 else QColor("#ffffff")


def _number(value: float, decimals: int) -> str:
    return QLocale().toString(float(value), "f", decimals)


class _Chart(QWidget):
    """Title, a fixed height from :meth:`sizeHint`, a legend, row tooltips."""

    GAP = 6
    SWATCH = 10

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._title = ""
        self._legend: list[tuple[str, str]] = []
        self.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Fixed)
        self.setMouseTracking(True)

    def title(self) -> str:
        return self._title

    def legend(self) -> list[tuple[str, str]]:
        """(label, colour) of the legend entries."""
        return list(self._legend)

    def _line(self) -> int:
        return self.fontMetrics().height()

    def _title_height(self) -> int:
        return self._line() + self.GAP if self._title else 0

    def _legend_height(self) -> int:
        return len(self._legend) * (self._line() + 2) + (self.GAP if self._legend else 0)

    def _content_height(self) -> int:
        raise NotImplementedError

    def _has_content(self) -> bool:
        raise NotImplementedError

    def sizeHint(self) -> QSize:
        if not self._has_content():
            return QSize(240, self.GAP)
        height = self._title_height() + self._content_height() + self._legend_height()
        return QSize(240, height + self.GAP)

    def minimumSizeHint(self) -> QSize:
        return QSize(120, self.sizeHint().height())

    def _changed(self, description: str) -> None:
        self.setAccessibleDescription(description)
        self.setFixedHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def paintEvent(self, event) -> None:
        if not self._has_content():
            return
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.Antialiasing)
            painter.setPen(_text_colour(self))
            y = 0.0
            if self._title:
                painter.drawText(
                    QRectF(0, 0, self.width(), self._line()),
                    Qt.AlignLeft | Qt.AlignVCenter,
                    self._title,
                )
                y = float(self._title_height())
            y = self._paint_content(painter, y)
            self._paint_legend(painter, y + self.GAP)
        finally:
            painter.end()

    def _paint_content(self, painter: QPainter, y: float) -> float:
        raise NotImplementedError

    def _paint_legend(self, painter: QPainter, y: float) -> None:
        text_colour = _text_colour(self)
        line = self._line()
        for label, colour in self._legend:
            painter.setPen(_outline(text_colour))
            painter.setBrush(QColor(colour))
            top = y + (line - self.SWATCH) / 2
            painter.drawRect(QRectF(0, top, self.SWATCH, self.SWATCH))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(self.SWATCH + self.GAP, y, self.width() - self.SWATCH - self.GAP, line),
                Qt.AlignLeft | Qt.AlignVCenter,
                label,
            )
            y += line + 2


# -- a value per region with the mean ----------------------------------------------------------


@dataclass(frozen=True)
class ValueBar:
    """One bar of :class:`ValueBarChart`: a label, a value (None: missing), colour, tooltip."""

    label: str
    value: Optional[float]
    colour: str = "#4575b4"
    tooltip: str = ""


class ValueBarChart(_Chart):
    """Horizontal bars of values (e.g. an index per municipality) with a dashed line at the
    mean over the bars, labelled with its value. Missing values show as '–'."""

    ROW = 22

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._bars: list[ValueBar] = []
        self._mean: Optional[float] = None
        self._mean_label = ""
        self._decimals = 1

    def set_bars(
        self,
        bars: Sequence[ValueBar],
        title: str = "",
        mean: Optional[float] = None,
        mean_label: str = "",
        decimals: int = 1,
    ) -> None:
        """``mean``: where to draw the mean line (None: no line); ``mean_label`` its text."""
        self._bars = list(bars)
        self._title = title
        self._mean = mean
        self._mean_label = mean_label
        self._decimals = decimals
        parts = [f"{b.label}: {self.value_text(b.value)}" for b in self._bars]
        if mean is not None:
            parts.append(mean_label or self.value_text(mean))
        self._changed("; ".join(parts))

    def bars(self) -> list[ValueBar]:
        return list(self._bars)

    def mean(self) -> Optional[float]:
        return self._mean

    def mean_label(self) -> str:
        return self._mean_label

    def clear(self) -> None:
        self.set_bars([], "")

    def value_text(self, value: Optional[float]) -> str:
        return "–" if value is None else _number(value, self._decimals)

    def _has_content(self) -> bool:
        return bool(self._bars)

    def _mean_height(self) -> int:
        return self._line() + 2 if self._mean is not None else 0

    def _content_height(self) -> int:
        return self._mean_height() + len(self._bars) * (self.ROW + self.GAP)

    def _bar_at(self, y: float) -> int:
        top = self._title_height() + self._mean_height()
        row = int((y - top) // (self.ROW + self.GAP))
        return row if y >= top and 0 <= row < len(self._bars) else -1

    def mouseMoveEvent(self, event) -> None:
        row = self._bar_at(event.pos().y())
        bar = self._bars[row] if row >= 0 else None
        self.setToolTip(
            (bar.tooltip or f"{bar.label}: {self.value_text(bar.value)}") if bar else ""
        )
        super().mouseMoveEvent(event)

    def _scale(self) -> tuple[float, float, float]:
        """(label width, room for the bars, value at full length)."""
        metrics = self.fontMetrics()
        label_width = max(metrics.horizontalAdvance(b.label) for b in self._bars) + self.GAP
        values = [b.value for b in self._bars if b.value is not None]
        texts = [self.value_text(v) for v in values] or ["–"]
        value_width = max(metrics.horizontalAdvance(t) for t in texts) + self.GAP
        room = max(self.width() - label_width - value_width, 10)
        top = max([max(v, 0.0) for v in values] + [max(self._mean or 0.0, 0.0)])
        return float(label_width), float(room), top or 1.0

    def _paint_content(self, painter: QPainter, y: float) -> float:
        text_colour = _text_colour(self)
        label_width, room, top = self._scale()
        mean_x = None
        if self._mean is not None:
            mean_x = label_width + room * max(self._mean, 0.0) / top
            text = self._mean_label or self.value_text(self._mean)
            width = self.fontMetrics().horizontalAdvance(text)
            left = min(max(mean_x - width / 2, 0.0), max(self.width() - width, 0.0))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left, y, width + 2, self._line()), Qt.AlignLeft | Qt.AlignVCenter, text
            )
            y += self._mean_height()
        first = y
        outline = _outline(text_colour)
        for bar in self._bars:
            y += self.GAP / 2
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_width, self.ROW), Qt.AlignLeft | Qt.AlignVCenter, bar.label
            )
            length = 0.0 if bar.value is None else room * max(bar.value, 0.0) / top
            if length > 0:
                painter.setPen(outline)
                painter.setBrush(QColor(bar.colour))
                painter.drawRect(QRectF(label_width, y + 2, length, self.ROW - 4))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(label_width + length + self.GAP / 2, y, self.width(), self.ROW),
                Qt.AlignLeft | Qt.AlignVCenter,
                self.value_text(bar.value),
            )
            y += self.ROW + self.GAP / 2
        if mean_x is not None:
            pen = QPen(text_colour)
            pen.setStyle(Qt.DashLine)
            pen.setWidthF(1.5)
            painter.setPen(pen)
            painter.drawLine(QPointF(mean_x, first), QPointF(mean_x, y))
        return y


# -- shares stacked to 100 % -------------------------------------------------------------------


@dataclass(frozen=True)
class Segment:
    """A part of a stacked bar: a label, a share 0-1 and a colour."""

    label: str
    value: float
    colour: str


@dataclass(frozen=True)
class StackedBar:
    """One row of :class:`StackedBarChart`: a label and its segments, left to right."""

    label: str
    segments: tuple
    tooltip: str = ""


class StackedBarChart(_Chart):
    """Horizontal bars of shares stacked to the full width (e.g. population per area type
    for each municipality and for all data), with the percentage inside wide segments and
    a legend below."""

    ROW = 22

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._bars: list[StackedBar] = []

    def set_bars(
        self, bars: Sequence[StackedBar], title: str = "", legend: Sequence[tuple] = ()
    ) -> None:
        self._bars = list(bars)
        self._title = title
        self._legend = [(str(label), str(colour)) for label, colour in legend]
        self._changed(
            "; ".join(
                f"{b.label}: " + ", ".join(f"{s.label} {percent(s.value)}" for s in b.segments)
                for b in self._bars
            )
        )

    def bars(self) -> list[StackedBar]:
        return list(self._bars)

    def clear(self) -> None:
        self.set_bars([], "")

    def _has_content(self) -> bool:
        return bool(self._bars)

    def _content_height(self) -> int:
        return len(self._bars) * (self.ROW + self.GAP)

    def mouseMoveEvent(self, event) -> None:
        top = self._title_height()
        row = int((event.pos().y() - top) // (self.ROW + self.GAP))
        if event.pos().y() >= top and 0 <= row < len(self._bars):
            bar = self._bars[row]
            lines = [bar.label] + [f"{s.label}: {percent(s.value)}" for s in bar.segments]
            self.setToolTip(bar.tooltip or "\n".join(lines))
        else:
            self.setToolTip("")
        super().mouseMoveEvent(event)

    def _paint_content(self, painter: QPainter, y: float) -> float:
        metrics = self.fontMetrics()
        text_colour = _text_colour(self)
        label_width = max(metrics.horizontalAdvance(b.label) for b in self._bars) + self.GAP
        room = max(self.width() - label_width - 2, 10)
        outline = _outline(text_colour)
        for bar in self._bars:
            y += self.GAP / 2
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, label_width, self.ROW), Qt.AlignLeft | Qt.AlignVCenter, bar.label
            )
            total = sum(max(s.value, 0.0) for s in bar.segments) or 1.0
            x = float(label_width)
            for segment in bar.segments:
                width = room * max(segment.value, 0.0) / total
                if width <= 0:
                    continue
                rect = QRectF(x, y + 2, width, self.ROW - 4)
                painter.setPen(outline)
                painter.setBrush(QColor(segment.colour))
                painter.drawRect(rect)
                text = percent(segment.value, 0)
                if metrics.horizontalAdvance(text) + 4 < width:
                    painter.setPen(_contrast(segment.colour))
                    painter.drawText(rect, Qt.AlignCenter, text)
                x += width
            y += self.ROW + self.GAP / 2
        return y


# -- groups of bars, one per series ------------------------------------------------------------


@dataclass(frozen=True)
class BarGroup:
    """A group of :class:`GroupedBarChart`: a label and one share 0-1 (or None) per series."""

    label: str
    values: tuple
    tooltip: str = ""


class GroupedBarChart(_Chart):
    """Groups of horizontal bars (e.g. coverage per area type), one bar per series (e.g. a
    transit scenario) in the series' colour, with the percentage at the end of each bar."""

    BAR = 14
    GROUP_GAP = 8

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._groups: list[BarGroup] = []

    def set_groups(
        self, groups: Sequence[BarGroup], series: Sequence[tuple], title: str = ""
    ) -> None:
        """``series``: (name, colour) per value of each group, also the legend."""
        self._groups = list(groups)
        self._legend = [(str(name), str(colour)) for name, colour in series]
        self._title = title
        self._changed(
            "; ".join(
                f"{g.label}: "
                + ", ".join(
                    f"{name} {'–' if v is None else percent(v)}"
                    for (name, _), v in zip(self._legend, g.values)
                )
                for g in self._groups
            )
        )

    def groups(self) -> list[BarGroup]:
        return list(self._groups)

    def series(self) -> list[tuple[str, str]]:
        return self.legend()

    def clear(self) -> None:
        self.set_groups([], [], "")

    def _has_content(self) -> bool:
        return bool(self._groups)

    def _group_height(self) -> int:
        return self._line() + len(self._legend) * (self.BAR + 2) + self.GROUP_GAP

    def _content_height(self) -> int:
        return len(self._groups) * self._group_height()

    def mouseMoveEvent(self, event) -> None:
        top = self._title_height()
        row = int((event.pos().y() - top) // self._group_height())
        if event.pos().y() >= top and 0 <= row < len(self._groups):
            group = self._groups[row]
            lines = [group.label] + [
                f"{name}: {'–' if v is None else percent(v)}"
                for (name, _), v in zip(self._legend, group.values)
            ]
            self.setToolTip(group.tooltip or "\n".join(lines))
        else:
            self.setToolTip("")
        super().mouseMoveEvent(event)

    def _paint_content(self, painter: QPainter, y: float) -> float:
        metrics = self.fontMetrics()
        text_colour = _text_colour(self)
        indent = float(self.SWATCH + self.GAP)
        value_width = metrics.horizontalAdvance(percent(1.0)) + self.GAP
        room = max(self.width() - indent - value_width, 10)
        values = [v for g in self._groups for v in g.values if v is not None]
        top = max([max(v, 0.0) for v in values] + [0.0]) or 1.0
        outline = _outline(text_colour)
        line = self._line()
        for group in self._groups:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, y, self.width(), line),
                Qt.AlignLeft | Qt.AlignVCenter,
                metrics.elidedText(group.label, Qt.ElideRight, self.width()),
            )
            y += line
            for (_, colour), value in zip(self._legend, group.values):
                length = 0.0 if value is None else room * max(value, 0.0) / top
                if length > 0:
                    painter.setPen(outline)
                    painter.setBrush(QColor(colour))
                    painter.drawRect(QRectF(indent, y + 1, length, self.BAR - 2))
                painter.setPen(text_colour)
                painter.drawText(
                    QRectF(indent + length + self.GAP / 2, y, value_width, self.BAR),
                    Qt.AlignLeft | Qt.AlignVCenter,
                    "–" if value is None else percent(value),
                )
                y += self.BAR + 2
            y += self.GROUP_GAP
        return y


# -- a count matrix as a heat map --------------------------------------------------------------

#: Light to dark blue (ColorBrewer Blues): the heat map's ramp, apart from the area types.
MATRIX_RAMP = ("#f7fbff", "#c6dbef", "#6baed6", "#2171b5", "#08306b")
DIAGONAL_COLOUR = "#000000"


def _ramp_colour(fraction: float, ramp: Sequence[str] = MATRIX_RAMP) -> QColor:
    """The colour at ``fraction`` (0-1) along ``ramp``, interpolated in RGB."""
    fraction = min(max(fraction, 0.0), 1.0) * (len(ramp) - 1)
    i = min(int(fraction), len(ramp) - 2)
    t = fraction - i
    a, b = QColor(ramp[i]), QColor(ramp[i + 1])
    return QColor(
        round(a.red() + t * (b.red() - a.red())),
        round(a.green() + t * (b.green() - a.green())),
        round(a.blue() + t * (b.blue() - a.blue())),
    )


class MatrixChart(_Chart):
    """A square count matrix (e.g. area types in year A by area type in year B) as a heat map:
    one cell per pair with its number, darker for larger counts, the diagonal (no change)
    outlined; the row and column headers carry a colour swatch each (the area types)."""

    CELL = 30
    SWATCH_STRIP = 5

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._values: list[list[float]] = []
        self._rows: list[str] = []
        self._columns: list[str] = []
        self._swatches: list[Optional[str]] = []
        self._names: list[str] = []
        self._row_title = ""
        self._column_title = ""
        self._decimals = 0
        self._tooltip = "{row} → {column}: {value}"

    def set_matrix(
        self,
        values: Sequence[Sequence[float]],
        labels: Sequence[str],
        title: str = "",
        row_title: str = "",
        column_title: str = "",
        swatches: Sequence[Optional[str]] = (),
        decimals: int = 0,
        tooltip: str = "",
        names: Sequence[str] = (),
    ) -> None:
        """``values[i][j]``: row ``labels[i]`` (year A) to column ``labels[j]`` (year B).

        ``swatches``: a colour (or None) per label; ``tooltip`` a template with {row},
        {column} and {value}; ``names`` longer labels for the tooltips.
        """
        self._values = [[float(v or 0.0) for v in row] for row in values]
        self._rows = [str(label) for label in labels]
        self._columns = list(self._rows)
        self._names = [str(n) for n in names] if len(names) == len(self._rows) else self._rows
        self._swatches = list(swatches) + [None] * (len(self._rows) - len(swatches))
        self._title = title
        self._row_title = row_title
        self._column_title = column_title
        self._decimals = decimals
        if tooltip:
            self._tooltip = tooltip
        self._changed(
            "; ".join(
                f"{self._rows[i]} → {self._columns[j]}: {self.value_text(v)}"
                for i, row in enumerate(self._values)
                for j, v in enumerate(row)
                if v
            )
        )

    def values(self) -> list[list[float]]:
        return [list(row) for row in self._values]

    def labels(self) -> list[str]:
        return list(self._rows)

    def clear(self) -> None:
        self.set_matrix([], [])

    def value_text(self, value: float) -> str:
        return _number(value, self._decimals)

    def _has_content(self) -> bool:
        return bool(self._values)

    # -- geometry --------------------------------------------------------------------------

    def _header_lines(self) -> int:
        """Short column labels (e.g. the type numbers) take one line, longer ones two."""
        widest = max((self.fontMetrics().horizontalAdvance(t) for t in self._columns), default=0)
        return 1 if widest <= 36 else 2

    def _header_height(self) -> int:
        return self._header_lines() * self._line() + self.SWATCH_STRIP + 4

    def _content_height(self) -> int:
        top = self._line() + 2 if self._column_title else 0
        return top + self._header_height() + len(self._rows) * self.CELL

    def _geometry(self) -> tuple[float, float, float, float]:
        """(left of the cells, top of the cells relative to the content, cell width, label
        width)."""
        metrics = self.fontMetrics()
        axis = float(self._line() + 4) if self._row_title else 0.0
        label_width = max((metrics.horizontalAdvance(t) for t in self._rows), default=0)
        label_width = float(label_width + self.SWATCH_STRIP + 3 * self.GAP // 2)
        left = axis + label_width
        n = max(len(self._columns), 1)
        cell = max(min((self.width() - left - 2) / n, 3.0 * self.CELL), 18.0)
        top = float(self._line() + 2 if self._column_title else 0) + self._header_height()
        return left, top, cell, label_width

    def _cell_at(self, x: float, y: float) -> tuple[int, int]:
        left, top, cell, _ = self._geometry()
        top += self._title_height()
        row = int((y - top) // self.CELL) if y >= top else -1
        column = int((x - left) // cell) if x >= left else -1
        if 0 <= row < len(self._rows) and 0 <= column < len(self._columns):
            return row, column
        return -1, -1

    def mouseMoveEvent(self, event) -> None:
        row, column = self._cell_at(event.pos().x(), event.pos().y())
        if row >= 0:
            self.setToolTip(
                self._tooltip.format(
                    row=self._names[row],
                    column=self._names[column],
                    value=self.value_text(self._values[row][column]),
                )
            )
        else:
            self.setToolTip("")
        super().mouseMoveEvent(event)

    # -- drawing ---------------------------------------------------------------------------

    def _paint_content(self, painter: QPainter, y: float) -> float:
        text_colour = _text_colour(self)
        metrics = self.fontMetrics()
        line = self._line()
        left, top, cell, label_width = self._geometry()
        n = len(self._columns)
        if self._column_title:
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(left, y, cell * n, line),
                Qt.AlignHCenter | Qt.AlignVCenter,
                self._column_title,
            )
        cells_top = y + top
        header_top = cells_top - self._header_height()
        # column headers: two lines of text over a colour strip
        for j, label in enumerate(self._columns):
            rect = QRectF(left + j * cell, header_top, cell, self._header_lines() * line)
            painter.setPen(text_colour)
            painter.drawText(
                rect.adjusted(1, 0, -1, 0),
                Qt.AlignHCenter | Qt.AlignBottom | Qt.TextWordWrap,
                label,
            )
            swatch = self._swatches[j]
            if swatch:
                painter.setPen(Qt.NoPen)
                painter.setBrush(QColor(swatch))
                painter.drawRect(
                    QRectF(left + j * cell + 1, cells_top - self.SWATCH_STRIP - 2, cell - 2, 5)
                )
        # row title, rotated, along the rows
        if self._row_title:
            painter.save()
            painter.setPen(text_colour)
            height = len(self._rows) * self.CELL
            painter.translate(0, cells_top + height)
            painter.rotate(-90)
            painter.drawText(
                QRectF(0, 0, height, line), Qt.AlignHCenter | Qt.AlignVCenter, self._row_title
            )
            painter.restore()
        row_left = left - label_width
        top_value = max((max(row) for row in self._values), default=0.0) or 1.0
        for i, label in enumerate(self._rows):
            row_y = cells_top + i * self.CELL
            swatch = self._swatches[i]
            if swatch:
                painter.setPen(Qt.NoPen)
                painter.setBrush(QColor(swatch))
                painter.drawRect(QRectF(row_left, row_y + 2, self.SWATCH_STRIP, self.CELL - 4))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(row_left + self.SWATCH_STRIP + 4, row_y, label_width, self.CELL),
                Qt.AlignLeft | Qt.AlignVCenter,
                metrics.elidedText(label, Qt.ElideRight, int(label_width - self.SWATCH_STRIP - 4)),
            )
            for j in range(n):
                value = self._values[i][j]
                rect = QRectF(left + j * cell, row_y, cell, self.CELL)
                fill = _ramp_colour((value / top_value) ** 0.5) if value > 0 else QColor("#ffffff")
                painter.setPen(QPen(QColor("#d9d9d9"), 1.0))
                painter.setBrush(fill)
                painter.drawRect(rect)
                if value > 0:
                    painter.setPen(_contrast(fill.name()))
                else:
                    painter.setPen(QColor("#9e9e9e"))
                painter.drawText(rect, Qt.AlignCenter, self.value_text(value))
        # the diagonal: no change
        pen = QPen(QColor(DIAGONAL_COLOUR), 2.2)
        painter.setPen(pen)
        painter.setBrush(Qt.NoBrush)
        for k in range(min(len(self._rows), n)):
            painter.drawRect(
                QRectF(
                    left + k * cell + 1.1,
                    cells_top + k * self.CELL + 1.1,
                    cell - 2.2,
                    self.CELL - 2.2,
                )
            )
        return cells_top + len(self._rows) * self.CELL


# -- lines over time ---------------------------------------------------------------------------

#: Okabe & Ito's colour-blind safe qualitative palette (without yellow, weak on white).
SERIES_COLOURS = (
    "#0072b2",
    "#e69f00",
    "#009e73",
    "#cc79a7",
    "#56b4e9",
    "#d55e00",
    "#000000",
)
#: Marker shapes, so that lines can be told apart without colour.
MARKERS = ("circle", "square", "triangle", "diamond")


@dataclass(frozen=True)
class Series:
    """One line of :class:`LineChart`: a label, a value (or None) per x, colour, marker."""

    label: str
    values: tuple
    colour: str
    marker: str = "circle"


def nice_ticks(low: float, high: float, count: int = 4) -> list[float]:
    """Round tick values covering ``low``..``high`` (about ``count`` intervals)."""
    if not (low == low and high == high):  # NaN
        return [0.0, 1.0]
    if high < low:
        low, high = high, low
    if high - low < 1e-12:
        pad = abs(high) * 0.1 or 1.0
        low, high = low - pad, high + pad
    raw = (high - low) / max(count, 1)
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    first = math.floor(low / step) * step
    last = math.ceil(high / step) * step
    n = int(round((last - first) / step))
    return [first + k * step for k in range(n + 1)]


def _draw_marker(painter: QPainter, shape: str, centre: QPointF, size: float) -> None:
    half = size / 2
    x, y = centre.x(), centre.y()
    if shape == "square":
        painter.drawRect(QRectF(x - half, y - half, size, size))
    elif shape == "triangle":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half - 1),
                    QPointF(x + half + 1, y + half),
                    QPointF(x - half - 1, y + half),
                ]
            )
        )
    elif shape == "diamond":
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(x, y - half - 1),
                    QPointF(x + half + 1, y),
                    QPointF(x, y + half + 1),
                    QPointF(x - half - 1, y),
                ]
            )
        )
    else:
        painter.drawEllipse(centre, half, half)


class LineChart(_Chart):
    """Lines over a few categories on the x axis (e.g. years), one per series (e.g. a
    municipality), with a marker at each value, a value axis with round ticks and a legend
    of line-and-marker swatches below. Missing values break the line."""

    PLOT = 150
    MARKER = 7

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._x: list[str] = []
        self._series: list[Series] = []
        self._unit = ""
        self._decimals = 1

    def set_series(
        self,
        x_labels: Sequence[str],
        series: Sequence[Series],
        title: str = "",
        unit: str = "",
        decimals: int = 1,
    ) -> None:
        """``series``: a value per x label each; ``unit`` is appended to the axis values
        (e.g. " %")."""
        self._x = [str(x) for x in x_labels]
        self._series = list(series)
        self._title = title
        self._unit = unit
        self._decimals = decimals
        self._legend = [(s.label, s.colour) for s in self._series]
        self._changed(
            "; ".join(
                f"{s.label}: "
                + ", ".join(f"{x} {self.value_text(v)}" for x, v in zip(self._x, s.values))
                for s in self._series
            )
        )

    def series(self) -> list[Series]:
        return list(self._series)

    def x_labels(self) -> list[str]:
        return list(self._x)

    def clear(self) -> None:
        self.set_series([], [], "")

    def value_text(self, value: Optional[float]) -> str:
        return "–" if value is None else _number(value, self._decimals) + self._unit

    def _has_content(self) -> bool:
        return bool(self._series) and bool(self._x)

    def _content_height(self) -> int:
        return self.PLOT + self._line() + self.GAP

    def _values(self) -> list[float]:
        return [v for s in self._series for v in s.values if v is not None]

    def _ticks(self) -> list[float]:
        values = self._values()
        if not values:
            return [0.0, 1.0]
        return nice_ticks(min(values), max(values))

    def _plot_rect(self, y: float) -> QRectF:
        metrics = self.fontMetrics()
        texts = [_number(t, self._tick_decimals()) + self._unit for t in self._ticks()]
        axis = max(metrics.horizontalAdvance(t) for t in texts) + self.GAP
        right = metrics.horizontalAdvance(self._x[-1]) / 2 + 4 if self._x else 4
        ends = [self.value_text(v) for v in self._last_values() if v is not None]
        if ends:  # room for the value at the end of each line
            right = max(right, max(metrics.horizontalAdvance(t) for t in ends) + 2 * self.GAP)
        return QRectF(axis, y + self._line() / 2, self.width() - axis - right, self.PLOT)

    def _last_values(self) -> list[Optional[float]]:
        """The last value of each series (None when its last x has no value)."""
        n = len(self._x)
        return [s.values[n - 1] if len(s.values) >= n else None for s in self._series]

    def _tick_decimals(self) -> int:
        ticks = self._ticks()
        step = ticks[1] - ticks[0] if len(ticks) > 1 else 1.0
        return 0 if step >= 1 and all(float(t).is_integer() for t in ticks) else self._decimals

    def _x_position(self, rect: QRectF, index: int) -> float:
        n = len(self._x)
        if n == 1:
            return rect.center().x()
        inset = min(rect.width() * 0.08, 24.0)
        right = float(self.MARKER)  # the values at the ends of the lines follow
        return rect.left() + inset + (rect.width() - inset - right) * index / (n - 1)

    def mouseMoveEvent(self, event) -> None:
        if self._has_content():
            rect = self._plot_rect(float(self._title_height()))
            positions = [self._x_position(rect, i) for i in range(len(self._x))]
            nearest = min(range(len(positions)), key=lambda i: abs(positions[i] - event.pos().x()))
            lines = [self._x[nearest]]
            for s in self._series:
                value = s.values[nearest] if nearest < len(s.values) else None
                lines.append(f"{s.label}: {self.value_text(value)}")
            self.setToolTip("\n".join(lines))
        super().mouseMoveEvent(event)

    def _paint_content(self, painter: QPainter, y: float) -> float:
        text_colour = _text_colour(self)
        line = self._line()
        rect = self._plot_rect(y)
        ticks = self._ticks()
        low, high = ticks[0], ticks[-1]
        span = (high - low) or 1.0

        def y_of(value: float) -> float:
            return rect.bottom() - rect.height() * (value - low) / span

        decimals = self._tick_decimals()
        grid = QPen(QColor("#d9d9d9"), 1.0)
        for tick in ticks:
            ty = y_of(tick)
            painter.setPen(grid)
            painter.drawLine(QPointF(rect.left(), ty), QPointF(rect.right(), ty))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(0, ty - line / 2, rect.left() - 4, line),
                Qt.AlignRight | Qt.AlignVCenter,
                _number(tick, decimals) + self._unit,
            )
        painter.setPen(QPen(text_colour, 1.0))
        painter.drawLine(QPointF(rect.left(), rect.bottom()), QPointF(rect.right(), rect.bottom()))
        for i, label in enumerate(self._x):
            x = self._x_position(rect, i)
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x, rect.bottom() + 3))
            painter.drawText(
                QRectF(x - 40, rect.bottom() + 3, 80, line), Qt.AlignHCenter | Qt.AlignTop, label
            )
        for series in self._series:
            colour = QColor(series.colour)
            pen = QPen(colour, 2.0)
            points: list[Optional[QPointF]] = [
                None if v is None else QPointF(self._x_position(rect, i), y_of(v))
                for i, v in enumerate(series.values[: len(self._x)])
            ]
            painter.setPen(pen)
            for a, b in zip(points, points[1:]):
                if a is not None and b is not None:
                    painter.drawLine(a, b)
            painter.setBrush(colour)
            painter.setPen(QPen(QColor("#ffffff"), 1.0))
            for point in points:
                if point is not None:
                    _draw_marker(painter, series.marker, point, self.MARKER)
        self._paint_end_values(painter, rect, y_of)
        return rect.bottom() + 3 + line

    def _paint_end_values(self, painter: QPainter, rect: QRectF, y_of) -> None:
        """The last value of each line beside its end, pushed apart so none overlap."""
        line = float(self._line())
        ends = [
            (y_of(v), self.value_text(v), QColor(s.colour).darker(135))
            for s, v in zip(self._series, self._last_values())
            if v is not None
        ]
        ends.sort(key=lambda e: e[0])
        placed: list[float] = []
        for centre, _, _ in ends:
            top = centre - line / 2
            if placed and top < placed[-1] + line:
                top = placed[-1] + line
            placed.append(top)
        overflow = (placed[-1] + line - (rect.bottom() + line / 2)) if placed else 0.0
        if overflow > 0:  # shift the stack up to stay beside the plot
            placed = [top - overflow for top in placed]
        x = max(self._x_position(rect, len(self._x) - 1) + self.MARKER / 2, rect.right()) + 4
        for (_, text, colour), top in zip(ends, placed):
            painter.setPen(colour)
            painter.drawText(
                QRectF(x, top, self.width() - x, line), Qt.AlignLeft | Qt.AlignVCenter, text
            )

    def _paint_legend(self, painter: QPainter, y: float) -> None:
        text_colour = _text_colour(self)
        line = self._line()
        for series in self._series:
            centre = QPointF(11, y + line / 2)
            painter.setPen(QPen(QColor(series.colour), 2.0))
            painter.drawLine(QPointF(0, centre.y()), QPointF(22, centre.y()))
            painter.setBrush(QColor(series.colour))
            painter.setPen(QPen(QColor("#ffffff"), 1.0))
            _draw_marker(painter, series.marker, centre, self.MARKER)
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(22 + self.GAP, y, self.width() - 22 - self.GAP, line),
                Qt.AlignLeft | Qt.AlignVCenter,
                series.label,
            )
            y += line + 2
