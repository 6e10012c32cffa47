"""Parsing raw attribute values: NULL, SCB's missing tokens, decimal commas."""

import numpy as np

from segregation_plugin.core.values import parse_numbers


def test_numbers_tokens_and_decimal_commas():
    raw = [1, 2.5, "3,25", " 4 ", None, "..", ".", "...", ":", "", float("nan"), "1 234,5", "abc"]
    p = parse_numbers(raw)
    np.testing.assert_array_equal(
        p.values[[0, 1, 2, 3, 11]], np.array([1.0, 2.5, 3.25, 4.0, 1234.5])
    )
    assert np.isnan(p.values[4:11]).all() and np.isnan(p.values[12])
    assert p.missing.tolist() == [False] * 4 + [True] * 7 + [False, False]
    assert p.bad.tolist() == [False] * 12 + [True]
    assert p.first_bad(raw) == (12, "abc")


def test_all_numeric_fast_path():
    p = parse_numbers(np.arange(5.0))
    assert p.values.tolist() == [0, 1, 2, 3, 4] and not p.missing.any() and not p.bad.any()
