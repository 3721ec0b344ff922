"""Read one day of raw events from the other domains (the only module that does).

Portable SQLAlchemy Core (PostgreSQL in production, SQLite in the embedded demo): every
query is bounded by the day's [start, end) in UTC and aggregated per person × campaign.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import Index, and_, func, select

from advocacy.extensions import db

#: A share is "personalised" when at least this share of its words are the employee's own.
PERSONALISED_MIN = 0.1

# Access paths the rollup needs on other domains' event tables (declared here, owned by KPI).
_INDEXES_DONE = False


def declare_indexes() -> None:
    global _INDEXES_DONE
    if _INDEXES_DONE:
        return
    try:
        from advocacy.tracking.models import Click, MetricSnapshot
    except ImportError:  # pragma: no cover - tracking absent
        return
    Index("ix_kpi_tracking_clicks_at", Click.__table__.c.at)
    Index("ix_kpi_tracking_snapshots_taken_at", MetricSnapshot.__table__.c.taken_at)
    _INDEXES_DONE = True


def followers_available() -> bool:
    """Does tracking record follower counts (potential reach)? Without them the figure is absent, not 0."""
    try:
        from advocacy.tracking.models import MetricSnapshot
    except ImportError:  # pragma: no cover
        return False
    return hasattr(MetricSnapshot, "followers")


def org_zone() -> ZoneInfo:
    settings = current_app.config.get("SETTINGS")
    return ZoneInfo(getattr(settings, "timezone", None) or "Europe/Paris")


def day_bounds(day: date, zone: ZoneInfo | None = None) -> tuple[datetime, datetime]:
    """The organisation's calendar day as an aware UTC [start, end)."""

    zone = zone or org_zone()
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def local_date(moment: datetime, zone: ZoneInfo | None = None) -> date:
    return moment.astimezone(zone or org_zone()).date()


def _last_program_events(end: datetime):
    from advocacy.consent.models import ConsentEvent

    return (select(ConsentEvent.person_id, ConsentEvent.event, ConsentEvent.at,
                   func.row_number().over(partition_by=ConsentEvent.person_id,
                                          order_by=(ConsentEvent.at.desc(), ConsentEvent.id.desc())).label("rn"))
            .where(ConsentEvent.purpose == "program", ConsentEvent.at < end).subquery())


def members_at(end: datetime, cohorts: dict[int, tuple[datetime, datetime]] | None = None) -> dict[int, tuple]:
    """Program members at ``end`` (last ``program`` consent event is "given"): id → (team, cohort).

    ``cohorts``: {label: [first, last)}; a member's cohort is the label whose window holds the start
    of their current membership (0 if none) — compared in SQL, so no timestamp is materialised.
    """
    from sqlalchemy import and_, case, literal

    from advocacy.auth.models import Person
    from advocacy.consent.models import GIVEN

    ranked = _last_program_events(end)
    if cohorts:
        cohort = case(*[(and_(ranked.c.at >= first, ranked.c.at < last), label)
                        for label, (first, last) in cohorts.items()], else_=0)
    else:
        cohort = literal(0)
    rows = db.session.execute(
        select(ranked.c.person_id, Person.team_id, cohort)
        .join(Person, Person.id == ranked.c.person_id)
        .where(ranked.c.rn == 1, ranked.c.event == GIVEN, Person.erased_at.is_(None)))
    return {pid: (team, int(label or 0)) for pid, team, label in rows}


def _campaign_of_share():
    from advocacy.campaigns.models import Kit, KitVariant, Share

    return (select(Share.id.label("share_id"), Share.person_id.label("person_id"), Kit.campaign_id.label("campaign_id"))
            .join(KitVariant, KitVariant.id == Share.kit_variant_id).join(Kit, Kit.id == KitVariant.kit_id))


def collect(day: date, facts: set[str], members: dict, policy=None) -> dict[tuple[int, int], dict]:
    """(person, campaign) → {fact: value} for ``day``, members only, needed facts only."""
    from advocacy.campaigns.models import (
        SHARE_ERASED,
        SHARE_PREPARED,
        Kit,
        KitVariant,
        Share,
    )

    declare_indexes()
    start, end = day_bounds(day)
    out: dict[tuple[int, int], dict] = defaultdict(dict)

    def add(person_id, campaign_id, fact, value):
        if person_id is None or person_id not in members or fact not in facts or value is None:
            return
        row = out[(int(person_id), int(campaign_id or 0))]
        row[fact] = row.get(fact, 0) + value

    if facts & {"shares", "personalised_shares", "authenticity_sum", "quiet_hour_shares"}:
        from advocacy.auth.models import Person

        rows = db.session.execute(
            select(Share.person_id, Kit.campaign_id, Share.authenticity, Share.registered_at, Person.timezone)
            .join(KitVariant, KitVariant.id == Share.kit_variant_id).join(Kit, Kit.id == KitVariant.kit_id)
            .join(Person, Person.id == Share.person_id)
            .where(Share.registered_at >= start, Share.registered_at < end,
                   Share.status.notin_((SHARE_PREPARED, SHARE_ERASED))))
        quiet = getattr(policy, "quiet_hours", None)
        zones: dict[str, ZoneInfo] = {}
        for person_id, campaign_id, authenticity, registered_at, tz in rows:
            add(person_id, campaign_id, "shares", 1)
            score = float(authenticity or 0.0)
            add(person_id, campaign_id, "personalised_shares", 1 if score >= PERSONALISED_MIN else 0)
            add(person_id, campaign_id, "authenticity_sum", score)
            if quiet is not None:
                zone = zones.get(tz)
                if zone is None:
                    try:
                        zone = zones.setdefault(tz, ZoneInfo(tz or "Europe/Paris"))
                    except Exception:  # noqa: BLE001 - an unknown zone falls back to the organisation's
                        zone = zones.setdefault(tz, org_zone())
                add(person_id, campaign_id, "quiet_hour_shares", 1 if quiet.covers(registered_at.astimezone(zone)) else 0)
            else:
                add(person_id, campaign_id, "quiet_hour_shares", 0)

    if "clicks" in facts:
        from advocacy.tracking.models import Click, TrackedLink

        rows = db.session.execute(
            select(Share.person_id, Kit.campaign_id, func.count())
            .select_from(Click).join(TrackedLink, TrackedLink.id == Click.link_id)
            .join(Share, Share.id == TrackedLink.share_id)
            .join(KitVariant, KitVariant.id == Share.kit_variant_id).join(Kit, Kit.id == KitVariant.kit_id)
            .where(Click.at >= start, Click.at < end)
            .group_by(Share.person_id, Kit.campaign_id))
        for person_id, campaign_id, count in rows:
            add(person_id, campaign_id, "clicks", int(count))

    if facts & {"reactions", "comments", "impressions", "followers"}:
        _collect_metrics(start, end, add)

    if facts & {"ideas_proposed", "ideas_adopted"}:
        from advocacy.campaigns.models import Idea

        for person_id, campaign_id, count in db.session.execute(
                select(Idea.author_id, Idea.campaign_id, func.count())
                .where(Idea.created_at >= start, Idea.created_at < end).group_by(Idea.author_id, Idea.campaign_id)):
            add(person_id, campaign_id, "ideas_proposed", int(count))
        for person_id, campaign_id, count in db.session.execute(
                select(Idea.author_id, Idea.campaign_id, func.count())
                .where(Idea.adopted_at >= start, Idea.adopted_at < end).group_by(Idea.author_id, Idea.campaign_id)):
            add(person_id, campaign_id, "ideas_adopted", int(count))

    if facts & {"points_earned", "points_redeemed"}:
        from advocacy.campaigns.models import PointEntry, Redemption

        for person_id, points in db.session.execute(
                select(PointEntry.person_id, func.sum(PointEntry.points))
                .where(PointEntry.created_at >= start, PointEntry.created_at < end).group_by(PointEntry.person_id)):
            add(person_id, 0, "points_earned", int(points or 0))
        for person_id, points in db.session.execute(
                select(Redemption.person_id, func.sum(Redemption.points))
                .where(Redemption.status == "approved", Redemption.decided_at >= start, Redemption.decided_at < end)
                .group_by(Redemption.person_id)):
            add(person_id, 0, "points_redeemed", int(points or 0))

    if "solicitations" in facts:
        from advocacy.charter.models import Solicitation

        for person_id, count in db.session.execute(
                select(Solicitation.person_id, func.count())
                .where(Solicitation.at >= start, Solicitation.at < end).group_by(Solicitation.person_id)):
            add(person_id, 0, "solicitations", int(count))
    return out


def _collect_metrics(start: datetime, end: datetime, add) -> None:
    """Public metrics gained during the day: last snapshot of the day minus the last one before it."""
    from advocacy.tracking.models import OK
    from advocacy.tracking.models import MetricSnapshot as M

    followers_col = getattr(M, "followers", None)
    cols = [M.share_id, M.likes, M.reposts, M.replies, M.quotes, M.impressions]
    if followers_col is not None:
        cols.append(followers_col)
    order = (M.taken_at.desc(), M.slot.desc())
    day_ranked = (select(*cols, func.row_number().over(partition_by=M.share_id, order_by=order).label("rn"))
                  .where(M.taken_at >= start, M.taken_at < end, M.status == OK).subquery())
    last = {row.share_id: row for row in db.session.execute(select(day_ranked).where(day_ranked.c.rn == 1))}
    if not last:
        return
    ids = list(last)
    prev: dict = {}
    for chunk in range(0, len(ids), 5000):
        part = ids[chunk:chunk + 5000]
        prev_ranked = (select(*cols, func.row_number().over(partition_by=M.share_id, order_by=order).label("rn"))
                       .where(M.taken_at < start, M.status == OK, M.share_id.in_(part)).subquery())
        prev.update({row.share_id: row for row in db.session.execute(select(prev_ranked).where(prev_ranked.c.rn == 1))})
    owners = {}
    base = _campaign_of_share().subquery()
    for chunk in range(0, len(ids), 5000):
        part = ids[chunk:chunk + 5000]
        owners.update({sid: (pid, cid) for sid, pid, cid in db.session.execute(
            select(base.c.share_id, base.c.person_id, base.c.campaign_id).where(base.c.share_id.in_(part)))})

    def total(row, *names):
        if row is None:
            return 0
        return sum(int(getattr(row, name) or 0) for name in names)

    for share_id, row in last.items():
        person_id, campaign_id = owners.get(share_id, (None, None))
        before = prev.get(share_id)
        add(person_id, campaign_id, "reactions",
            max(total(row, "likes", "reposts", "quotes") - total(before, "likes", "reposts", "quotes"), 0))
        add(person_id, campaign_id, "comments", max(total(row, "replies") - total(before, "replies"), 0))
        if row.impressions is not None:
            add(person_id, campaign_id, "impressions", max(int(row.impressions) - total(before, "impressions"), 0))
        if followers_col is not None and getattr(row, "followers", None) is not None and before is None:
            add(person_id, campaign_id, "followers", int(row.followers))


def window_activity(first: date, last: date, person_ids=None) -> dict[int, tuple[int, int]]:
    """person → (actions, own contributions) over [first, last] from the person-day rollup."""
    from advocacy.kpi.models import PersonDay as P

    stmt = (select(P.person_id,
                   func.sum(func.coalesce(P.shares, 0) + func.coalesce(P.ideas_proposed, 0)),
                   func.sum(func.coalesce(P.personalised_shares, 0) + func.coalesce(P.ideas_proposed, 0)))
            .where(and_(P.day >= first, P.day <= last, P.acted.is_(True))).group_by(P.person_id))
    return {pid: (int(a or 0), int(c or 0)) for pid, a, c in db.session.execute(stmt)}
