"""core.palette: colour science checks, and that the area-type palette stays readable.

The area-type colours must stay pairwise distinguishable (CIEDE2000 ≥ 10) for normal vision
and for protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1.0), and in
greyscale print every pair of types must differ in lightness or be told apart by the hatch.
"""

import itertools

import numpy as np
import pytest

from segregation_plugin.core import palette as pl

#: Smallest CIEDE2000 difference accepted between two area types (≈ "clearly different";
#: 2.3 is a just-noticeable difference).
MIN_DELTA_E = 10.0
#: Smallest CIE L* difference that reads as a different grey in print.
MIN_GREY_STEP = 10.0

TYPES = sorted(pl.AREA_TYPE_COLOURS)
COLOURS = [pl.AREA_TYPE_COLOURS[t] for t in TYPES]


# -- the colour maths against published values ------------------------------------------------

# Sharma, Wu & Dalal (2005), test data for CIEDE2000: (Lab1, Lab2, ΔE00), pairs 1-3, 7, 17-20, 25.
SHARMA = [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 3.1571, -77.2803), (50.0, 0.0, -82.7485), 2.8615),
    ((50.0, 2.8361, -74.0200), (50.0, 0.0, -82.7485), 3.4412),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (61.0, -5.0, 29.0), 22.8977),
    ((50.0, 2.5, 0.0), (56.0, -27.0, -3.0), 31.9030),
    ((50.0, 2.5, 0.0), (58.0, 24.0, 15.0), 19.4535),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
]


@pytest.mark.parametrize("lab1, lab2, expected", SHARMA)
def test_ciede2000_matches_sharma_test_data(lab1, lab2, expected):
    assert pl.delta_e2000(np.array(lab1), np.array(lab2))[0] == pytest.approx(expected, abs=1e-4)
    # symmetric
    assert pl.delta_e2000(np.array(lab2), np.array(lab1))[0] == pytest.approx(expected, abs=1e-4)


def test_lab_of_reference_colours():
    lab = pl.rgb_to_lab(pl.hex_to_rgb(["#ffffff", "#000000", "#ff0000", "#808080"]))
    assert lab[0] == pytest.approx([100.0, 0.0, 0.0], abs=1e-3)
    assert lab[1] == pytest.approx([0.0, 0.0, 0.0], abs=1e-6)
    assert lab[2] == pytest.approx([53.24, 80.09, 67.20], abs=0.02)
    assert lab[3][0] == pytest.approx(53.59, abs=0.02) and abs(lab[3][1]) < 1e-3
    assert pl.delta_e76(lab[0], lab[1])[0] == pytest.approx(100.0)


def test_hex_round_trip_and_linear_rgb():
    assert pl.rgb_to_hex(pl.hex_to_rgb(COLOURS)) == COLOURS
    grey = pl.hex_to_rgb("#bcbcbc")
    assert pl.linear_to_srgb(pl.srgb_to_linear(grey)) == pytest.approx(grey)
    with pytest.raises(ValueError):
        pl.hex_to_rgb("red")


def test_simulation_properties():
    rgb = pl.hex_to_rgb(["#ffffff", "#000000", "#777777"])
    for deficiency in pl.DEFICIENCIES:
        # every Machado matrix has rows summing to 1: greys stay grey
        assert pl.MACHADO_2009[deficiency].sum(axis=1) == pytest.approx(np.ones(3), abs=1e-5)
        assert pl.simulate_cvd(rgb, deficiency) == pytest.approx(rgb, abs=2e-5)
    # red and green collapse for the red-green deficiencies, not for tritanopia
    red_green = ["#d62728", "#2ca02c"]
    assert pl.min_delta_e(red_green, "deuteranopia") < pl.min_delta_e(red_green, "normal") / 2
    assert pl.min_delta_e(red_green, "protanopia") < pl.min_delta_e(red_green, "normal") / 2
    assert pl.min_delta_e(red_green, "tritanopia") > 20
    # blue and yellow-green are hard for tritanopes
    assert pl.min_delta_e(["#7fbf7f", "#7f9fff"], "tritanopia") < pl.min_delta_e(
        ["#7fbf7f", "#7f9fff"], "normal"
    )
    with pytest.raises(ValueError):
        pl.simulate_cvd(rgb, "achromatopsia")


# -- the plugin's palettes ------------------------------------------------------------------


@pytest.mark.parametrize("deficiency", ("normal",) + pl.DEFICIENCIES)
def test_area_types_distinguishable_under_colour_vision_deficiency(deficiency):
    matrix = pl.pairwise_delta_e(COLOURS, deficiency)
    worst = min((matrix[i, j], TYPES[i], TYPES[j]) for i, j in itertools.combinations(range(5), 2))
    assert worst[0] >= MIN_DELTA_E, f"{deficiency}: types {worst[1]} and {worst[2]}: {worst[0]}"


def test_palette_report_numbers():
    # The numbers to quote in adapter/styling.py's docstring (CIEDE2000, severity 1.0).
    report = pl.palette_report(COLOURS)
    assert report == pytest.approx(
        {"normal": 25.7, "protanopia": 14.1, "deuteranopia": 17.5, "tritanopia": 25.6}, abs=0.1
    )


def test_area_types_in_greyscale_differ_in_lightness_or_hatch():
    grey = dict(zip(TYPES, pl.greyscale_lightness(COLOURS)))
    hatch = pl.AREA_TYPE_HATCH
    # neighbouring types always differ in lightness
    for a, b in zip(TYPES, TYPES[1:]):
        assert abs(grey[a] - grey[b]) >= MIN_GREY_STEP, (a, b, grey[a], grey[b])
    # any two types: a clear lightness step, or different hatching (none / sparse / dense)
    for a, b in itertools.combinations(TYPES, 2):
        assert abs(grey[a] - grey[b]) >= MIN_GREY_STEP or hatch.get(a) != hatch.get(b), (a, b)
    # the hatch is what separates the two dark ends, 1 and 5
    assert abs(grey[1] - grey[5]) < MIN_GREY_STEP and 1 in hatch and 5 not in hatch
    assert hatch[1] < hatch[2]  # type 1 densest


def test_not_classified_is_neutral_grey():
    lab = pl.rgb_to_lab(pl.hex_to_rgb(pl.NOT_CLASSIFIED_COLOUR))[0]
    assert abs(lab[1]) < 1 and abs(lab[2]) < 1
    # normal vision tells it from every type (under red-green deficiencies it is close to type 4,
    # so the style draws it with a dotted brush)
    assert pl.min_delta_e(COLOURS + [pl.NOT_CLASSIFIED_COLOUR]) >= MIN_DELTA_E


@pytest.mark.parametrize("ramp", [pl.SEQUENTIAL_RAMP, pl.INDEX_RAMP])
def test_sequential_ramps_are_ordered_in_lightness(ramp):
    lightness = pl.greyscale_lightness(ramp)
    steps = -np.diff(lightness)
    assert (steps >= MIN_GREY_STEP).all(), lightness  # light = low, also in greyscale
    for deficiency in ("normal",) + pl.DEFICIENCIES:
        assert pl.min_delta_e(ramp, deficiency) >= 8.0, deficiency
