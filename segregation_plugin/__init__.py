"""Segregation: a QGIS plugin for socioeconomic segregation measures (SCB, Delmos/Boverket).

Layout:
- ``core/``: the maths, pure numpy/pandas (no qgis or Qt import).
- ``adapter/``: the thin glue between QGIS layers and core arrays.
- ``processing/``: the Processing provider (id ``segregation``) and its algorithms.
- ``gui/``: widgets that call the algorithms.
- ``plugin.py``: menu, toolbar and provider registration.
"""


def classFactory(iface):  # noqa: N802 - QGIS plugin entry point
    """QGIS calls this to create the plugin."""
    from .plugin import SegregationPlugin

    return SegregationPlugin(iface)
