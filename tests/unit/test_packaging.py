"""`make package` builds a ZIP that QGIS' "Install from ZIP" accepts."""

import configparser
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_package_zip_layout():
    version = configparser.ConfigParser()
    version.read(ROOT / "metadata.txt", encoding="utf-8")
    zip_path = ROOT / "dist" / f"segregation_plugin-{version['general']['version']}.zip"
    out = subprocess.run(["make", "-s", "package"], cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    with zipfile.ZipFile(zip_path) as archive:
        names = archive.namelist()
        assert {n.split("/")[0] for n in names} == {"segregation_plugin"}  # one top folder
        for required in (
            "__init__.py",
            "metadata.txt",
            "plugin.py",
            "processing/provider.py",
            "resources/icons/segregation.svg",
            "resources/styles/area_types.qml",
            "resources/sample/exempellan.gpkg",
            "resources/help/index.html",
            "i18n/segregation_sv.qm",
            "LICENSE",
        ):
            assert f"segregation_plugin/{required}" in names, required
        assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
        meta = archive.read("segregation_plugin/metadata.txt").decode("utf-8")
        assert "hasProcessingProvider=yes" in meta
