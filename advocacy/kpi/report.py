"""Read KPI figures from the rollups, with small-group suppression applied.

``build_report(request)`` is what the API and the dashboards show. Every figure comes
from ``kpi_group_days`` (distinct counts from ``kpi_person_days``), never raw events.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, func, select

from advocacy.core.errors import DomainError
from advocacy.extensions import db
from advocacy.kpi import inputs as marketer_inputs
from advocacy.charter.kpi_catalogue import FACTS, KPIS, ORGANISATION, TEAM, effective_granularity
from advocacy.kpi.models import ALL, GroupDay, PersonDay
from advocacy.core.disclosure_control import (
    is_reporting_period,
    is_small,
    period_people,
    snap_to_weeks,
    suppress_partition,
    weeks,
)
import statistics
from advocacy.kpi.models import ERASED_BELOW, ActiveSet, MemberRelease
from advocacy.kpi.rollup import MEMBERS
from advocacy.kpi.sources import week_start
from advocacy.auth.models import Team
from advocacy.campaigns.models import Campaign
from advocacy.core.timeutil import utcnow
from advocacy.kpi.rollup import current_annex
from advocacy.kpi.sources import local_date

SNAPSHOT = {"retention", "engagement_pyramid"}  # the period's figure is the last day's


class KpiRequestError(DomainError):
    def __init__(self, status: int, code: str, message: str, field: str | None = None, **extra):
        super().__init__(code, message, field, status=status, **extra)


@dataclass
class Figure:
    value: float | None
    suppressed: bool = False
    reason: str | None = None

    def as_dict(self, **extra) -> dict:
        out = {"value": self.value, "suppressed": self.suppressed, **extra}
        if self.suppressed:
            out["reason"] = self.reason
        return out


@dataclass
class Series:
    metric: str
    spans: list[tuple[date, date]]  # each point's first and last day (one day, or a week)
    points: list[Figure]
    total: Figure
    people: int = 0

    @property
    def days(self) -> list[date]:
        return [first for first, _last in self.spans]


@dataclass
class Request:
    start: date
    end: date
    annex: object
    version: int | None
    team_id: int = ALL
    campaign_id: int = ALL
    weekly: bool = False  # answered on calendar weeks: the scope touches a hidden figure
    snapped: bool = False  # the asked period was widened to whole weeks
    cache: dict = field(default_factory=dict)

    @property
    def k(self) -> int:
        return int(self.annex.min_group_size)

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]

    def members(self) -> dict:
        """The published member count of the scope (``members_of``), read once per request."""
        if "members" not in self.cache:
            self.cache["members"] = members_of(self)
        return self.cache["members"]


def _scope_teams(req: Request) -> tuple[int, ...]:
    return (ALL,) if req.team_id == ALL else (ALL, req.team_id)


def _rows(req: Request, metric: str) -> dict[tuple[int, date], tuple[float, float | None, int]]:
    """The request's rows of one metric: organisation, plus the requested team if any."""
    key = ("rows", metric)
    if key not in req.cache:
        teams = _scope_teams(req)
        stmt = (select(GroupDay.team_id, GroupDay.day, GroupDay.num, GroupDay.den, GroupDay.people)
                .where(GroupDay.metric == metric, GroupDay.campaign_id == req.campaign_id,
                       GroupDay.team_id.in_(teams), GroupDay.day >= req.start, GroupDay.day <= req.end))
        rows = {(team, day): (num, den, people) for team, day, num, den, people in db.session.execute(stmt)}
        if req.campaign_id != ALL:
            # campaign rows exist only where there was activity: elsewhere the figure is zero over
            # the same people as the all-campaigns row
            base = select(GroupDay.team_id, GroupDay.day, GroupDay.den, GroupDay.people).where(
                GroupDay.metric == metric, GroupDay.campaign_id == ALL, GroupDay.team_id.in_(teams),
                GroupDay.day >= req.start, GroupDay.day <= req.end)
            for team, day, den, people in db.session.execute(base):
                rows.setdefault((team, day), (0.0, None if den is None else 0.0, people))
        req.cache[key] = rows
    return req.cache[key]


#: Metrics whose group is not "the members of the team" (cohorts, survey respondents).
OWN_POPULATION = ("retention", "trust_score")


def _population(req: Request, metric: str) -> tuple[str, dict[tuple[int, date], int]]:
    """(population key, (team, day) → people over every team) — the metric's own rows.

    Read per metric, not shared between metrics of the same population: a KPI the annex keeps
    organisation-wide has no team rows, and its rows must not stand for another KPI's teams.
    """
    pop_key = metric if metric.split(".")[0] in OWN_POPULATION else "members"
    key = ("population", metric)
    if key not in req.cache:
        stmt = (select(GroupDay.team_id, GroupDay.day, GroupDay.people)
                .where(GroupDay.metric == metric, GroupDay.campaign_id == ALL,
                       GroupDay.day >= req.start, GroupDay.day <= req.end))
        req.cache[key] = {(team, day): people for team, day, people in db.session.execute(stmt)}
    return pop_key, req.cache[key]


def _ratio(num, den, scale=1.0, digits=2):
    if den in (None, 0) or num is None:
        return None
    return round(num / den * scale, digits)


def value_of(kpi_id: str, num: float | None, den: float | None) -> float | None:
    unit = KPIS[kpi_id.split(".")[0]].unit if kpi_id.split(".")[0] in KPIS else "count"
    if unit == "percent":
        return _ratio(num, den, 100.0, 1)
    if unit in ("ratio", "per_person_week"):
        return _ratio(num, den, 1.0, 2)
    if unit == "score":
        return _ratio(num, den, 1.0, 1)
    if num is None:
        return None
    return round(num, 2) if num != int(num) else int(num)


def _people(req: Request, metric: str) -> dict[tuple[int, date], int]:
    """(team, day) → people behind the metric's figures, over every team (team 0: everyone)."""
    return _population(req, metric)[1]


def _cell_hidden(req: Request, metric: str, first: date, last: date, snapshot: bool) -> str | None:
    """Why the request's scope is hidden over ``first``..``last`` (one point), or ``None``.

    The teams split the organisation: a small team is hidden, and so are the smallest others until
    what the organisation's figure minus the shown teams gives covers ``k`` people
    (``suppress_partition``). A period's people are the fewest it had on a day with members;
    a snapshot (pyramid, retention) is the group of its last day.
    """
    cache_key = ("cell", metric, first, last, snapshot)
    if cache_key not in req.cache:
        people = _people(req, metric)
        by_team: dict[int, list[int]] = {}
        for (team, day), count in people.items():
            if first <= day <= last:
                by_team.setdefault(team, []).append((day, count))
        if snapshot:
            sizes = {team: max(days)[1] for team, days in by_team.items()}
        else:
            sizes = {team: period_people(c for _d, c in days) for team, days in by_team.items()}
        org = sizes.pop(ALL, 0)
        small = {team for team, size in sizes.items() if is_small(size, req.k)}
        hidden = suppress_partition(sizes, req.k, margin_people=org) if sizes else set()
        req.cache[cache_key] = (is_small(org, req.k), sizes, small, hidden)
    org_small, sizes, small, hidden = req.cache[cache_key]
    if org_small:
        return "min_group_size"
    if req.team_id == ALL:
        return None
    if req.team_id in small:
        return "min_group_size"
    return "complementary" if req.team_id in hidden else None


#: The pyramid's levels split a group's members: each level is a group of people of its own.
PYRAMID_LEVELS = {"engagement_pyramid": "ambassadors", "engagement_pyramid.contributors": "contributors",
                  "engagement_pyramid.passive": "passive"}


def _pyramid_level_hidden(req: Request, metric: str, first: date, last: date) -> str | None:
    """Why one level of the pyramid is hidden on the span's last day with figures, or ``None``.

    "33 % passive of 9 people" is 3 people: a level under ``k`` is hidden, and the levels are
    completed like any partition so that 100 % minus the shown levels does not give it back.
    """
    day = max((d for (t, d) in _rows(req, metric) if t == req.team_id and first <= d <= last), default=None)
    if day is None:
        return None
    cache_key = ("pyramid", req.team_id, day)
    if cache_key not in req.cache:
        counts, size = {}, 0
        for level_metric, level in PYRAMID_LEVELS.items():
            row = _rows(req, level_metric).get((req.team_id, day))
            if row is not None:
                counts[level] = int(row[0] or 0)
                size = max(size, int(row[2] or 0))
        small = {level for level, count in counts.items() if is_small(count, req.k)}
        req.cache[cache_key] = (small, suppress_partition(counts, req.k, margin_people=size))
    small, hidden = req.cache[cache_key]
    level = PYRAMID_LEVELS[metric]
    if level not in hidden:
        return None
    return "min_group_size" if level in small else "complementary"


def touches_suppression(req: Request) -> bool:
    """Whether any figure of the request's scope over its period would be hidden, on any day.

    The organisation's days for an organisation-wide request; every team's days (they split the
    organisation, and a team's figure is a complement of the others) for a team's. Populations of
    snapshots (pyramid, retention) are left out: a snapshot is never summed over days.
    """
    stmt = (select(GroupDay.team_id, func.min(GroupDay.people))
            .where(GroupDay.campaign_id == ALL, GroupDay.day >= req.start, GroupDay.day <= req.end,
                   GroupDay.people > 0, ~GroupDay.metric.like("retention%"),
                   ~GroupDay.metric.like("engagement_pyramid%"))
            .group_by(GroupDay.team_id))
    if req.team_id == ALL:
        stmt = stmt.where(GroupDay.team_id == ALL)
    return any(is_small(people, req.k) for _team, people in db.session.execute(stmt))


def _spans(req: Request) -> list[tuple[date, date]]:
    return weeks(req.start, req.end) if req.weekly else [(day, day) for day in req.days]


def metric_series(req: Request, metric: str, kpi_id: str | None = None) -> Series:
    kpi_id = kpi_id or metric.split(".")[0]
    team_level = effective_granularity(KPIS[kpi_id], req.annex.granularity) == TEAM
    value_key = metric if metric in KPIS else kpi_id
    snapshot = kpi_id in SNAPSHOT
    spans = _spans(req)
    if req.team_id != ALL and not team_level:
        hidden = [Figure(None, True, "granularity") for _ in spans]
        return Series(metric, spans, hidden, Figure(None, True, "granularity"))
    rows = _rows(req, metric)
    scope = req.team_id
    points = []
    for first, last in spans:
        reason = _cell_hidden(req, metric, first, last, snapshot)
        if not reason and metric in PYRAMID_LEVELS:
            reason = _pyramid_level_hidden(req, metric, first, last)
        if reason:
            points.append(Figure(None, True, reason))
        else:
            points.append(Figure(_range_value(req, rows, metric, kpi_id, value_key, scope, first, last, snapshot)))
    hidden = [p for p in points if p.suppressed]
    if snapshot:
        total = points[-1] if points else Figure(None)
    elif hidden:  # a total over points is a margin of them: one hidden point hides it
        total = Figure(None, True, hidden[0].reason)
    else:
        total = Figure(_range_value(req, rows, metric, kpi_id, value_key, scope, req.start, req.end, snapshot))
    people = max((r[2] for (t, _d), r in rows.items() if t == scope), default=0)
    return Series(metric, spans, points, total, people)


def _range_value(req, rows, metric, kpi_id, value_key, scope, first, last, snapshot):
    sum_num, sum_den, has_den, last_row = 0.0, 0.0, False, None
    day = first
    while day <= last:
        row = rows.get((scope, day))
        if row is not None:
            num, den, _people = row
            sum_num += num or 0
            if den is not None:
                has_den = True
                sum_den += den
            last_row = row
        day += timedelta(days=1)
    if last_row is None:
        return None
    if snapshot:
        return value_of(value_key, last_row[0], last_row[1])
    if metric == kpi_id and kpi_id in ("participation_rate", "active_engagement_rate"):
        return _distinct_total(req, kpi_id, sum_num, last_row, first, last)
    return value_of(value_key, sum_num, sum_den if has_den else None)


def _distinct_total(req: Request, kpi_id: str, sum_num: float, last, first: date, end: date) -> float | None:
    """Members who acted in the whole period (not the sum of daily actives)."""
    if last is None:
        return None
    key = ("active", first, end)
    if key in req.cache:
        active = req.cache[key]
        if kpi_id == "participation_rate":
            return _ratio(min(active, last[1] or 0), last[1], 100.0, 1)
        return _ratio(sum_num, active, 1.0, 2)

    union: set = set()
    for ids in db.session.scalars(select(ActiveSet.person_ids).where(
            ActiveSet.day >= first, ActiveSet.day <= end, ActiveSet.team_id == req.team_id)):
        union.update(ids or ())
    active = req.cache[key] = len(union)
    if kpi_id == "participation_rate":  # over the published count, which lags joiners by under k
        return _ratio(min(active, last[1] or 0), last[1], 100.0, 1)
    return _ratio(sum_num, active, 1.0, 2)


def emv_series(req: Request) -> Series:
    rates = marketer_inputs.current_emv_rates()
    parts = [metric_series(req, m, "earned_media_value")
             for m in ("earned_media_value", "earned_media_value.clicks", "earned_media_value.engagements")]
    multipliers = (float(rates.cpm) / 1000.0, float(rates.cpc), float(rates.cpe))

    def combine(figures):
        if any(f.suppressed for f in figures):
            first = next(f for f in figures if f.suppressed)
            return Figure(None, True, first.reason)
        if all(f.value is None for f in figures):
            return Figure(None)
        return Figure(round(sum((f.value or 0) * m for f, m in zip(figures, multipliers)), 2))

    points = [combine([p.points[i] for p in parts]) for i in range(len(parts[0].spans))]
    return Series("earned_media_value", parts[0].spans, points, combine([p.total for p in parts]), parts[0].people)


def roi_series(req: Request) -> Series:
    if req.team_id != ALL:
        hidden = [Figure(None, True, "granularity") for _ in _spans(req)]
        return Series("roi", _spans(req), hidden, Figure(None, True, "granularity"))
    campaign = None if req.campaign_id == ALL else req.campaign_id
    by_day = marketer_inputs.value_and_cost_by_day(req.start, req.end, campaign)
    points = []
    total_value = total_cost = 0.0
    for first, last in _spans(req):
        value = cost = 0.0
        for offset in range((last - first).days + 1):
            day_value, day_cost = by_day.get(first + timedelta(days=offset), (0.0, 0.0))
            value += day_value
            cost += day_cost
        total_value += value
        total_cost += cost
        points.append(Figure(_ratio(value - cost, cost, 100.0, 1)))
    return Series("roi", _spans(req), points, Figure(_ratio(total_value - total_cost, total_cost, 100.0, 1)))


def kpi_series(req: Request, kpi_id: str) -> Series:
    if kpi_id == "roi":
        return roi_series(req)
    if kpi_id == "earned_media_value":
        return emv_series(req)
    kpi = KPIS[kpi_id]
    if req.campaign_id != ALL and not kpi.by_campaign:
        hidden = [Figure(None, True, "granularity") for _ in _spans(req)]
        return Series(kpi_id, _spans(req), hidden, Figure(None, True, "granularity"))
    return metric_series(req, kpi_id)


def members_of(req: Request) -> dict:
    """The published member count the scope's rates divide by, for the period's last week.

    ``{"count", "week", "as_of", "moves_by_at_least"}``: ``week`` is the Monday of that calendar
    week; the count is the members of that week as the first rollup of the week counted them
    (``as_of``), and it moves from week to week only once at least ``k`` people joined or left
    (``rollup.publish_members``). ``count`` is ``None`` when the group is under ``k`` (hidden).
    """
    R = MemberRelease
    week = db.session.scalar(select(func.max(R.week)).where(R.week <= week_start(req.end), R.population == MEMBERS))
    if week is None:
        return {"count": None, "week": week_start(req.end), "as_of": None, "moves_by_at_least": req.k}
    rows = db.session.execute(select(R.team_id, R.members, R.true_count, R.created_at)
                              .where(R.week == week, R.population == MEMBERS)).all()
    # the counts are a table like any other: a team under k is hidden, and so are the smallest
    # others until the organisation's count minus the shown teams covers k people
    people = {team: (true if is_small(true, req.k) else members) for team, members, true, _at in rows}
    org = people.pop(ALL, 0)
    hidden = suppress_partition(people, req.k, margin_people=org) if people else set()
    mine = next((row for row in rows if row.team_id == req.team_id), None)
    count = None
    if mine is not None and not is_small(org, req.k) and req.team_id not in hidden \
            and not is_small(people.get(req.team_id, org), req.k):
        count = int(mine.members)
    as_of = local_date(mine.created_at) if mine is not None else None
    return {"count": count, "week": week, "as_of": as_of, "moves_by_at_least": req.k}


def report_dict(req: Request, kpi_ids, lang: str = "fr") -> dict:
    out = []
    for kpi_id in kpi_ids:
        kpi = KPIS[kpi_id]
        series = kpi_series(req, kpi_id)
        out.append({
            "id": kpi_id, "name": kpi.name(lang), "unit": kpi.unit, "kind": kpi.kind,
            "granularity": effective_granularity(kpi, req.annex.granularity),
            "series": [p.as_dict(date=first.isoformat(), **({"to": last.isoformat()} if last != first else {}))
                       for (first, last), p in zip(series.spans, series.points)],
            "total": series.total.as_dict(),
        })
    members = req.members()
    return {"kpis": out, "annex": {"version": req.version, "min_group_size": req.k,
                                   "granularity": req.annex.granularity},
            "members": {"count": members["count"], "week": members["week"].isoformat(),
                        "as_of": members["as_of"].isoformat() if members["as_of"] else None,
                        "moves_by_at_least": members["moves_by_at_least"]},
            "period": {"from": req.start.isoformat(), "to": req.end.isoformat(),
                       "unit": "week" if req.weekly else "day"},
            "team": None if req.team_id == ALL else req.team_id,
            "campaign": None if req.campaign_id == ALL else req.campaign_id}


def own_figures(person_id: int, start: date, end: date, kpi_ids) -> dict[str, float | None]:
    """A person's own totals over the period (their own rows only)."""
    cols = FACTS
    stmt = select(*[func.sum(getattr(PersonDay, c)) for c in cols]).where(
        and_(PersonDay.person_id == person_id, PersonDay.day >= start, PersonDay.day <= end))
    sums = dict(zip(cols, db.session.execute(stmt).one()))
    return _personal_values(sums, kpi_ids)


def _personal_values(sums: dict, kpi_ids) -> dict[str, float | None]:
    s = {k: (float(v) if v is not None else None) for k, v in sums.items()}
    out: dict[str, float | None] = {}
    for kpi_id in kpi_ids:
        if KPIS[kpi_id].finest != "person":
            continue
        if kpi_id == "contribution":
            out[kpi_id] = value_of(kpi_id, (s["personalised_shares"] or 0) + (s["ideas_proposed"] or 0), None)
        elif kpi_id == "authenticity_index":
            out[kpi_id] = value_of(kpi_id, s["authenticity_sum"], s["shares"])
        elif kpi_id == "click_rate":
            out[kpi_id] = value_of(kpi_id, s["clicks"], s["shares"])
        elif kpi_id == "reactions_per_share":
            out[kpi_id] = value_of(kpi_id, s["reactions"], s["shares"])
        elif kpi_id == "measured_reach":
            out[kpi_id] = value_of(kpi_id, s["impressions"], None)
        elif kpi_id == "potential_reach":
            out[kpi_id] = value_of(kpi_id, s["followers"], None)
        else:
            out[kpi_id] = value_of(kpi_id, s.get(kpi_id), None)
    return out


def team_medians(team_id: int, start: date, end: date, kpi_ids, k: int) -> dict[str, float | None] | None:
    """Median of the team's members' own figures — only for a team of at least ``k`` members with rows."""
    cols = FACTS
    stmt = (select(PersonDay.person_id, *[func.sum(getattr(PersonDay, c)) for c in cols])
            .where(PersonDay.team_id == team_id, PersonDay.day >= start, PersonDay.day <= end,
                   ~PersonDay.person_id.between(ERASED_BELOW + 1, -1))  # withdrawn rows are nobody's
            .group_by(PersonDay.person_id))
    people = [_personal_values(dict(zip(cols, row[1:])), kpi_ids) for row in db.session.execute(stmt)]
    members = _team_members(team_id, end)
    if is_small(members, k):
        return None
    # members without any activity count as zero
    people += [{kpi: 0 for kpi in kpi_ids} for _ in range(max(members - len(people), 0))]
    out = {}
    for kpi_id in kpi_ids:
        values = [p.get(kpi_id) for p in people if p.get(kpi_id) is not None]
        out[kpi_id] = round(statistics.median(values), 2) if len(values) >= k else None
    return out


def _team_members(team_id: int, end: date) -> int:
    row = db.session.execute(select(GroupDay.people).where(
        GroupDay.team_id == team_id, GroupDay.campaign_id == ALL, GroupDay.day <= end)
        .order_by(GroupDay.day.desc()).limit(1)).scalar()
    return int(row or 0)


__all__ = [
    "ORGANISATION",
    "KpiRequestError",
    "Request",
    "build_request",
    "kpi_series",
    "metric_series",
    "own_figures",
    "report_dict",
    "team_medians",
]


def build_request(*, start: date | None, end: date | None, team_id: int | None = None,
                  campaign_id: int | None = None, today: date | None = None, snap: bool = False) -> Request:
    """Validate the period and scope against the annex in force; raise ``KpiRequestError``.

    When the scope touches a hidden figure the request is answered on calendar weeks: a period
    that is not whole weeks is refused (422 ``reporting_period`` with the allowed period) unless
    ``snap`` (pages) or no period was given, then it is widened to whole weeks.
    """
    annex, policy, version = current_annex()
    if annex is None:
        raise KpiRequestError(403, "no_annex", "No co-signed charter with a KPI annex is in force: no KPI is computed.")
    today = today or local_date(utcnow())
    start_given, end_given = start is not None, end is not None
    retention = int(getattr(policy, "retention_days", 365) or 365)
    oldest = today - timedelta(days=retention - 1)
    end = end or today
    if end < oldest:  # checked first: ``end - 29 days`` may not even exist (to=0001-01-01)
        raise KpiRequestError(422, "validation_error",
                              f"The period goes back beyond the charter's retention of {retention} days.",
                              field="to", retention_days=retention)
    start = start or (end - timedelta(days=29))
    if start > end:
        raise KpiRequestError(422, "validation_error", "The period ends before it starts.", field="from")
    if end > today:
        raise KpiRequestError(422, "validation_error", "The period cannot end in the future.", field="to")
    if start < oldest:
        raise KpiRequestError(422, "validation_error",
                              f"The period goes back beyond the charter's retention of {retention} days.",
                              field="from", retention_days=retention)
    team = ALL
    if team_id is not None:
        if db.session.get(Team, team_id) is None:
            raise KpiRequestError(422, "validation_error", "Unknown team.", field="team")
        if annex.granularity != TEAM:
            raise KpiRequestError(403, "not_in_annex",
                                  f"The KPI annex of charter version {version} allows organisation-wide figures only.",
                                  field="team", annex={"version": version, "granularity": annex.granularity})
        team = team_id
    campaign = ALL
    if campaign_id is not None:
        if db.session.get(Campaign, campaign_id) is None:
            raise KpiRequestError(422, "validation_error", "Unknown campaign.", field="campaign")
        campaign = campaign_id
    asked = start_given, end_given
    req = Request(start=start, end=end, annex=annex, version=version, team_id=team, campaign_id=campaign)
    if not touches_suppression(req):
        return req
    req.weekly = True
    first, last = snap_to_weeks(start, end, today)
    first = max(first, oldest)  # the oldest week the retention keeps may be cut
    if is_reporting_period(start, end, today) or (start, end) == (first, last):
        return req
    if any(asked) and not snap:
        raise KpiRequestError(
            422, "reporting_period",
            "Some figures of this scope are hidden (groups under the annex's minimum size), so it is reported "
            "on whole calendar weeks only: from a Monday to a Sunday, or to today in the current week. "
            f"Ask for {first.isoformat()} to {last.isoformat()}.",
            field="from" if start != first else "to", allowed={"from": first.isoformat(), "to": last.isoformat()})
    req.start, req.end, req.snapped = first, last, any(asked)
    return req
