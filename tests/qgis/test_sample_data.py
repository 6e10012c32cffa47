"""The embedded sample county: valid, consistent, and loadable through segregation:loadsample."""

import re

import pytest
from qgis.core import QgsProject, QgsVectorLayer

from segregation_plugin.paths import SAMPLE_DIR

LAYERS = ("deso", "regso", "kommun", "stadsdelar", "transit_stops", "transit_lines")


@pytest.fixture()
def open_layer(sample_gpkg):
    """Open a layer of the private copy of the sample GeoPackage."""

    def _open(name):
        layer = QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
        assert layer.isValid(), name
        return layer

    return _open


@pytest.mark.parametrize("name", LAYERS)
def test_layers_are_valid_in_sweref99tm(name, open_layer):
    layer = open_layer(name)
    assert layer.crs().authid() == "EPSG:3006"
    assert layer.featureCount() > 0
    for feature in layer.getFeatures():
        geometry = feature.geometry()
        assert not geometry.isNull() and geometry.isGeosValid(), (name, feature.id())


def test_codes_follow_scb_patterns_and_nest(open_layer):
    deso = list(open_layer("deso").getFeatures())
    regso = {f["regsokod"]: f for f in open_layer("regso").getFeatures()}
    assert 120 <= len(deso) <= 180 and 30 <= len(regso) <= 50
    for f in deso:
        assert re.fullmatch(r"99\d\d[ABC]\d{4}", f["desokod"])
        assert re.fullmatch(r"99\d\dR\d{3}", f["regsokod"]) and f["regsokod"] in regso
        assert f["desokod"][:4] == f["regsokod"][:4] == f["kommunkod"]
    assert {f["kommunkod"] for f in open_layer("kommun").getFeatures()} == {"9901", "9902", "9903"}


def test_counts_are_consistent(open_layer):
    deso = list(open_layer("deso").getFeatures())
    for f in deso:
        assert sum(f[q] for q in ("q1", "q2", "q3", "q4", "q5")) == f["befolkning"]
        assert 0 <= f["lag_ek_standard"] <= f["befolkning"]
        assert 0 <= f["forgymnasial"] <= f["bef_20_64"] <= f["befolkning"]
        assert 0 <= f["bistand_arbetsloshet"] <= f["bef_20_64"]
    for r in open_layer("regso").getFeatures():
        members = [f for f in deso if f["regsokod"] == r["regsokod"]]
        assert r["befolkning"] == sum(f["befolkning"] for f in members)
        expected = round(100 * sum(f["lag_ek_standard"] for f in members) / r["befolkning"], 1)
        assert r["andel_lag_ek_standard"] == pytest.approx(expected, abs=0.051)
        for field in ("andel_lag_ek_standard", "andel_forgymnasial", "andel_bistand_arbetsloshet"):
            assert 0 <= r[field] <= 100


def test_statistics_files_are_shipped():
    for name in (
        "deso_befolkning_inkomstkvintil.csv",
        "deso_indikatorer_antal.csv",
        "regso_indikatorer.csv",
        "koppling_deso_regso.csv",
        "gtfs/stops.txt",
    ):
        assert (SAMPLE_DIR / name).stat().st_size > 100, name


def test_loadsample_copies_and_loads_styled_layers(provider, tmp_path):
    import processing

    project = QgsProject.instance()
    project.clear()
    # as the algorithm dialog does: run, then load the layers marked for loading
    result = processing.runAndLoadResults(
        "segregation:loadsample", {"OUTPUT_FOLDER": str(tmp_path)}
    )
    gpkg = tmp_path / "exempellan.gpkg"
    assert result["GEOPACKAGE"] == str(gpkg) and gpkg.exists()
    assert len(result["OUTPUT_LAYERS"]) == len(LAYERS)
    loaded = list(project.mapLayers().values())
    assert len(loaded) == len(LAYERS)
    assert all(str(tmp_path) in layer.source() for layer in loaded)
    stops = next(layer for layer in loaded if "layername=transit_stops" in layer.source())
    assert stops.renderer().type() == "categorizedSymbol"
    assert {c.value() for c in stops.renderer().categories()} == {"befintlig", "planerad"}
    # the copy carries the styles as default styles, so it opens styled anywhere
    reopened = QgsVectorLayer(f"{gpkg}|layername=transit_stops", "s", "ogr")
    assert reopened.renderer().type() == "categorizedSymbol"
    project.clear()


def test_loadsample_subset(run, tmp_path):
    QgsProject.instance().clear()
    result = run("segregation:loadsample", {"OUTPUT_FOLDER": str(tmp_path), "LAYERS": [1, 3]})
    assert len(result["OUTPUT_LAYERS"]) == 2
    QgsProject.instance().clear()
