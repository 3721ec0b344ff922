"""The attacker's algebra: exact linear knowledge built from released figures.

Every figure the service releases is an equation ``Σ cells = value`` over unknown cells the
attacker cannot see one by one. ``Knowledge`` keeps those equations in reduced row echelon
form (exact fractions, no float error) and answers whether a combination of cells — a
suppressed team's day, a small group's period — is *determined* by what was released: sums,
differences of periods, totals minus visible cells, two filters combined. When it is, the
attacker also gets its value, which the test compares with the truth (so a leak reported is a
real one, not a modelling slip of the test).
"""
from __future__ import annotations

from fractions import Fraction


class Knowledge:
    def __init__(self):
        self.rows: dict[object, tuple[dict, Fraction]] = {}  # pivot → (row, value), RREF

    def _reduce(self, row: dict, value: Fraction) -> tuple[dict, Fraction]:
        row = dict(row)
        for var in list(row):
            if var in self.rows and row.get(var):
                factor = row[var]
                pivot_row, pivot_value = self.rows[var]
                for other, coeff in pivot_row.items():
                    row[other] = row.get(other, 0) - factor * coeff
                    if row[other] == 0:
                        del row[other]
                value -= factor * pivot_value
        return row, value

    def add(self, cells, value) -> None:
        row: dict = {}
        for cell in cells:
            row[cell] = row.get(cell, 0) + 1
        row, value = self._reduce({c: Fraction(v) for c, v in row.items() if v}, Fraction(value))
        if not row:  # already known: it must agree, or the test reads a figure wrong
            assert value == 0, f"a released figure contradicts the others by {value}"
            return
        pivot = min(row, key=repr)
        factor = row[pivot]
        row = {c: v / factor for c, v in row.items()}
        value = value / factor
        for other_pivot, (other_row, other_value) in list(self.rows.items()):
            if pivot in other_row:
                f = other_row[pivot]
                new = dict(other_row)
                for c, v in row.items():
                    new[c] = new.get(c, 0) - f * v
                    if new[c] == 0:
                        del new[c]
                self.rows[other_pivot] = (new, other_value - f * value)
        self.rows[pivot] = (row, value)

    def solve(self, cells) -> Fraction | None:
        """The value of ``Σ cells`` if the released equations determine it, else ``None``."""
        row: dict = {}
        for cell in cells:
            row[cell] = row.get(cell, 0) + 1
        reduced, value = self._reduce({c: Fraction(v) for c, v in row.items()}, Fraction(0))
        if reduced:
            return None
        return -value
