"""Hooks: a withdrawn consent blanks the person's own daily figures that came from it."""
from __future__ import annotations

#: purpose → per-person fact columns derived from data collected under it
DERIVED = {
    "link_clicks": ("clicks",),
    "post_metrics": ("reactions", "comments", "impressions", "followers"),
}


def on_consent_changed(person, purpose=None, given=None, **_extra) -> None:
    if given or purpose not in DERIVED:
        return
    from sqlalchemy import update

    from advocacy.extensions import db
    from advocacy.kpi.models import PersonDay

    db.session.execute(update(PersonDay).where(PersonDay.person_id == person.id)
                       .values({column: None for column in DERIVED[purpose]}))


def init_app(app) -> None:
    from advocacy.signals import consent_changed

    consent_changed.connect(on_consent_changed, weak=False)
