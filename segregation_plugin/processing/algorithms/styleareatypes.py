"""segregation:styleareatypes: the plugin's area-type style on any layer with an area-type field."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingUtils,
)

from ...adapter.layers import read_table, write_with_new_columns
from ...adapter.styling import apply_area_type_labels, apply_area_type_style_any, area_type_number
from ...i18n import tr
from ..base import SegregationAlgorithm
from ..postprocess import style_on_load

#: Field names that hold an area type, in order of preference (compared in lower case).
AREA_TYPE_FIELD_HINTS = ("area_type", "omradestyp", "områdestyp", "omrtyp", "areatype")


def detect_area_type_field(fields) -> str:
    """The area-type field of ``fields`` by name (area_type, omradestyp, områdestyp, ...)."""
    names = {f.name().lower(): f.name() for f in fields}
    for hint in AREA_TYPE_FIELD_HINTS:
        if hint in names:
            return names[hint]
    for lowered, name in names.items():
        if any(h in lowered for h in AREA_TYPE_FIELD_HINTS[:3]):
            return name
    return ""


def make_styler(field: str, outline_only: bool, label_field: str):
    """A function that styles a layer by area type (and labels it) with these settings."""

    def style(layer) -> None:
        apply_area_type_style_any(layer, field, outline_only)
        if label_field:
            apply_area_type_labels(layer, label_field)

    return style


class StyleAreaTypesAlgorithm(SegregationAlgorithm):
    """A styled copy of a layer (and, on request, the style on the layer itself)."""

    ALG_ID = "styleareatypes"
    DISPLAY_NAME = "Style a layer by area type"
    GROUP_ID = "classification"
    GROUP_NAME = "Area types"
    HELP = (
        "Draws any polygon layer with an area-type field in the plugin's area-type colours: "
        "for example SCB's official area types imported from Statistikdatabasen. Values may "
        "be numbers or text: '1'..'5', '1.0', 'Områdestyp 1' or SCB's labels such as "
        "'Områden med stora socioekonomiska utmaningar'. Other values are drawn as not "
        "classified (and counted in the log).\n\n"
        "Colours run from dark red (1, major socioeconomic challenges) to dark teal (5, very "
        "good conditions); types 1 and 2 are also hatched so that they stay apart in "
        "greyscale print, and the colours stay apart for red-green and blue-yellow colour "
        "vision deficiency. 'Outline only' draws coloured borders instead of fills, to lay "
        "over other maps. With a label field the areas are labelled with their names at "
        "scales from 1:150 000 to 1:5 000.\n\n"
        "Processing does not change your layer: the output is a styled copy. Tick 'apply the "
        "style to the input layer itself' to restyle the input instead; that changes only "
        "its style, never its data."
    )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INPUT", tr("Areas with an area-type field"), [QgsProcessing.TypeVectorPolygon]
            )
        )
        self.add_field(
            "AREA_TYPE_FIELD",
            tr("Area type field (1-5 or SCB's labels; default: detected)"),
            numeric=False,
            optional=True,
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "OUTLINE_ONLY", tr("Outline only (coloured borders, no fill)"), False
            )
        )
        self.add_field(
            "LABEL_FIELD",
            tr("Label the areas with this field (optional)"),
            numeric=False,
            optional=True,
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
        for t in range(1, 6):
            self.addOutput(
                QgsProcessingOutputNumber(f"COUNT_{t}", tr("Areas of type {t}").format(t=t))
            )
        self.addOutput(QgsProcessingOutputNumber("COUNT_NULL", tr("Areas not classified")))

    def compute(self, parameters, context, feedback):
        self._restyle = None
        source = self.source(parameters, "INPUT", context)
        field = self.parameterAsString(parameters, "AREA_TYPE_FIELD", context)
        field = field or detect_area_type_field(source.fields())
        if not field or source.fields().lookupField(field) < 0:
            raise QgsProcessingException(
                tr(
                    "Choose the area type field: no field named like area_type or "
                    "omradestyp was found in {layer}."
                ).format(layer=source.sourceName())
            )
        label_field = self.parameterAsString(parameters, "LABEL_FIELD", context)
        outline = self.parameterAsBool(parameters, "OUTLINE_ONLY", context)
        table = read_table(source, [field], feedback=feedback)
        types = [area_type_number(v) for v in table[field]]
        counts = {t: types.count(t) for t in range(6)}
        unknown = sorted(
            {str(v) for v, t in zip(table[field], types) if t == 0 and v not in (None, "")}
        )
        feedback.pushInfo(tr("Area type field: {field}").format(field=field))
        for t in range(1, 6):
            feedback.pushInfo(tr("Areas of type {t}: {n}").format(t=t, n=counts[t]))
        if counts[0]:
            feedback.pushInfo(tr("Areas not classified: {n}").format(n=counts[0]))
        if unknown:
            feedback.reportError(
                tr("Values that are no area type (drawn as not classified): {values}").format(
                    values=", ".join(unknown[:10])
                )
            )
        styler = make_styler(field, outline, label_field)
        results = {f"COUNT_{t}": counts[t] for t in range(1, 6)}
        results["COUNT_NULL"] = counts[0]
        return self.deliver(parameters, context, source, styler, results, feedback)

    def deliver(self, parameters, context, source, styler, results, feedback) -> dict:
        """A styled copy in OUTPUT (when asked for) and, with MODIFY_INPUT, the input's style
        changed (only its style, never its data)."""
        if parameters.get("OUTPUT") not in (None, ""):
            sink, dest_id = self.parameterAsSink(
                parameters,
                "OUTPUT",
                context,
                source.fields(),
                source.wkbType(),
                source.sourceCrs(),
            )
            if sink is None:
                raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
            write_with_new_columns(source, sink, source.fields(), {}, feedback=feedback)
            style_on_load(context, dest_id, styler)
            results["OUTPUT"] = dest_id
        if self.parameterAsBool(parameters, "MODIFY_INPUT", context):
            layer = self.parameterAsVectorLayer(parameters, "INPUT", context)
            if layer is None:
                feedback.reportError(tr("The input is not a layer: its style was not changed."))
            else:
                # styled in postProcessAlgorithm, which runs in the main thread
                self._restyle = (layer.id(), layer, styler)
        return results

    def postProcessAlgorithm(self, context, feedback):
        restyle = getattr(self, "_restyle", None)
        if restyle:
            layer_id, layer, styler = restyle
            found = QgsProcessingUtils.mapLayerFromString(layer_id, context) or layer
            styler(found)
            feedback.pushInfo(tr("Styled the input layer {layer}.").format(layer=found.name()))
        return {}
