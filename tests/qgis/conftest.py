"""QGIS tests: pytest-qgis starts a headless QgsApplication; we register our provider."""

import hashlib
import os
import shutil

import pytest

from segregation_plugin.paths import SAMPLE_GPKG

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture()
def provider(qgis_app):
    """Processing initialised and the ``segregation`` provider registered (again, if a
    plugin test unloaded it)."""
    from segregation_plugin.headless import register_provider

    return register_provider()


@pytest.fixture()
def run(provider):
    """Run an algorithm through ``processing.run`` and return its results."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

    def _run(algorithm_id, parameters):
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(
            algorithm_id, parameters, feedback=QgsProcessingFeedback(), context=context
        )

    return _run


@pytest.fixture()
def memory_layer():
    """Build a memory layer from a geometry type, field specs and rows (attrs, wkt)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

    def _make(geometry, fields, rows, crs="EPSG:3006", name="test"):
        spec = "&".join(f"field={n}:{t}" for n, t in fields)
        layer = QgsVectorLayer(f"{geometry}?crs={crs}&{spec}", name, "memory")
        features = []
        for attrs, wkt in rows:
            f = QgsFeature(layer.fields())
            f.setAttributes(list(attrs))
            if wkt:
                f.setGeometry(QgsGeometry.fromWkt(wkt))
            features.append(f)
        assert layer.dataProvider().addFeatures(features)
        layer.updateExtents()
        return layer

    return _make


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture(scope="session", autouse=True)
def shipped_sample_untouched():
    """No test may write into the plugin's own sample GeoPackage (GDAL writes on open)."""
    before = _digest(SAMPLE_GPKG)
    yield
    assert _digest(SAMPLE_GPKG) == before, f"a test modified {SAMPLE_GPKG}"


@pytest.fixture()
def sample_gpkg(tmp_path):
    """A private copy of the sample GeoPackage for each test; open this, never the shipped
    file (QGIS 3.22 may keep a GeoPackage open after a failed Processing run)."""
    target = tmp_path / "sample" / SAMPLE_GPKG.name
    target.parent.mkdir()
    shutil.copyfile(SAMPLE_GPKG, target)
    return target
