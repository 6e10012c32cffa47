"""Write the shipped .qml styles in resources/styles from the renderers in adapter/styling.py.

Run with the venv's python: ``.venv/bin/python tools/make_styles.py``.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402


def main() -> None:
    app = QgsApplication([], False)
    app.initQgis()
    from segregation_plugin.adapter.styling import sample_renderers, style_path

    for name, (geometry, renderer) in sample_renderers().items():
        layer = QgsVectorLayer(
            f"{geometry.capitalize().replace('Line', 'LineString')}?crs=EPSG:3006"
            "&field=area_type:integer&field=scenario:string",
            name,
            "memory",
        )
        layer.setRenderer(renderer)
        path = style_path(name)
        path.parent.mkdir(parents=True, exist_ok=True)
        message, ok = layer.saveNamedStyle(str(path))
        print(path, "ok" if ok else message)
    app.exitQgis()


if __name__ == "__main__":
    main()
