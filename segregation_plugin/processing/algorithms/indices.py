"""segregation:indices: ojämlikhetsindex and the standard segregation indices per region."""

from __future__ import annotations

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFields,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterString,
)

from ...adapter.layers import numeric_column, read_table
from ...compat import make_field
from ...core import indices as ix
from ...core.errors import N_
from ...i18n import tr
from ..base import SegregationAlgorithm, translate_notes
from ..regions import (
    add_region_parameters,
    finish_rows,
    level_text,
    region_fields,
    regions_from_table,
    write_region_outputs,
)

INDEX_LABELS = {
    "ojamlikhetsindex": N_("Ojämlikhetsindex (Delmos), %"),
    "dissimilarity": N_("Dissimilarity D"),
    "gini": N_("Segregation Gini"),
    "information_theory": N_("Information theory H (Theil)"),
    "isolation": N_("Isolation xPx*"),
    "exposure": N_("Exposure xPy*"),
    "atkinson": N_("Atkinson"),
    "multigroup_dissimilarity": N_("Multigroup dissimilarity"),
    "multigroup_information_theory": N_("Multigroup information theory"),
    "multigroup_gini": N_("Multigroup Gini"),
    "relative_diversity": N_("Relative diversity"),
    "normalized_exposure": N_("Normalized exposure"),
}


def table_fields(index_names, p_names) -> QgsFields:
    """Fields of the per-region output table, in order."""
    fields = QgsFields()
    for name, kind in (
        ("region", "string"),
        ("region_name", "string"),
        ("n_units", "int"),
        ("n_units_empty", "int"),
        ("population", "double"),
    ):
        fields.append(make_field(name, kind))
    for name in list(index_names) + list(p_names):
        fields.append(make_field(name, "double"))
    for name in ("note", "groups", "unit_level", "year", "parameters"):
        fields.append(make_field(name, "string"))
    return fields


def group_positions(alg, parameters, context, groups_param="GROUP_FIELDS"):
    """The group fields and the positions of FOCUS_GROUP (default first) and COMPARE_GROUP
    (default last) among them."""
    groups = alg.parameterAsFields(parameters, groups_param, context)
    if len(groups) < 2:
        raise QgsProcessingException(tr("Choose at least two group fields."))
    lowered = [g.lower() for g in groups]

    def position(name: str, default: int) -> int:
        value = alg.parameterAsString(parameters, name, context)
        if not value:
            return default
        if value.lower() not in lowered:
            raise QgsProcessingException(
                tr("{parameter} must be one of the group fields: {fields}").format(
                    parameter=name, fields=", ".join(groups)
                )
            )
        return lowered.index(value.lower())

    return groups, position("FOCUS_GROUP", 0), position("COMPARE_GROUP", len(groups) - 1)


class IndicesAlgorithm(SegregationAlgorithm):
    """Every index for every region in one vectorized pass (core.indices)."""

    ALG_ID = "indices"
    DISPLAY_NAME = "Segregation indices per region"
    GROUP_ID = "indices"
    GROUP_NAME = "Indices"
    HELP = (
        "Computes segregation indices per region (municipality, county, the whole layer or a "
        "field) from counts of mutually exclusive groups per unit (DeSO, RegSO, grid cells, "
        "your own areas), e.g. persons per national income quintile Q1..Q5.\n\n"
        "Ojämlikhetsindex (Delmos): the percentage of the low-income group (COMPARE_GROUP "
        "is the high-income group) that would have to move to be spread like the high-income "
        "group, 100 x 1/2 sum |L_i/L - H_i/H|. Computed with your units and groups; Delmos' "
        "exact units and income concept are not public in detail. National figures for "
        "orientation: 27 % (1990), 41 % (2018).\n\n"
        "Single-group indices (focus group vs the rest of the total, or vs the compare group "
        "when 'two-group' is ticked): dissimilarity, Gini, information theory H, isolation, "
        "exposure, Atkinson (parameter b). Multigroup: dissimilarity (Reardon-Firebaugh), "
        "information theory, Gini, relative diversity, normalised exposure. Definitions as "
        "in PySAL segregation (Massey & Denton 1988; Reardon & Firebaugh 2002).\n\n"
        "Units with zero population are dropped (counted in n_units_empty). A region with "
        "fewer than 2 populated units, or a group with zero total, gets NULL with a note.\n\n"
        "PERMUTATIONS > 0 adds p-values (*_p) from a seeded random-labelling test for D, H "
        "and the ojämlikhetsindex."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_source("INPUT", tr("Units with group counts"))
        self.add_field("GROUP_FIELDS", tr("Group count fields (e.g. Q1..Q5)"), multiple=True)
        self.add_field(
            "TOTAL_FIELD", tr("Total population field (default: sum of groups)"), optional=True
        )
        self.add_field(
            "FOCUS_GROUP", tr("Focus group (low-income group; default the first)"), optional=True
        )
        self.add_field(
            "COMPARE_GROUP",
            tr("Compare group (high-income group; default the last)"),
            optional=True,
        )
        add_region_parameters(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                "INDICES",
                tr("Indices"),
                [tr(INDEX_LABELS[n]) for n in ix.INDEX_NAMES],
                allowMultiple=True,
                defaultValue=list(range(len(ix.INDEX_NAMES))),
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "TWO_GROUP", tr("Two-group form: focus vs compare group (not vs the rest)"), False
            )
        )
        self.add_number("ATKINSON_B", tr("Atkinson parameter b"), 0.5, minimum=0.0, maximum=1.0)
        self.add_number(
            "PERMUTATIONS", tr("Permutations for p-values (0 = off)"), 0, integer=True, minimum=0
        )
        self.add_number("SEED", tr("Random seed"), 2018, integer=True)
        self.addParameter(
            QgsProcessingParameterString(
                "YEAR", tr("Year of the data (for the output)"), optional=True
            )
        )
        self.add_table_output("OUTPUT", tr("Indices per region"))
        self.addOutput(QgsProcessingOutputNumber("REGIONS", tr("Regions")))

    def compute(self, parameters, context, feedback):
        source = self.source(parameters, "INPUT", context)
        groups, focus, compare = group_positions(self, parameters, context)
        total_field = self.parameterAsString(parameters, "TOTAL_FIELD", context)
        rfields = region_fields(self, parameters, context, source)
        table = read_table(source, groups + [total_field] + list(rfields[:3]), feedback=feedback)
        name = source.sourceName()
        counts = np.column_stack([numeric_column(table, g, name) for g in groups])
        total = numeric_column(table, total_field, name) if total_field else None
        regions = regions_from_table(table, rfields)
        chosen = [ix.INDEX_NAMES[i] for i in self.parameterAsEnums(parameters, "INDICES", context)]
        feedback.setProgress(30)
        result = ix.compute_indices(
            counts,
            regions.keys,
            focus=focus,
            compare=compare,
            total=total,
            two_group=self.parameterAsBool(parameters, "TWO_GROUP", context),
            indices=chosen or None,
            atkinson_b=self.parameterAsDouble(parameters, "ATKINSON_B", context),
        )
        index_names = [n for n in ix.INDEX_NAMES if n in result.columns]
        p_names: list[str] = []
        n_iter = self.parameterAsInt(parameters, "PERMUTATIONS", context)
        if n_iter > 0:
            feedback.pushInfo(tr("Permutation test with {n} draws…").format(n=n_iter))
            pvalues = ix.permutation_pvalues(
                counts,
                regions.keys,
                focus=focus,
                compare=compare,
                total=total,
                two_group=self.parameterAsBool(parameters, "TWO_GROUP", context),
                n_iter=n_iter,
                seed=self.parameterAsInt(parameters, "SEED", context),
            )
            p_names = [c for c in pvalues.columns if c.endswith("_p")]
            result = result.merge(pvalues[["region"] + p_names], on="region", how="left")
        feedback.setProgress(70)

        rows = self._rows(result, regions, groups, focus, compare, parameters, context)
        fields = table_fields(index_names, p_names)
        results = write_region_outputs(
            self,
            parameters,
            context,
            source,
            regions,
            rows[[f.name() for f in fields]],
            feedback,
            fields,
        )
        self._log(rows, index_names, feedback)
        return results

    def _rows(self, result, regions, groups, focus, compare, parameters, context):
        rows = finish_rows(result, regions)
        rows["note"] = translate_notes(rows["note"], ix.NOTE_SEPARATOR)
        two = self.parameterAsBool(parameters, "TWO_GROUP", context)
        rows["groups"] = tr("groups {groups}; focus {focus}; compare {compare}").format(
            groups=", ".join(groups), focus=groups[focus], compare=groups[compare]
        )
        rows["unit_level"] = level_text(regions)
        rows["year"] = self.parameterAsString(parameters, "YEAR", context) or None
        rows["parameters"] = tr(
            "single-group indices: {form}; Atkinson b = {b}; permutations {n}"
        ).format(
            form=tr("focus vs compare group") if two else tr("focus vs rest of total"),
            b=self.parameterAsDouble(parameters, "ATKINSON_B", context),
            n=self.parameterAsInt(parameters, "PERMUTATIONS", context),
        )
        return rows

    @staticmethod
    def _log(rows, index_names, feedback) -> None:
        for record in rows.itertuples(index=False):
            values = ", ".join(
                f"{n} {getattr(record, n):.4f}" for n in index_names if pd.notna(getattr(record, n))
            )
            label = record.region_name if isinstance(record.region_name, str) else record.region
            feedback.pushInfo(f"{label}: n = {record.n_units}; {values}")
            if isinstance(record.note, str) and record.note:
                feedback.reportError(f"{label}: {record.note}")
