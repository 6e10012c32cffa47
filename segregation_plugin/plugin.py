"""The plugin object: "Segregation" menu, toolbar, panel and Processing provider."""

from __future__ import annotations

from typing import Callable, Optional

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import Qt, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QToolBar

from .gui.panel import SegregationPanel
from .i18n import install_translator, remove_translators, tr
from .paths import HELP_DIR, PLUGIN_ICON
from .processing.provider import SegregationProvider

MENU_OBJECT_NAME = "mSegregationMenu"
TOOLBAR_OBJECT_NAME = "mSegregationToolbar"
#: Set once the panel has been opened for a new user (it opens by itself the first time).
PANEL_SHOWN_SETTING = "segregation/panel/shown_once"


class SegregationPlugin:
    """Created by ``classFactory``; QGIS calls initGui/initProcessing/unload."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.provider: Optional[SegregationProvider] = None
        self.menu: Optional[QMenu] = None
        self.toolbar: Optional[QToolBar] = None
        self.actions: list[QAction] = []
        self.panel: Optional[SegregationPanel] = None
        self.panel_action: Optional[QAction] = None
        install_translator()

    # -- Processing ------------------------------------------------------------------------

    def initProcessing(self) -> None:
        """Register the provider (also called headless, without initGui)."""
        if self.provider is None:
            provider = SegregationProvider()
            # addProvider refuses (and deletes) a provider whose id is already registered.
            if QgsApplication.processingRegistry().addProvider(provider):
                self.provider = provider

    # -- GUI -------------------------------------------------------------------------------

    def initGui(self) -> None:
        self.initProcessing()
        window = self.iface.mainWindow()
        self.menu = QMenu(tr("Segregation"), window)
        self.menu.setObjectName(MENU_OBJECT_NAME)
        menu_bar = window.menuBar()
        help_menu = next(
            (a for a in menu_bar.actions() if a.menu() and a.menu().objectName() == "mHelpMenu"),
            None,
        )
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, self.menu)
        else:
            menu_bar.addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(tr("Segregation"))
        self.toolbar.setObjectName(TOOLBAR_OBJECT_NAME)

        icon = QIcon(str(PLUGIN_ICON))
        self._init_panel(icon)
        self._add_action(
            tr("Socioeconomic index and area types…"),
            lambda: self._open_algorithm("segregation:areatypes"),
            icon,
            toolbar=True,
        )
        self._add_action(
            tr("Load sample data (Exempellän)…"),
            lambda: self._open_algorithm("segregation:loadsample"),
        )
        self.menu.addSeparator()
        self._add_action(tr("Help"), self._open_help)

    def _init_panel(self, icon: QIcon) -> None:
        """The dock with the steps, and the checkable action that shows and hides it."""
        window = self.iface.mainWindow()
        self.panel = SegregationPanel(self.iface, window)
        self.iface.addDockWidget(Qt.RightDockWidgetArea, self.panel)
        self.panel.hide()
        self.panel_action = self._add_action(
            tr("Open the Segregation panel"), None, icon, toolbar=True
        )
        self.panel_action.setObjectName("mActionSegregationPanel")
        self.panel_action.setToolTip(
            tr("The Segregation panel: data, area types and more, step by step")
        )
        # Checkable, checked while the dock is open, and toggling shows or hides it.
        self.panel.setToggleVisibilityAction(self.panel_action)
        settings = QgsSettings()
        if not settings.value(PANEL_SHOWN_SETTING, False, type=bool):
            settings.setValue(PANEL_SHOWN_SETTING, True)
            self.panel.setUserVisible(True)

    def _add_action(
        self,
        text: str,
        slot: Optional[Callable],
        icon: Optional[QIcon] = None,
        toolbar: bool = False,
    ) -> QAction:
        action = QAction(icon or QIcon(), text, self.iface.mainWindow())
        if slot is not None:
            action.triggered.connect(slot)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def _open_algorithm(self, algorithm_id: str) -> None:
        import processing

        processing.execAlgorithmDialog(algorithm_id, {})

    def _open_help(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(HELP_DIR / "index.html")))

    def unload(self) -> None:
        if self.panel is not None:
            self.panel.shutdown()
            self.iface.removeDockWidget(self.panel)
            self.panel.hide()
            self.panel.deleteLater()
            self.panel = None
        self.panel_action = None
        for action in self.actions:
            action.deleteLater()
        self.actions.clear()
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        remove_translators()
