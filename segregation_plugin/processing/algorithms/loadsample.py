"""segregation:loadsample: add the fictional sample county Exempellän to the project."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import (
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputMultipleLayers,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFolderDestination,
    QgsVectorLayer,
)

from ...adapter.styling import apply_style
from ...core.errors import N_
from ...i18n import tr
from ...paths import SAMPLE_DIR, SAMPLE_GPKG
from ..base import SegregationAlgorithm

#: Layers of the sample GeoPackage, in drawing order (bottom first), and their display names.
SAMPLE_LAYERS = (
    ("deso", N_("DeSO (sample)")),
    ("regso", N_("RegSO (sample)")),
    ("stadsdelar", N_("Districts (sample)")),
    ("kommun", N_("Municipalities (sample)")),
    ("transit_lines", N_("Transit lines (sample)")),
    ("transit_stops", N_("Transit stops (sample)")),
)


def save_default_styles(gpkg: Path, names: list[str]) -> None:
    """Store the shipped styles as the layers' default styles inside the copied GeoPackage.

    Done with short-lived layers before the loaded ones are opened: creating the
    ``layer_styles`` table while a layer keeps its connection open makes that
    connection's next query fail with "unable to open database file".
    """
    for name in names:
        layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
        if layer.isValid() and apply_style(layer, name):
            layer.saveStyleToDatabase(name, "", True, "")
        del layer


class LoadSampleAlgorithm(SegregationAlgorithm):
    """Copies the sample data to a folder and loads its layers, styled."""

    ALG_ID = "loadsample"
    DISPLAY_NAME = "Load sample data (Exempellän)"
    GROUP_ID = "data"
    GROUP_NAME = "Data"
    HELP = (
        "Adds the plugin's fictional sample county Exempellän to the project: three "
        "municipalities (9901 Åstad, 9902 Björkvik, 9903 Granmo) with DeSO- and RegSO-like "
        "areas, districts, transit stops and lines (existing and planned), and SCB-style "
        "statistics tables. The data is a copy in the output folder, so the plugin's own "
        "files are never edited. The numbers are made up: use them to learn the plugin."
    )

    def initAlgorithm(self, config=None) -> None:
        self.addParameter(
            QgsProcessingParameterEnum(
                "LAYERS",
                tr("Layers"),
                [tr(label) for _, label in SAMPLE_LAYERS],
                allowMultiple=True,
                defaultValue=list(range(len(SAMPLE_LAYERS))),
            )
        )
        self.addParameter(
            QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", tr("Folder for the copy"))
        )
        self.addOutput(QgsProcessingOutputMultipleLayers("OUTPUT_LAYERS", tr("Sample layers")))
        self.addOutput(QgsProcessingOutputString("GEOPACKAGE", tr("Sample GeoPackage")))

    def processAlgorithm(self, parameters, context, feedback):
        if not SAMPLE_GPKG.exists():
            raise QgsProcessingException(
                tr("The sample data is missing from the plugin: {path}").format(path=SAMPLE_GPKG)
            )
        folder = Path(self.parameterAsString(parameters, "OUTPUT_FOLDER", context)).resolve()
        folder.mkdir(parents=True, exist_ok=True)
        for item in SAMPLE_DIR.iterdir():
            target = folder / item.name
            if item.is_dir():
                shutil.copytree(item, target, dirs_exist_ok=True)
            else:
                shutil.copyfile(item, target)
        gpkg = folder / SAMPLE_GPKG.name
        chosen = self.parameterAsEnums(parameters, "LAYERS", context)
        save_default_styles(gpkg, [SAMPLE_LAYERS[i][0] for i in chosen])
        layer_ids = []
        for i in sorted(chosen):
            name, label = SAMPLE_LAYERS[i]
            layer = QgsVectorLayer(f"{gpkg}|layername={name}", tr(label), "ogr")
            if not layer.isValid():
                raise QgsProcessingException(
                    tr("Sample layer {name} could not be opened from {path}").format(
                        name=name, path=gpkg
                    )
                )
            apply_style(layer, name)
            context.temporaryLayerStore().addMapLayer(layer)
            details = QgsProcessingContext.LayerDetails(tr(label), context.project(), layer.id())
            # keep our names even when QGIS prefers file names for outputs (its default)
            details.forceName = True
            context.addLayerToLoadOnCompletion(layer.id(), details)
            layer_ids.append(layer.id())
            feedback.pushInfo(
                tr("Loaded {label}: {n} features").format(label=tr(label), n=layer.featureCount())
            )
        return {"OUTPUT_LAYERS": layer_ids, "GEOPACKAGE": str(gpkg)}
