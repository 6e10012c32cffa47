"""Styling outputs when Processing loads them (a layer post-processor, as QuickOSM does)."""

from __future__ import annotations

from typing import Callable

from qgis.core import QgsProcessingContext, QgsProcessingLayerPostProcessorInterface

# Post-processors must outlive the algorithm run: Processing keeps only a raw pointer.
_alive: list[QgsProcessingLayerPostProcessorInterface] = []


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Calls ``style(layer)`` on an output layer after Processing loads it."""

    def __init__(self, style: Callable) -> None:
        super().__init__()
        self._style = style

    def postProcessLayer(self, layer, context, feedback) -> None:  # noqa: N802 - Qt API
        if layer is not None and layer.isValid():
            self._style(layer)


def style_on_load(context: QgsProcessingContext, layer_id: str, style: Callable) -> None:
    """Style the output ``layer_id`` with ``style(layer)`` when it is loaded into the project."""
    if not context.willLoadLayerOnCompletion(layer_id):
        return
    processor = StylePostProcessor(style)
    _alive.append(processor)
    context.layerToLoadOnCompletionDetails(layer_id).setPostProcessor(processor)
