"""segregation:regionflags: population per area type per region, and Delmos' flags."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
)

from ...adapter.layers import numeric_column, read_table
from ...core import composition as cp
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

RULES = ("and", "or")
RULE_LABELS = (N_("Both flags (AND)"), N_("Either flag (OR)"))


class RegionFlagsAlgorithm(SegregationAlgorithm):
    """Composition by area type per region, the ojämlikhetsindex, and flags (core.composition)."""

    ALG_ID = "regionflags"
    DISPLAY_NAME = "Area-type composition and flags per region"
    GROUP_ID = "indices"
    GROUP_NAME = "Indices"
    HELP = (
        "Per region (municipality, county, whole layer or a field): population and share of "
        "population in each area type (områdestyp 1-5 and not classified), the share in types "
        "1+2 (areas with socioeconomic challenges), the number of units per type and, with "
        "low- and high-income group fields, the ojämlikhetsindex.\n\n"
        "Flags, after Delmos' selection of municipalities with large challenges of "
        "socioeconomic segregation: ojämlikhetsindex >= mean + k1 x SD (k1 = 1.0) and share "
        "of population in types 1+2 >= mean + k2 x SD (k2 = 1.5), mean and SD over the "
        "regions in the run (unweighted by default). Each flag is its own field; the combined "
        "flag uses the AND or OR rule. Compare against the whole country by running it on "
        "all of Sweden's units."
    )

    def initAlgorithm(self, config=None) -> None:
        self.add_source("INPUT", tr("Units with population and area type"))
        self.add_field("POPULATION_FIELD", tr("Population field"))
        self.add_field(
            "AREA_TYPE_FIELD", tr("Area type field (1-5)"), numeric=False, default="area_type"
        )
        self.add_field(
            "LOW_FIELD",
            tr("Low-income group field (e.g. Q1) for the ojämlikhetsindex"),
            optional=True,
        )
        self.add_field("HIGH_FIELD", tr("High-income group field (e.g. Q5)"), optional=True)
        add_region_parameters(self)
        self.add_number("K_INEQUALITY", tr("Ojämlikhetsindex flag: mean + k x SD, k ="), 1.0)
        self.add_number("K_SHARE", tr("Share in types 1+2 flag: mean + k x SD, k ="), 1.5)
        self.addParameter(
            QgsProcessingParameterEnum(
                "RULE", tr("Combined flag"), [tr(r) for r in RULE_LABELS], defaultValue=0
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "WEIGHTED", tr("Weight mean and SD by region population"), False
            )
        )
        self.add_table_output("OUTPUT", tr("Composition and flags per region"))
        self.addOutput(QgsProcessingOutputNumber("REGIONS", tr("Regions")))
        self.addOutput(QgsProcessingOutputNumber("FLAGGED", tr("Regions flagged")))

    def compute(self, parameters, context, feedback):
        source = self.source(parameters, "INPUT", context)
        pop_field = self.parameterAsString(parameters, "POPULATION_FIELD", context)
        type_field = self.parameterAsString(parameters, "AREA_TYPE_FIELD", context)
        low = self.parameterAsString(parameters, "LOW_FIELD", context)
        high = self.parameterAsString(parameters, "HIGH_FIELD", context)
        rfields = region_fields(self, parameters, context, source)
        table = read_table(
            source, [pop_field, type_field, low, high] + list(rfields[:3]), feedback=feedback
        )
        regions = regions_from_table(table, rfields)
        name = source.sourceName()
        population = numeric_column(table, pop_field, name)
        rows = cp.composition(population, table[type_field].tolist(), regions.keys)
        if low and high:
            counts = np.column_stack(
                [numeric_column(table, low, name), numeric_column(table, high, name)]
            )
            ineq = ix.compute_indices(counts, regions.keys, indices=["ojamlikhetsindex"])
            rows = rows.merge(ineq[["region", "ojamlikhetsindex"]], on="region", how="left")
        else:
            rows["ojamlikhetsindex"] = np.nan
            feedback.pushInfo(tr("No low/high group fields: only the area-type flag is computed."))
        rule = RULES[self.parameterAsEnum(parameters, "RULE", context)]
        rows = cp.flags(
            rows,
            ineq_col="ojamlikhetsindex",
            share12_col="share_type_12",
            k_ineq=self.parameterAsDouble(parameters, "K_INEQUALITY", context),
            k_share=self.parameterAsDouble(parameters, "K_SHARE", context),
            weights="population" if self.parameterAsBool(parameters, "WEIGHTED", context) else None,
            rule=rule,
        )
        rows = finish_rows(rows, regions)
        rows["note"] = translate_notes(rows["note"])
        rows["flag_note"] = translate_notes(rows["flag_note"])
        rows["unit_level"] = level_text(regions)
        rows["parameters"] = tr(
            "area type field {field}; population {pop}; flags: mean + {k1} SD (ojämlikhetsindex),"
            " mean + {k2} SD (types 1+2); rule {rule}"
        ).format(
            field=type_field,
            pop=pop_field,
            k1=self.parameterAsDouble(parameters, "K_INEQUALITY", context),
            k2=self.parameterAsDouble(parameters, "K_SHARE", context),
            rule=rule.upper(),
        )
        for column in ("flag_ineq", "flag_share12", "flag_combined"):
            rows[column] = rows[column].astype(int)
        results = write_region_outputs(self, parameters, context, source, regions, rows, feedback)
        flagged = rows[rows["flag_combined"] == 1]
        results["FLAGGED"] = len(flagged)
        feedback.pushInfo(
            tr("Thresholds: ojämlikhetsindex {t1}, share in types 1+2 {t2}").format(
                t1=_fmt(rows["ineq_threshold"].iloc[0]), t2=_fmt(rows["share12_threshold"].iloc[0])
            )
        )
        for label in flagged["region_name"].fillna(flagged["region"]):
            feedback.pushInfo(tr("Flagged: {region}").format(region=label))
        return results


def _fmt(value) -> str:
    return "-" if value is None or value != value else f"{value:.4f}"
