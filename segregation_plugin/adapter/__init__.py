"""QGIS glue: layers to core arrays and back, styles. The only place that knows both."""
