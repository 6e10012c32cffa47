"""Enable a plugin in a QGIS profile (used by ``make install``).

Usage: python3 tools/enable_plugin.py PROFILE_DIR PLUGIN_NAME
Writes ``[PythonPlugins] PLUGIN_NAME=true`` into PROFILE_DIR/QGIS/QGIS3.ini.
"""

from __future__ import annotations

import configparser
import sys
from pathlib import Path


def enable(profile: Path, plugin: str) -> Path:
    ini = profile / "QGIS" / "QGIS3.ini"
    ini.parent.mkdir(parents=True, exist_ok=True)
    config = configparser.RawConfigParser()
    config.optionxform = str  # keep the case of keys
    if ini.exists():
        config.read(ini, encoding="utf-8")
    if not config.has_section("PythonPlugins"):
        config.add_section("PythonPlugins")
    config.set("PythonPlugins", plugin, "true")
    with ini.open("w", encoding="utf-8") as handle:
        config.write(handle, space_around_delimiters=False)
    return ini


if __name__ == "__main__":
    print(enable(Path(sys.argv[1]), sys.argv[2]))
