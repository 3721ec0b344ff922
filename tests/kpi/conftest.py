"""KPI test helpers: a small organisation with members, shares and clicks, rolled up."""
from __future__ import annotations

from datetime import timedelta

import pytest


@pytest.fixture
def kpi_org(app, make_charter_in_force, make_member, make_share, make_live_kit, make_campaign, make_team):
    """Charter in force (k=5, team granularity), two teams of 6 and one of 2 members, shares today."""
    from advocacy.core.timeutil import utcnow
    from advocacy.extensions import db
    from advocacy.kpi.sources import day_bounds, local_date
    from advocacy.tracking.models import Click, TrackedLink

    def build(**policy):
        charter = make_charter_in_force(**policy)
        teams = {name: make_team(name) for name in ("Alpha", "Beta", "Gamma")}
        sizes = {"Alpha": 6, "Beta": 6, "Gamma": 2}
        members = {name: [make_member(team=teams[name], purposes=("program", "link_clicks"))
                          for _ in range(size)] for name, size in sizes.items()}
        campaign = make_campaign(teams=list(teams.values()))
        kit = make_live_kit(campaign=campaign, networks=("mastodon",))
        now = utcnow()
        # "today" on the organisation's calendar: never before its midnight, whatever the hour the
        # suite runs at (a share 5 minutes ago fell on yesterday from 00:00 to 00:05, Paris time)
        midnight = day_bounds(local_date(now))[0]
        shares = []
        for people in members.values():
            for person in people[:3]:
                share = make_share(person=person, kit=kit, authenticity=0.5,
                                   registered_at=max(now - timedelta(minutes=5), midnight))
                shares.append(share)
        link = db.session.query(TrackedLink).filter_by(share_id=shares[0].id).one_or_none()
        if link is not None:
            for _ in range(4):
                db.session.add(Click(link_id=link.id, at=max(now - timedelta(minutes=1), midnight), day=now.date(),
                                     visitor_hash="x" * 64))
        db.session.flush()
        return {"charter": charter, "teams": teams, "members": members, "campaign": campaign,
                "shares": shares, "now": now}

    return build
