"""Rollups: idempotent, re-runnable for any day, only annex KPIs stored, incremental metrics."""
from __future__ import annotations

from datetime import UTC, timedelta

from sqlalchemy import func, select

from advocacy.kpi.models import GroupDay, PersonDay, RollupRun
from advocacy.kpi.rollup import rollup_day
from advocacy.kpi.sources import local_date


def _snapshot(db_session):
    return sorted((r.metric, r.team_id, r.campaign_id, r.num, r.den, r.people)
                  for r in db_session.scalars(select(GroupDay)))


def test_rerunning_a_day_gives_the_same_rows(kpi_org, db_session):
    org = kpi_org()
    day = local_date(org["now"])
    first = rollup_day(day)
    before = _snapshot(db_session)
    second = rollup_day(day)
    assert _snapshot(db_session) == before
    assert first.group_rows == second.group_rows > 0
    assert db_session.get(RollupRun, day).kpis == list(first.kpis)


def test_only_annex_kpis_and_their_facts_are_stored(kpi_org, db_session):
    org = kpi_org(kpi_annex={"kpis": ["shares", "participation_rate"]})
    rollup_day(local_date(org["now"]))
    metrics = set(db_session.scalars(select(GroupDay.metric).distinct()))
    assert metrics == {"shares", "participation_rate"}
    row = db_session.scalars(select(PersonDay)).first()
    assert row.shares >= 1 and row.clicks is None and row.authenticity_sum is None and row.reactions is None


def test_organisation_granularity_stores_no_team_rows(kpi_org, db_session):
    org = kpi_org(kpi_annex={"granularity": "organisation"})
    rollup_day(local_date(org["now"]))
    assert db_session.scalar(select(func.count()).select_from(GroupDay).where(GroupDay.team_id != 0)) == 0


def test_a_past_day_can_be_rolled_up_again_without_touching_others(kpi_org, db_session):
    org = kpi_org()
    today = local_date(org["now"])
    rollup_day(today)
    rollup_day(today - timedelta(days=3))
    today_rows = db_session.scalar(select(func.count()).select_from(GroupDay).where(GroupDay.day == today))
    rollup_day(today - timedelta(days=3))
    assert db_session.scalar(select(func.count()).select_from(GroupDay).where(GroupDay.day == today)) == today_rows
    shares_then = db_session.scalar(select(GroupDay.num).where(
        GroupDay.day == today - timedelta(days=3), GroupDay.metric == "shares", GroupDay.team_id == 0,
        GroupDay.campaign_id == 0))
    assert shares_then == 0  # nobody was a member yet


def test_metrics_count_what_was_gained_during_the_day(kpi_org, db_session):
    from advocacy.tracking.models import MetricSnapshot

    org = kpi_org()
    share = org["shares"][0]
    now = org["now"]
    yesterday = now - timedelta(days=1)
    db_session.add(MetricSnapshot(share_id=share.id, person_id=share.person_id, slot=0, taken_at=yesterday,
                                  status="ok", likes=10, reposts=2, replies=1, quotes=0, impressions=500))
    db_session.add(MetricSnapshot(share_id=share.id, person_id=share.person_id, slot=1, taken_at=now,
                                  status="ok", likes=15, reposts=3, replies=4, quotes=1, impressions=900))
    db_session.flush()
    rollup_day(local_date(now))
    row = db_session.scalars(select(PersonDay).where(PersonDay.person_id == share.person_id)).one()
    assert (row.reactions, row.comments, row.impressions) == (7, 3, 400)


def test_quiet_hour_shares_follow_the_charter(kpi_org, db_session):
    from datetime import datetime

    from advocacy.core.timeutil import freeze

    saturday = datetime(2026, 11, 14, 9, 0, tzinfo=UTC)  # weekends are quiet by default
    freeze(saturday)
    try:
        org = kpi_org()
        rollup_day(local_date(saturday))
    finally:
        freeze(None)
    rows = db_session.scalars(select(PersonDay)).all()
    assert sum(r.shares for r in rows) == 8 and sum(r.quiet_hour_shares for r in rows) == 8
    monday = datetime(2026, 11, 16, 10, 0, tzinfo=UTC)
    freeze(monday)
    try:
        from advocacy.campaigns.models import Share

        for share in db_session.scalars(select(Share)):
            share.registered_at = monday
        db_session.flush()
        rollup_day(local_date(monday))
    finally:
        freeze(None)
    rows = db_session.scalars(select(PersonDay).where(PersonDay.day == local_date(monday))).all()
    assert sum(r.shares for r in rows) == 8 and sum(r.quiet_hour_shares for r in rows) == 0
    assert org["charter"] is not None


def test_pyramid_levels_and_moves_are_rolled_up(kpi_org, db_session):
    org = kpi_org()
    rollup_day(local_date(org["now"]))

    def num(metric):
        return db_session.scalar(select(GroupDay.num).where(GroupDay.metric == metric, GroupDay.team_id == 0,
                                                            GroupDay.campaign_id == 0))

    # 14 members, 8 shared once today (no own words beyond 0.5 authenticity → 1 contribution each)
    assert num("engagement_pyramid.contributors") == 8 and num("engagement_pyramid.passive") == 6
    assert num("engagement_pyramid") == 0
    assert num("engagement_pyramid.move.passive.contributors") == 8
    assert num("engagement_pyramid.move.passive.passive") == 6


def test_prune_forgets_kpis_the_new_annex_drops_and_expired_days(kpi_org, db_session, make_charter_in_force):
    from advocacy.charter.services import kpi_annex
    from advocacy.kpi.rollup import prune

    org = kpi_org()
    today = local_date(org["now"])
    rollup_day(today)
    old_day = today - timedelta(days=400)
    db_session.add(GroupDay(day=old_day, metric="shares", team_id=0, campaign_id=0, num=1, den=None, people=9))
    db_session.flush()
    make_charter_in_force(kpi_annex={"kpis": ["shares"]})  # a new version, co-signed, replaces the annex
    assert kpi_annex().kpis == ("shares",)
    result = prune(today)
    metrics = set(db_session.scalars(select(GroupDay.metric).distinct()))
    assert metrics == {"shares"} and "clicks" in result["metrics_removed"]
    assert db_session.scalar(select(func.count()).select_from(PersonDay).where(PersonDay.clicks.isnot(None))) == 0
    assert db_session.scalar(select(func.count()).select_from(GroupDay).where(GroupDay.day == old_day)) == 0


def test_shares_on_a_public_holiday_count_as_quiet_hour_shares(kpi_org, db_session):
    """The well-being KPI reads the charter's public holidays (``quiet_hours.holidays``) too."""
    from datetime import datetime

    from advocacy.core.timeutil import freeze

    christmas = datetime(2026, 12, 25, 10, 0, tzinfo=UTC)  # a Friday, 11:00 in Paris
    freeze(christmas)
    try:
        kpi_org(quiet_hours={"holidays": "FR"})
        rollup_day(local_date(christmas))
    finally:
        freeze(None)
    rows = db_session.scalars(select(PersonDay)).all()
    assert sum(r.shares for r in rows) == 8 and sum(r.quiet_hour_shares for r in rows) == 8


def test_todays_shares_count_just_after_the_organisations_midnight(kpi_org, db_session):
    """CI once failed between 00:00 and 00:05 Paris time: the fixture's shares, "5 minutes ago", were yesterday's."""
    from advocacy.core.timeutil import clock, utcnow
    from advocacy.kpi.sources import day_bounds

    midnight = day_bounds(local_date(utcnow()))[0]
    with clock(midnight + timedelta(minutes=2)):
        org = kpi_org(kpi_annex={"kpis": ["shares", "participation_rate"]})
        rollup_day(local_date(org["now"]))
    counted = db_session.scalar(select(func.sum(PersonDay.shares)).where(PersonDay.day == local_date(org["now"])))
    assert counted == len(org["shares"]) == 8  # 3 + 3 + 2 (Gamma has 2)
