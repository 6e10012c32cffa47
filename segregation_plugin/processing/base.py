"""Common base of the plugin's Processing algorithms."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..core.errors import SegregationError
from ..i18n import tr
from ..paths import HELP_DIR, PLUGIN_ICON


class SegregationAlgorithm(QgsProcessingAlgorithm):
    """Base class: ids, translated names, icon, help and bad-input handling.

    Subclasses set ``ALG_ID``, ``DISPLAY_NAME``, ``GROUP_ID``, ``GROUP_NAME`` and
    ``HELP`` (English source texts, translated with ``tr``).
    """

    ALG_ID = ""
    DISPLAY_NAME = ""
    GROUP_ID = "segregation"
    GROUP_NAME = "Segregation"
    HELP = ""

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):
        return type(self)()

    def name(self) -> str:
        return self.ALG_ID

    def displayName(self) -> str:
        return tr(self.DISPLAY_NAME)

    def group(self) -> str:
        return tr(self.GROUP_NAME)

    def groupId(self) -> str:
        return self.GROUP_ID

    def shortHelpString(self) -> str:
        return tr(self.HELP)

    def helpUrl(self) -> str:
        page = HELP_DIR / "index.html"
        return page.as_uri() + f"#{self.ALG_ID}" if page.exists() else ""

    def icon(self) -> QIcon:
        return QIcon(str(PLUGIN_ICON))

    def processAlgorithm(self, parameters, context, feedback):
        """Runs :meth:`compute`; a core bad-input error becomes a translated Processing error."""
        try:
            return self.compute(parameters, context, feedback)
        except SegregationError as error:
            raise self.bad_input(error) from error

    def compute(self, parameters, context, feedback) -> dict:
        """The algorithm's work; subclasses implement it."""
        raise NotImplementedError

    @staticmethod
    def bad_input(error: SegregationError) -> QgsProcessingException:
        """A core bad-input error as a translated Processing error (no traceback)."""
        return QgsProcessingException(error.translated(tr))

    def source(self, parameters, name: str, context):
        """The feature source of parameter ``name``, or a clear error."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            raise QgsProcessingException(
                tr("The layer of parameter {name} could not be read.").format(name=name)
            )
        return source
