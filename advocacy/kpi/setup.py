"""Hooks: a withdrawn consent blanks the person's own daily figures that came from it; the KPI
domain's personal data joins the GDPR export and erasure."""
from __future__ import annotations

from sqlalchemy import update

from advocacy.core import signals
from advocacy.extensions import db
from advocacy.kpi import services
from advocacy.kpi.models import PersonDay

#: purpose → per-person fact columns derived from data collected under it
DERIVED = {
    "link_clicks": ("clicks",),
    "post_metrics": ("reactions", "comments", "impressions", "followers"),
}


def on_consent_changed(person, purpose=None, given=None, **_extra) -> None:
    if given or purpose not in DERIVED:
        return
    db.session.execute(update(PersonDay).where(PersonDay.person_id == person.id)
                       .values({column: None for column in DERIVED[purpose]}))


def init_app(app) -> None:
    signals.consent_changed.connect(on_consent_changed, weak=False)
    signals.export_person_data.connect(services.export_person_data)
    signals.erase_person_data.connect(services.erase_person_data)
