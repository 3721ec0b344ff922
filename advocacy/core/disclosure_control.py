"""Disclosure control: the one place that decides whether a figure may be shown.

Pure functions, no database, no Flask: every figure the service shows — KPI API, dashboards,
CSV, charts, consent statistics, the engagement pyramid, the trust survey, the compliance
counts — asks this module, with ``k`` taken from the charter's KPI annex by the caller
(``advocacy.charter.services.min_group_size()``). Nothing here has a ``k`` of its own.

The rules a reader must not break:

* **Primary**: a figure over 1 to ``k - 1`` people is hidden (``is_small``). A yes/no split of a
  group (consented or not) is shown only when *both* sides have at least ``k`` people
  (``split_is_small``): "6 of 6 consented" and "0 of 6" name everyone's choice.
* **Complementary**: when a margin (a total, a row, a column) is shown beside its cells, the
  hidden cells of that margin must together cover at least ``k`` people, or more cells are
  hidden — the smallest first (``suppress_partition``, ``suppress_table``, ``suppress_splits``);
  if nothing is left to hide, the margin is hidden.
* **Periods**: a total over a period is a margin of its days. A query that touches a hidden
  cell is answered only on calendar weeks (Monday to Sunday; the current week up to today),
  never on arbitrary ``from``/``to`` (``is_reporting_period``, ``snap_to_weeks``); a week's
  group counts the fewest members it had on any day of the week (``period_people``), and a total
  over several weeks is hidden as soon as one of its weeks is.

``disjoint``: the cells split the margin's people (teams of an organisation), so the
people behind several suppressed cells add up. When cells may share people (the days
of a period, campaigns over overlapping teams) the only safe lower bound of their union
is the largest cell, so the suppressed set must contain a cell of ``k`` people or more.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from datetime import date, timedelta


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
                   cols_disjoint: bool = False, already: set | None = None) -> set:
    """Suppress cells of a two-way table (e.g. team × day) whose row and column margins are shown.

    ``table``: (row, col) → people. Each column (a day) is a partition of its margin
    (the organisation that day) over the rows (teams), and each row (a team) is covered by
    its margin (the team's period total) over the columns. ``already``: cells hidden for another
    reason (their margin is hidden elsewhere). Returns the (row, col) keys to suppress; iterates to
    a fixed point (suppression only grows, so it ends).
    """
    by_col: dict = {}
    by_row: dict = {}
    for (row, col), people in table.items():
        by_col.setdefault(col, {})[row] = people
        by_row.setdefault(row, {})[col] = people
    hidden: set = {cell for cell, people in table.items() if is_small(people, k)} | (set(already or ()) & set(table))
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


# -- yes/no splits (consent statistics) -----------------------------------------------------

def split_is_small(yes: int | None, total: int | None, k: int) -> bool:
    """A split of ``total`` people into ``yes`` and ``total - yes`` is hidden unless both sides have ``k``.

    Covers the group under ``k``, the full cell (everyone said yes) and the zero cell (nobody did).
    """
    if yes is None or total is None:
        return True
    return total < k or yes < k or total - yes < k


def suppress_splits(cells: Mapping[Hashable, tuple[int, int]], k: int, *,
                    margin: tuple[int, int] | None = None) -> tuple[set, bool]:
    """Hide the small splits of one column (a purpose over the teams) and their complements.

    ``cells``: key → (yes, total) over disjoint groups; ``margin``: the column's (yes, total)
    when it is shown (defaults to the sums). Returns (hidden keys, margin hidden). What the
    margin minus the shown cells gives — the hidden cells' yes and no together — must itself
    be a split ``split_is_small`` would show; else the smallest shown cell is hidden too; when
    every cell is hidden and still too little is covered, the margin is hidden.
    """
    keys = list(cells)
    if margin is None:
        margin = (sum(c[0] for c in cells.values()), sum(c[1] for c in cells.values()))
    margin_hidden = split_is_small(margin[0], margin[1], k)
    hidden = {key for key in keys if split_is_small(*cells[key], k)}
    if margin_hidden:
        return set(keys), True
    order = sorted(keys, key=lambda key: (cells[key][1], repr(key)))
    while hidden:
        yes = sum(cells[key][0] for key in hidden)
        total = sum(cells[key][1] for key in hidden)
        if not split_is_small(yes, total, k):
            return hidden, False
        shown = [key for key in order if key not in hidden]
        if not shown:
            return hidden, True
        hidden.add(shown[0])
    return hidden, False


# -- periods ----------------------------------------------------------------------------------

def week_start(day: date) -> date:
    return day - timedelta(days=day.weekday())


def is_reporting_period(start: date, end: date, today: date) -> bool:
    """Whole calendar weeks: from a Monday to a Sunday, or to today within the current week."""
    return start.weekday() == 0 and (end.weekday() == 6 or end == today)


def snap_to_weeks(start: date, end: date, today: date) -> tuple[date, date]:
    """The smallest run of whole weeks holding ``start``..``end`` (cut at today)."""
    first = week_start(start)
    last = week_start(end) + timedelta(days=6)
    return first, min(last, today)


def weeks(start: date, end: date) -> list[tuple[date, date]]:
    """The weeks of a reporting period as (first day, last day) — the last one may be cut at ``end``."""
    out = []
    first = week_start(start)
    while first <= end:
        out.append((max(first, start), min(first + timedelta(days=6), end)))
        first += timedelta(days=7)
    return out


def period_people(daily: Iterable[int | None]) -> int:
    """People behind a period's figure: the fewest members on any day that had members.

    A team that had 2 members on Monday and 9 on Friday is small for that week: its Monday would
    otherwise be the week minus the days shown elsewhere.
    """
    values = [int(p) for p in daily if p]
    return min(values) if values else 0
