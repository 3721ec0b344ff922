"""Read days of raw events from the other domains (the only module that does).

SQLAlchemy Core on PostgreSQL (the embedded default runs PostgreSQL too): every query is bounded
by the days' [start, end) in UTC and aggregated per day × person × campaign.
"""
from __future__ import annotations

from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from flask import current_app
from sqlalchemy import func, select, text

from advocacy.extensions import db
from advocacy.auth.models import Person
from advocacy.consent.models import GIVEN, ConsentEvent
from advocacy.campaigns.models import Kit
from advocacy.campaigns.models import KitVariant
from advocacy.campaigns.models import Share
from advocacy.campaigns.models import SHARE_UNCOUNTED
from advocacy.tracking.models import OK
from advocacy.tracking.models import MetricSnapshot as M
from advocacy.tracking.models import Click
from advocacy.tracking.models import TrackedLink
from advocacy.campaigns.models import Idea
from advocacy.campaigns.models import PointEntry
from advocacy.campaigns.models import Redemption
from advocacy.charter.models import Solicitation

#: A share is "personalised" when at least this share of its words are the employee's own.
PERSONALISED_MIN = 0.1

#: purpose → per-person fact columns derived from data collected under it
DERIVED = {
    "link_clicks": ("clicks",),
    "post_metrics": ("reactions", "comments", "impressions", "followers"),
}
_PURPOSE_OF = {fact: purpose for purpose, columns in DERIVED.items() for fact in columns}

def org_zone() -> ZoneInfo:
    return ZoneInfo(current_app.config["SETTINGS"].timezone)


def day_bounds(day: date, zone: ZoneInfo | None = None) -> tuple[datetime, datetime]:
    """The organisation's calendar day as an aware UTC [start, end)."""

    zone = zone or org_zone()
    start = datetime.combine(day, time(0), tzinfo=zone).astimezone(UTC)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=zone).astimezone(UTC)
    return start, end


def local_date(moment: datetime, zone: ZoneInfo | None = None) -> date:
    return moment.astimezone(zone or org_zone()).date()


def _campaign_of_share():
    return (select(Share.id.label("share_id"), Share.person_id.label("person_id"), Kit.campaign_id.label("campaign_id"))
            .join(KitVariant, KitVariant.id == Share.kit_variant_id).join(Kit, Kit.id == KitVariant.kit_id))


# -- any set of days at once (``rollup.rollup_days``) ---------------------------------------------
# One query per source for all the days: every event is bucketed by its day on the organisation's
# calendar (``timezone(zone, at)::date`` is the day whose ``day_bounds`` hold ``at``).


def local_day(column):
    """SQL: the organisation's calendar day of a ``timestamptz`` column."""
    return func.date(func.timezone(current_app.config["SETTINGS"].timezone, column))


def week_start(day: date) -> date:
    """The Monday of ``day``'s calendar week (the reporting week of the figures)."""
    return day - timedelta(days=day.weekday())


def members_on(days: list[date], cohorts_of=None) -> dict[date, dict[int, tuple]]:
    """The members a day's figures are computed over: day → {id: (team, cohort)}.

    A day's group is everyone who was a program member at some moment of its calendar week up to
    the end of the day (their last ``program`` event before the week's Monday, or any event during
    it, gave the consent), erased people included. So the group of a day never loses someone who
    leaves or is erased later — the re-rolled days of their week keep them, and their past shares
    stay in history — and a leaver drops out only at the next week, where their absence cannot be
    told from inactivity. A member's team is the one they were in when the week began
    (``auth.models.PersonTeamHistory``; their current team if they never moved since, or joined
    later): a move shows from the next week on, and re-rolling a day never credits it to the new team.
    ``cohorts_of(day)``: {months: [first, last)}; a member's cohort is the
    label whose window holds the start of their latest membership (0 if none)."""
    starts, ends, windows = [], [], {months: ([], []) for months in (1, 3, 6)}
    for day in days:
        starts.append(day_bounds(week_start(day))[0])
        ends.append(day_bounds(day)[1])
        cohorts = cohorts_of(day) if cohorts_of else {}
        for months, (firsts, lasts) in windows.items():
            first, last = cohorts.get(months, (None, None))
            firsts.append(first)
            lasts.append(last)
    rows = db.session.execute(text("""
        WITH d AS (SELECT * FROM unnest(CAST(:days AS date[]), CAST(:starts AS timestamptz[]),
                                        CAST(:ends AS timestamptz[]),
                                        CAST(:f1 AS timestamptz[]), CAST(:l1 AS timestamptz[]),
                                        CAST(:f3 AS timestamptz[]), CAST(:l3 AS timestamptz[]),
                                        CAST(:f6 AS timestamptz[]), CAST(:l6 AS timestamptz[]))
                   AS t(day, start_at, end_at, f1, l1, f3, l3, f6, l6))
        SELECT d.day, e.person_id, CASE WHEN h.person_id IS NULL THEN p.team_id ELSE h.team_id END,
               CASE WHEN e.joined >= d.f1 AND e.joined < d.l1 THEN 1 WHEN e.joined >= d.f3 AND e.joined < d.l3 THEN 3
                    WHEN e.joined >= d.f6 AND e.joined < d.l6 THEN 6 ELSE 0 END
        FROM d CROSS JOIN LATERAL (
            SELECT c.person_id,
                   max(c.at) FILTER (WHERE c.event = :given) AS joined,
                   (array_agg(c.event ORDER BY c.at DESC, c.id DESC) FILTER (WHERE c.at < d.start_at))[1] AS before,
                   bool_or(c.event = :given AND c.at >= d.start_at) AS joined_in_week
            FROM consent_events c
            WHERE c.purpose = 'program' AND c.at < d.end_at GROUP BY c.person_id) e
        JOIN persons p ON p.id = e.person_id
        LEFT JOIN LATERAL (SELECT t.person_id, t.team_id FROM person_team_history t
                           WHERE t.person_id = e.person_id AND t.until > d.start_at
                           ORDER BY t.until LIMIT 1) h ON true
        WHERE e.before = :given OR e.joined_in_week"""),
        {"days": list(days), "starts": starts, "ends": ends, "given": GIVEN,
         **{f"{kind}{months}": values for months, pair in windows.items() for kind, values in zip("fl", pair)}})
    out: dict[date, dict[int, tuple]] = {day: {} for day in days}
    for day, pid, team, label in rows:
        out[day][pid] = (team, int(label or 0))
    return out


def collect_days(days: list[date], facts: set[str], members: dict[date, dict], policy=None) -> dict[date, dict]:
    """day → {(person, campaign): {fact: value}}: members of that day only, needed facts only."""
    start, end = day_bounds(min(days))[0], day_bounds(max(days))[1]
    wanted = set(days)
    out: dict[date, dict] = {day: defaultdict(dict) for day in days}
    # an erased member still counts in their week's group; their past rows live on under a token
    # (``services.erase_person_data``): nothing of theirs is collected again
    ids = sorted({pid for day in days for pid in members[day]})
    erased = set(db.session.scalars(select(Person.id).where(Person.id.in_(ids), Person.erased_at.is_not(None)))) \
        if ids else set()
    # facts of a purpose withdrawn since went to the team's "withdrawn" row (``setup.on_consent_changed``):
    # those days do not collect them again, even before tracking purged the raw events
    withdrawn_until: dict[tuple[int, str], date] = {}
    if ids and facts & set(_PURPOSE_OF):
        withdrawal_day = func.max(local_day(ConsentEvent.at))
        withdrawn_until = {(pid, purpose): day for pid, purpose, day in db.session.execute(
            select(ConsentEvent.person_id, ConsentEvent.purpose, withdrawal_day)
            .where(ConsentEvent.person_id.in_(ids), ConsentEvent.purpose.in_(list(DERIVED)),
                   ConsentEvent.event != GIVEN, ConsentEvent.at >= start)
            .group_by(ConsentEvent.person_id, ConsentEvent.purpose))}

    def add(day, person_id, campaign_id, fact, value):
        if day not in wanted or person_id is None or person_id not in members[day] or fact not in facts \
                or value is None or person_id in erased:
            return
        if fact in _PURPOSE_OF:
            until = withdrawn_until.get((person_id, _PURPOSE_OF[fact]))
            if until is not None and day <= until:
                return
        row = out[day][(int(person_id), int(campaign_id or 0))]
        row[fact] = row.get(fact, 0) + value

    if facts & {"shares", "personalised_shares", "authenticity_sum", "quiet_hour_shares"}:
        rows = db.session.execute(
            select(local_day(Share.registered_at), Share.person_id, Kit.campaign_id, Share.authenticity,
                   Share.registered_at, Person.timezone)
            .join(KitVariant, KitVariant.id == Share.kit_variant_id).join(Kit, Kit.id == KitVariant.kit_id)
            .join(Person, Person.id == Share.person_id)
            .where(Share.registered_at >= start, Share.registered_at < end,
                   Share.status.notin_(SHARE_UNCOUNTED)).order_by(Share.id))
        quiet = getattr(policy, "quiet_hours", None)
        zones: dict[str, ZoneInfo] = {}
        for day, person_id, campaign_id, authenticity, registered_at, tz in rows:
            add(day, person_id, campaign_id, "shares", 1)
            score = float(authenticity or 0.0)
            add(day, person_id, campaign_id, "personalised_shares", 1 if score >= PERSONALISED_MIN else 0)
            add(day, person_id, campaign_id, "authenticity_sum", score)
            if quiet is not None:
                zone = zones.get(tz)
                if zone is None:
                    try:
                        zone = zones.setdefault(tz, ZoneInfo(tz) if tz else org_zone())
                    except Exception:  # noqa: BLE001 - an unknown zone falls back to the organisation's
                        zone = zones.setdefault(tz, org_zone())
                add(day, person_id, campaign_id, "quiet_hour_shares",
                    1 if quiet.covers(registered_at.astimezone(zone)) else 0)
            else:
                add(day, person_id, campaign_id, "quiet_hour_shares", 0)

    if "clicks" in facts:
        click_day = local_day(Click.at)
        for day, person_id, campaign_id, count in db.session.execute(
                select(click_day, Share.person_id, Kit.campaign_id, func.count(func.distinct(Click.visitor_hash)))
                .select_from(Click).join(TrackedLink, TrackedLink.id == Click.link_id)
                .join(Share, Share.id == TrackedLink.share_id)
                .join(KitVariant, KitVariant.id == Share.kit_variant_id).join(Kit, Kit.id == KitVariant.kit_id)
                .where(Click.at >= start, Click.at < end)
                .group_by(click_day, Share.person_id, Kit.campaign_id)):
            add(day, person_id, campaign_id, "clicks", int(count))

    if facts & {"reactions", "comments", "impressions", "followers"}:
        _collect_metrics_days(start, end, add)

    if facts & {"ideas_proposed", "ideas_adopted"}:
        for column, fact in ((Idea.created_at, "ideas_proposed"), (Idea.adopted_at, "ideas_adopted")):
            idea_day = local_day(column)
            for day, person_id, campaign_id, count in db.session.execute(
                    select(idea_day, Idea.author_id, Idea.campaign_id, func.count())
                    .where(column >= start, column < end).group_by(idea_day, Idea.author_id, Idea.campaign_id)):
                add(day, person_id, campaign_id, fact, int(count))

    if facts & {"points_earned", "points_redeemed"}:
        point_day = local_day(PointEntry.created_at)
        for day, person_id, points in db.session.execute(
                select(point_day, PointEntry.person_id, func.sum(PointEntry.points))
                .where(PointEntry.created_at >= start, PointEntry.created_at < end)
                .group_by(point_day, PointEntry.person_id)):
            add(day, person_id, 0, "points_earned", int(points or 0))
        redeemed_day = local_day(Redemption.decided_at)
        for day, person_id, points in db.session.execute(
                select(redeemed_day, Redemption.person_id, func.sum(Redemption.points))
                .where(Redemption.status == "approved", Redemption.decided_at >= start, Redemption.decided_at < end)
                .group_by(redeemed_day, Redemption.person_id)):
            add(day, person_id, 0, "points_redeemed", int(points or 0))

    if "solicitations" in facts:
        asked_day = local_day(Solicitation.at)
        for day, person_id, count in db.session.execute(
                select(asked_day, Solicitation.person_id, func.count())
                .where(Solicitation.at >= start, Solicitation.at < end).group_by(asked_day, Solicitation.person_id)):
            add(day, person_id, 0, "solicitations", int(count))
    return out


_METRICS = ("likes", "reposts", "replies", "quotes", "impressions", "followers")


def _collect_metrics_days(start: datetime, end: datetime, add) -> None:
    """Public metrics gained during each day of [start, end): each share's last snapshot of each day
    it has one, minus its last one before that day (LAG over its days), in one query."""
    day = local_day(M.taken_at)
    seen = select(M.share_id).where(M.taken_at >= start, M.taken_at < end, M.status == OK).distinct()
    ranked = (select(M.share_id, day.label("day"), *[getattr(M, c) for c in _METRICS],
                     func.row_number().over(partition_by=(M.share_id, day),
                                            order_by=(M.taken_at.desc(), M.slot.desc())).label("rn"))
              .where(M.taken_at < end, M.status == OK, M.share_id.in_(seen)).subquery())
    lasts = select(ranked).where(ranked.c.rn == 1).subquery()
    order = {"partition_by": lasts.c.share_id, "order_by": lasts.c.day}
    base = _campaign_of_share().subquery()
    stmt = (select(lasts.c.day, base.c.person_id, base.c.campaign_id,
                   *[lasts.c[c] for c in _METRICS],
                   func.lag(lasts.c.day).over(**order).label("before_day"),
                   *[func.lag(lasts.c[c]).over(**order).label(f"before_{c}") for c in _METRICS])
            .join(base, base.c.share_id == lasts.c.share_id, isouter=True).subquery())
    first_day = start.astimezone(org_zone()).date()
    for row in db.session.execute(select(stmt).where(stmt.c.day >= first_day)):
        before = row.before_day is not None

        def total(prefix, *names):
            return sum(int(getattr(row, prefix + name) or 0) for name in names)

        person_id, campaign_id = row.person_id, row.campaign_id
        add(row.day, person_id, campaign_id, "reactions",
            max(total("", "likes", "reposts", "quotes") - total("before_", "likes", "reposts", "quotes"), 0))
        add(row.day, person_id, campaign_id, "comments", max(total("", "replies") - total("before_", "replies"), 0))
        if row.impressions is not None:
            add(row.day, person_id, campaign_id, "impressions",
                max(int(row.impressions) - total("before_", "impressions"), 0))
        if row.followers is not None and not before:
            add(row.day, person_id, campaign_id, "followers", int(row.followers))


def erased_cohort_starts(days: list[date]) -> dict[date, dict[int, date]]:
    """day → {token: start of the membership the day belongs to} for the erased members who counted
    as members that day (``kpi.models.ErasedCohort``): the cohort retention keeps them in, under
    the token their past activity moved to. One query for all the days."""
    out: dict[date, dict[int, date]] = {day: {} for day in days}
    rows = db.session.execute(text("""
        SELECT d.day, e.token, (SELECT max(j) FROM unnest(e.joined) AS j WHERE j <= d.day)
        FROM unnest(CAST(:days AS date[])) AS d(day)
        JOIN kpi_erased_cohorts e ON d.day <= e.until"""), {"days": list(days)})
    for day, token, start in rows:
        if start is not None:
            out[day][token] = start
    return out


def window_activity_days(days: list[date], length: int) -> dict[date, dict[int, tuple[int, int, int]]]:
    """day → {person: (actions, own contributions, team)} over the ``length`` days ending on it, from
    the person-day rollup: whoever acted as a member in the window — people who left since and the
    tokens of erased people included — with the team of their latest row."""
    out: dict[date, dict] = {day: {} for day in days}
    rows = db.session.execute(text("""
        SELECT d.day, p.person_id,
               sum(coalesce(p.shares, 0) + coalesce(p.ideas_proposed, 0)),
               sum(coalesce(p.personalised_shares, 0) + coalesce(p.ideas_proposed, 0)),
               (array_agg(p.team_id ORDER BY p.day DESC))[1]
        FROM unnest(CAST(:days AS date[])) AS d(day)
        JOIN kpi_person_days p ON p.day >= d.day - :back AND p.day <= d.day AND p.acted
        GROUP BY d.day, p.person_id"""), {"days": list(days), "back": length - 1})
    for day, pid, actions, own, team in rows:
        out[day][pid] = (int(actions or 0), int(own or 0), int(team))
    return out
