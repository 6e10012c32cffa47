"""The Segregation panel: a dock widget with the steps of the work, one tab each, and a
Help button that opens the offline help at the section of the current step."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.gui import QgsDockWidget
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFrame, QScrollArea, QTabWidget, QToolButton

from ..i18n import tr
from ..paths import HELP_DIR
from .messages import reports_errors
from .pages import PAGES, StepPage

PANEL_OBJECT_NAME = "SegregationPanel"
STEP_SETTING = "segregation/panel/step"
HELP_PAGE = HELP_DIR / "index.html"
#: Sections of the help page per step, the first one the page has is opened; a page's own
#: ``HELP_ANCHORS`` come first.
HELP_ANCHORS = {
    "data": ("loadsample", "importstatistics"),
    "areatypes": ("areatypes",),
    "indices": ("indices",),
    "transit": ("transitcatchment",),
    "trends": ("trends", "areatypetransitions", "indexchange"),
    "report": ("report",),
}


@lru_cache(maxsize=4)
def help_sections(path: str = str(HELP_PAGE)) -> frozenset:
    """The ids (anchors) of the sections of the help page."""
    try:
        text = open(path, encoding="utf-8").read()
    except OSError:
        return frozenset()
    return frozenset(re.findall(r"\bid=[\"']([^\"']+)[\"']", text))


def help_url(step_id: str, page: Optional[StepPage] = None) -> QUrl:
    """The local help page, at the section of step ``step_id`` when it has one."""
    url = QUrl.fromLocalFile(str(HELP_PAGE))
    wanted = tuple(getattr(page, "HELP_ANCHORS", ())) + HELP_ANCHORS.get(step_id, (step_id,))
    sections = help_sections(str(HELP_PAGE))
    anchor = next((a for a in wanted if a in sections), "")
    if anchor:
        url.setFragment(anchor)
    return url


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
        self.help_button = QToolButton(self.tabs)
        self.help_button.setObjectName("helpButton")
        self.help_button.setText(tr("Help"))
        self.help_button.setIcon(QgsApplication.getThemeIcon("/mActionHelpContents.svg"))
        self.help_button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        self.help_button.setAutoRaise(True)
        self.help_button.setToolTip(tr("Help on this step (opens the offline help)"))
        # a bound method, not a lambda: a lambda would keep the panel alive after unload
        self.help_button.clicked.connect(self.open_help)
        self.tabs.setCornerWidget(self.help_button, Qt.TopRightCorner)
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

    def current_page(self) -> Optional[StepPage]:
        index = self.tabs.currentIndex()
        return self.pages[index] if 0 <= index < len(self.pages) else None

    def show_step(self, step_id: str) -> None:
        page = self.page(step_id)
        if page is not None:
            self.tabs.setCurrentIndex(self.pages.index(page))

    def help_url(self) -> QUrl:
        """The help page at the section of the current step."""
        page = self.current_page()
        return help_url(page.STEP_ID if page is not None else "", page)

    @reports_errors
    def open_help(self, _checked: bool = False) -> None:
        """Open the offline help (the browser of the system) at the current step."""
        QDesktopServices.openUrl(self.help_url())

    def _remember_step(self, index: int) -> None:
        if 0 <= index < len(self.pages):
            QgsSettings().setValue(STEP_SETTING, self.pages[index].STEP_ID)

    def shutdown(self) -> None:
        """Cancel running work and disconnect the pages (before the plugin unloads)."""
        for page in self.pages:
            page.shutdown()
