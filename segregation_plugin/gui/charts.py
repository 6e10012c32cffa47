"""Small charts drawn with QPainter (no matplotlib needed in QGIS).

:class:`BarChart`: shares per category; :class:`ValueBarChart`: a value per region with
the mean; :class:`StackedBarChart`: shares stacked to 100 % per region;
:class:`GroupedBarChart`: shares per group, one bar per series (scenario).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional, Sequence

from qgis.PyQt.QtCore import QLocale, QPointF, QRectF, QSize, Qt
from qgis.PyQt.QtGui import QColor, QPainter, QPalette, QPen
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
                QRectF(0, y, self.width(), line), Qt.AlignLeft | Qt.AlignVCenter, group.label
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
