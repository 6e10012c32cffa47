"""segregation:transitcatchment through processing.run: hand-computed layers and sample data.

Hand-made areas are 1 km squares (y 0-1000) in EPSG:3006; catchments come from long
vertical lines (caps far outside the squares), so a corridor covers an exact x range.
"""

import json
import math

import pytest
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProject,
    QgsProperty,
    QgsVectorLayer,
    QgsWkbTypes,
)

ALG = "segregation:transitcatchment"


class Log(QgsProcessingFeedback):
    """Feedback that keeps every message."""

    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):
        self.lines.append(info)

    def pushWarning(self, warning):
        self.lines.append(warning)

    def reportError(self, error, fatalError=False):
        self.lines.append(error)

    def text(self):
        return "\n".join(self.lines)


@pytest.fixture()
def transit(provider):
    """Run the algorithm through processing.run."""
    import processing

    def _run(params, log=None):
        full = {
            "POPULATION_FIELD": "pop",
            "OUTPUT_CATCHMENT": "memory:",
            "OUTPUT_AREAS": "memory:",
            "OUTPUT_SUMMARY": "memory:",
        }
        full.update(params)
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(ALG, full, feedback=log or Log(), context=context)

    return _run


def square(x0, y0=0, size=1000):
    x1, y1 = x0 + size, y0 + size
    return f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))"


def vline(x):
    return f"LINESTRING({x} -20000,{x} 21000)"


@pytest.fixture()
def areas(memory_layer):
    # A: type 1, 1000 people; B: type 5, 2000 people; C: type 3, 500 people.
    return memory_layer(
        "Polygon",
        [("kod", "string"), ("pop", "double"), ("typ", "integer")],
        [
            (("A", 1000.0, 1), square(0)),
            (("B", 2000.0, 5), square(2000)),
            (("C", 500.0, 3), square(4000)),
        ],
    )


def lines_layer(memory_layer, rows, crs="EPSG:3006"):
    return memory_layer(
        "LineString",
        [("namn", "string"), ("scenario", "string"), ("avstand", "double")],
        rows,
        crs=crs,
        name="lines",
    )


def by(layer, key):
    return {f[key]: f for f in layer.getFeatures()}


def summary_rows(result):
    return {(f["scenario"], f["area_type"]): f for f in result["OUTPUT_SUMMARY"].getFeatures()}


def assert_consistent(result, pop_field="pop"):
    """covered <= population per area, and the summary adds up to the areas output."""
    out = result["OUTPUT_AREAS"]
    names = [f.name() for f in out.fields() if f.name().startswith("covered_pop_")]
    rows = list(result["OUTPUT_SUMMARY"].getFeatures())
    for name in names:
        scenario = name[len("covered_pop_") :]
        covered = [f[name] for f in out.getFeatures() if f[name] != NULL]
        pops = [f[pop_field] for f in out.getFeatures() if f[name] != NULL]
        assert all(-1e-9 <= c <= p + 1e-6 for c, p in zip(covered, pops))
        mine = [r for r in rows if r["scenario"] == scenario]
        assert sum(r["covered_population"] for r in mine) == pytest.approx(sum(covered))
        assert sum(r["population"] for r in mine) == pytest.approx(sum(pops))
        assert result["COVERED_POPULATION"][scenario] == pytest.approx(sum(covered))
        assert result["TOTAL_POPULATION"][scenario] == pytest.approx(sum(pops))
    for r in rows:
        assert r["coverage_share"] == NULL or 0 <= r["coverage_share"] <= 1


# -- hand-computed ----------------------------------------------------------------------


def test_half_inside_area_weighted_and_point_on_surface(transit, areas, memory_layer):
    # corridor x 500-1500: A (0-1000) half covered, B and C not
    half = lines_layer(memory_layer, [(("L", "x", None), vline(1000))])
    result = transit({"AREAS": areas, "LINES": half, "DISTANCE": 500})
    a = by(result["OUTPUT_AREAS"], "kod")
    assert a["A"]["covered_pop_all"] == pytest.approx(500.0, rel=1e-9)
    assert a["A"]["covered_share_all"] == pytest.approx(0.5, rel=1e-9)
    assert a["B"]["covered_pop_all"] == 0.0 and a["C"]["covered_pop_all"] == 0.0
    assert result["COVERED_POPULATION"] == {"all": pytest.approx(500.0)}
    assert result["TOTAL_POPULATION"] == {"all": 3500.0}
    rows = summary_rows(result)
    assert list(rows) == [("all", "all")]
    assert rows[("all", "all")]["coverage_share"] == pytest.approx(500 / 3500)
    catch = list(result["OUTPUT_CATCHMENT"].getFeatures())
    assert [f["scenario"] for f in catch] == ["all"]
    assert catch[0]["area_m2"] == pytest.approx(1000 * 41000 + math.pi * 500**2, rel=1e-2)
    assert_consistent(result)

    # 60 % inside (x 400-1600): area-weighted 600, point on surface (500, 500) inside: all
    wide = lines_layer(memory_layer, [(("L", "x", None), vline(1000))])
    weighted = transit({"AREAS": areas, "LINES": wide, "DISTANCE": 600})
    assert by(weighted["OUTPUT_AREAS"], "kod")["A"]["covered_pop_all"] == pytest.approx(600)
    pos = transit({"AREAS": areas, "LINES": wide, "DISTANCE": 600, "METHOD": 1})
    a = by(pos["OUTPUT_AREAS"], "kod")
    assert a["A"]["covered_pop_all"] == 1000.0 and a["A"]["covered_share_all"] == 1.0
    assert a["B"]["covered_pop_all"] == 0.0
    # 40 % inside (x -400-400): area-weighted 400, point on surface outside: nothing
    left = lines_layer(memory_layer, [(("L", "x", None), vline(0))])
    weighted = transit({"AREAS": areas, "LINES": left, "DISTANCE": 400})
    assert by(weighted["OUTPUT_AREAS"], "kod")["A"]["covered_pop_all"] == pytest.approx(400)
    pos = transit({"AREAS": areas, "LINES": left, "DISTANCE": 400, "METHOD": 1})
    assert by(pos["OUTPUT_AREAS"], "kod")["A"]["covered_pop_all"] == 0.0
    assert_consistent(pos)


@pytest.fixture()
def two_scenarios(memory_layer):
    # existing corridor x 2000-3000 covers B (type 5) wholly; planned x 500-1500 half of A
    return lines_layer(
        memory_layer,
        [
            (("J1", "befintlig", None), vline(2500)),
            (("S1", "planerad", None), vline(1000)),
        ],
    )


def test_two_scenarios_without_base(transit, areas, two_scenarios):
    log = Log()
    result = transit(
        {
            "AREAS": areas,
            "AREA_TYPE_FIELD": "typ",
            "LINES": two_scenarios,
            "DISTANCE": 500,
            "SCENARIO_FIELD": "scenario",
        },
        log,
    )
    assert result["COVERED_POPULATION"] == {
        "befintlig": pytest.approx(2000.0),
        "planerad": pytest.approx(500.0),
    }
    # befintlig: types 1-2 0 %, types 4-5 100 % -> 0; planerad: nothing in 4-5 -> undefined
    assert result["EQUITY_RATIOS"] == {"befintlig": pytest.approx(0.0), "planerad": None}
    assert json.loads(result["EQUITY_RATIOS_JSON"]) == {"befintlig": 0.0, "planerad": None}
    summary = result["OUTPUT_SUMMARY"]
    assert [f.name() for f in summary.fields()] == [
        "scenario",
        "area_type",
        "population",
        "covered_population",
        "coverage_share",
    ]
    assert summary.wkbType() == QgsWkbTypes.NoGeometry
    rows = summary_rows(result)
    assert list(rows) == [
        ("befintlig", "1"),
        ("befintlig", "3"),
        ("befintlig", "5"),
        ("planerad", "1"),
        ("planerad", "3"),
        ("planerad", "5"),
    ]
    assert rows[("planerad", "1")]["covered_population"] == pytest.approx(500)
    assert rows[("planerad", "1")]["coverage_share"] == pytest.approx(0.5)
    assert rows[("befintlig", "5")]["coverage_share"] == pytest.approx(1.0)
    names = [f.name() for f in result["OUTPUT_AREAS"].fields()]
    assert names == [
        "kod",
        "pop",
        "typ",
        "covered_pop_befintlig",
        "covered_share_befintlig",
        "covered_pop_planerad",
        "covered_share_planerad",
    ]
    assert "equity ratio" in log.text()
    assert_consistent(result)


def test_two_scenarios_with_base(transit, areas, two_scenarios):
    log = Log()
    result = transit(
        {
            "AREAS": areas,
            "AREA_TYPE_FIELD": "typ",
            "LINES": two_scenarios,
            "DISTANCE": 500,
            "SCENARIO_FIELD": "scenario",
            "BASE_SCENARIO": "befintlig",
        },
        log,
    )
    # planerad = befintlig + planerad: B wholly and half of A
    assert result["COVERED_POPULATION"] == {
        "befintlig": pytest.approx(2000.0),
        "planerad": pytest.approx(2500.0),
    }
    # planerad: types 1-2 covered 50 %, types 4-5 100 % -> 0.5
    assert result["EQUITY_RATIOS"] == {"befintlig": pytest.approx(0.0), "planerad": 0.5}
    a = by(result["OUTPUT_AREAS"], "kod")
    assert a["B"]["covered_pop_planerad"] == pytest.approx(2000)
    assert a["A"]["covered_pop_planerad"] == pytest.approx(500)
    catch = by(result["OUTPUT_CATCHMENT"], "scenario")
    assert catch["planerad"]["area_m2"] > 1.9 * catch["befintlig"]["area_m2"]
    assert catch["planerad"].geometry().contains(catch["befintlig"].geometry().centroid())
    assert "included in every other scenario" in log.text()
    assert "befintlig + planerad" in log.text()
    assert_consistent(result)


def test_scenario_field_names_are_sanitised(transit, areas, memory_layer):
    lines = lines_layer(
        memory_layer,
        [(("S1", "Planerad 2030 (spårväg)", None), vline(1000)), (("J1", "Nu", None), vline(0))],
    )
    result = transit(
        {"AREAS": areas, "LINES": lines, "DISTANCE": 500, "SCENARIO_FIELD": "scenario"}
    )
    names = [f.name() for f in result["OUTPUT_AREAS"].fields()]
    assert "covered_pop_planerad_2030_sparvag" in names and "covered_share_nu" in names
    assert set(result["COVERED_POPULATION"]) == {"Planerad 2030 (spårväg)", "Nu"}


def test_distance_field_per_feature(transit, areas, memory_layer):
    # A's corridor from its own distance (600 -> 60 %), the other line uses DISTANCE (500)
    lines = lines_layer(
        memory_layer,
        [(("T", "x", 600.0), vline(1000)), (("B", "x", None), vline(2500))],
    )
    log = Log()
    result = transit(
        {"AREAS": areas, "LINES": lines, "DISTANCE": 500, "DISTANCE_FIELD": "avstand"}, log
    )
    a = by(result["OUTPUT_AREAS"], "kod")
    assert a["A"]["covered_pop_all"] == pytest.approx(600)
    assert a["B"]["covered_pop_all"] == pytest.approx(2000)
    assert "NULL avstand" in log.text()


# -- reprojection and GTFS ----------------------------------------------------------------


def _points(memory_layer, xy, crs="EPSG:3006"):
    rows = [((f"s{i}", "befintlig"), f"POINT({x} {y})") for i, (x, y) in enumerate(xy)]
    return memory_layer(
        "Point", [("stop_id", "string"), ("scenario", "string")], rows, crs=crs, name="stops"
    )


def _to_wgs84(layer):
    out = QgsVectorLayer("Point?crs=EPSG:4326&field=stop_id:string", "stops84", "memory")
    tr = QgsCoordinateTransform(
        layer.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    feats = []
    for f in layer.getFeatures():
        g = QgsGeometry(f.geometry())
        g.transform(tr)
        p = g.asPoint()
        g = QgsGeometry.fromPointXY(QgsPointXY(round(p.x(), 7), round(p.y(), 7)))
        nf = QgsFeature(out.fields())
        nf.setAttributes([f["stop_id"]])
        nf.setGeometry(g)
        feats.append(nf)
    out.dataProvider().addFeatures(feats)
    return out


def _real_areas(memory_layer, crs="EPSG:3006"):
    x0, y0 = 600000, 6600000
    rows = [
        ((f"R{i}{j}", 1000.0 + 10 * i + j), square(x0 + 1000 * i, y0 + 1000 * j))
        for i in range(4)
        for j in range(4)
    ]
    layer = memory_layer("Polygon", [("kod", "string"), ("pop", "double")], rows)
    if crs == "EPSG:3006":
        return layer
    out = QgsVectorLayer(f"Polygon?crs={crs}&field=kod:string&field=pop:double", "a", "memory")
    tr = QgsCoordinateTransform(layer.crs(), out.crs(), QgsProject.instance())
    feats = []
    for f in layer.getFeatures():
        g = QgsGeometry(f.geometry()).densifyByCount(20)
        g.transform(tr)
        nf = QgsFeature(out.fields())
        nf.setAttributes(f.attributes())
        nf.setGeometry(g)
        feats.append(nf)
    out.dataProvider().addFeatures(feats)
    return out


STOP_XY = [(600700, 6600300), (601900, 6601800), (603500, 6602600), (602200, 6603900)]


def test_reprojection_from_wgs84_matches_sweref(transit, memory_layer):
    stops = _points(memory_layer, STOP_XY)
    areas = _real_areas(memory_layer)
    same = transit({"AREAS": areas, "STOPS": stops, "DISTANCE": 400})
    log = Log()
    moved = transit({"AREAS": areas, "STOPS": _to_wgs84(stops), "DISTANCE": 400}, log)
    expected = same["COVERED_POPULATION"]["all"]
    assert expected > 0
    assert moved["COVERED_POPULATION"]["all"] == pytest.approx(expected, rel=5e-3)
    assert "reprojected from EPSG:4326 to EPSG:3006" in log.text()
    # areas in degrees: computed in SWEREF 99 TM, said in the log
    log = Log()
    geographic = transit(
        {"AREAS": _real_areas(memory_layer, "EPSG:4326"), "STOPS": stops, "DISTANCE": 400}, log
    )
    assert geographic["COVERED_POPULATION"]["all"] == pytest.approx(expected, rel=5e-3)
    assert "SWEREF 99 TM" in log.text()
    assert geographic["OUTPUT_AREAS"].crs().authid() == "EPSG:4326"
    assert geographic["OUTPUT_CATCHMENT"].crs().authid() == "EPSG:3006"


def test_mixed_crs_sources_are_each_reprojected(transit, memory_layer):
    stops = _points(memory_layer, STOP_XY[:2])
    lines = memory_layer(
        "LineString",
        [("namn", "string")],
        [(("L",), "LINESTRING(16.85 59.52, 16.86 59.53)")],
        crs="EPSG:4326",
    )
    areas = _real_areas(memory_layer)
    log = Log()
    result = transit({"AREAS": areas, "STOPS": _to_wgs84(stops), "LINES": lines}, log)
    assert log.text().count("reprojected from EPSG:4326") == 2
    alone = transit({"AREAS": areas, "STOPS": stops})
    assert result["COVERED_POPULATION"]["all"] >= alone["COVERED_POPULATION"]["all"] * 0.995
    point = "POINT(600500 6600500)"
    no_crs = memory_layer("Point", [("id", "integer")], [((1,), point)], crs="")
    assert not no_crs.crs().isValid()
    with pytest.raises(QgsProcessingException, match="has no coordinate reference system"):
        transit({"AREAS": areas, "STOPS": no_crs})
    # SWEREF 99 TM coordinates in a layer that says it is WGS 84
    wrong = memory_layer("Point", [("id", "integer")], [((1,), point)], crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match="are its coordinates really in EPSG:4326"):
        transit({"AREAS": areas, "STOPS": wrong})


def test_gtfs_stops_match_existing_sample_stops(transit, sample_gpkg):
    regso = f"{sample_gpkg}|layername=regso"
    gtfs_log = Log()
    gtfs = transit(
        {
            "AREAS": regso,
            "POPULATION_FIELD": "befolkning",
            "GTFS_STOPS": "resources/sample/gtfs/stops.txt",
            "DISTANCE": 400,
        },
        gtfs_log,
    )
    stops = QgsVectorLayer(f"{sample_gpkg}|layername=transit_stops", "stops", "ogr")
    stops.setSubsetString("scenario = 'befintlig'")
    layer = transit(
        {"AREAS": regso, "POPULATION_FIELD": "befolkning", "STOPS": stops, "DISTANCE": 400}
    )
    expected = layer["COVERED_POPULATION"]["all"]
    assert expected > 0
    assert gtfs["COVERED_POPULATION"]["all"] == pytest.approx(expected, rel=5e-3)
    assert "stops and stations read (EPSG:4326)" in gtfs_log.text()
    assert "reprojected from EPSG:4326" in gtfs_log.text()


def test_gtfs_with_base_scenario_joins_planned_stops(transit, sample_gpkg):
    regso = f"{sample_gpkg}|layername=regso"
    planned = QgsVectorLayer(f"{sample_gpkg}|layername=transit_stops", "stops", "ogr")
    planned.setSubsetString("scenario = 'planerad'")
    params = {
        "AREAS": regso,
        "POPULATION_FIELD": "befolkning",
        "GTFS_STOPS": "resources/sample/gtfs/stops.txt",
        "STOPS": planned,
        "DISTANCE": 400,
        "SCENARIO_FIELD": "scenario",
        "BASE_SCENARIO": "befintlig",
    }
    result = transit(params)
    all_stops = QgsVectorLayer(f"{sample_gpkg}|layername=transit_stops", "stops", "ogr")
    both = transit(dict(params, GTFS_STOPS=None, STOPS=all_stops))
    for scenario in ("befintlig", "planerad"):
        assert result["COVERED_POPULATION"][scenario] == pytest.approx(
            both["COVERED_POPULATION"][scenario], rel=5e-3
        )


def test_bad_gtfs_file_names_file_and_line(transit, areas, tmp_path):
    path = tmp_path / "stops.txt"
    path.write_text("stop_id,stop_name,stop_lat,stop_lon\nA,a,59.1,16.2\nB,b,591,16.2\n")
    with pytest.raises(QgsProcessingException, match=r"stops.txt, line 3: stop_lat '591'"):
        transit({"AREAS": areas, "GTFS_STOPS": str(path)})


# -- bad input ------------------------------------------------------------------------------


def test_no_source_and_empty_stop_layer(transit, areas, memory_layer):
    with pytest.raises(QgsProcessingException, match="Choose at least one of"):
        transit({"AREAS": areas})
    empty = memory_layer("Point", [("id", "integer")], [])
    log = Log()
    with pytest.raises(QgsProcessingException, match="No stops or lines with a geometry"):
        transit({"AREAS": areas, "STOPS": empty}, log)
    assert "has no features" in log.text()


def test_stops_outside_all_areas_warn(transit, areas, memory_layer):
    far = _points(memory_layer, [(50000, 50000), (900, 500)])
    log = Log()
    result = transit({"AREAS": areas, "STOPS": far, "DISTANCE": 100}, log)
    assert "1 of 2 stop(s)/line(s) lie outside all areas" in result["WARNINGS"]
    assert "outside all areas" in log.text()
    assert result["COVERED_POPULATION"]["all"] == pytest.approx(
        1000 * (math.pi * 100**2) / 1e6, rel=5e-3
    )


def test_lines_with_null_geometry(transit, areas, memory_layer):
    lines = lines_layer(memory_layer, [(("L", "x", None), vline(1000)), (("N", "x", None), None)])
    result = transit({"AREAS": areas, "LINES": lines, "DISTANCE": 500})
    assert "1 feature(s) without geometry skipped" in result["WARNINGS"]
    assert result["COVERED_POPULATION"]["all"] == pytest.approx(500)
    only_null = lines_layer(memory_layer, [(("N", "x", None), None)])
    with pytest.raises(QgsProcessingException, match="No stops or lines with a geometry"):
        transit({"AREAS": areas, "LINES": only_null})


def test_distance_must_be_positive(transit, areas, two_scenarios):
    for bad in (0, -400):
        with pytest.raises(QgsProcessingException, match="greater than 0 m"):
            transit({"AREAS": areas, "LINES": two_scenarios, "DISTANCE": bad})


def test_distance_field_must_be_positive(transit, areas, memory_layer):
    lines = lines_layer(memory_layer, [(("L", "x", 0.0), vline(1000))])
    with pytest.raises(QgsProcessingException, match=r"avstand has 1 value.*lines fid 1"):
        transit({"AREAS": areas, "LINES": lines, "DISTANCE_FIELD": "avstand"})


def test_null_population_is_named(transit, memory_layer, two_scenarios):
    areas = memory_layer(
        "Polygon",
        [("kod", "string"), ("pop", "double")],
        [(("A", 10.0), square(0)), (("B", None), square(2000))],
    )
    with pytest.raises(QgsProcessingException, match=r"'pop' is NULL.*1 area\(s\): B \(fid 2\)"):
        transit({"AREAS": areas, "LINES": two_scenarios})


def test_base_scenario_must_exist(transit, areas, two_scenarios):
    with pytest.raises(QgsProcessingException, match="Base scenario 'nuvarande' is not a value"):
        transit(
            {
                "AREAS": areas,
                "LINES": two_scenarios,
                "SCENARIO_FIELD": "scenario",
                "BASE_SCENARIO": "nuvarande",
            }
        )
    with pytest.raises(QgsProcessingException, match="needs a scenario field"):
        transit({"AREAS": areas, "LINES": two_scenarios, "BASE_SCENARIO": "befintlig"})


def test_overlapping_areas_warn_and_stay_consistent(transit, memory_layer):
    areas = memory_layer(
        "Polygon",
        [("kod", "string"), ("pop", "double")],
        [(("A", 1000.0), square(0)), (("AB", 400.0), square(500))],
    )
    lines = memory_layer("LineString", [("id", "integer")], [((1,), vline(1000))])
    result = transit({"AREAS": areas, "LINES": lines, "DISTANCE": 500})
    assert "1 pair(s) of areas overlap (e.g. A (fid 1) / AB (fid 2))" in result["WARNINGS"]
    a = by(result["OUTPUT_AREAS"], "kod")
    assert a["A"]["covered_pop_all"] == pytest.approx(500)
    assert a["AB"]["covered_pop_all"] == pytest.approx(400)  # x 500-1500 wholly inside
    assert result["TOTAL_POPULATION"]["all"] == 1400.0
    assert_consistent(result)


def test_invalid_area_repaired_in_output_only(transit, memory_layer):
    bowtie = "POLYGON((0 0,1000 1000,1000 0,0 1000,0 0))"
    areas = memory_layer(
        "Polygon", [("kod", "string"), ("pop", "double")], [(("X", 100.0), bowtie)]
    )
    lines = memory_layer("LineString", [("id", "integer")], [((1,), vline(1000))])
    result = transit({"AREAS": areas, "LINES": lines, "DISTANCE": 500})
    assert "repaired" in result["WARNINGS"]
    out = next(result["OUTPUT_AREAS"].getFeatures())
    assert out.geometry().isGeosValid()
    assert out["covered_pop_all"] == pytest.approx(50.0)  # the right triangle of two
    assert not next(areas.getFeatures()).geometry().isGeosValid()  # input untouched


def test_inputs_not_modified(transit, areas, two_scenarios):
    before = [(f.attributes(), f.geometry().asWkt()) for f in areas.getFeatures()]
    transit({"AREAS": areas, "LINES": two_scenarios, "SCENARIO_FIELD": "scenario"})
    assert [(f.attributes(), f.geometry().asWkt()) for f in areas.getFeatures()] == before
    assert [f.name() for f in areas.fields()] == ["kod", "pop", "typ"]
    assert [f.name() for f in two_scenarios.fields()] == ["namn", "scenario", "avstand"]


# -- sample data, checked against QGIS' native algorithms ------------------------------------


def _native_covered(run, areas, stops, expression):
    """Covered population: native buffer -> dissolve -> intersection, then pop x area share."""
    chosen = run(
        "native:extractbyexpression",
        {"INPUT": stops, "EXPRESSION": expression, "OUTPUT": "memory:"},
    )["OUTPUT"]
    buffered = run(
        "native:buffer",
        {
            "INPUT": chosen,
            "DISTANCE": QgsProperty.fromField("avstand_m"),
            "SEGMENTS": 16,
            "END_CAP_STYLE": 0,
            "JOIN_STYLE": 0,
            "MITER_LIMIT": 2,
            "DISSOLVE": False,
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    dissolved = run("native:dissolve", {"INPUT": buffered, "OUTPUT": "memory:"})["OUTPUT"]
    pieces = run(
        "native:intersection",
        {
            "INPUT": areas,
            "OVERLAY": dissolved,
            "INPUT_FIELDS": ["regsokod", "befolkning", "area_type"],
            "OVERLAY_FIELDS": [],
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    whole = {f["regsokod"]: f.geometry().area() for f in areas.getFeatures()}
    per_area, per_type = {}, {}
    for f in pieces.getFeatures():
        c = f["befolkning"] * f.geometry().area() / whole[f["regsokod"]]
        per_area[f["regsokod"]] = per_area.get(f["regsokod"], 0.0) + c
        per_type[f["area_type"]] = per_type.get(f["area_type"], 0.0) + c
    return per_area, per_type, dissolved


def test_sample_regso_against_native_algorithms(transit, run, sample_gpkg):
    typed = run(
        "segregation:areatypes",
        {
            "INPUT": f"{sample_gpkg}|layername=regso",
            "V1_FIELD": "andel_lag_ek_standard",
            "V2_FIELD": "andel_forgymnasial",
            "V3_FIELD": "andel_bistand_arbetsloshet",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    stops = QgsVectorLayer(f"{sample_gpkg}|layername=transit_stops", "transit_stops", "ogr")
    log = Log()
    result = transit(
        {
            "AREAS": typed,
            "POPULATION_FIELD": "befolkning",
            "AREA_TYPE_FIELD": "area_type",
            "STOPS": stops,
            "DISTANCE": 400,
            "DISTANCE_FIELD": "avstand_m",
            "SCENARIO_FIELD": "scenario",
            "BASE_SCENARIO": "befintlig",
        },
        log,
    )
    assert result["WARNINGS"] == ""
    assert_consistent(result, "befolkning")
    areas_out = by(result["OUTPUT_AREAS"], "regsokod")
    catch = by(result["OUTPUT_CATCHMENT"], "scenario")
    pops = {f["area_type"]: 0.0 for f in typed.getFeatures()}
    for f in typed.getFeatures():
        pops[f["area_type"]] += f["befolkning"]
    expressions = {
        "befintlig": "scenario = 'befintlig'",
        "planerad": "scenario IN ('befintlig', 'planerad')",
    }
    ratios = {}
    for scenario, expression in expressions.items():
        per_area, per_type, dissolved = _native_covered(run, typed, stops, expression)
        total = sum(per_area.values())
        assert result["COVERED_POPULATION"][scenario] == pytest.approx(total, rel=1e-6)
        for code, value in per_area.items():
            ours = areas_out[code][f"covered_pop_{scenario}"]
            assert ours == pytest.approx(value, rel=1e-6, abs=1e-6)
        native_area = sum(f.geometry().area() for f in dissolved.getFeatures())
        assert catch[scenario]["area_m2"] == pytest.approx(native_area, rel=1e-6)
        share = {t: per_type.get(t, 0.0) / pops[t] for t in pops}
        ratios[scenario] = ((per_type.get(1, 0) + per_type.get(2, 0)) / (pops[1] + pops[2])) / (
            (per_type.get(4, 0) + per_type.get(5, 0)) / (pops[4] + pops[5])
        )
        rows = summary_rows(result)
        for t in range(1, 6):
            assert rows[(scenario, str(t))]["coverage_share"] == pytest.approx(share[t], rel=1e-6)
    assert result["EQUITY_RATIOS"] == {
        "befintlig": pytest.approx(ratios["befintlig"], rel=1e-6),
        "planerad": pytest.approx(ratios["planerad"], rel=1e-6),
    }
    # numbers of the sample county (tools/make_sample_data.py), verified above with native
    # buffer + dissolve + intersection: planned tram and station to Solhöjden raise coverage
    # in area types 1-2 and with it the equity ratio.
    assert result["TOTAL_POPULATION"] == {"befintlig": 175940.0, "planerad": 175940.0}
    assert result["COVERED_POPULATION"] == {
        "befintlig": pytest.approx(20869.8, abs=0.5),
        "planerad": pytest.approx(25931.1, abs=0.5),
    }
    assert result["EQUITY_RATIOS"] == {
        "befintlig": pytest.approx(1.1083, abs=5e-4),
        "planerad": pytest.approx(1.9458, abs=5e-4),
    }
    assert result["EQUITY_RATIOS"]["planerad"] > result["EQUITY_RATIOS"]["befintlig"]


def test_sample_point_on_surface_against_python(transit, sample_gpkg):
    regso = QgsVectorLayer(f"{sample_gpkg}|layername=regso", "regso", "ogr")
    stops = QgsVectorLayer(f"{sample_gpkg}|layername=transit_stops", "transit_stops", "ogr")
    result = transit(
        {
            "AREAS": regso,
            "POPULATION_FIELD": "befolkning",
            "STOPS": stops,
            "DISTANCE_FIELD": "avstand_m",
            "METHOD": 1,
        }
    )
    circles = [(f.geometry().asPoint(), f["avstand_m"]) for f in stops.getFeatures()]
    expected = 0.0
    for area in regso.getFeatures():
        p = area.geometry().pointOnSurface().asPoint()
        if any(p.distance(q) < d * 0.998 for q, d in circles):  # 64-gon inside the circle
            expected += area["befolkning"]
    assert expected > 0
    assert result["COVERED_POPULATION"]["all"] == pytest.approx(expected)
    assert_consistent(result, "befolkning")


def test_outputs_load_styled(transit, areas, two_scenarios):
    import processing

    project = QgsProject.instance()
    project.clear()
    params = {
        "AREAS": areas,
        "POPULATION_FIELD": "pop",
        "AREA_TYPE_FIELD": "typ",
        "LINES": two_scenarios,
        "SCENARIO_FIELD": "scenario",
        "BASE_SCENARIO": "befintlig",
        "OUTPUT_CATCHMENT": "memory:",
        "OUTPUT_AREAS": "memory:",
        "OUTPUT_SUMMARY": "memory:",
    }
    result = processing.runAndLoadResults(ALG, params)
    catch = project.mapLayer(result["OUTPUT_CATCHMENT"])
    renderer = catch.renderer()
    assert renderer.type() == "categorizedSymbol" and renderer.classAttribute() == "scenario"
    categories = renderer.categories()  # keep the copies alive while using their symbols
    assert [c.value() for c in categories] == ["befintlig", "planerad"]
    fill = categories[1].symbol().symbolLayer(0).fillColor()
    assert fill.name() == "#d01c8b" and 0 < fill.alpha() < 255
    out = project.mapLayer(result["OUTPUT_AREAS"])
    assert out.renderer().type() == "categorizedSymbol"
    assert out.renderer().classAttribute() == "typ"
    project.clear()
