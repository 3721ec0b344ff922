"""The demo's history (issue #16, item 9): months of activity consistent with the consent ledger
and the charter versions, KPI figures over more than one period with small groups still hidden,
and a seed that changes nothing when run again."""
from datetime import timedelta

from sqlalchemy import func, select

from advocacy.auth.models import Person, Team
from advocacy.campaigns.models import Share
from advocacy.charter.models import CharterAcceptance, Solicitation
from advocacy.charter.services import is_quiet_time, policy_in_force, version_in_force
from advocacy.consent.demo import Timeline
from advocacy.core.democlock import today
from advocacy.extensions import db
from advocacy.kpi.models import GroupDay, PersonDay, PulseRound, RollupRun
from advocacy.tracking.models import Click, MetricSnapshot, TrackedLink

COUNTED = (Share, MetricSnapshot, Click, TrackedLink, Solicitation, GroupDay, PersonDay, RollupRun, PulseRound,
           CharterAcceptance)


def _counts() -> dict:
    return {model.__tablename__: db.session.scalar(select(func.count()).select_from(model)) for model in COUNTED}


def test_demo_history_follows_consents_and_charters_and_fills_the_dashboards(app, client, api_headers):
    from advocacy import demo

    ctx = demo.seed()
    db.session.commit()
    people = {p.id: p for p in db.session.scalars(select(Person))}
    consents = Timeline()
    accepted = {(a.person_id, a.version_id): a.accepted_at for a in db.session.scalars(select(CharterAcceptance))}

    shares = db.session.scalars(select(Share).where(Share.registered_at.is_not(None))).all()
    first_day = min(s.registered_at for s in shares)
    assert (today() - first_day.date()).days >= 100, "the history spans months"
    assert len({s.network for s in shares}) == 4
    for share in shares:
        at = share.registered_at
        assert consents.given(share.person_id, "program", at), share.id  # never before joining
        version = version_in_force(at)
        assert accepted[(share.person_id, version.id)] <= at, share.id  # nor before accepting that version
        assert not is_quiet_time(people[share.person_id], at), (share.id, at)  # never in quiet hours

    for snapshot in db.session.scalars(select(MetricSnapshot)):
        assert consents.given(snapshot.person_id, "post_metrics", snapshot.taken_at), snapshot.id
        assert consents.given_now(snapshot.person_id, "post_metrics")  # a withdrawal purged the rest
    for click, person_id in db.session.execute(select(Click, TrackedLink.person_id).join(TrackedLink)):
        assert consents.given(person_id, "link_clicks", click.at) and consents.given_now(person_id, "link_clicks")
    leaver, changed_mind = ctx.person("employee11@demo.test"), ctx.person("employee7@demo.test")
    assert any(s.person_id == leaver.id for s in shares)
    assert not db.session.scalar(select(func.count()).select_from(MetricSnapshot)
                                 .where(MetricSnapshot.person_id == leaver.id))
    assert not db.session.scalar(select(func.count()).select_from(Click).join(TrackedLink)
                                 .where(TrackedLink.person_id.in_((leaver.id, changed_mind.id))))
    assert db.session.scalar(select(func.count()).select_from(Click)) > 100

    solicitations = db.session.scalars(select(Solicitation).order_by(Solicitation.at)).all()
    assert solicitations
    for row in solicitations:
        assert consents.given(row.person_id, "notifications", row.at) and not row.quiet
        assert not is_quiet_time(people[row.person_id], row.at)
        week = [s for s in solicitations if s.person_id == row.person_id and row.at - timedelta(days=7) < s.at <= row.at]
        assert len(week) <= policy_in_force(row.at).max_solicitations_per_week

    # The dashboards have a history: shares in each of the last three 30-day periods, closed survey rounds.
    marketer = api_headers(ctx.person("marketer@demo.test"))
    end = today()
    for back in (0, 30, 60):
        period = {"from": (end - timedelta(days=back + 29)).isoformat(), "to": (end - timedelta(days=back)).isoformat()}
        body = client.get("/api/v1/kpis", query_string={**period, "kpi": "shares"}, headers=marketer).json
        assert body["kpis"][0]["total"]["value"], period
    hr = api_headers(ctx.person("hr@demo.test"))
    trust = client.get("/api/v1/kpis", query_string={"from": (end - timedelta(days=110)).isoformat(),
                                                    "to": end.isoformat(), "kpi": "trust_score"}, headers=hr).json
    assert sum(1 for point in trust["kpis"][0]["series"] if point["value"] is not None) >= 2
    # ... and small groups stay hidden: Sales (three people) never shows a figure of its own.
    sales = db.session.scalar(select(Team.id).where(Team.name == "Ventes"))
    body = client.get("/api/v1/kpis", query_string={"team": sales, "kpi": "shares"}, headers=hr)
    if body.status_code == 422:  # only whole weeks may be asked for a scope with hidden figures
        allowed = body.json["error"]["allowed"]
        body = client.get("/api/v1/kpis", query_string={"team": sales, "kpi": "shares", "from": allowed["from"],
                                                        "to": allowed["to"]}, headers=hr)
    series = body.json["kpis"][0]["series"]
    assert series and all(point["value"] is None and point["suppressed"] for point in series)

    before = _counts()
    demo.seed()  # idempotent
    db.session.commit()
    assert _counts() == before
