"""The plugin loads through classFactory, adds its menu, toolbar and provider, and unloads."""

from qgis.core import QgsApplication
from qgis.PyQt.QtWidgets import QMenu, QToolBar

import segregation_plugin
from segregation_plugin.plugin import MENU_OBJECT_NAME, TOOLBAR_OBJECT_NAME


def _menu(qgis_iface):
    return qgis_iface.mainWindow().findChild(QMenu, MENU_OBJECT_NAME)


def test_class_factory_init_gui_and_unload(qgis_iface):
    registry = QgsApplication.processingRegistry()
    # Other tests register the provider headless; QGIS itself starts without it.
    if registry.providerById("segregation") is not None:
        registry.removeProvider("segregation")
    plugin = segregation_plugin.classFactory(qgis_iface)
    plugin.initGui()
    try:
        menu = _menu(qgis_iface)
        assert menu is not None and menu.title() == "Segregation"
        assert menu.menuAction() in qgis_iface.mainWindow().menuBar().actions()
        texts = [a.text() for a in menu.actions() if not a.isSeparator()]
        assert any("area types" in t for t in texts)
        assert plugin.toolbar.objectName() == TOOLBAR_OBJECT_NAME
        assert isinstance(plugin.toolbar, QToolBar) and len(plugin.toolbar.actions()) >= 1
        provider = registry.providerById("segregation")
        assert provider is not None and provider is plugin.provider
        ids = {a.id() for a in provider.algorithms()}
        assert {"segregation:loadsample", "segregation:areatypes"} <= ids
    finally:
        plugin.unload()
    assert plugin.provider is None
    assert registry.providerById("segregation") is None
    assert plugin.menu is None and plugin.toolbar is None


def test_metadata_is_complete():
    from configparser import ConfigParser

    from segregation_plugin.paths import PACKAGE_DIR

    parser = ConfigParser()
    path = PACKAGE_DIR / "metadata.txt"
    if not path.exists():
        path = PACKAGE_DIR.parent / "metadata.txt"
    parser.read(path, encoding="utf-8")
    general = parser["general"]
    for key in (
        "name",
        "qgisMinimumVersion",
        "qgisMaximumVersion",
        "description",
        "about",
        "version",
        "author",
        "email",
        "repository",
        "tracker",
        "homepage",
        "tags",
        "category",
        "icon",
        "experimental",
        "hasProcessingProvider",
        "changelog",
    ):
        assert general.get(key, "").strip(), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (path.parent / general["icon"]).exists()
