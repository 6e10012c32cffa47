"""segregation:report on the sample county: a PDF per municipality from a print layout."""

import subprocess
from collections import defaultdict
from pathlib import Path

import numpy as np
import pytest
from qgis.core import (
    QgsLayoutItemManualTable,
    QgsLayoutItemMap,
    QgsProcessingException,
    QgsProject,
)
from qgis.PyQt.QtGui import QImage

from segregation_plugin.adapter.report import layout_texts
from segregation_plugin.adapter.styling import format_number
from segregation_plugin.core.palette import AREA_TYPE_COLOURS, hex_to_rgb

MUNICIPALITIES = {"9901": "Åstad", "9902": "Björkvik", "9903": "Granmo"}
DPI = 50


@pytest.fixture()
def algorithms(provider):
    """The provider, with the report and styling algorithms registered."""
    return provider


@pytest.fixture()
def areas(run, algorithms, sample_gpkg):
    """segregation:areatypes on the sample RegSO (classified against the county itself)."""
    result = run(
        "segregation:areatypes",
        {
            "INPUT": f"{sample_gpkg}|layername=regso",
            "V1_FIELD": "andel_lag_ek_standard",
            "V2_FIELD": "andel_forgymnasial",
            "V3_FIELD": "andel_bistand_arbetsloshet",
            "OUTPUT": "memory:",
        },
    )
    return result["OUTPUT"]


def _expected(areas):
    """Population and number of areas per municipality and area type, from the layer."""
    pop = defaultdict(lambda: defaultdict(float))
    units = defaultdict(lambda: defaultdict(int))
    for f in areas.getFeatures():
        t = int(f["area_type"]) if f["area_type"] else 0
        pop[f["kommunkod"]][t] += f["befolkning"]
        units[f["kommunkod"]][t] += 1
    return pop, units


def _layout(name):
    return QgsProject.instance().layoutManager().layoutByName(f"Segregation report: {name}")


def _table(layout, frame_id):
    for multi in layout.multiFrames():
        if isinstance(multi, QgsLayoutItemManualTable) and multi.frame(0).id() == frame_id:
            return [[str(cell.content()) for cell in row] for row in multi.tableContents()]
    raise AssertionError(f"no table {frame_id}")


def _first_page_png(pdf: Path, tmp_path: Path) -> QImage:
    prefix = tmp_path / f"{pdf.stem}_page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", "1", "-l", "1", str(pdf), str(prefix)],
        check=True,
    )
    (png,) = sorted(tmp_path.glob(f"{pdf.stem}_page*.png"))
    image = QImage(str(png))
    assert not image.isNull()
    return image


def _colour_counts(image: QImage, rect_mm, tolerance: int = 10) -> dict:
    """Pixels within ``tolerance`` (per channel) of each area-type colour inside ``rect_mm``."""
    x0, y0, w, h = (int(round(v * DPI / 25.4)) for v in rect_mm)
    image = image.convertToFormat(QImage.Format_RGB32).copy(x0 + 2, y0 + 2, w - 4, h - 4)
    ptr = image.constBits()
    ptr.setsize(image.sizeInBytes())
    bgra = np.frombuffer(ptr, dtype=np.uint8).reshape(image.height(), image.bytesPerLine())
    rgb = bgra[:, : image.width() * 4].reshape(image.height(), image.width(), 4)[:, :, 2::-1]
    counts = {}
    for t, colour in AREA_TYPE_COLOURS.items():
        target = np.round(hex_to_rgb(colour)[0] * 255).astype(int)
        close = np.all(np.abs(rgb.astype(int) - target) <= tolerance, axis=2)
        counts[t] = int(close.sum())
    return counts


@pytest.fixture()
def report(run, areas, sample_gpkg, tmp_path):
    project = QgsProject.instance()
    project.clear()
    folder = tmp_path / "reports"
    result = run(
        "segregation:report",
        {
            "AREAS": areas,
            "POPULATION_FIELD": "befolkning",
            "GROUP_FIELDS": ["q1", "q2", "q3", "q4", "q5"],
            "BACKGROUND": f"{sample_gpkg}|layername=kommun",
            "OUTPUT_FOLDER": str(folder),
        },
    )
    yield result, folder
    project.clear()


def test_one_pdf_per_municipality_with_the_area_type_colours(report, areas, tmp_path):
    result, folder = report
    pdfs = [Path(p) for p in result["PDFS"].split(";")]
    assert len(pdfs) == 3
    _, units = _expected(areas)
    for code, name in MUNICIPALITIES.items():
        pdf = next(p for p in pdfs if p.name.startswith(f"report_{code}"))
        assert pdf.parent == folder and pdf.stat().st_size > 10_000
        assert pdf.read_bytes()[:5] == b"%PDF-"
        image = _first_page_png(pdf, tmp_path)
        assert image.width() == pytest.approx(210 * DPI / 25.4, abs=2)  # A4 portrait
        layout = _layout(name)
        map_item = next(i for i in layout.items() if isinstance(i, QgsLayoutItemMap))
        pos, size = map_item.pagePos(), map_item.rect()
        counts = _colour_counts(image, (pos.x(), pos.y(), size.width(), size.height()))
        for t in range(1, 6):
            if units[code][t]:
                assert counts[t] >= 15, (name, t, counts)
            else:
                assert counts[t] <= 3, (name, t, counts)
    pngs = result["PNGS"].split(";")
    assert len(pngs) == 6 and all(Path(p).stat().st_size > 10_000 for p in pngs)


def test_layouts_in_the_project_with_the_right_numbers(report, areas):
    result, _ = report
    pop, units = _expected(areas)
    assert len(result["LAYOUTS"].split(";")) == 3
    for code, name in MUNICIPALITIES.items():
        layout = _layout(name)
        assert layout is not None, name
        assert layout.pageCollection().pageCount() == 2
        ids = {getattr(i, "id", lambda: "")() for i in layout.items()}
        assert {"title", "map", "legend", "scale_bar", "north_arrow", "source"} <= ids
        rows = _table(layout, "composition_table")
        by_type = {row[1]: row for row in rows}
        for t in range(1, 6):
            assert by_type[str(t)][2] == format_number(units[code][t], 0)
            assert by_type[str(t)][3] == format_number(pop[code][t], 0)
        total = sum(pop[code].values())
        assert by_type["Total"][3] == format_number(total, 0)
        share12 = 100 * (pop[code][1] + pop[code][2]) / total
        texts = "\n".join(layout_texts(layout))
        assert name in texts and "Source: SCB, Lantmäteriet" in texts
        assert "Fictional data" in texts  # the sample county
        assert "SD (ddof=1)" in texts  # the method choices from sei_method
        measures = {row[0]: row for row in _table(layout, "measures_table")}
        share_row = measures["Share of the population in area types 1 and 2"]
        assert share_row[1] == f"{format_number(share12, 1)} %"
        assert share_row[2].startswith("≥ ") and share_row[3] in ("Yes", "No")
        assert measures["Ojämlikhetsindex (Delmos)"][1].endswith(" %")
    # the map layers are in the project (hidden group), so the layouts survive saving
    group = QgsProject.instance().layerTreeRoot().findGroup("Report layers: Åstad")
    assert group is not None and not group.isVisible()
    assert len(group.findLayers()) == 3  # areas, other areas, boundaries


def test_layouts_survive_saving_the_project(report, tmp_path):
    project = QgsProject.instance()
    path = tmp_path / "project.qgz"
    assert project.write(str(path))
    project.clear()
    assert project.read(str(path))
    layout = _layout("Björkvik")
    assert layout is not None
    map_item = next(i for i in layout.items() if isinstance(i, QgsLayoutItemMap))
    layers = map_item.layers()
    assert len(layers) == 3 and all(layer.isValid() for layer in layers)
    assert sum(layer.featureCount() for layer in layers if "Area" in layer.name()) == 10
    legend = next(i for i in layout.items() if getattr(i, "id", lambda: "")() == "legend")
    assert [n.name() for n in legend.model().rootGroup().findLayers()] == [
        "Area types",
        "Boundaries",
    ]


def test_ojamlikhetsindex_and_flags_match_regionflags(run, areas, tmp_path):
    QgsProject.instance().clear()
    flags = run(
        "segregation:regionflags",
        {
            "INPUT": areas,
            "POPULATION_FIELD": "befolkning",
            "AREA_TYPE_FIELD": "area_type",
            "LOW_FIELD": "q1",
            "HIGH_FIELD": "q5",
            "OUTPUT": "memory:",
        },
    )["OUTPUT"]
    expected = {f["region"]: f for f in flags.getFeatures()}
    result = run(
        "segregation:report",
        {
            "AREAS": areas,
            "POPULATION_FIELD": "befolkning",
            "FLAGS_TABLE": flags,
            "REGIONS": "Granmo, 9901",
            "ADD_LAYOUTS": False,
            "OUTPUT_FOLDER": str(tmp_path / "flags"),
        },
    )
    pdfs = result["PDFS"].split(";")
    assert [Path(p).name[:11] for p in pdfs] == ["report_9903", "report_9901"]
    assert result["LAYOUTS"] == ""
    assert QgsProject.instance().layoutManager().layouts() == []
    # the same values on the fly (groups q1, q5) as in the regionflags table
    fly = run(
        "segregation:report",
        {
            "AREAS": areas,
            "POPULATION_FIELD": "befolkning",
            "GROUP_FIELDS": ["q1", "q5"],
            "REGIONS": "9901",
            "OUTPUT_FOLDER": str(tmp_path / "fly"),
        },
    )
    layout = _layout("Åstad")
    measures = {row[0]: row for row in _table(layout, "measures_table")}
    ineq = measures["Ojämlikhetsindex (Delmos)"]
    assert ineq[1] == f"{format_number(expected['9901']['ojamlikhetsindex'], 1)} %"
    assert ineq[2] == f"≥ {format_number(expected['9901']['ineq_threshold'], 1)} %"
    assert ineq[3] == ("Yes" if expected["9901"]["flag_ineq"] else "No")
    assert fly["PDFS"].endswith(".pdf")
    QgsProject.instance().clear()


def test_unknown_region_and_missing_fields(run, areas, tmp_path):
    with pytest.raises(QgsProcessingException, match="Region 'Nowhere'"):
        run(
            "segregation:report",
            {
                "AREAS": areas,
                "POPULATION_FIELD": "befolkning",
                "REGIONS": "Nowhere",
                "OUTPUT_FOLDER": str(tmp_path),
            },
        )
