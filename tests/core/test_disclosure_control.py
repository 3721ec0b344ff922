"""Small-group and complementary suppression (pure functions, property-tested)."""
from hypothesis import given, settings
from hypothesis import strategies as st

from advocacy.core.disclosure_control import (
    covered,
    is_small,
    recoverable_people,
    suppress_partition,
    suppress_table,
)

people = st.integers(min_value=0, max_value=30)
cells_st = st.dictionaries(st.integers(min_value=1, max_value=12), people, min_size=1, max_size=8)
k_st = st.integers(min_value=2, max_value=10)


def test_a_single_small_team_drags_the_next_smallest_with_it():
    cells = {"eng": 12, "sales": 3, "marketing": 8}
    hidden = suppress_partition(cells, 5)
    assert hidden == {"sales", "marketing"}
    # organisation minus the only shown team: 11 people behind the recoverable figure
    assert recoverable_people(cells, hidden) >= 5


def test_nothing_hidden_when_every_group_is_big_enough():
    assert suppress_partition({"a": 5, "b": 9}, 5) == set()


def test_a_small_organisation_hides_everything():
    assert suppress_partition({"a": 2, "b": 1}, 5) == {"a", "b"}


def test_a_figure_over_nobody_reveals_nobody():
    # days before anyone joined do not drag the first real day into hiding
    assert suppress_partition({"d1": 0, "d2": 0, "d3": 11}, 5, disjoint=False) == set()
    assert is_small(0, 5) is False and is_small(1, 5) is True and is_small(None, 5) is True


def test_overlapping_cells_need_one_big_cell_in_the_hidden_set():
    # days of a period share people: 4 + 4 people on two days may be the same 4 people
    hidden = suppress_partition({"d1": 4, "d2": 4, "d3": 9}, 5, margin_people=9, disjoint=False)
    assert hidden == {"d1", "d2", "d3"}
    assert covered([4, 4], disjoint=False) == 4 and covered([4, 4], disjoint=True) == 8


@settings(max_examples=300, deadline=None)
@given(cells=cells_st, k=k_st, disjoint=st.booleans())
def test_no_small_figure_can_be_recovered_by_subtraction(cells, k, disjoint):
    hidden = suppress_partition(cells, k, disjoint=disjoint)
    margin = covered(cells.values(), disjoint)
    if is_small(margin, k):
        assert hidden == set(cells)
        return
    # every small cell is hidden
    assert {key for key, n in cells.items() if 0 < n < k} <= hidden
    # what the margin minus the shown cells reveals covers at least k people
    recovered = recoverable_people(cells, hidden, disjoint)
    assert recovered is None or recovered >= k or hidden == set(cells)
    # never a lone hidden cell next to a shown margin
    assert len(hidden) != 1


@settings(max_examples=300, deadline=None)
@given(cells=cells_st, k=k_st)
def test_big_cells_are_hidden_only_when_needed(cells, k):
    hidden = suppress_partition(cells, k)
    if all(n >= k or n == 0 for n in cells.values()):
        assert hidden == set()
    # at most one complementary cell beyond what the cover needs: removing the largest
    # complementary cell would leave the recoverable group too small
    extra = [key for key in hidden if cells[key] >= k]
    if extra and sum(cells.values()) >= k:
        largest = max(extra, key=lambda key: (cells[key], repr(key)))
        rest = hidden - {largest}
        assert sum(cells[key] for key in rest) < k or len(rest) <= 1


@settings(max_examples=150, deadline=None)
@given(table=st.dictionaries(st.tuples(st.integers(1, 4), st.integers(1, 5)), people, min_size=1, max_size=20),
       k=k_st)
def test_two_way_tables_protect_rows_and_columns(table, k):
    hidden = suppress_table(table, k)
    rows = {r for r, _ in table}
    cols = {c for _, c in table}
    for col in cols:
        cells = {r: table[(r, col)] for r in rows if (r, col) in table}
        col_hidden = {r for r in cells if (r, col) in hidden}
        if not is_small(sum(cells.values()), k):
            assert {r for r, n in cells.items() if 0 < n < k} <= col_hidden
            rec = recoverable_people(cells, col_hidden, True)
            assert rec is None or rec >= k or col_hidden == set(cells)
    for row in rows:
        cells = {c: table[(row, c)] for c in cols if (row, c) in table}
        row_hidden = {c for c in cells if (row, c) in hidden}
        if not is_small(max(cells.values()), k):
            rec = recoverable_people(cells, row_hidden, False)
            assert rec is None or rec >= k or row_hidden == set(cells)
