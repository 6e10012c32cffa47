"""segregation:report: a PDF and PNG report per municipality (or county) from a print layout."""

from __future__ import annotations

import datetime
import re
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterString,
    QgsProject,
    QgsRectangle,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsWkbTypes,
)

from ...adapter.layers import numeric_column, plain_value, read_table
from ...adapter.report import (
    Measure,
    RegionReport,
    ReportLayers,
    ReportSettings,
    build_layout,
    export_layout,
)
from ...adapter.styling import (
    apply_area_type_labels,
    apply_area_type_style_any,
    area_type_number,
    outline_renderer,
)
from ...compat import NO_THREADING_FLAG, make_field
from ...core import areatypes as at
from ...core import composition as cp
from ...core import indices as ix
from ...core import regions as rg
from ...core.errors import N_
from ...i18n import tr
from ..base import SegregationAlgorithm
from ..regions import add_region_parameters, level_text, region_fields, regions_from_table
from .indices import INDEX_LABELS

#: Indices computed on the fly from income group fields (first group low, last group high).
ON_THE_FLY_INDICES = (
    "ojamlikhetsindex",
    "dissimilarity",
    "information_theory",
    "isolation",
    "multigroup_information_theory",
)
NAME_HINTS = ("regsonamn", "desonamn", "omradesnamn", "områdesnamn", "namn", "name")
REGION_FIELD = "report_region"

#: Plain-language explanation of each measure (English source; Swedish via the .ts).
EXPLANATIONS = {
    "area_types": (
        N_("Area types (områdestyper)"),
        N_(
            "Each area gets a socioeconomic index: the mean of three shares, namely residents "
            "with low economic standard, residents aged 20-64 with at most compulsory "
            "(förgymnasial) education, and residents aged 20-64 with long-term social "
            "assistance or unemployment. Areas are sorted into five types by how many "
            "standard deviations their index lies above or below the reference mean. Types 1 "
            "and 2 are areas with socioeconomic challenges; type 5 areas have very good "
            "conditions. The type describes the area, not the people who live there."
        ),
    ),
    "share_type_12": (
        N_("Share in area types 1 and 2"),
        N_(
            "The share of the population that lives in areas with major or some "
            "socioeconomic challenges (types 1 and 2)."
        ),
    ),
    "ojamlikhetsindex": (
        N_("Ojämlikhetsindex (Delmos)"),
        N_(
            "How unevenly the low-income and the high-income residents are spread over the "
            "areas: the percentage of the low-income group (the lowest fifth of incomes in "
            "Sweden) that would have to move to another area for both groups to be spread in "
            "the same way. 0 % means the same spread; 100 % means they never live in the same "
            "area."
        ),
    ),
    "dissimilarity": (
        N_("Dissimilarity index D"),
        N_(
            "Between 0 and 1: the share of the focus group (e.g. low income) that would have "
            "to move for it to be spread over the areas like everyone else. 0 means an even "
            "spread."
        ),
    ),
    "gini": (
        N_("Segregation Gini"),
        N_(
            "Between 0 and 1: an evenness measure that compares every pair of areas; 0 means "
            "the focus group's share is the same in every area."
        ),
    ),
    "information_theory": (
        N_("Information theory index H"),
        N_(
            "Between 0 and 1: how much less mixed the areas are, on average, than the "
            "municipality as a whole. 0 means every area is as mixed as the whole."
        ),
    ),
    "isolation": (
        N_("Isolation index"),
        N_(
            "Between 0 and 1: the share of the focus group among the residents of the area "
            "where a typical member of the focus group lives. Compare it with the focus "
            "group's share of the whole population."
        ),
    ),
    "exposure": (
        N_("Exposure index"),
        N_(
            "Between 0 and 1: the share of other residents in the area where a typical member "
            "of the focus group lives; low values mean little everyday contact between groups."
        ),
    ),
    "atkinson": (
        N_("Atkinson index"),
        N_(
            "Between 0 and 1: unevenness of the focus group over the areas, with a parameter "
            "b that decides whether areas where the group is under- or over-represented "
            "count more."
        ),
    ),
    "multigroup_dissimilarity": (
        N_("Multigroup dissimilarity"),
        N_("Between 0 and 1: the dissimilarity index taken over all groups at once."),
    ),
    "multigroup_information_theory": (
        N_("Multigroup information theory index"),
        N_(
            "Between 0 and 1: how much less mixed the areas are than the whole, taking all "
            "groups (e.g. all five income fifths) into account at once."
        ),
    ),
    "multigroup_gini": (
        N_("Multigroup Gini"),
        N_("Between 0 and 1: the segregation Gini taken over all groups at once."),
    ),
    "relative_diversity": (
        N_("Relative diversity"),
        N_(
            "Between 0 and 1: how much less diverse the areas are than the municipality as a "
            "whole, over all groups."
        ),
    ),
    "normalized_exposure": (
        N_("Normalised exposure"),
        N_(
            "Between 0 and 1: how isolated the groups are from each other, averaged over the "
            "groups; 0 means every area has the same mix."
        ),
    ),
    "flags": (
        N_("Flag"),
        N_(
            "Delmos (now Boverket) screened municipalities for large challenges of "
            "socioeconomic segregation: a municipality is flagged when its ojämlikhetsindex "
            "is at least the mean plus one standard deviation and its share in area types 1 "
            "and 2 at least the mean plus 1.5 standard deviations, over the municipalities "
            "compared. A flag is a reason to look closer, not a verdict."
        ),
    ),
}


def slug(text: str) -> str:
    """File-name friendly ASCII: 'Åstad kommun' -> 'astad_kommun'."""
    ascii_text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", ascii_text.lower()).strip("_") or "region"


def settle_gpkg(path: Path, layer_names) -> None:
    """Open, read and close each new layer once before the report layers use the file.

    Right after QgsVectorFileWriter creates a GeoPackage, the first read of a layer opened
    several times at once (with different subset strings) fails with "unable to open
    database file" (GDAL completes the GeoPackage's bookkeeping on that first use). One
    short-lived read per layer avoids it.
    """
    for name in layer_names:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if layer.isValid():
            layer.featureCount()
            for _feature in layer.getFeatures():
                pass
        del layer


def _finite(value):
    """A number as float, or None when missing."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if np.isfinite(number) else None


def _flag(value):
    if value is None or (isinstance(value, float) and value != value):
        return None
    try:
        return bool(int(value))
    except (TypeError, ValueError):
        return None


class ReportAlgorithm(SegregationAlgorithm):
    """Per region: a two-page A4 layout exported to PDF and PNG, optionally kept in the project."""

    ALG_ID = "report"
    DISPLAY_NAME = "Report per municipality (PDF)"
    GROUP_ID = "reports"
    GROUP_NAME = "Maps and reports"
    HELP = (
        "Makes a two-page report per municipality (or county, or value of a region field) "
        "from the output of 'Socioeconomic index and area types': a map of the area types "
        "with legend, scale bar, north arrow and source line, a table of areas and "
        "population per area type, the segregation measures with Delmos' flags, a short "
        "plain-language explanation of each measure, the method choices and the date. "
        "Each report is written as a PDF and a PNG per page into the output folder.\n\n"
        "Measures: from an 'Area-type composition and flags per region' table and/or a "
        "'Segregation indices per region' table when given; otherwise computed here from "
        "income group fields (e.g. q1..q5: the first is the low-income group, the last the "
        "high-income group), with flags over the regions of the input layer.\n\n"
        "With 'add the layouts to the project' each report also becomes a print layout in "
        "the project (Project > Layouts) that you can edit and print again; its map layers "
        "are stored in a GeoPackage in the output folder and added to the project in a "
        "hidden group."
    )

    def flags(self):
        # adds layers and layouts to the project: must run in the main thread
        return super().flags() | NO_THREADING_FLAG

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "AREAS",
                tr("Areas with area types (output of the area types algorithm)"),
                [QgsProcessing.TypeVectorPolygon],
            )
        )
        self.add_field(
            "AREA_TYPE_FIELD",
            tr("Area type field (default: area_type)"),
            "AREAS",
            numeric=False,
            optional=True,
            default="area_type",
        )
        self.add_field("POPULATION_FIELD", tr("Population field"), "AREAS")
        self.add_field(
            "NAME_FIELD",
            tr("Area name field for map labels (default: detected)"),
            "AREAS",
            numeric=False,
            optional=True,
        )
        add_region_parameters(self, with_layer_output=False)
        for name in ("REGION_FIELD", "CODE_FIELD"):
            self.parameterDefinition(name).setParentLayerParameterName("AREAS")
        self.addParameter(
            QgsProcessingParameterString(
                "REGIONS",
                tr("Regions to report, codes or names separated by commas (default: all)"),
                optional=True,
            )
        )
        self.add_field(
            "GROUP_FIELDS",
            tr("Income group fields for the indices, low group first (e.g. q1..q5)"),
            "AREAS",
            optional=True,
            multiple=True,
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "FLAGS_TABLE",
                tr("Composition and flags per region (output of regionflags; optional)"),
                [QgsProcessing.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "INDICES_TABLE",
                tr("Segregation indices per region (output of indices; optional)"),
                [QgsProcessing.TypeVector],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "BACKGROUND",
                tr("Background boundaries, e.g. municipalities (optional)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "TITLE",
                tr("Title (default: 'Area types and segregation: <name>')"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                "SOURCE_TEXT",
                tr("Source line under the map"),
                defaultValue=tr("Source: SCB, Lantmäteriet"),
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                "ADD_LAYOUTS", tr("Add the layouts to the project (to edit them)"), True
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Folder for the reports"))
        )
        self.addOutput(QgsProcessingOutputString("PDFS", tr("PDF files")))
        self.addOutput(QgsProcessingOutputString("PNGS", tr("PNG files")))
        self.addOutput(QgsProcessingOutputString("LAYOUTS", tr("Layouts added")))

    # -- reading ------------------------------------------------------------------------------

    def _region_table(self, parameters, name, context):
        """A per-region output table as {region key: row dict}, or {} when not given."""
        source = self.parameterAsSource(parameters, name, context)
        if source is None:
            return {}
        fields = [f.name() for f in source.fields()]
        if "region" not in fields:
            raise QgsProcessingException(
                tr(
                    "The table {layer} has no field 'region'; give an output of the "
                    "plugin's per-region algorithms."
                ).format(layer=source.sourceName())
            )
        table = read_table(source, fields)
        return {str(row["region"]): row for row in table.to_dict("records")}

    @staticmethod
    def _name_field(source, given: str) -> str:
        if given:
            return given
        names = {f.name().lower(): f.name() for f in source.fields()}
        return next((names[h] for h in NAME_HINTS if h in names), "")

    def _selected(self, parameters, context, keys, names) -> list:
        text = self.parameterAsString(parameters, "REGIONS", context).strip()
        if not text:
            return list(keys)
        chosen = []
        lookup = {str(k).lower(): k for k in keys}
        lookup.update({str(v).lower(): k for k, v in names.items()})
        for part in re.split(r"[,;\n]", text):
            wanted = part.strip().lower()
            if not wanted:
                continue
            if wanted not in lookup:
                raise QgsProcessingException(
                    tr("Region '{region}' is not in the layer; there are: {regions}").format(
                        region=part.strip(),
                        regions=", ".join(f"{k} {names.get(k, '')}".strip() for k in keys),
                    )
                )
            if lookup[wanted] not in chosen:
                chosen.append(lookup[wanted])
        return chosen

    # -- measures -----------------------------------------------------------------------------

    def _measures(self, composition, flags_rows, index_rows, counts, keys, feedback):
        """Per region key: the values to show. Sources in order: the flags table, the
        indices table, indices computed from the group fields."""
        rows = composition.copy()
        rows["region"] = rows["region"].astype(str)
        computed = pd.DataFrame({"region": rows["region"]})
        if counts is not None:
            result = ix.compute_indices(counts, keys, indices=list(ON_THE_FLY_INDICES))
            result["region"] = result["region"].astype(str)
            computed = result
        merged = rows.merge(
            computed.drop(
                columns=[c for c in ("n_units", "population", "note") if c in computed.columns]
            ),
            on="region",
            how="left",
        )
        if "ojamlikhetsindex" not in merged.columns:
            merged["ojamlikhetsindex"] = np.nan
        for key, row in index_rows.items():  # the indices table wins over computed values
            for name in ix.INDEX_NAMES:
                if name in row and key in set(merged["region"]):
                    merged.loc[merged["region"] == key, name] = _finite(row[name])
        for key, row in flags_rows.items():
            if "ojamlikhetsindex" in row and _finite(row["ojamlikhetsindex"]) is not None:
                merged.loc[merged["region"] == key, "ojamlikhetsindex"] = _finite(
                    row["ojamlikhetsindex"]
                )
        flagged = cp.flags(merged, ineq_col="ojamlikhetsindex", share12_col="share_type_12")
        return flagged.set_index("region")

    def _region_measures(self, key, values, flags_rows, index_rows):
        """The rows of the measures table, the combined flag, and where the flags came from."""
        given = flags_rows.get(key)
        row = values.loc[key] if key in values.index else None
        measures = []

        def pick(column, fallback=None):
            if given is not None and column in given and given[column] is not None:
                return given[column]
            if row is not None and column in row.index:
                return row[column]
            return fallback

        share12 = _finite(pick("share_type_12"))
        ineq = _finite(pick("ojamlikhetsindex"))
        ineq_threshold = _finite(pick("ineq_threshold"))
        share_threshold = _finite(pick("share12_threshold"))
        flag_share = _flag(pick("flag_share12")) if share_threshold is not None else None
        flag_ineq = _flag(pick("flag_ineq")) if ineq is not None else None
        measures.append(
            Measure(
                "share_type_12",
                tr("Share of the population in area types 1 and 2"),
                share12,
                "fraction",
                1,
                share_threshold,
                flag_share,
            )
        )
        measures.append(
            Measure(
                "ojamlikhetsindex",
                tr(INDEX_LABELS["ojamlikhetsindex"]).split(",")[0],
                ineq,
                "%",
                1,
                ineq_threshold if ineq is not None else None,
                flag_ineq,
            )
        )
        for name in ix.INDEX_NAMES[1:]:
            value = None
            if key in index_rows and name in index_rows[key]:
                value = _finite(index_rows[key][name])
            elif row is not None and name in row.index:
                value = _finite(row[name])
            if value is not None:
                measures.append(Measure(name, tr(INDEX_LABELS[name]), value, "", 3))
        assessed = ineq is not None and ineq_threshold is not None and share_threshold is not None
        combined = _flag(pick("flag_combined")) if assessed else None
        return measures, combined

    # -- layers -------------------------------------------------------------------------------

    def _write_layers(self, source, keys_by_fid, background, folder: Path, feedback):
        """The areas (with the region key) and the background into a GeoPackage."""
        gpkg = folder / "report_layers.gpkg"
        n = 2
        while gpkg.exists():
            gpkg = folder / f"report_layers_{n}.gpkg"
            n += 1
        fields = QgsFields(source.fields())
        if fields.lookupField(REGION_FIELD) < 0:
            fields.append(make_field(REGION_FIELD, "string"))
        wkb = QgsWkbTypes.multiType(source.wkbType())
        memory = QgsVectorLayer(
            f"{QgsWkbTypes.displayString(wkb)}?crs={source.sourceCrs().authid()}",
            "areas",
            "memory",
        )
        if not source.sourceCrs().authid():
            memory.setCrs(source.sourceCrs())
        memory.dataProvider().addAttributes([QgsField(f) for f in fields])
        memory.updateFields()
        region_index = memory.fields().lookupField(REGION_FIELD)
        extents: dict = {}
        features = []
        for feature in source.getFeatures():
            out = QgsFeature(memory.fields())
            geometry = feature.geometry()
            if not geometry.isNull():
                geometry.convertToMultiType()
            out.setGeometry(geometry)
            attrs = [plain_value(v) for v in feature.attributes()]
            attrs += [None] * (memory.fields().count() - len(attrs))
            key = keys_by_fid.get(feature.id())
            attrs[region_index] = key
            out.setAttributes(attrs)
            features.append(out)
            if key is not None and not geometry.isNull():
                box = extents.setdefault(key, QgsRectangle(geometry.boundingBox()))
                box.combineExtentWith(geometry.boundingBox())
        memory.dataProvider().addFeatures(features)
        memory.updateExtents()
        self._write_gpkg(memory, gpkg, "areas", create=True)
        names = ["areas"]
        if background is not None:
            bg = background.materialize(QgsFeatureRequest())
            self._write_gpkg(bg, gpkg, "background", create=False)
            names.append("background")
        settle_gpkg(gpkg, names)
        return gpkg, extents

    @staticmethod
    def _write_gpkg(layer, path: Path, name: str, create: bool) -> None:
        from qgis.core import QgsCoordinateTransformContext

        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        options.fileEncoding = "UTF-8"
        if not create:
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        result = QgsVectorFileWriter.writeAsVectorFormatV3(
            layer, str(path), QgsCoordinateTransformContext(), options
        )
        if result[0] != QgsVectorFileWriter.NoError:
            raise QgsProcessingException(
                tr("Could not write {path}: {error}").format(path=path, error=result[1])
            )

    # -- run ----------------------------------------------------------------------------------

    def compute(self, parameters, context, feedback):
        source = self.source(parameters, "AREAS", context)
        type_field = self.parameterAsString(parameters, "AREA_TYPE_FIELD", context) or "area_type"
        pop_field = self.parameterAsString(parameters, "POPULATION_FIELD", context)
        name_field = self._name_field(
            source, self.parameterAsString(parameters, "NAME_FIELD", context)
        )
        groups = self.parameterAsFields(parameters, "GROUP_FIELDS", context)
        if len(groups) == 1:
            raise QgsProcessingException(tr("Choose at least two group fields."))
        rfields = region_fields(self, parameters, context, source)
        has_method = source.fields().lookupField("sei_method") >= 0
        read = [type_field, pop_field, name_field] + list(groups) + list(rfields[:3])
        table = read_table(source, read + (["sei_method"] if has_method else []), feedback=feedback)
        regions = regions_from_table(table, rfields)
        layer_name = source.sourceName()
        population = numeric_column(table, pop_field, layer_name)
        types = np.array([area_type_number(v) for v in table[type_field]], dtype=int)
        composition = cp.composition(population, [t if t else None for t in types], regions.keys)
        counts = None
        if groups:
            counts = np.column_stack([numeric_column(table, g, layer_name) for g in groups])
        flags_rows = self._region_table(parameters, "FLAGS_TABLE", context)
        index_rows = self._region_table(parameters, "INDICES_TABLE", context)
        values = self._measures(composition, flags_rows, index_rows, counts, regions.keys, feedback)
        keys = [str(k) for k in composition["region"]]
        names = {str(k): str(v) for k, v in regions.names.items()}
        for key in keys:
            for rows in (flags_rows, index_rows):
                if key not in names and key in rows and rows[key].get("region_name"):
                    names[key] = str(rows[key]["region_name"])
        if regions.level == rg.WHOLE_LAYER:
            names[rg.ALL_LABEL] = layer_name
        for key in keys:  # no name field: "County 12", "Municipality 0180"
            if not names.get(key) and regions.level in (rg.MUNICIPALITY, rg.COUNTY):
                names[key] = self._kind(regions, key)
        chosen = self._selected(parameters, context, keys, names)

        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context))
        folder.mkdir(parents=True, exist_ok=True)
        key_of_fid = dict(zip(table["fid"].tolist(), [str(k) for k in regions.keys]))
        background = self.parameterAsSource(parameters, "BACKGROUND", context)
        gpkg, extents = self._write_layers(source, key_of_fid, background, folder, feedback)

        codes = table[rfields[1]].tolist() if rfields[1] else []
        unit = {"regso": "RegSO", "deso": "DeSO"}.get(at.detect_level(codes), "")
        source_text = self.parameterAsString(parameters, "SOURCE_TEXT", context)
        if self._is_sample(keys, layer_name, regions) and "fikt" not in source_text.lower():
            source_text = (
                f"{source_text.rstrip('. ')}. {tr('Fictional data (sample county Exempellän).')}"
            )
        date = datetime.date.today().isoformat()
        title_template = self.parameterAsString(parameters, "TITLE", context)
        add_layouts = self.parameterAsBool(parameters, "ADD_LAYOUTS", context)
        project = context.project() or QgsProject.instance()

        pdfs, pngs, layout_names = [], [], []
        keep_alive = []
        for n, key in enumerate(chosen):
            if feedback.isCanceled():
                break
            name = names.get(key, key)
            feedback.pushInfo(tr("Report for {name}…").format(name=name))
            region_rows = table[regions.keys.astype(str) == key] if len(table) else table
            report = self._region_report(
                key,
                name,
                regions,
                composition,
                values,
                flags_rows,
                index_rows,
                groups,
                region_rows,
                type_field,
                pop_field,
                source_text,
                date,
                unit,
                has_method,
                len(table),
                len(keys),
            )
            layers = self._map_layers(
                gpkg, key, type_field, name_field, background is not None, len(keys) > 1
            )
            layers.extent = extents.get(key)
            title = (
                (title_template or tr("Area types and segregation: {name}"))
                .replace("<name>", name)
                .format(name=name)
            )
            settings = ReportSettings(title, source_text, date, unit)
            layout_name = (
                self._layout_name(project, tr("Segregation report: {name}").format(name=name))
                if add_layouts
                else name
            )
            layout = build_layout(project, layout_name, report, layers, settings)
            stem = f"report_{slug(key)}"
            if slug(key) not in slug(name):
                stem += f"_{slug(name)}"
            pdf, png_files = export_layout(layout, folder / f"{stem}.pdf", folder / f"{stem}.png")
            pdfs.append(str(pdf))
            pngs.extend(str(p) for p in png_files)
            if add_layouts:
                self._add_to_project(project, layout, layers, name)
                layout_names.append(layout.name())
            else:
                keep_alive.append((layout, layers))
            feedback.setProgress(100.0 * (n + 1) / max(len(chosen), 1))
        keep_alive.clear()
        return {
            "OUTPUT_FOLDER": str(folder),
            "PDFS": ";".join(pdfs),
            "PNGS": ";".join(pngs),
            "LAYOUTS": ";".join(layout_names),
        }

    @staticmethod
    def _is_sample(keys, layer_name: str, regions) -> bool:
        """The fictional sample county (code 99, which no real county has)."""
        if "exempel" in layer_name.lower():
            return True
        return regions.level in (rg.MUNICIPALITY, rg.COUNTY) and all(
            str(k).startswith("99") for k in keys
        )

    def _region_report(
        self,
        key,
        name,
        regions,
        composition,
        values,
        flags_rows,
        index_rows,
        groups,
        region_rows,
        type_field,
        pop_field,
        source_text,
        date,
        unit,
        has_method,
        n_total,
        n_regions,
    ) -> RegionReport:
        row = composition[composition["region"].astype(str) == key].iloc[0]
        pop_by_type = {t: float(row[f"pop_type_{t}"]) for t in range(1, 6)}
        pop_by_type[0] = float(row["pop_type_null"])
        units_by_type = {t: int(row[f"units_type_{t}"]) for t in range(1, 6)}
        units_by_type[0] = int(row["units_type_null"])
        measures, combined = self._region_measures(key, values, flags_rows, index_rows)
        kind = self._kind(regions, key)
        report = RegionReport(
            key=key,
            name=name,
            kind=kind,
            n_areas=int(row["n_units"]),
            population=float(row["population"]),
            pop_by_type=pop_by_type,
            units_by_type=units_by_type,
            measures=measures,
            combined_flag=combined,
        )
        report.flag_text = self._flag_text(name, combined, measures)
        shown = {m.key for m in measures if m.value is not None}
        order = ["area_types", "share_type_12"] + [n for n in ix.INDEX_NAMES if n in shown]
        if combined is not None:
            order.append("flags")
        report.explanations = [
            (tr(EXPLANATIONS[k][0]), tr(EXPLANATIONS[k][1])) for k in order if k in EXPLANATIONS
        ]
        report.method = self._method_lines(
            key,
            regions,
            region_rows,
            type_field,
            pop_field,
            groups,
            flags_rows,
            index_rows,
            source_text,
            date,
            unit,
            has_method,
            n_total,
            n_regions,
            report,
        )
        if combined is not None and not flags_rows.get(key):
            report.notes.append(
                tr(
                    "The flag thresholds are the mean plus k standard deviations over the "
                    "{n} regions of this input layer, not over all of Sweden's municipalities."
                ).format(n=n_regions)
            )
        ineq = next((m for m in measures if m.key == "ojamlikhetsindex"), None)
        if ineq is None or ineq.value is None:
            report.notes.append(
                tr(
                    "The ojämlikhetsindex and the combined flag need income group fields "
                    "(e.g. q1..q5) or a composition and flags table."
                )
            )
        elif combined is None:
            report.notes.append(
                tr(
                    "No flags: they compare regions with each other, and at least two regions "
                    "with values are needed."
                )
            )
        return report

    @staticmethod
    def _kind(regions, key) -> str:
        """What the region is, e.g. "Municipality 9901"."""
        if regions.level == rg.MUNICIPALITY:
            return tr("Municipality {code}").format(code=key)
        if regions.level == rg.COUNTY:
            return tr("County {code}").format(code=key)
        if regions.level == "field":
            return f"{regions.field} = {key}"
        return tr("Whole layer")

    @staticmethod
    def _flag_text(name, combined, measures) -> str:
        if combined is None:
            return ""
        if combined:
            return tr(
                "{name} is flagged: both its ojämlikhetsindex and its share of the population "
                "in area types 1 and 2 are high compared with the other regions."
            ).format(name=name)
        return tr(
            "{name} is not flagged: its ojämlikhetsindex and its share in area types 1 and 2 "
            "are not both above the thresholds."
        ).format(name=name)

    def _method_lines(
        self,
        key,
        regions,
        region_rows,
        type_field,
        pop_field,
        groups,
        flags_rows,
        index_rows,
        source_text,
        date,
        unit,
        has_method,
        n_total,
        n_regions,
        report,
    ):
        lines = []
        method = ""
        if has_method:
            found = [m for m in region_rows.get("sei_method", []) if m]
            method = str(found[0]) if found else ""
        lines.append(
            (
                tr("Area types"),
                method
                or tr("as given in the field {field} (not computed by the plugin)").format(
                    field=type_field
                ),
            )
        )
        what = unit or tr("areas")
        lines.append(
            (
                tr("Areas"),
                tr("{n} {unit} in {name}, {total} in the layer; regions: {regions}").format(
                    n=report.n_areas,
                    unit=what,
                    name=report.name,
                    total=n_total,
                    regions=level_text(regions),
                ),
            )
        )
        lines.append((tr("Population"), tr("field {field}").format(field=pop_field)))
        group_text = ""
        if key in index_rows and index_rows[key].get("groups"):
            group_text = str(index_rows[key]["groups"])
        elif groups:
            group_text = tr(
                "{groups}; low-income group {low}, high-income group {high}; indices over "
                "the {unit} of the layer"
            ).format(groups=", ".join(groups), low=groups[0], high=groups[-1], unit=what)
        if group_text:
            lines.append((tr("Groups"), group_text))
        if key in flags_rows and flags_rows[key].get("parameters"):
            lines.append((tr("Flags"), str(flags_rows[key]["parameters"])))
        elif report.combined_flag is not None:
            lines.append(
                (
                    tr("Flags"),
                    tr(
                        "ojämlikhetsindex ≥ mean + 1.0 SD and share in types 1+2 ≥ mean + 1.5 "
                        "SD over {n} regions (unweighted, sample SD); rule AND"
                    ).format(n=n_regions),
                )
            )
        lines.append(
            (
                tr("Units"),
                tr("shares and the ojämlikhetsindex in percent; other " "indices between 0 and 1"),
            )
        )
        lines.append((tr("Date"), date))
        return lines

    def _map_layers(self, gpkg, key, type_field, name_field, has_background, has_context):
        quoted = key.replace("'", "''")
        areas = QgsVectorLayer(f"{gpkg}|layername=areas", tr("Area types"), "ogr")
        areas.setSubsetString(f"\"{REGION_FIELD}\" = '{quoted}'")
        apply_area_type_style_any(areas, type_field)
        if name_field:
            apply_area_type_labels(areas, name_field, scales=None, size=6.5)
        context = None
        if has_context:
            context = QgsVectorLayer(f"{gpkg}|layername=areas", tr("Other areas"), "ogr")
            context.setSubsetString(f"\"{REGION_FIELD}\" <> '{quoted}'")
            context.setRenderer(outline_renderer("#c4c4c4", 0.1, "#efefef"))
        background = None
        label = ""
        if has_background:
            label = tr("Boundaries")
            background = QgsVectorLayer(f"{gpkg}|layername=background", label, "ogr")
            background.setRenderer(outline_renderer("#333333", 0.45))
        return ReportLayers(areas, context, background, label)

    @staticmethod
    def _layout_name(project, wanted: str) -> str:
        manager = project.layoutManager()
        name, n = wanted, 2
        while manager.layoutByName(name) is not None:
            name = f"{wanted} ({n})"
            n += 1
        return name

    @staticmethod
    def _add_to_project(project, layout, layers: ReportLayers, name: str) -> None:
        """The layout into the layout manager; its layers into a hidden group."""
        root = project.layerTreeRoot()
        group = root.addGroup(tr("Report layers: {name}").format(name=name))
        for layer in (layers.background, layers.areas, layers.context):
            if layer is not None:
                project.addMapLayer(layer, False)
                group.addLayer(layer)
        group.setItemVisibilityChecked(False)
        group.setExpanded(False)
        project.layoutManager().addLayout(layout)
