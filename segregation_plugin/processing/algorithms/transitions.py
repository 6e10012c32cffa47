"""segregation:areatypetransitions: areas (and people) moving between area types, year A to B."""

from __future__ import annotations

import pandas as pd
from qgis.core import (
    QgsProcessingException,
    QgsWkbTypes,
)

from ...adapter.layers import frame_fields, numeric_column, read_table, write_table
from ...core import transitions as tn
from ...i18n import tr
from ..base import SegregationAlgorithm


class AreaTypeTransitionsAlgorithm(SegregationAlgorithm):
    """Count matrix of area types between two years (core.transitions)."""

    ALG_ID = "areatypetransitions"
    DISPLAY_NAME = "Area-type transitions between two years"
    GROUP_ID = "classification"
    GROUP_NAME = "Area types"
    HELP = (
        "How many areas, and how many people, moved from one area type to another between "
        "year A and year B: a count matrix with a row for each type in year A (0 = not "
        "classified) and a column for each type in year B, written as a table with one row "
        "per pair (from_type, to_type, areas, population, change: 1 better, 0 same, -1 worse)."
        "\n\nBoth years' types can be fields of one layer (e.g. after joining two years), or "
        "come from two layers matched by an area code field. Classify both years against "
        "comparable references, or the change reflects the reference as much as the areas."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_source("INPUT", tr("Areas, year A"))
        self.add_field("TYPE_FIELD_A", tr("Area type field, year A"), numeric=False)
        self.add_source("INPUT_B", tr("Areas, year B (default: the same layer)"), optional=True)
        self.add_field(
            "TYPE_FIELD_B",
            tr("Area type field, year B"),
            "INPUT_B",
            numeric=False,
            optional=True,
        )
        self.add_field(
            "CODE_FIELD",
            tr("Area code field to match the two layers"),
            numeric=False,
            optional=True,
        )
        self.add_field("POPULATION_FIELD", tr("Population field (year B)"), optional=True)
        self.add_table_output("OUTPUT", tr("Area-type transitions"))
        self.add_outputs(
            numbers=(
                ("SAME", tr("Areas with the same type")),
                ("BETTER", tr("Areas with a better type")),
                ("WORSE", tr("Areas with a worse type")),
                ("UNMATCHED", tr("Areas in only one of the years")),
            )
        )

    def compute(self, parameters, context, feedback):
        source_a = self.source(parameters, "INPUT", context)
        source_b = self.parameterAsSource(parameters, "INPUT_B", context)
        field_a = self.parameterAsString(parameters, "TYPE_FIELD_A", context)
        field_b = self.parameterAsString(parameters, "TYPE_FIELD_B", context) or field_a
        code = self.parameterAsString(parameters, "CODE_FIELD", context)
        pop_field = self.parameterAsString(parameters, "POPULATION_FIELD", context)
        unmatched = 0
        if source_b is None:
            table = read_table(source_a, [field_a, field_b, pop_field], feedback=feedback)
            types_a, types_b = table[field_a], table[field_b]
            population = (
                numeric_column(table, pop_field, source_a.sourceName()) if pop_field else None
            )
        else:
            if not code:
                raise QgsProcessingException(
                    tr("Choose the area code field that matches the two layers.")
                )
            a = read_table(source_a, [code, field_a], feedback=feedback)
            b = read_table(source_b, [code, field_b, pop_field], feedback=feedback)
            both = a.drop(columns="fid").merge(
                b.drop(columns="fid"),
                on=code,
                how="outer",
                suffixes=("_a", "_b"),
                indicator=True,
            )
            unmatched = int((both["_merge"] != "both").sum())
            if unmatched:
                feedback.reportError(
                    tr(
                        "{n} area(s) are in only one of the years; they count as not "
                        "classified in the other."
                    ).format(n=unmatched)
                )
            types_a = both[field_a if field_a != field_b else f"{field_a}_a"]
            types_b = both[field_b if field_a != field_b else f"{field_b}_b"]
            population = (
                numeric_column(both.assign(fid=-1), pop_field, source_b.sourceName())
                if pop_field
                else None
            )
        rows = tn.transition_table(types_a.tolist(), types_b.tolist(), population)
        fields = frame_fields(rows)
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        write_table(sink, fields, rows.astype(object).where(pd.notna(rows), None))
        moved = rows[rows["areas"] > 0]
        results = {
            "OUTPUT": dest_id,
            "SAME": int(moved.loc[moved["change"] == 0, "areas"].sum()),
            "BETTER": int(moved.loc[moved["change"] == 1, "areas"].sum()),
            "WORSE": int(moved.loc[moved["change"] == -1, "areas"].sum()),
            "UNMATCHED": unmatched,
        }
        feedback.pushInfo(
            tr("Same type: {same}; better: {better}; worse: {worse}").format(
                same=results["SAME"], better=results["BETTER"], worse=results["WORSE"]
            )
        )
        return results
