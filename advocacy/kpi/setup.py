"""Hooks: a withdrawn consent blanks the person's own daily figures that came from it; the KPI
domain's personal data joins the GDPR export and erasure."""
from __future__ import annotations

from sqlalchemy import text, update

from advocacy.core import signals
from advocacy.extensions import db
from advocacy.kpi import services
from advocacy.kpi.models import WITHDRAWN, PersonDay
from advocacy.kpi.sources import DERIVED


def on_consent_changed(person, purpose=None, given=None, **_extra) -> None:
    """Blank the person's own figures of a withdrawn purpose, keeping what the groups already counted.

    The values move, summed, into the team's "withdrawn" row of each day and campaign (nobody's
    row: ``models.WITHDRAWN``), so that re-rolling those days — after tracking purged the clicks —
    does not lower the group figures by exactly this person's share (a leaver withdraws everything).
    """
    if given or purpose not in DERIVED:
        return
    columns = DERIVED[purpose]
    moved = ", ".join(columns)
    summed = ", ".join(f"{c} = coalesce(kpi_person_days.{c}, 0) + coalesce(EXCLUDED.{c}, 0)" for c in columns)
    db.session.execute(text(f"""
        INSERT INTO kpi_person_days (day, person_id, campaign_id, team_id, acted, {moved})
        SELECT day, :withdrawn - (team_id + 1), campaign_id, team_id, false, {moved} FROM kpi_person_days
        WHERE person_id = :person AND ({" OR ".join(f"{c} IS NOT NULL" for c in columns)})
        ON CONFLICT (day, person_id, campaign_id) DO UPDATE SET {summed}"""),
        {"person": person.id, "withdrawn": WITHDRAWN})
    db.session.execute(update(PersonDay).where(PersonDay.person_id == person.id)
                       .values({column: None for column in columns}))


def init_app(app) -> None:
    signals.consent_changed.connect(on_consent_changed, weak=False)
    signals.export_person_data.connect(services.export_person_data)
    signals.erase_person_data.connect(services.erase_person_data)
