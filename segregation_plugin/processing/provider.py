"""The plugin's Processing provider, id ``segregation``."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..paths import PLUGIN_ICON
from .algorithms import ALGORITHMS

PROVIDER_ID = "segregation"


class SegregationProvider(QgsProcessingProvider):
    """Registers every algorithm of the plugin."""

    def id(self) -> str:
        return PROVIDER_ID

    def name(self) -> str:
        return tr("Segregation")

    def longName(self) -> str:
        return tr("Segregation: socioeconomic area types and segregation indices")

    def icon(self) -> QIcon:
        return QIcon(str(PLUGIN_ICON))

    def loadAlgorithms(self) -> None:
        for algorithm in ALGORITHMS:
            self.addAlgorithm(algorithm())
