"""Styles: segregation:styleareatypes, graduated indicator styles, the municipality flag style
and area-name labels (adapter/styling.py)."""

import pytest
from qgis.core import (
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsProject,
    QgsRenderContext,
)

from segregation_plugin.adapter import styling as st
from segregation_plugin.core import palette as pl

SQUARE = "POLYGON(({x} 0,{x1} 0,{x1} 1,{x} 1,{x} 0))"


def _square(i):
    return SQUARE.format(x=i, x1=i + 1)


@pytest.fixture()
def algorithms(provider):
    """The provider, with the report and styling algorithms registered."""
    return provider


@pytest.fixture()
def scb_types(memory_layer):
    """SCB's official area types as imported from Statistikdatabasen: text, with labels."""
    values = [
        "1",
        "2",
        "3",
        "4",
        "5",
        "Områden med stora socioekonomiska utmaningar",  # = 1
        "Områdestyp 4",
        " 5 ",
        "",
        None,
        "..",
    ]
    rows = [((f"9901R{i:03d}", v, f"Område {i}"), _square(i)) for i, v in enumerate(values)]
    return memory_layer(
        "Polygon",
        [("regsokod", "string"), ("omradestyp", "string"), ("namn", "string")],
        rows,
        name="scb",
    )


def _symbol_colours(layer):
    """Fill colour of the symbol each feature is drawn with, by feature id (None: not drawn)."""
    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.setExpressionContext(
        QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    )
    renderer.startRender(context, layer.fields())
    colours = {}
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        symbol = renderer.symbolForFeature(feature, context)
        colours[feature.id()] = None if symbol is None else symbol.color().name()
    renderer.stopRender(context)
    return colours


@pytest.mark.parametrize(
    "value, expected",
    [
        (1, 1),
        (2.0, 2),
        ("3", 3),
        (" 4 ", 4),
        ("5.0", 5),
        ("5,0", 5),
        ("Typ 2", 2),
        ("Områdestyp 1", 1),
        ("2 Områden med socioekonomiska utmaningar", 2),
        ("Socioekonomiskt blandade områden", 3),
        ("områden med mycket goda socioekonomiska förutsättningar", 5),
        ("Areas with good socioeconomic conditions", 4),
        ("12", 0),
        ("2.5", 0),
        ("6", 0),
        ("", 0),
        ("..", 0),
        (None, 0),
        (0, 0),
    ],
)
def test_area_type_number(value, expected):
    assert st.area_type_number(value) == expected


def test_styleareatypes_on_scb_text_values(algorithms, scb_types):
    import processing

    project = QgsProject.instance()
    project.clear()
    before = scb_types.renderer().dump()
    result = processing.runAndLoadResults(
        "segregation:styleareatypes",
        {"INPUT": scb_types, "LABEL_FIELD": "namn", "OUTPUT": "memory:"},
    )
    # counts: three 1..5 of type 1-5 plus label 1, "Områdestyp 4" and " 5 "; 3 not classified
    assert [result[f"COUNT_{t}"] for t in range(1, 6)] == [2, 1, 1, 2, 2]
    assert result["COUNT_NULL"] == 3
    out = project.mapLayer(result["OUTPUT"])
    assert out.featureCount() == scb_types.featureCount()
    renderer = out.renderer()
    assert renderer.type() == "categorizedSymbol"
    categories = renderer.categories()
    assert len(categories) == 6
    for t, category in zip(range(1, 6), categories[:5]):
        assert category.label().startswith(f"{t} "), category.label()
        assert category.symbol().symbolLayer(0).fillColor().name() == pl.AREA_TYPE_COLOURS[t]
    assert categories[5].value() in (None, "") and categories[5].label() == "Not classified"
    # types 1 and 2 carry the hatch (a second symbol layer)
    assert categories[0].symbol().symbolLayerCount() == 2
    assert categories[2].symbol().symbolLayerCount() == 1
    # every feature is drawn in the colour of its type, text values included
    colours = _symbol_colours(out)
    types = [1, 2, 3, 4, 5, 1, 4, 5, 0, 0, 0]
    by_value = {f.id(): t for f, t in zip(out.getFeatures(), types)}
    for fid, t in by_value.items():
        expected = pl.AREA_TYPE_COLOURS.get(t, pl.NOT_CLASSIFIED_COLOUR)
        assert colours[fid] == expected, (fid, t, colours[fid])
    # labels with the area name between 1:150 000 and 1:5 000
    assert out.labelsEnabled()
    settings = out.labeling().settings()
    assert settings.fieldName == "namn" and settings.scaleVisibility
    assert (settings.minimumScale, settings.maximumScale) == (150000.0, 5000.0)
    # the input is untouched: same style, same data
    assert scb_types.renderer().dump() == before
    assert not scb_types.labelsEnabled()
    project.clear()


def test_styleareatypes_modify_input_changes_only_the_style(algorithms, run, scb_types):
    values = [f["omradestyp"] for f in scb_types.getFeatures()]
    before = scb_types.renderer().dump()
    run(
        "segregation:styleareatypes",
        {"INPUT": scb_types, "MODIFY_INPUT": False, "OUTPUT": "memory:"},
    )
    assert scb_types.renderer().dump() == before
    result = run(
        "segregation:styleareatypes",
        {"INPUT": scb_types, "MODIFY_INPUT": True, "OUTLINE_ONLY": True},
    )
    assert "OUTPUT" not in result or not result["OUTPUT"]
    renderer = scb_types.renderer()
    categories = renderer.categories()  # keep the copies alive while using their symbols
    assert renderer.type() == "categorizedSymbol" and len(categories) == 6
    first = categories[0].symbol().symbolLayer(0)
    assert first.strokeColor().name() == pl.AREA_TYPE_COLOURS[1]  # outline only
    assert [f["omradestyp"] for f in scb_types.getFeatures()] == values
    assert [f.name() for f in scb_types.fields()] == ["regsokod", "omradestyp", "namn"]


def test_styleareatypes_detects_the_field_and_keeps_integer_fields(algorithms, run, memory_layer):
    layer = memory_layer(
        "Polygon",
        [("kod", "string"), ("area_type", "integer")],
        [((f"k{i}", t), _square(i)) for i, t in enumerate([1, 3, 5, None])],
    )
    result = run("segregation:styleareatypes", {"INPUT": layer, "MODIFY_INPUT": True})
    assert [result[f"COUNT_{t}"] for t in range(1, 6)] == [1, 0, 1, 0, 1]
    assert layer.renderer().classAttribute() == "area_type"  # a plain field, no expression
    no_field = memory_layer("Polygon", [("kod", "string")], [(("a",), _square(0))])
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException):
        run("segregation:styleareatypes", {"INPUT": no_field, "OUTPUT": "memory:"})


@pytest.fixture()
def indicator_layer(memory_layer):
    # 20 areas with a share in percent (0-100) and a share as a fraction (0-1)
    values = [
        2.0,
        3.5,
        4.0,
        4.2,
        5.0,
        7.5,
        8.0,
        9.0,
        12.0,
        13.0,
        14.0,
        15.5,
        21.0,
        22.0,
        23.5,
        30.0,
        31.0,
        40.0,
        41.0,
        55.0,
    ]
    rows = [((v, v / 100.0, v * 10), _square(i)) for i, v in enumerate(values)]
    return memory_layer(
        "Polygon",
        [("andel_lag_ek_standard", "double"), ("share_type_12", "double"), ("inkomst", "double")],
        rows,
    )


@pytest.mark.parametrize("method", ["jenks", "quantile"])
def test_graduated_style_classes_ramp_and_percent_labels(indicator_layer, method):
    st.apply_graduated_style(indicator_layer, "andel_lag_ek_standard", method=method)
    renderer = indicator_layer.renderer()
    assert renderer.type() == "graduatedSymbol"
    ranges = renderer.ranges()
    assert len(ranges) == 5
    assert [r.symbol().color().name() for r in ranges] == list(pl.SEQUENTIAL_RAMP)
    assert all(r.label().endswith(" %") for r in ranges)
    assert ranges[0].lowerValue() == pytest.approx(2.0)
    assert ranges[-1].upperValue() == pytest.approx(55.0)
    if method == "quantile":  # 4 areas in each class
        counts = [
            sum(
                1
                for f in indicator_layer.getFeatures()
                if r.lowerValue() <= f["andel_lag_ek_standard"] <= r.upperValue()
            )
            for r in ranges
        ]
        assert min(counts) >= 4


def test_graduated_style_fractions_and_plain_values(indicator_layer):
    renderer = st.graduated_renderer(indicator_layer, "share_type_12", classes=4)
    assert len(renderer.ranges()) == 4
    # a share 0-1 is shown in percent: 2.0 %, not 0.02
    assert renderer.ranges()[0].label().startswith("2.0") and renderer.ranges()[0].label().endswith(
        " %"
    )
    plain = st.graduated_renderer(indicator_layer, "inkomst", classes=3)
    assert len(plain.ranges()) == 3 and not plain.ranges()[0].label().endswith("%")


def test_graduated_style_with_few_values_has_no_empty_or_single_value_classes(memory_layer):
    layer = memory_layer(
        "Polygon",
        [("ojamlikhetsindex", "double")],
        [((v,), _square(i)) for i, v in enumerate([12.8, 45.6, 45.9])],
    )
    renderer = st.graduated_renderer(layer, "ojamlikhetsindex", classes=5)
    ranges = renderer.ranges()
    assert 1 < len(ranges) <= 5
    assert all(r.upperValue() > r.lowerValue() for r in ranges)


@pytest.fixture()
def municipalities(memory_layer):
    rows = [
        (("0001", "Ett", 62.0, 0.40, 1), _square(0)),
        (("0002", "Två", 20.0, 0.05, 0), _square(1)),
        (("0003", "Tre", 35.0, 0.10, 0), _square(2)),
        (("0004", "Fyra", 41.0, 0.22, 0), _square(3)),
        (("0005", "Fem", 28.0, 0.12, 0), _square(4)),
        (("0006", "Sex", 52.0, 0.30, 1), _square(5)),
        (("0007", "Sju", None, 0.02, 0), _square(6)),
    ]
    return memory_layer(
        "Polygon",
        [
            ("region", "string"),
            ("region_name", "string"),
            ("ojamlikhetsindex", "double"),
            ("share_type_12", "double"),
            ("flag_combined", "integer"),
        ],
        rows,
    )


def test_municipality_flag_style(municipalities):
    st.apply_region_flag_style(municipalities, classes=3)
    renderer = municipalities.renderer()
    assert renderer.type() == "RuleRenderer"
    rules = renderer.rootRule().children()
    classes, missing, flag = rules[:-2], rules[-2], rules[-1]
    assert len(classes) == 3
    assert [r.symbol().color().name() for r in classes] == [
        pl.INDEX_RAMP[0],
        pl.INDEX_RAMP[2],
        pl.INDEX_RAMP[4],
    ]
    assert all(r.label().endswith(" %") for r in classes)
    assert missing.filterExpression() == '"ojamlikhetsindex" IS NULL'
    assert flag.label().startswith("Flagged")
    assert flag.symbol().symbolLayerCount() == 2  # thick outline + hatch
    assert flag.symbol().symbolLayer(0).strokeWidth() >= 0.8
    # each feature: exactly one class (or the missing rule), plus the flag rule when flagged
    context = QgsRenderContext()
    context.setExpressionContext(
        QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(municipalities))
    )
    clone = renderer.clone()
    clone.startRender(context, municipalities.fields())
    for feature in municipalities.getFeatures():
        context.expressionContext().setFeature(feature)
        symbols = clone.symbolsForFeature(feature, context)
        assert len(symbols) == 1 + (feature["flag_combined"] == 1), feature["region"]
    clone.stopRender(context)


def test_municipality_flag_style_without_ojamlikhetsindex_uses_share(memory_layer):
    layer = memory_layer(
        "Polygon",
        [("ojamlikhetsindex", "double"), ("share_type_12", "double"), ("flag_combined", "integer")],
        [((None, v, 0), _square(i)) for i, v in enumerate([0.01, 0.1, 0.2, 0.3, 0.35, 0.5])],
    )
    st.apply_region_flag_style(layer)
    first = layer.renderer().rootRule().children()[0]
    assert '"share_type_12"' in first.filterExpression() and first.label().endswith(" %")


def test_area_type_labels(memory_layer):
    layer = memory_layer("Polygon", [("regsonamn", "string")], [(("Västra Ängby",), _square(0))])
    st.apply_area_type_labels(layer, "regsonamn")
    settings = layer.labeling().settings()
    assert layer.labelsEnabled() and settings.fieldName == "regsonamn"
    assert settings.scaleVisibility and settings.minimumScale == 150000
    assert settings.maximumScale == 5000
    assert settings.format().buffer().enabled()
    st.apply_area_type_labels(layer, "regsonamn", scales=None)
    assert not layer.labeling().settings().scaleVisibility
    with pytest.raises(ValueError):
        st.apply_area_type_labels(layer, "no_such_field")


def test_format_number_by_language():
    assert st.format_number(12345.678, 1, "sv") == "12\u00a0345,7"
    assert st.format_number(12345.678, 1, "en") == "12,345.7"
    assert st.format_number(-2.5, 1, "en") == "\u22122.5"
    assert st.format_number(None) == "–" and st.format_number(float("nan")) == "–"
    assert st.range_label(0.05, 0.1, "fraction") in ("5.0–10.0 %", "5,0–10,0 %")


def test_stylegraduated_copy_with_percent_legend(run, sample_gpkg):
    from qgis.core import QgsVectorLayer

    regso = QgsVectorLayer(f"{sample_gpkg}|layername=regso", "regso", "ogr")
    before = regso.renderer().type()
    result = run(
        "segregation:stylegraduated",
        {
            "INPUT": regso,
            "FIELD": "andel_lag_ek_standard",
            "METHOD": 1,
            "CLASSES": 4,
            "OUTPUT": "memory:",
        },
    )
    assert result["OUTPUT"].featureCount() == regso.featureCount()
    assert regso.renderer().type() == before  # the input keeps its style
    styled = QgsVectorLayer(regso.source(), "copy", "ogr")
    st.apply_graduated_style(styled, "andel_lag_ek_standard", method="quantile", classes=4)
    ranges = styled.renderer().ranges()
    assert len(ranges) == 4 and all(r.label().endswith("%") for r in ranges)


def test_region_layer_of_indices_is_styled_by_ojamlikhetsindex(provider, sample_gpkg):
    import processing
    from qgis.core import QgsProject

    project = QgsProject.instance()
    project.clear()
    processing.runAndLoadResults(
        "segregation:indices",
        {
            "INPUT": f"{sample_gpkg}|layername=deso",
            "GROUP_FIELDS": ["q1", "q5"],
            "OUTPUT": "memory:",
            "REGION_LAYER": "memory:",
        },
    )
    polygons = [layer for layer in project.mapLayers().values() if layer.geometryType() == 2]
    assert len(polygons) == 1
    renderer = polygons[0].renderer()
    assert renderer.type() == "RuleRenderer"
    expressions = [rule.filterExpression() for rule in renderer.rootRule().children()]
    assert any('"ojamlikhetsindex"' in e for e in expressions)
    project.clear()
