"""segregation:stylegraduated: an indicator or index in classes on a sequential colour ramp."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
)

from ...adapter.styling import apply_graduated_style
from ...core.errors import N_
from ...i18n import tr
from .styleareatypes import StyleAreaTypesAlgorithm

METHODS = ("jenks", "quantile", "pretty", "equal")
METHOD_LABELS = (
    N_("Natural breaks (Jenks)"),
    N_("Quantiles (equal count)"),
    N_("Round numbers"),
    N_("Equal intervals"),
)


class StyleGraduatedAlgorithm(StyleAreaTypesAlgorithm):
    """Graduated style of a numeric field (adapter.styling.graduated_renderer)."""

    ALG_ID = "stylegraduated"
    DISPLAY_NAME = "Style a layer by an indicator or index"
    GROUP_ID = "reports"
    GROUP_NAME = "Maps and reports"
    HELP = (
        "Draws a numeric field, e.g. a share in percent (V1-V3, the socioeconomic index) or "
        "an index per municipality, in classes on a sequential colour ramp that also reads "
        "in greyscale. Classes by natural breaks (Jenks), quantiles, round numbers or equal "
        "intervals; the legend shows the unit ('%' for shares: fields named andel_*, share_* "
        "or v1-v3, shares stored as 0-1 are shown in percent).\n\n"
        "Processing does not change your layer: the output is a styled copy. Tick 'apply the "
        "style to the input layer itself' to restyle the input instead (only its style)."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_source("INPUT", tr("Layer"), types=[QgsProcessing.TypeVectorPolygon])
        self.add_field("FIELD", tr("Field to show"))
        self.addParameter(
            QgsProcessingParameterEnum(
                "METHOD", tr("Classes"), [tr(m) for m in METHOD_LABELS], defaultValue=0
            )
        )
        self.add_number("CLASSES", tr("Number of classes"), 5, integer=True, minimum=2, maximum=9)
        self.addParameter(
            QgsProcessingParameterString(
                "UNIT", tr("Unit in the legend (default: '%' for shares)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "MODIFY_INPUT",
                tr("Apply the style to the input layer itself (changes only its style)"),
                False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT",
                tr("Styled copy"),
                QgsProcessing.TypeVectorPolygon,
                optional=True,
                createByDefault=True,
            )
        )

    def compute(self, parameters, context, feedback):
        self._restyle = None
        source = self.source(parameters, "INPUT", context)
        field = self.parameterAsString(parameters, "FIELD", context)
        if source.fields().lookupField(field) < 0:
            raise QgsProcessingException(tr("Choose a numeric field to show."))
        options = {
            "method": METHODS[self.parameterAsEnum(parameters, "METHOD", context)],
            "classes": self.parameterAsInt(parameters, "CLASSES", context),
        }
        unit = self.parameterAsString(parameters, "UNIT", context)
        if unit:
            options["unit"] = unit

        def styler(layer) -> None:
            apply_graduated_style(layer, field, **options)

        return self.deliver(parameters, context, source, styler, {}, feedback)
