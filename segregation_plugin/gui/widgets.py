"""Helpers for the panel's steps: forms for a narrow dock, sortable result tables,
reading an output table of a run, and writing it as CSV."""

from __future__ import annotations

import csv
import math
from pathlib import Path
from typing import Iterable, Optional, Sequence

from qgis.core import QgsFeatureRequest, QgsProcessingUtils, QgsVectorLayer
from qgis.PyQt.QtCore import QLocale, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from ..adapter.layers import plain_value

#: Shown for a missing value.
MISSING = "–"


class NumberItem(QTableWidgetItem):
    """A table cell shown as text but sorted by its number (Qt.UserRole); missing last."""

    def __init__(self, text: str, number: Optional[float], align_right: bool = True) -> None:
        super().__init__(text)
        self.setData(Qt.UserRole, number)
        if align_right:
            self.setTextAlignment(Qt.AlignRight | Qt.AlignVCenter)

    def __lt__(self, other) -> bool:
        mine, theirs = self.data(Qt.UserRole), other.data(Qt.UserRole)
        if mine is None or theirs is None:
            if mine is None and theirs is None:
                return super().__lt__(other)
            return theirs is None  # a number sorts before a missing value
        if isinstance(mine, str) or isinstance(theirs, str):
            return str(mine) < str(theirs)
        return mine < theirs


def layer_combo(parent, object_name: str, filters, tooltip: str = "", allow_empty: bool = False):
    """A layer combo box of the given layer filters (compat.*_LAYER_FILTER)."""
    from qgis.gui import QgsMapLayerComboBox

    combo = QgsMapLayerComboBox(parent)
    combo.setObjectName(object_name)
    combo.setFilters(filters)
    if allow_empty:
        combo.setAllowEmptyLayer(True)
    if tooltip:
        combo.setToolTip(tooltip)
    return combo


def stacked_form(parent=None) -> QFormLayout:
    """A form with each label above its field: the dock is narrow."""
    form = QFormLayout(parent) if parent is not None else QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.WrapAllRows)
    return form


def narrow(combo: QComboBox, characters: int = 16) -> None:
    """Let a combo box with long item texts shrink with the dock (the popup shows them)."""
    combo.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    for i in range(combo.count()):
        combo.setItemData(i, combo.itemText(i), Qt.ToolTipRole)


def is_missing(value) -> bool:
    value = plain_value(value)
    return value is None or (isinstance(value, float) and math.isnan(value))


def as_float(value) -> Optional[float]:
    """A number, or None for NULL, NaN and text that is not a number."""
    if is_missing(value):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def number_text(value, decimals: int = 0) -> str:
    """``value`` in the UI locale with ``decimals`` decimals; '–' when missing."""
    number = as_float(value)
    if number is None:
        return MISSING
    return QLocale().toString(number, "f", decimals)


def text_item(text: str, sort_key=None, tooltip: str = "") -> NumberItem:
    """A left-aligned text cell sorted by ``sort_key`` (default the text)."""
    item = NumberItem(text, text if sort_key is None else sort_key, align_right=False)
    if tooltip:
        item.setToolTip(tooltip)
    return item


def number_item(value, decimals: int = 0, suffix: str = "") -> NumberItem:
    number = as_float(value)
    text = number_text(number, decimals)
    if number is not None and suffix:
        text += suffix
    return NumberItem(text, number)


def setup_table(table: QTableWidget, headers: Sequence[str], tips: Sequence[str] = ()) -> None:
    """Read-only, row-selecting, sortable table with ``headers`` (already translated)."""
    table.setColumnCount(len(headers))
    for column, text in enumerate(headers):
        item = QTableWidgetItem(text)
        if column < len(tips) and tips[column]:
            item.setToolTip(tips[column])
        table.setHorizontalHeaderItem(column, item)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectRows)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.ElideRight)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeToContents)
    if headers:
        header.setSectionResizeMode(0, QHeaderView.Interactive)


def fill_rows(table: QTableWidget, rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    """Put ``rows`` of items into ``table`` (sorting off while filling) and fit its height."""
    table.setSortingEnabled(False)
    table.clearContents()
    table.setRowCount(len(rows))
    for r, items in enumerate(rows):
        for c, item in enumerate(items):
            table.setItem(r, c, item)
    table.setSortingEnabled(True)
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    fit_height(table)


def fit_height(table: QTableWidget, max_rows: int = 12) -> None:
    """A height showing up to ``max_rows`` rows without scrolling (the dock scrolls)."""
    height = table.horizontalHeader().height() + 2 * table.frameWidth()
    shown = min(table.rowCount(), max_rows)
    height += sum(table.rowHeight(i) for i in range(shown))
    scroll = table.horizontalScrollBar()
    height += scroll.sizeHint().height() if scroll is not None else 0
    table.setMinimumHeight(height)
    table.setMaximumHeight(height if table.rowCount() <= max_rows else 16777215)


def output_layer(run, key: str) -> Optional[QgsVectorLayer]:
    """The output ``key`` of a finished :class:`AlgorithmRun` (a layer id, a path or a layer)."""
    value = run.results.get(key) if run is not None else None
    if isinstance(value, QgsVectorLayer):
        return value
    if not value:
        return None
    layer = QgsProcessingUtils.mapLayerFromString(str(value), run.context)
    return layer if isinstance(layer, QgsVectorLayer) else None


def read_rows(layer: QgsVectorLayer) -> tuple[list[str], list[dict]]:
    """Field names and one dict per feature (NULL as None) of a table layer."""
    names = layer.fields().names()
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
    rows = []
    for feature in layer.getFeatures(request):
        rows.append({n: plain_value(v) for n, v in zip(names, feature.attributes())})
    return names, rows


def write_csv(path: str, names: Sequence[str], rows: Iterable[dict]) -> int:
    """Write ``rows`` as a CSV file (UTF-8 with BOM, so Excel reads å, ä and ö; comma
    separated, decimal point); returns the number of data rows."""
    count = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(list(names))
        for row in rows:
            writer.writerow(["" if is_missing(row.get(n)) else row.get(n) for n in names])
            count += 1
    return count


def ask_csv_path(parent, settings_key: str, default_name: str) -> Optional[str]:
    """Ask where to save a CSV file (starting in the folder remembered under
    ``settings_key``); returns the path with a .csv suffix, or None when cancelled."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtWidgets import QFileDialog

    from ..i18n import tr

    folder = QgsSettings().value(settings_key, str(Path.home()), type=str)
    path, _ = QFileDialog.getSaveFileName(
        parent, tr("Save table as CSV"), str(Path(folder) / default_name), tr("CSV (*.csv)")
    )
    if not path:
        return None
    return path if path.lower().endswith(".csv") else path + ".csv"
