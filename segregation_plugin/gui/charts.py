"""A small horizontal bar chart drawn with QPainter (no matplotlib needed in QGIS)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from qgis.PyQt.QtCore import QLocale, QRectF, QSize, Qt
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
