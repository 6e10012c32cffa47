"""segregation:importstatistics: an SCB Statistikdatabasen export as one long table."""

from __future__ import annotations

from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFile,
    QgsWkbTypes,
)

from ...adapter.layers import read_table, write_table
from ...compat import make_field
from ...core.errors import N_
from ...core.statimport import OUTPUT_COLUMNS, read_crosswalk, read_statistics
from ...i18n import tr
from ..base import SegregationAlgorithm

#: Fields of the output table (the core's long format), in order.
TABLE_FIELDS = (
    ("label", "string"),
    ("code", "string"),
    ("kommunnamn", "string"),
    ("area_name", "string"),
    ("variable", "string"),
    ("year", "int"),
    ("value", "double"),
    ("flag", "string"),
)
assert tuple(name for name, _ in TABLE_FIELDS) == OUTPUT_COLUMNS

#: At most this many unmatched labels are listed in the log (all are in the result).
LOG_LIMIT = 50

FILE_FILTER = "Statistics tables (*.csv *.CSV *.txt *.TXT *.xlsx *.XLSX);;All files (*.*)"
CROSSWALK_FILTER = "CSV (*.csv *.CSV *.txt *.TXT);;All files (*.*)"

_SEPARATOR_NAMES = {",": N_("comma"), ";": N_("semicolon"), "\t": N_("tab"), "": N_("none")}
_LAYOUT_NAMES = {"wide": N_("wide (one column per year)"), "long": N_("long (a year column)")}


def table_fields() -> QgsFields:
    """The fields of the long output table."""
    fields = QgsFields()
    for name, kind in TABLE_FIELDS:
        fields.append(make_field(name, kind))
    return fields


def crosswalk_from_source(source):
    """A crosswalk (see ``read_crosswalk``) from a layer or table with SCB's columns."""
    names = [f.name() for f in source.fields()]
    table = read_table(source, names).drop(columns="fid")
    return read_crosswalk(table)


class ImportStatisticsAlgorithm(SegregationAlgorithm):
    """Reads a Statistikdatabasen CSV/XLSX export into a long table (core.statimport)."""

    ALG_ID = "importstatistics"
    DISPLAY_NAME = N_("Import SCB statistics (Statistikdatabasen)")
    GROUP_ID = "data"
    GROUP_NAME = N_("Data")
    HELP = N_(
        "Reads a table exported from SCB's Statistikdatabasen (statistikdatabasen.scb.se, "
        "'Spara som' CSV or XLSX) into one long table with one row per region, variable and "
        "year: label, code, kommunnamn, area_name, variable, year, value, flag.\n\n"
        "The file is read as SCB writes it: UTF-8 (with or without BOM) or Windows-1252, "
        "comma, semicolon or tab separated, decimal point or decimal comma, a title line above "
        "the header, one column per year (wide) or a year column (long), and SCB's notes "
        "('Källa:', 'Fotnot:') after the table, which are kept as FOOTNOTES.\n\n"
        "Missing values keep SCB's symbols (Teckenförklaring): '..' not available or too "
        "uncertain, '.' cannot occur, ':' too uncertain. They become NULL in value, never "
        "zero, with the symbol in flag.\n\n"
        "Regions written as '0114C1010', '0114R001 Bollstanäs' or '1280 Malmö' get their code "
        "from the label. Regions written without code, as 'Kommunnamn (RegSO-namn)' in SCB's "
        "area-type table, get their RegSO code from SCB's crosswalk 'Koppling DeSO 2018 - "
        "RegSO 2020' (scb.se, Regionala statistikområden): give it as a file or as a table "
        "layer. Labels that still have no code are listed in UNMATCHED_LABELS; join them by "
        "names in 'Join statistics to areas' or check the spelling.\n\n"
        "A file that is not such a table stops the algorithm with a message naming the file "
        "and the line."
    )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFile(
                "INPUT",
                tr("Statistics file (CSV, TXT or XLSX from Statistikdatabasen)"),
                QgsProcessingParameterFile.File,
                fileFilter=FILE_FILTER,
            )
        )
        self.addParameter(
            QgsProcessingParameterFile(
                "CROSSWALK",
                tr("Crosswalk DeSO - RegSO (SCB's CSV file, optional)"),
                QgsProcessingParameterFile.File,
                fileFilter=CROSSWALK_FILTER,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "CROSSWALK_LAYER",
                tr("Crosswalk DeSO - RegSO as a table layer (instead of the file, optional)"),
                [QgsProcessing.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", tr("Statistics (long table)"), QgsProcessing.TypeVector
            )
        )
        self.add_outputs(
            numbers=(
                ("ROWS", tr("Rows read")),
                ("REGIONS", tr("Regions")),
                ("SUPPRESSED", tr("Suppressed or missing values")),
                ("UNMATCHED", tr("Region labels without code")),
            )
        )
        self.add_outputs(
            texts=(
                ("YEARS", tr("Years")),
                ("UNMATCHED_LABELS", tr("Region labels without code (list)")),
                ("FOOTNOTES", tr("Footnotes")),
                ("ENCODING", tr("Encoding")),
                ("SEPARATOR", tr("Separator")),
                ("DECIMAL", tr("Decimal mark")),
                ("LAYOUT", tr("Layout")),
                ("WARNINGS", tr("Warnings")),
            )
        )

    def _crosswalk(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "CROSSWALK", context)
        if path:
            return read_crosswalk(path)
        if parameters.get("CROSSWALK_LAYER") in (None, ""):
            return None
        source = self.parameterAsSource(parameters, "CROSSWALK_LAYER", context)
        if source is None:
            return None
        feedback.pushInfo(tr("Crosswalk from the layer {layer}.").format(layer=source.sourceName()))
        return crosswalk_from_source(source)

    def compute(self, parameters, context, feedback):
        path = self.parameterAsFile(parameters, "INPUT", context)
        if not path:
            raise QgsProcessingException(tr("Choose the statistics file."))
        crosswalk = self._crosswalk(parameters, context, feedback)
        feedback.setProgress(5)
        table, report = read_statistics(path, crosswalk)
        feedback.setProgress(60)

        fields = table_fields()
        sink, dest_id = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.NoGeometry
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        write_table(sink, fields, table)
        feedback.setProgress(95)

        years = ", ".join(str(y) for y in report.years)
        unmatched = list(report.unmatched_labels)
        separator = tr(_SEPARATOR_NAMES.get(report.separator, report.separator))
        if report.title:
            feedback.pushInfo(tr("Title: {title}").format(title=report.title))
        feedback.pushInfo(
            tr(
                "Read {rows} row(s) for {regions} region(s), year(s) {years}: {values} value(s) "
                "in the long table, {suppressed} suppressed or missing (NULL, symbol in flag)."
            ).format(
                rows=report.rows_read,
                regions=report.regions,
                years=years,
                values=len(table),
                suppressed=report.suppressed,
            )
        )
        feedback.pushInfo(
            tr(
                "Encoding {encoding}, separator {separator}, decimal mark '{decimal}', "
                "layout {layout}, header on line {line}."
            ).format(
                encoding=report.encoding,
                separator=separator,
                decimal=report.decimal,
                layout=tr(_LAYOUT_NAMES.get(report.layout, report.layout)),
                line=report.header_line,
            )
        )
        if unmatched:
            shown = "; ".join(unmatched[:LOG_LIMIT])
            more = len(unmatched) - LOG_LIMIT
            if more > 0:
                shown += " " + tr("(+{n} more)").format(n=more)
            feedback.pushWarning(
                tr("{count} region label(s) without code: {labels}").format(
                    count=len(unmatched), labels=shown
                )
            )
        for warning in report.warnings:
            feedback.pushWarning(warning)
        if report.footnotes:
            feedback.pushInfo(tr("Footnotes:") + "\n" + report.footnotes)
        return {
            "OUTPUT": dest_id,
            "ROWS": report.rows_read,
            "REGIONS": report.regions,
            "YEARS": years,
            "SUPPRESSED": report.suppressed,
            "UNMATCHED": len(unmatched),
            "UNMATCHED_LABELS": "; ".join(unmatched),
            "FOOTNOTES": report.footnotes,
            "ENCODING": report.encoding,
            "SEPARATOR": report.separator,
            "DECIMAL": report.decimal,
            "LAYOUT": report.layout,
            "WARNINGS": "\n".join(report.warnings),
        }
