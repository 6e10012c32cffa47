"""Where the plugin's resources, translations and sample data are.

In a source checkout ``resources/`` and ``i18n/`` sit beside the package; in an
installed plugin (``make package``) they sit inside it. Both are supported.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent


def _find(name: str) -> Path:
    inside = PACKAGE_DIR / name
    return inside if inside.is_dir() else PACKAGE_DIR.parent / name


RESOURCES_DIR = _find("resources")
I18N_DIR = _find("i18n")
SAMPLE_DIR = RESOURCES_DIR / "sample"
STYLES_DIR = RESOURCES_DIR / "styles"
ICONS_DIR = RESOURCES_DIR / "icons"
HELP_DIR = RESOURCES_DIR / "help"
SAMPLE_GPKG = SAMPLE_DIR / "exempellan.gpkg"
PLUGIN_ICON = ICONS_DIR / "segregation.svg"
