"""The Segregation panel: a dock widget with the steps of the work, one tab each."""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtWidgets import QFrame, QScrollArea, QTabWidget

from ..i18n import tr
from .pages import PAGES, StepPage

PANEL_OBJECT_NAME = "SegregationPanel"
STEP_SETTING = "segregation/panel/step"


class SegregationPanel(QgsDockWidget):
    """Steps in order (Data, Area types, ...), built from :data:`pages.PAGES`."""

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Segregation"), parent)
        self.iface = iface
        self.setObjectName(PANEL_OBJECT_NAME)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("SegregationSteps")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.pages: list[StepPage] = []
        for number, page_class in enumerate(PAGES, start=1):
            page = page_class(iface)
            scroll = QScrollArea(self.tabs)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.NoFrame)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, f"{number} {page.title()}")
            self.tabs.setTabToolTip(number - 1, page.title())
            page.goToStep.connect(self.show_step)
            self.pages.append(page)
        self.setWidget(self.tabs)
        last = QgsSettings().value(STEP_SETTING, "", type=str)
        if last:
            self.show_step(last)
        self.tabs.currentChanged.connect(self._remember_step)

    def page(self, step_id: str) -> Optional[StepPage]:
        """The page of step ``step_id`` (e.g. "areatypes"), or None."""
        return next((p for p in self.pages if p.STEP_ID == step_id), None)

    def show_step(self, step_id: str) -> None:
        page = self.page(step_id)
        if page is not None:
            self.tabs.setCurrentIndex(self.pages.index(page))

    def _remember_step(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            QgsSettings().setValue(STEP_SETTING, self.pages[index].STEP_ID)

    def shutdown(self) -> None:
        """Cancel running work and disconnect the pages (before the plugin unloads)."""
        for page in self.pages:
            page.shutdown()
