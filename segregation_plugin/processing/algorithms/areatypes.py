"""segregation:areatypes: socioeconomic index and area types (områdestyper) per area."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterString,
)

from ...adapter.layers import numeric_column, output_fields, read_table, write_with_new_columns
from ...adapter.styling import apply_area_type_style, area_type_label
from ...core import areatypes as at
from ...core.errors import N_, SegregationError
from ...i18n import tr
from ..base import SegregationAlgorithm
from ..postprocess import style_on_load

#: Field names SCB and municipalities commonly use for codes (for the DeSO/RegSO check).
CODE_FIELD_HINTS = ("desokod", "deso", "regsokod", "regso", "deso_2018", "regsokod_2020", "kod")

OUTPUT_COLUMNS = [
    ("sei_index", "double"),
    ("sei_z", "double"),
    ("area_type", "int"),
    ("area_type_label", "string"),
    ("area_type_note", "string"),
    ("sei_method", "string"),
]


def parse_list(text: str, kind, count: int, what: str) -> tuple:
    """'1, 1, -1' into a tuple of ``count`` values; empty means the default (all ones)."""
    text = (text or "").strip()
    if not text:
        return tuple(kind(1) for _ in range(count))
    try:
        values = tuple(kind(v.strip().replace(",", ".")) for v in text.replace(";", " ").split())
    except ValueError as err:
        raise SegregationError(N_("Cannot read {what}: '{text}'."), what=what, text=text) from err
    if len(values) != count:
        raise SegregationError(
            N_("Give {count} {what} separated by spaces or semicolons; got '{text}'."),
            count=count,
            what=what,
            text=text,
        )
    return values


class AreaTypesAlgorithm(SegregationAlgorithm):
    """Index = (V1 + V2 + V3) / 3 and area types 1-5 by SDs from the reference mean."""

    ALG_ID = "areatypes"
    DISPLAY_NAME = "Socioeconomic index and area types"
    GROUP_ID = "classification"
    GROUP_NAME = "Area types"
    HELP = (
        "Computes SCB's and Delmos' socioeconomic index per area and cuts it into the five "
        "area types (områdestyper).\n\n"
        "Index = (V1 + V2 + V3) / 3, where V1 is the share (%) with low economic standard, "
        "V2 the share aged 20-64 with at most förgymnasial education and V3 the share aged "
        "20-64 with long-term social assistance and/or unemployment. Type 1: index >= mean + 2 "
        "SD; type 2: >= mean + SD; type 3: >= mean; type 4: >= mean - SD; type 5: below. "
        "Types 1-2 are 'areas with socioeconomic challenges'.\n\n"
        "Reference: the official types use all 3 363 RegSO of Sweden. Classifying one "
        "municipality against its own mean gives local types, and the log says so; give the "
        "national mean and SD (or a national layer) to classify against Sweden.\n\n"
        "Defaults: unweighted mean and sample SD (ddof=1) over areas. Instead of V1-V3 you can "
        "give your own indicator fields with directions, weights and z-score standardisation, "
        "or an existing index field.\n\n"
        "Missing values (NULL, '..') leave an area unclassified with a note. "
        "Source: SCB, Statistikdatabasen, 'Socioekonomiskt index och områdestyp', footnotes."
    )

    REFERENCES = (
        N_("The input layer"),
        N_("Given mean and standard deviation"),
        N_("Another layer (e.g. all of Sweden)"),
    )
    DDOFS = (N_("Sample SD (ddof=1)"), N_("Population SD (ddof=0)"))
    LEVELS = (N_("Detect from codes"), N_("RegSO"), N_("DeSO"), N_("Other areas"))

    def initAlgorithm(self, config=None) -> None:
        self.add_source("INPUT", tr("Areas (polygon layer or table)"))
        self.add_field("V1_FIELD", tr("V1: share with low economic standard (%)"), optional=True)
        self.add_field(
            "V2_FIELD", tr("V2: share aged 20-64 with förgymnasial education (%)"), optional=True
        )
        self.add_field(
            "V3_FIELD",
            tr("V3: share aged 20-64 with long-term social assistance/unemployment (%)"),
            optional=True,
        )
        self.add_field("INDEX_FIELD", tr("Existing index field (instead of V1-V3)"), optional=True)
        self.addParameter(
            QgsProcessingParameterEnum(
                "REFERENCE",
                tr("Reference for mean and SD"),
                [tr(r) for r in self.REFERENCES],
                defaultValue=0,
            )
        )
        self.add_number("REF_MEAN", tr("Given reference mean"), optional=True)
        self.add_number("REF_STD", tr("Given reference standard deviation"), optional=True)
        self.add_source("REF_LAYER", tr("Reference layer (same field names)"), optional=True)
        self.add_field(
            "WEIGHT_FIELD", tr("Population field for a weighted mean and SD"), optional=True
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "DDOF", tr("Standard deviation"), [tr(d) for d in self.DDOFS], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "FRACTIONS", tr("Indicators are fractions (0-1): multiply by 100"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                "UNIT_LEVEL", tr("Area level"), [tr(v) for v in self.LEVELS], defaultValue=0
            )
        )
        self.add_field(
            "INDICATOR_FIELDS",
            tr("Own indicator fields (instead of V1-V3)"),
            optional=True,
            multiple=True,
        )
        self.addParameter(
            QgsProcessingParameterString(
                "INDICATOR_DIRECTIONS",
                tr("Directions of own indicators: 1 = higher is worse, -1 = higher is better"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "INDICATOR_WEIGHTS", tr("Weights of own indicators"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "STANDARDIZE", tr("Standardise own indicators (z-scores)"), False
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Area types"), QgsProcessing.TypeVectorAnyGeometry
            )
        )
        self.addOutput(QgsProcessingOutputNumber("MEAN", tr("Reference mean")))
        self.addOutput(QgsProcessingOutputNumber("STD", tr("Reference standard deviation")))
        self.addOutput(QgsProcessingOutputNumber("N_REFERENCE", tr("Areas in the reference")))
        for t in range(1, 6):
            self.addOutput(
                QgsProcessingOutputNumber(f"COUNT_{t}", tr("Areas of type {t}").format(t=t))
            )
        self.addOutput(QgsProcessingOutputNumber("COUNT_NULL", tr("Areas not classified")))
        self.addOutput(QgsProcessingOutputString("METHOD", tr("Method")))
        self.addOutput(QgsProcessingOutputString("WARNING", tr("Warning")))

    # -- helpers ---------------------------------------------------------------------------

    def _spec_and_fields(self, parameters, context) -> tuple[at.IndexSpec, list[str], bool]:
        """The index spec, the fields to read, and whether the fields are an index."""
        own = self.parameterAsFields(parameters, "INDICATOR_FIELDS", context)
        if own:
            spec = at.IndexSpec(
                tuple(own),
                parse_list(
                    self.parameterAsString(parameters, "INDICATOR_DIRECTIONS", context),
                    int,
                    len(own),
                    N_("directions"),
                ),
                parse_list(
                    self.parameterAsString(parameters, "INDICATOR_WEIGHTS", context),
                    float,
                    len(own),
                    N_("weights"),
                ),
                self.parameterAsBool(parameters, "STANDARDIZE", context),
                N_("Own index"),
            )
            return spec, list(own), False
        index_field = self.parameterAsString(parameters, "INDEX_FIELD", context)
        if index_field:
            return (
                at.IndexSpec((index_field,), (1,), (1.0,), False, N_("Existing index")),
                [index_field],
                True,
            )
        fields = [self.parameterAsString(parameters, f"V{i}_FIELD", context) for i in (1, 2, 3)]
        if not all(fields):
            raise QgsProcessingException(
                tr("Choose the three indicator fields V1, V2 and V3, or an index field.")
            )
        return at.OFFICIAL_SPEC, fields, False

    def _read(self, source, fields, weight_field, official, convert, feedback):
        """Indicator matrix, weights, feature names and the layer's code values."""
        code_fields = [f.name() for f in source.fields() if f.name().lower() in CODE_FIELD_HINTS]
        table = read_table(source, fields + [weight_field] + code_fields[:1], feedback=feedback)
        name = source.sourceName()
        x = np.column_stack([numeric_column(table, f, name) for f in fields])
        weights = numeric_column(table, weight_field, name) if weight_field else None
        codes = table[code_fields[0]].tolist() if code_fields else []
        ids = [
            f"{c} (fid {fid})" if c else f"fid {fid}"
            for c, fid in zip(codes or [None] * len(table), table["fid"])
        ]
        if official:
            x = at.check_percentages(x, fields, ids, convert_fractions=convert)
        return x, weights, codes

    # -- run -------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        source = self.source(parameters, "INPUT", context)
        spec, fields, is_index = self._spec_and_fields(parameters, context)
        official = spec is at.OFFICIAL_SPEC
        weight_field = self.parameterAsString(parameters, "WEIGHT_FIELD", context)
        convert = self.parameterAsBool(parameters, "FRACTIONS", context)
        ddof = 1 if self.parameterAsEnum(parameters, "DDOF", context) == 0 else 0
        x, weights, codes = self._read(source, fields, weight_field, official, convert, feedback)
        level = ("auto", "regso", "deso", "other")[
            self.parameterAsEnum(parameters, "UNIT_LEVEL", context)
        ]
        if level == "auto":
            level = at.detect_level(codes)
        index_arg = x[:, 0] if is_index else None

        choice = self.parameterAsEnum(parameters, "REFERENCE", context)
        warning = ""
        if choice == 1:
            mean = parameters.get("REF_MEAN")
            std = parameters.get("REF_STD")
            if mean is None or std is None:
                raise QgsProcessingException(tr("Give both the reference mean and SD."))
            reference = at.given_reference(
                self.parameterAsDouble(parameters, "REF_MEAN", context),
                self.parameterAsDouble(parameters, "REF_STD", context),
            )
        elif choice == 2:
            ref_source = self.parameterAsSource(parameters, "REF_LAYER", context)
            if ref_source is None:
                raise QgsProcessingException(tr("Choose the reference layer."))
            rx, rw, _ = self._read(ref_source, fields, weight_field, official, convert, feedback)
            reference = at.reference_from_data(
                None if is_index else rx,
                rx[:, 0] if is_index else None,
                spec,
                rw,
                ddof,
                "layer",
            )
        else:
            reference = at.reference_from_data(
                None if is_index else x, index_arg, spec, weights, ddof, "input"
            )
            warning = at.coverage_warning(reference.n, level, tr)

        result = at.classify_areas(
            None if is_index else x,
            reference,
            index=index_arg,
            spec=spec,
            names=spec.names if official else fields,
            translate=tr,
        )
        method = at.method_text(reference, spec, level, tr)
        if warning:  # a local reference is stated in every output row, not only the log
            method = f"{method}. {warning}"
        label_of = np.array([None] + [area_type_label(t) for t in range(1, 6)], dtype=object)
        labels = label_of[result.area_type]
        notes = np.where(result.note == "", None, result.note)
        fields_out = output_fields(source.fields(), OUTPUT_COLUMNS)
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields_out, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        write_with_new_columns(
            source,
            sink,
            fields_out,
            {
                "sei_index": result.index,
                "sei_z": result.z,
                "area_type": np.where(result.area_type > 0, result.area_type, None),
                "area_type_label": labels,
                "area_type_note": notes,
                "sei_method": [method] * len(labels),
            },
            feedback=feedback,
        )
        style_on_load(context, dest_id, apply_area_type_style)

        counts = result.counts()
        feedback.pushInfo(method)
        feedback.pushInfo(
            tr("Mean {mean:.4f}, SD {std:.4f}, n = {n}").format(
                mean=reference.mean, std=reference.std, n=reference.n
            )
        )
        for t in range(1, 6):
            feedback.pushInfo(f"{area_type_label(t)}: {counts[t]}")
        if counts[0]:
            feedback.reportError(
                tr("{count} area(s) not classified (missing values; see area_type_note).").format(
                    count=counts[0]
                )
            )
        if warning:
            feedback.reportError(warning)
        results = {
            "OUTPUT": dest_id,
            "MEAN": reference.mean,
            "STD": reference.std,
            "N_REFERENCE": reference.n,
            "COUNT_NULL": counts[0],
            "METHOD": method,
            "WARNING": warning,
        }
        results.update({f"COUNT_{t}": counts[t] for t in range(1, 6)})
        return results
