"""Small-group suppression: pure functions, no database, no Flask.

A figure computed over fewer people than the annex's minimum group size ``k`` is
suppressed (*primary* suppression). Publishing a margin (the organisation's figure, a
team's period total) beside the other cells would let a reader recover a suppressed
cell by subtraction, so more cells are suppressed (*complementary* suppression) until
whatever can be recovered — the margin minus every shown cell, i.e. the sum of the
suppressed cells — covers at least ``k`` people.

``disjoint``: the cells split the margin's people (teams of an organisation), so the
people behind several suppressed cells add up. When cells may share people (the days
of a period, campaigns over overlapping teams) the only safe lower bound of their union
is the largest cell, so the suppressed set must contain a cell of ``k`` people or more.
"""
from __future__ import annotations

from collections.abc import Hashable, Mapping


def is_small(people: int | None, k: int) -> bool:
    """Primary rule: unknown or 1 to ``k - 1`` people → suppressed.

    A figure over nobody (a day before anyone joined) describes no one: it is not hidden.
    """
    return people is None or 0 < people < k


def covered(people_of_cells, disjoint: bool) -> int:
    """A lower bound of how many distinct people stand behind a set of cells."""
    values = [int(p or 0) for p in people_of_cells]
    if not values:
        return 0
    return sum(values) if disjoint else max(values)


def suppress_partition(cells: Mapping[Hashable, int | None], k: int, *, margin_people: int | None = None,
                       margin_shown: bool = True, disjoint: bool = True,
                       already: set | None = None) -> set:
    """Return the keys of ``cells`` to suppress.

    ``cells``: key → people behind the cell. ``margin_people``: people behind the margin
    (defaults to the cover of every cell). If the margin itself is small every cell is
    suppressed. ``already``: cells suppressed for another reason (kept suppressed).
    Deterministic: ties are broken by the key's ``repr`` so that every reader of the same
    table gets the same answer.
    """
    if k <= 1:
        return set(already or ())
    keys = list(cells)
    if margin_people is None:
        margin_people = covered(cells.values(), disjoint)
    if is_small(margin_people, k):
        return set(keys)
    hidden = {key for key in keys if is_small(cells[key], k)} | (set(already or ()) & set(keys))
    if not hidden or not margin_shown or len(hidden) == len(keys):
        return hidden
    order = sorted((key for key in keys), key=lambda key: (int(cells[key] or 0), repr(key)))
    while True:
        shown = [key for key in order if key not in hidden]
        if not hidden or not shown:
            return hidden
        if covered((cells[key] for key in hidden), disjoint) >= k:
            return hidden
        hidden.add(shown[0])  # the smallest shown cell hides the least information


def suppress_table(table: Mapping[tuple, int | None], k: int, *, row_margins: Mapping | None = None,
                   col_margins: Mapping | None = None, rows_disjoint: bool = True,
                   cols_disjoint: bool = False) -> set:
    """Suppress cells of a two-way table (e.g. team × day) whose row and column margins are shown.

    ``table``: (row, col) → people. Each column (a day) is a partition of its margin
    (the organisation that day) over the rows (teams), and each row (a team) is covered by
    its margin (the team's period total) over the columns. Returns the (row, col) keys to
    suppress; iterates to a fixed point (suppression only grows, so it ends).
    """
    by_col: dict = {}
    by_row: dict = {}
    for (row, col), people in table.items():
        by_col.setdefault(col, {})[row] = people
        by_row.setdefault(row, {})[col] = people
    hidden: set = {cell for cell, people in table.items() if is_small(people, k)}
    for col, cells in by_col.items():  # a small day hides the whole day
        margin = covered(cells.values(), rows_disjoint) if col_margins is None else col_margins.get(col)
        if is_small(margin, k):
            hidden |= {(row, col) for row in cells}
    for row, cells in by_row.items():
        margin = covered(cells.values(), cols_disjoint) if row_margins is None else row_margins.get(row)
        if is_small(margin, k):
            hidden |= {(row, col) for col in cells}
    while True:
        before = len(hidden)
        _complete_lines(by_col, 1, col_margins, rows_disjoint, hidden, k)
        _complete_lines(by_row, 0, row_margins, cols_disjoint, hidden, k)
        if len(hidden) == before:
            return hidden


def _complete_lines(lines: dict, axis: int, margins: Mapping | None, disjoint: bool, hidden: set, k: int) -> None:
    """Complementary suppression along the lines (``axis`` 1: days, 0: teams) that hold a hidden cell."""
    def cell(line, other):
        return (other, line) if axis == 1 else (line, other)

    for line in sorted({key[axis] for key in hidden}, key=repr):
        cells = lines[line]
        margin = None if margins is None else margins.get(line)
        done = suppress_partition(cells, k, margin_people=margin, disjoint=disjoint,
                                  already={other for other in cells if cell(line, other) in hidden})
        hidden |= {cell(line, other) for other in done}


def recoverable_people(cells: Mapping[Hashable, int | None], hidden: set, disjoint: bool = True) -> int | None:
    """What a reader can recover from the margin minus the shown cells: the people behind it.

    ``None`` when nothing is hidden (nothing to recover). Used by the property tests.
    """
    if not hidden:
        return None
    return covered((cells[key] for key in hidden), disjoint)
