"""Socioeconomic index and area types: hand-computed cases (SCB/Delmos method)."""

import math

import numpy as np
import pytest

from segregation_plugin.core.areatypes import (
    OFFICIAL_SPEC,
    IndexSpec,
    area_types,
    check_percentages,
    classify_areas,
    combine_indicators,
    coverage_warning,
    given_reference,
    method_text,
    reference_from_data,
    weighted_mean_std,
)
from segregation_plugin.core.errors import SegregationError


def test_official_index_is_plain_mean_of_three_percentages():
    v = np.array([[30.0, 20.0, 10.0], [9.0, 6.0, 0.0]])
    assert combine_indicators(v, OFFICIAL_SPEC).tolist() == [20.0, 5.0]


def test_thresholds_are_exact_at_mean_plus_minus_whole_sds():
    # mean 10, sd 2: edges 8, 10, 12, 14.
    idx = np.array([14.0, 13.999, 12.0, 11.999, 10.0, 9.999, 8.0, 7.999, np.nan])
    assert area_types(idx, 10.0, 2.0).tolist() == [1, 2, 2, 3, 3, 4, 4, 5, 0]


def test_reference_population_and_sample_sd():
    # The textbook set: mean 5, population SD exactly 2, sample SD sqrt(32/7).
    x = np.array([2.0, 4, 4, 4, 5, 5, 7, 9])
    ref0 = reference_from_data(None, x, ddof=0)
    assert (ref0.mean, ref0.std, ref0.n) == (5.0, 2.0, 8)
    # edges 3, 5, 7, 9: 9 -> type 1 (exactly mu + 2 sd), 7 -> type 2, 5 -> type 3, 4 -> 4, 2 -> 5
    assert area_types(x, ref0.mean, ref0.std).tolist() == [5, 4, 4, 4, 3, 3, 2, 1]
    ref1 = reference_from_data(None, x, ddof=1)
    assert ref1.std == pytest.approx(math.sqrt(32 / 7), abs=1e-12)
    # edges 2.862, 5, 7.138, 9.276: 9 is now type 2 and 7 type 3.
    assert area_types(x, ref1.mean, ref1.std).tolist() == [5, 4, 4, 4, 3, 3, 3, 2]


def test_weighted_reference_uses_population_as_frequency_weights():
    # values 1 (weight 3) and 3 (weight 1): mean 1.5; sum w (x-mu)^2 = 3*.25 + 2.25 = 3
    mu, sd0, n = weighted_mean_std(np.array([1.0, 3.0]), np.array([3.0, 1.0]), ddof=0)
    assert (mu, sd0, n) == (1.5, math.sqrt(3 / 4), 2)
    mu, sd1, _ = weighted_mean_std(np.array([1.0, 3.0]), np.array([3.0, 1.0]), ddof=1)
    assert sd1 == 1.0  # 3 / (4 - 1)
    ref = reference_from_data(None, np.array([1.0, 3.0, 100.0]), weights=np.array([3, 1, 0.0]))
    assert ref.weighted and ref.n == 2 and ref.mean == 1.5  # zero weight is left out


def test_weighted_and_unweighted_give_different_types():
    idx = np.array([10.0, 20.0, 30.0, 40.0])
    w = np.array([1000.0, 10.0, 10.0, 10.0])
    unw = reference_from_data(None, idx)
    wtd = reference_from_data(None, idx, weights=w)
    assert unw.mean == 25.0
    assert wtd.mean == pytest.approx((10000 + 200 + 300 + 400) / 1030)
    assert (
        area_types(idx, unw.mean, unw.std).tolist() != area_types(idx, wtd.mean, wtd.std).tolist()
    )


def test_missing_indicator_leaves_area_unclassified_with_note():
    v = np.array([[10.0, 10, 10], [20, np.nan, 20], [30, 30, 30], [np.nan, 5, np.nan]])
    ref = reference_from_data(v, None)
    # complete rows: index 10 and 30 -> mean 20, sample sd sqrt(200)
    assert ref.n == 2 and ref.mean == 20.0 and ref.std == pytest.approx(math.sqrt(200))
    res = classify_areas(v, ref)
    assert res.area_type.tolist() == [4, 0, 3, 0]
    assert res.note.tolist() == ["", "V2 missing", "", "V1 missing; V3 missing"]
    assert res.counts() == {0: 2, 1: 0, 2: 0, 3: 1, 4: 1, 5: 0}
    assert math.isnan(res.index[1]) and res.z[2] == pytest.approx(10 / math.sqrt(200))


def test_translate_is_applied_to_notes():
    v = np.array([[np.nan, 1, 1]])
    res = classify_areas(
        v, given_reference(1, 1), translate=lambda s: s.replace("missing", "saknas")
    )
    assert res.note.tolist() == ["V1 saknas"]


def test_given_reference_classifies_against_national_parameters():
    ref = given_reference(20.0, 5.0)
    res = classify_areas(np.array([[35.0, 30, 25], [10, 10, 10]]), ref)
    assert res.area_type.tolist() == [1, 5]  # 30 = 20 + 2*5 -> type 1; 10 = mu - 2 sd -> 5
    assert res.z.tolist() == [2.0, -2.0]


def test_population_shares_per_type():
    ref = given_reference(10.0, 2.0)
    res = classify_areas(None, ref, index=np.array([15.0, 9.0, np.nan]))
    shares = res.population_shares(np.array([100.0, 300.0, 600.0]))
    assert shares[1] == 0.1 and shares[4] == 0.3 and shares[0] == 0.6


@pytest.mark.parametrize(
    "values,message",
    [
        (np.array([[1.0], [1.0]]), "standard deviation 0"),
        (np.array([[1.0], [np.nan]]), "At least 2 classifiable areas"),
    ],
)
def test_degenerate_references_are_refused(values, message):
    with pytest.raises(SegregationError, match=message):
        reference_from_data(None, values[:, 0])


def test_given_reference_needs_positive_sd():
    with pytest.raises(SegregationError, match="above 0"):
        given_reference(10.0, 0.0)


def test_fractions_are_refused_or_converted_never_mixed():
    v = np.array([[0.2, 0.1], [0.5, 0.3]])
    with pytest.raises(SegregationError, match="Field V1 looks like fractions"):
        check_percentages(v, ["V1", "V2"], [10, 11])
    out = check_percentages(v, ["V1", "V2"], [10, 11], convert_fractions=True)
    assert out.tolist() == [[20.0, 10.0], [50.0, 30.0]]
    assert v.tolist() == [[0.2, 0.1], [0.5, 0.3]]  # the input is not modified


def test_out_of_range_names_feature_and_field():
    v = np.array([[10.0, 5], [20, -3], [30, 120]])
    with pytest.raises(SegregationError) as err:
        check_percentages(v, ["V1", "V2"], ["A", "B", "C"])
    assert str(err.value) == (
        "Field V2: value -3 of feature B is outside 0-100 (indicators are percentages); "
        "2 feature(s) affected."
    )


def test_custom_standardised_index_with_direction_and_weights():
    # two indicators: a "bad" share and a "good" one (higher is better), weights 3:1
    x = np.array([[10.0, 50], [20, 40], [30, 30]])
    spec = IndexSpec(("bad", "good"), (1, -1), (3.0, 1.0), standardize=True)
    ref = reference_from_data(x, None, spec=spec)
    # each column: mean 20 / 40, sample sd 10 -> z = [-1, 0, 1] and [1, 0, -1]
    assert ref.indicator_means.tolist() == [20.0, 40.0]
    assert ref.indicator_stds.tolist() == [10.0, 10.0]
    idx = combine_indicators(x, spec, ref.indicator_means, ref.indicator_stds)
    assert idx.tolist() == [-1.0, 0.0, 1.0]  # 0.75*z1 + 0.25*(-z2)


def test_bad_spec_is_refused():
    with pytest.raises(SegregationError, match="one direction and one weight"):
        IndexSpec(("a", "b"), (1,), (1.0, 1.0))
    with pytest.raises(SegregationError, match="not all zero"):
        IndexSpec(("a",), (1,), (0.0,))


def test_coverage_warning_unless_national_set():
    assert coverage_warning(3363, "RegSO") == ""
    assert coverage_warning(6160, "DeSO") == ""
    assert "40 areas" in coverage_warning(40, "RegSO")


def test_method_text_states_choices():
    ref = reference_from_data(None, np.array([1.0, 2, 3]), weights=np.array([1.0, 1, 1]), ddof=0)
    text = method_text(ref, level="DeSO")
    assert "(V1 + V2 + V3) / 3" in text and "population-weighted" in text
    assert "ddof=0" in text and "DeSO-level approximation" in text and "n=3" in text


def test_vectorised_classification_is_fast_enough_to_call_on_large_input():
    rng = np.random.default_rng(1)
    v = rng.uniform(0, 60, size=(100_000, 3))
    ref = reference_from_data(v, None)
    res = classify_areas(v, ref)
    counts = np.bincount(res.area_type, minlength=6)
    assert counts.sum() == 100_000 and counts[0] == 0
    # every type agrees with the z-score definition
    z = res.z
    expected = np.select([z >= 2, z >= 1, z >= 0, z >= -1], [1, 2, 3, 4], 5)
    assert (res.area_type == expected).all()


def test_detect_level_from_codes():
    from segregation_plugin.core.areatypes import detect_level

    assert detect_level(["1280C1230", "0114A0010", None]) == "deso"
    assert detect_level(["1280R012", "9901R001"]) == "regso"
    assert detect_level(["1280R012", "Norr"]) == "other"
    assert detect_level([]) == "other"
