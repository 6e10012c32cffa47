"""Rendering layers to a PNG without a GUI (demo, screenshots, report previews)."""

from __future__ import annotations

from pathlib import Path
from typing import Optional, Sequence

from qgis.core import (
    QgsMapRendererCustomPainterJob,
    QgsMapSettings,
    QgsRectangle,
)
from qgis.PyQt.QtCore import QSize
from qgis.PyQt.QtGui import QColor, QImage, QPainter


def render_png(
    layers: Sequence,
    path: Path,
    *,
    width: int = 1200,
    extent: Optional[QgsRectangle] = None,
    background: str = "#ffffff",
) -> Path:
    """Draw ``layers`` (top first, as in the layer panel) into a PNG file."""
    extent = QgsRectangle(extent) if extent is not None else QgsRectangle()
    if extent.isEmpty():
        for layer in layers:
            extent.combineExtentWith(layer.extent())
    extent.scale(1.05)
    height = max(1, int(width * extent.height() / max(extent.width(), 1e-9)))
    settings = QgsMapSettings()
    settings.setLayers(list(layers))
    settings.setDestinationCrs(layers[-1].crs())
    settings.setExtent(extent)
    settings.setOutputSize(QSize(width, height))
    settings.setBackgroundColor(QColor(background))
    settings.setFlag(QgsMapSettings.Antialiasing, True)
    image = QImage(QSize(width, height), QImage.Format_ARGB32_Premultiplied)
    image.fill(QColor(background))
    painter = QPainter(image)
    job = QgsMapRendererCustomPainterJob(settings, painter)
    job.start()
    job.waitForFinished()
    painter.end()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(path), "PNG"):
        raise OSError(f"Could not write {path}")
    return path
