"""The one CSV writer of every export (KPI dashboards, the GDPR archive, audit, people…).

Invariant: no cell of a file we hand out can run as a spreadsheet formula. The escaping is
defusedcsv's (a cell starting with ``= + - @ | %`` gets a leading quote, plain numbers stay
numbers); OWASP's CSV-injection page also names a leading tab or carriage return, which defusedcsv
lets through, and spreadsheets skip leading blanks before reading ``=``: such cells get the same
leading quote here. Nothing else in the package writes CSV (ruff bans ``csv.writer`` and
``csv.DictWriter`` outside this module).
"""
from __future__ import annotations

import io
import json
from collections.abc import Iterable

from defusedcsv import csv as _defused

#: What a spreadsheet may read as the start of a formula once it has skipped leading blanks.
_FORMULA = ("=", "+", "-", "@", "|", "%")
#: A cell starting with one of these is quoted whatever follows (OWASP's list adds tab and CR).
_CONTROL = ("\t", "\r")

#: Excel reads a UTF-8 file as such only when it starts with a byte-order mark.
BOM = "\ufeff"


def _cell(value):
    """The value as defusedcsv should see it: dicts and lists as JSON, hidden starts quoted."""
    if isinstance(value, (dict, list)):
        value = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    if isinstance(value, str) and value and (
            value.startswith(_CONTROL) or (value[0].isspace() and value.lstrip().startswith(_FORMULA))):
        return "'" + value
    return value


class _Writer:
    def __init__(self, stream):
        self._inner = _defused.writer(stream)

    def writerow(self, row: Iterable) -> None:
        self._inner.writerow([_cell(value) for value in row])

    def writerows(self, rows: Iterable[Iterable]) -> None:
        for row in rows:
            self.writerow(row)


def writer(stream) -> _Writer:
    """A ``csv.writer``-like object on ``stream`` whose cells are made inert."""
    return _Writer(stream)


def table(header: Iterable, rows: Iterable[Iterable]) -> str:
    """A whole file: the header row, then ``rows``, behind a BOM so Excel reads UTF-8."""
    buffer = io.StringIO()
    out = writer(buffer)
    out.writerow(header)
    out.writerows(rows)
    return BOM + buffer.getvalue()


def records(rows: list[dict]) -> str:
    """A file from dicts: the columns in order of first appearance, a missing key an empty cell."""
    columns: list[str] = []
    for row in rows:
        columns.extend(key for key in row if key not in columns)
    return table(columns, ([row.get(column) for column in columns] for row in rows))
