"""Common base of the plugin's Processing algorithms."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
)
from qgis.PyQt.QtGui import QIcon

from ..core.errors import SegregationError
from ..i18n import tr
from ..paths import HELP_DIR, PLUGIN_ICON


def translate_notes(notes, separator: str = "; "):
    """Translate core notes (fixed texts joined by ``separator``) per row; '' becomes None."""
    return notes.map(
        lambda n: separator.join(tr(p) for p in str(n).split(separator)) if n else None
    )


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

    # -- declaring parameters (short forms of the common cases) -----------------------------

    def add_source(self, name: str, label: str, optional: bool = False, types=None) -> None:
        """A vector layer or table input."""
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                name, label, types or [QgsProcessing.TypeVector], optional=optional
            )
        )

    def add_field(
        self,
        name: str,
        label: str,
        parent: str = "INPUT",
        *,
        numeric: bool = True,
        optional: bool = False,
        multiple: bool = False,
        default=None,
    ) -> None:
        """A field of ``parent``; numeric by default."""
        kind = QgsProcessingParameterField.Numeric if numeric else QgsProcessingParameterField.Any
        self.addParameter(
            QgsProcessingParameterField(
                name, label, default, parent, kind, allowMultiple=multiple, optional=optional
            )
        )

    def add_number(
        self,
        name: str,
        label: str,
        default=None,
        *,
        integer: bool = False,
        optional: bool = False,
        minimum=None,
        maximum=None,
    ) -> None:
        """A number; ``minimum``/``maximum`` bound it when given."""
        kind = (
            QgsProcessingParameterNumber.Integer if integer else QgsProcessingParameterNumber.Double
        )
        param = QgsProcessingParameterNumber(name, label, kind, default, optional)
        if minimum is not None:
            param.setMinimum(minimum)
        if maximum is not None:
            param.setMaximum(maximum)
        self.addParameter(param)

    def add_outputs(self, numbers=(), texts=()) -> None:
        """Declare number and text outputs from (name, label) pairs."""
        for name, label in numbers:
            self.addOutput(QgsProcessingOutputNumber(name, label))
        for name, label in texts:
            self.addOutput(QgsProcessingOutputString(name, label))

    def add_table_output(self, name: str, label: str) -> None:
        """A table (no geometry) output."""
        self.addParameter(QgsProcessingParameterFeatureSink(name, label, QgsProcessing.TypeVector))

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
