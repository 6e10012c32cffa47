"""segregation:indexchange: did a region's index change between year A and year B?"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
)

from ...adapter.layers import numeric_column, read_table
from ...core import indices as ix
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
from .indices import group_positions


class IndexChangeAlgorithm(SegregationAlgorithm):
    """Seeded two-sample test of D, H and the ojämlikhetsindex between two years."""

    ALG_ID = "indexchange"
    DISPLAY_NAME = "Change of indices between two years (test)"
    GROUP_ID = "indices"
    GROUP_NAME = "Indices"
    HELP = (
        "Tests whether a region's dissimilarity D, information theory H and ojämlikhetsindex "
        "changed between year A and year B by more than random variation. Within each region "
        "the units of both years are pooled and their year labels shuffled (random labelling, "
        "as PySAL segregation's TwoValueTest; Rey & Sastré-Gutiérrez 2010); the p-value is "
        "two-sided. The units may differ between years (e.g. DeSO 2018 and DeSO 2025).\n\n"
        "Year B's group fields are taken from the same layer (e.g. q1_2022..q5_2022 and "
        "q1_2023..q5_2023) or from a second layer INPUT_B with the same region fields. "
        "FOCUS_GROUP and COMPARE_GROUP are given among year A's fields; year B uses the same "
        "positions."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_source("INPUT", tr("Units, year A"))
        self.add_field("GROUP_FIELDS", tr("Group count fields, year A"), multiple=True)
        self.add_source("INPUT_B", tr("Units, year B (default: the same layer)"), optional=True)
        self.add_field(
            "GROUP_FIELDS_B", tr("Group count fields, year B (same order)"), multiple=True
        )
        self.add_field(
            "FOCUS_GROUP", tr("Focus (low-income) group among year A's fields"), optional=True
        )
        self.add_field(
            "COMPARE_GROUP", tr("Compare (high-income) group among year A's fields"), optional=True
        )
        add_region_parameters(self, with_layer_output=False)
        self.add_number("PERMUTATIONS", tr("Permutations"), 999, integer=True, minimum=19)
        self.add_number("SEED", tr("Random seed"), 2018, integer=True)
        self.add_table_output("OUTPUT", tr("Change per region"))
        self.addOutput(QgsProcessingOutputNumber("REGIONS", tr("Regions")))

    def _read(self, source, groups, rfields, feedback):
        table = read_table(source, groups + list(rfields[:3]), feedback=feedback)
        name = source.sourceName()
        counts = np.column_stack([numeric_column(table, g, name) for g in groups])
        return counts, regions_from_table(table, rfields)

    def compute(self, parameters, context, feedback):
        source_a = self.source(parameters, "INPUT", context)
        source_b = self.parameterAsSource(parameters, "INPUT_B", context) or source_a
        groups_a, focus, compare = group_positions(self, parameters, context)
        groups_b = self.parameterAsFields(parameters, "GROUP_FIELDS_B", context)
        if len(groups_b) != len(groups_a):
            raise QgsProcessingException(
                tr("Give as many group fields for year B as for year A ({n}).").format(
                    n=len(groups_a)
                )
            )
        rfields = region_fields(self, parameters, context, source_a)
        counts_a, regions_a = self._read(source_a, groups_a, rfields, feedback)
        counts_b, regions_b = self._read(source_b, groups_b, rfields, feedback)
        n_iter = self.parameterAsInt(parameters, "PERMUTATIONS", context)
        feedback.pushInfo(tr("Permutation test with {n} draws…").format(n=n_iter))
        rows = ix.change_test(
            counts_a,
            counts_b,
            regions_a.keys,
            regions_b.keys,
            focus=focus,
            compare=compare,
            n_iter=n_iter,
            seed=self.parameterAsInt(parameters, "SEED", context),
        )
        regions_a.names.update(
            {k: v for k, v in regions_b.names.items() if k not in regions_a.names}
        )
        rows = finish_rows(rows, regions_a)
        rows["note"] = translate_notes(rows["note"], ix.NOTE_SEPARATOR)
        rows["unit_level"] = level_text(regions_a)
        rows["parameters"] = tr("year A {a}; year B {b}; {n} permutations").format(
            a=", ".join(groups_a), b=", ".join(groups_b), n=n_iter
        )
        return write_region_outputs(self, parameters, context, source_a, regions_a, rows, feedback)
