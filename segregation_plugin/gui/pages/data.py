"""Step "Data": the sample county, and how to bring one's own data."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Optional

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from ...core.errors import N_
from ...i18n import tr
from ..messages import push, push_error, reports_errors
from ..tasks import AlgorithmRun
from .base import StepPage, text_label

LOADSAMPLE = "segregation:loadsample"

#: How to load one's own data, one paragraph each (English source, translated).
#: Extend this list when the import algorithms land.
OWN_DATA_STEPS = (
    N_(
        "Area boundaries: SCB's DeSO or RegSO GeoPackage, or your own districts. "
        "Add them with Layer ▸ Add Layer ▸ Add Vector Layer."
    ),
    N_(
        "Statistics: a CSV export from SCB's Statistikdatabasen. Add it with Layer ▸ Add "
        "Layer ▸ Add Delimited Text Layer (no geometry) and join it to the boundaries on the "
        "area code (Layer Properties ▸ Joins)."
    ),
    N_(
        "The Area types step needs one row per area with the three indicators in percent: "
        "low economic standard (V1), at most förgymnasial education (V2) and long-term social "
        "assistance or unemployment (V3); the population is optional."
    ),
)


def sample_folder(project: Optional[QgsProject] = None) -> Path:
    """Where to copy the sample: under the QGIS profile, else the temp folder.

    A folder whose files are open in the project is not overwritten; the next
    free ``sample_2``, ``sample_3``... is used instead.
    """
    project = project or QgsProject.instance()
    root = Path(QgsApplication.qgisSettingsDirPath()) / "segregation"
    try:
        root.mkdir(parents=True, exist_ok=True)
    except OSError:
        root = Path(tempfile.gettempdir()) / "segregation"
        root.mkdir(parents=True, exist_ok=True)
    in_use = {
        Path(layer.source().split("|")[0]).resolve().parent
        for layer in project.mapLayers().values()
        if layer.source()
    }
    for n in range(1, 1000):
        folder = root / ("sample" if n == 1 else f"sample_{n}")
        if folder.resolve() not in in_use:
            return folder
    return Path(tempfile.mkdtemp(prefix="segregation_sample_"))


class DataPage(StepPage):
    """Load the sample county; read how to load your own data."""

    STEP_ID = "data"
    TITLE = N_("Data")

    def __init__(self, iface, parent=None) -> None:
        super().__init__(iface, parent)
        self.run: Optional[AlgorithmRun] = None
        layout = QVBoxLayout(self)

        layout.addWidget(
            text_label(
                tr(
                    "Try the plugin on the fictional sample county Exempellän (three "
                    "municipalities with DeSO- and RegSO-like areas, statistics and transit), "
                    "or load your own data."
                ),
                self,
            )
        )
        self.sample_button = QPushButton(tr("Load sample data (Exempellän)"), self)
        self.sample_button.setObjectName("loadSampleButton")
        self.sample_button.setToolTip(
            tr("Copies the sample data to a folder in your QGIS profile and adds its layers.")
        )
        self.sample_button.clicked.connect(lambda _checked=False: self.load_sample())
        layout.addWidget(self.sample_button)
        self.status_label = text_label("", self)
        self.status_label.setObjectName("statusLabel")
        layout.addWidget(self.status_label)
        row = QHBoxLayout()
        self.next_button = QPushButton(tr("Next: area types"), self)
        self.next_button.setVisible(False)
        self.next_button.clicked.connect(lambda: self.goToStep.emit("areatypes"))
        row.addStretch(1)
        row.addWidget(self.next_button)
        layout.addLayout(row)

        layout.addWidget(text_label("<b>" + tr("Your own data") + "</b>", self, rich=True))
        for text in OWN_DATA_STEPS:
            layout.addWidget(text_label("• " + tr(text), self))
        layout.addStretch(1)

    # -- sample ----------------------------------------------------------------------------

    @reports_errors
    def load_sample(self) -> None:
        if self.run is not None and self.run.is_running():
            return
        folder = sample_folder()
        self.sample_button.setEnabled(False)
        self.next_button.setVisible(False)
        self.status_label.setText(tr("Loading the sample data…"))
        self.run = AlgorithmRun(LOADSAMPLE, {"OUTPUT_FOLDER": str(folder)})
        self.run.done.connect(self._sample_done)
        self.run.start()

    @reports_errors
    def _sample_done(self, run: AlgorithmRun) -> None:
        self.sample_button.setEnabled(True)
        if run.ok:
            self.status_label.setText(
                tr("Added {n} sample layers to the project (copied to {folder}).").format(
                    n=len(run.layers), folder=run.results.get("GEOPACKAGE", "")
                )
            )
            self.next_button.setVisible(True)
            push(
                self.iface,
                tr("Sample data loaded: continue with the Area types step."),
                level=Qgis.Success,
            )
        elif run.cancelled:
            self.status_label.setText(tr("Cancelled."))
        else:
            self.status_label.setText(tr("Failed: {error}").format(error=run.error))
            push_error(
                self.iface,
                tr("The sample data could not be loaded: {error}").format(error=run.error),
                run.details,
            )

    def shutdown(self) -> None:
        self.stop_run(self.run)
