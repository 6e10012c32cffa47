"""Area-type transitions between two years: hand-counted cases."""

import numpy as np
import pytest

from segregation_plugin.core.errors import SegregationError
from segregation_plugin.core.transitions import transition_matrix, transition_table, type_codes


def test_type_codes_accept_numbers_text_and_null():
    assert type_codes([1, "2", 3.0, None, "..", 6, 2.5, "5"]).tolist() == [1, 2, 3, 0, 0, 0, 0, 5]


def test_matrix_counts_areas_and_population():
    a = [1, 1, 2, 3, 5, None]
    b = [1, 2, 2, 4, 5, 3]
    m = transition_matrix(a, b)
    assert m.sum() == 6
    assert (m[1, 1], m[1, 2], m[2, 2], m[3, 4], m[5, 5], m[0, 3]) == (1, 1, 1, 1, 1, 1)
    pop = transition_matrix(a, b, [100, 200, 300, 400, 500, 600])
    assert pop[1, 2] == 200 and pop[0, 3] == 600 and pop.sum() == 2100


def test_table_marks_better_and_worse():
    table = transition_table([1, 3, 4], [2, 3, 2], population=[10, 20, 30])
    moved = table[table["areas"] > 0].set_index(["from_type", "to_type"])
    assert moved.loc[(1, 2), "change"] == 1  # from type 1 to 2: better
    assert moved.loc[(3, 3), "change"] == 0
    assert moved.loc[(4, 2), "change"] == -1 and moved.loc[(4, 2), "population"] == 30
    assert len(table) == 36 and np.isnan(table.loc[0, "change"])


def test_lengths_must_agree():
    with pytest.raises(SegregationError, match="one area type per area"):
        transition_matrix([1, 2], [1])
