"""segregation:incomeinequality: Gini and Theil T of a value per unit, between/within regions."""

from __future__ import annotations

from ...adapter.layers import numeric_column, read_table
from ...core import inequality as iq
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


class IncomeInequalityAlgorithm(SegregationAlgorithm):
    """Gini per region and Theil T's decomposition (core.inequality)."""

    ALG_ID = "incomeinequality"
    DISPLAY_NAME = "Income inequality (Gini, Theil) per region"
    GROUP_ID = "indices"
    GROUP_NAME = "Indices"
    HELP = (
        "Inequality of a value per unit (e.g. median income per DeSO), optionally weighted by "
        "population: the Gini coefficient per region and overall, and Theil's T with its "
        "decomposition into a between-region part (how much of the inequality lies between "
        "municipalities or counties) and a within-region part (Shorrocks 1980; as PySAL "
        "inequality's Theil and TheilD). Units with a missing value are left out and counted."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_source("INPUT", tr("Units with a value"))
        self.add_field("VALUE_FIELD", tr("Value field (e.g. median income)"))
        self.add_field("WEIGHT_FIELD", tr("Weight field (e.g. population)"), optional=True)
        add_region_parameters(self)
        self.add_table_output("OUTPUT", tr("Inequality per region"))
        self.add_outputs(
            numbers=(
                ("GINI", tr("Gini, all units")),
                ("THEIL", tr("Theil T, all units")),
                ("THEIL_BETWEEN", tr("Theil T between regions")),
                ("THEIL_WITHIN", tr("Theil T within regions")),
                ("BETWEEN_SHARE", tr("Share of Theil T between regions")),
                ("REGIONS", tr("Regions")),
            )
        )

    def compute(self, parameters, context, feedback):
        source = self.source(parameters, "INPUT", context)
        value_field = self.parameterAsString(parameters, "VALUE_FIELD", context)
        weight_field = self.parameterAsString(parameters, "WEIGHT_FIELD", context)
        rfields = region_fields(self, parameters, context, source)
        table = read_table(
            source, [value_field, weight_field] + list(rfields[:3]), feedback=feedback
        )
        regions = regions_from_table(table, rfields)
        name = source.sourceName()
        values = numeric_column(table, value_field, name)
        weights = numeric_column(table, weight_field, name) if weight_field else None
        keep = values == values  # not NaN
        if weights is not None:
            keep &= weights == weights
        if not keep.all():
            feedback.reportError(
                tr("{n} unit(s) with a missing value or weight are left out.").format(
                    n=int((~keep).sum())
                )
            )
        v, w, keys = values[keep], None if weights is None else weights[keep], regions.keys[keep]
        decomposition = iq.theil_decomposition(v, keys, w)
        ginis = iq.gini_by_region(v, keys, w)
        rows = ginis.merge(
            decomposition["regions"][
                ["region", "income_share", "theil", "within_contribution", "between_contribution"]
            ],
            on="region",
            how="left",
        )
        rows = finish_rows(rows, regions)
        rows["note"] = translate_notes(rows["note"])
        rows["unit_level"] = level_text(regions)
        rows["parameters"] = tr("value {value}; weight {weight}").format(
            value=value_field, weight=weight_field or tr("none")
        )
        results = write_region_outputs(self, parameters, context, source, regions, rows, feedback)
        overall = iq.gini(v, w)
        total = decomposition["total"]
        results.update(
            GINI=overall,
            THEIL=total,
            THEIL_BETWEEN=decomposition["between"],
            THEIL_WITHIN=decomposition["within"],
            BETWEEN_SHARE=decomposition["between"] / total if total else None,
        )
        feedback.pushInfo(
            tr("Gini {gini:.4f}; Theil T {theil:.4f} = between {b:.4f} + within {w:.4f}").format(
                gini=overall, theil=total, b=decomposition["between"], w=decomposition["within"]
            )
        )
        return results
