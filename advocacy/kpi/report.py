"""Read KPI figures from the rollups, with small-group suppression applied.

``build_report(request)`` is what the API and the dashboards show. Every figure comes
from ``kpi_group_days`` (distinct counts from ``kpi_person_days``), never raw events.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import and_, func, select

from advocacy.extensions import db
from advocacy.kpi import inputs as marketer_inputs
from advocacy.kpi.catalogue import KPIS, ORGANISATION, TEAM, effective_granularity
from advocacy.kpi.models import ALL, GroupDay, PersonDay
from advocacy.kpi.suppression import is_small, suppress_partition, suppress_table

SNAPSHOT = {"retention", "engagement_pyramid"}  # the period's figure is the last day's


class KpiRequestError(Exception):
    def __init__(self, status: int, code: str, message: str, field: str | None = None, **extra):
        super().__init__(message)
        self.status, self.code, self.message, self.field, self.extra = status, code, message, field, extra


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
    days: list[date]
    points: list[Figure]
    total: Figure
    people: int = 0


@dataclass
class Request:
    start: date
    end: date
    annex: object
    version: int | None
    team_id: int = ALL
    campaign_id: int = ALL
    cache: dict = field(default_factory=dict)

    @property
    def k(self) -> int:
        return int(self.annex.min_group_size)

    @property
    def days(self) -> list[date]:
        return [self.start + timedelta(days=i) for i in range((self.end - self.start).days + 1)]


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
    """(population key, (team, day) → people over every team) — one query per population."""
    pop_key = metric if metric.split(".")[0] in OWN_POPULATION else "members"
    key = ("population", pop_key)
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


def _suppression(req: Request, metric: str, team_level: bool) -> tuple[set[date], str | None, bool, str | None]:
    """(hidden days, reason, total hidden, reason) for the request's scope."""
    k = req.k
    if req.team_id == ALL:
        rows = _rows(req, metric)
        org_people = {day: rows[(ALL, day)][2] for day in req.days if (ALL, day) in rows}
        hidden = {d for d, p in org_people.items() if is_small(p, k)}
        total_small = is_small(max(org_people.values(), default=0), k)
        if hidden and not total_small:
            hidden = suppress_partition(org_people, k, disjoint=False, margin_people=max(org_people.values()))
        return hidden, "min_group_size", total_small, "min_group_size"
    if not team_level:
        return set(req.days), "granularity", True, "granularity"
    pop_key, population = _population(req, metric)
    cache_key = ("hidden", pop_key)
    if cache_key not in req.cache:
        org_people = {day: people for (team, day), people in population.items() if team == ALL}
        table = {(team, day): people for (team, day), people in population.items() if team != ALL}
        team_max: dict[int, int] = {}
        for (team, _day), people in table.items():
            team_max[team] = max(team_max.get(team, 0), people)
        req.cache[cache_key] = (
            suppress_table(table, k, col_margins=org_people), table, team_max,
            suppress_partition(team_max, k, margin_people=max(org_people.values(), default=0)))
        hidden_cells, table, team_max, period_hidden = req.cache[cache_key]
        req.cache[cache_key] = (
            {day for team, day in hidden_cells if team == req.team_id},
            {day for (team, day), people in table.items() if team == req.team_id and is_small(people, k)},
            team_max, period_hidden)
    hidden, own_small, team_max, period_hidden = req.cache[cache_key]
    hidden = set(hidden)
    if req.team_id not in team_max:
        return set(req.days), "min_group_size", True, "min_group_size"
    total_hidden = req.team_id in period_hidden
    total_reason = "min_group_size" if is_small(team_max.get(req.team_id), k) else "complementary"
    reason = "min_group_size" if own_small else "complementary"
    if total_hidden and total_reason == "min_group_size":
        hidden, reason = set(req.days), "min_group_size"
    return hidden, reason, total_hidden, total_reason


def metric_series(req: Request, metric: str, kpi_id: str | None = None) -> Series:
    kpi_id = kpi_id or metric.split(".")[0]
    kpi = KPIS[kpi_id]
    team_level = effective_granularity(kpi, req.annex.granularity) == TEAM
    rows = _rows(req, metric)
    hidden, reason, total_hidden, total_reason = _suppression(req, metric, team_level)
    scope = req.team_id if team_level or req.team_id == ALL else None
    points, sum_num, sum_den, last = [], 0.0, 0.0, None
    has_den = False
    for day in req.days:
        row = rows.get((scope, day)) if scope is not None else None
        if row is None:
            points.append(Figure(None, day in hidden, reason if day in hidden else None))
            continue
        num, den, _people = row
        sum_num += num or 0
        if den is not None:
            has_den = True
            sum_den += den
        last = row
        if day in hidden:
            points.append(Figure(None, True, reason))
        else:
            points.append(Figure(value_of(metric if metric in KPIS else kpi_id, num, den)))
    value_key = metric if metric in KPIS else kpi_id
    if kpi_id in SNAPSHOT:
        total_value = value_of(value_key, last[0], last[1]) if last else None
    elif metric == kpi_id and kpi_id in ("participation_rate", "active_engagement_rate"):
        total_value = _distinct_total(req, kpi_id, sum_num, last)
    else:
        total_value = value_of(value_key, sum_num, sum_den if has_den else None) if last else None
    total = Figure(None, True, total_reason) if total_hidden else Figure(total_value)
    people = max((r[2] for (t, _d), r in rows.items() if t == scope), default=0)
    return Series(metric, req.days, points, total, people)


def _distinct_total(req: Request, kpi_id: str, sum_num: float, last) -> float | None:
    """Members who acted in the whole period (not the sum of daily actives)."""
    if last is None:
        return None
    if ("active",) in req.cache:
        active = req.cache[("active",)]
        return _ratio(active, last[1], 100.0, 1) if kpi_id == "participation_rate" else _ratio(sum_num, active, 1.0, 2)
    from advocacy.kpi.models import ActiveSet

    union: set = set()
    for ids in db.session.scalars(select(ActiveSet.person_ids).where(
            ActiveSet.day >= req.start, ActiveSet.day <= req.end, ActiveSet.team_id == req.team_id)):
        union.update(ids or ())
    active = req.cache[("active",)] = len(union)
    if kpi_id == "participation_rate":
        return _ratio(active, last[1], 100.0, 1)
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

    points = [combine([p.points[i] for p in parts]) for i in range(len(req.days))]
    return Series("earned_media_value", req.days, points, combine([p.total for p in parts]), parts[0].people)


def roi_series(req: Request) -> Series:
    if req.team_id != ALL:
        hidden = [Figure(None, True, "granularity") for _ in req.days]
        return Series("roi", req.days, hidden, Figure(None, True, "granularity"))
    campaign = None if req.campaign_id == ALL else req.campaign_id
    by_day = marketer_inputs.value_and_cost_by_day(req.start, req.end, campaign)
    points = []
    total_value = total_cost = 0.0
    for day in req.days:
        value, cost = by_day.get(day, (0.0, 0.0))
        total_value += value
        total_cost += cost
        points.append(Figure(_ratio(value - cost, cost, 100.0, 1)))
    return Series("roi", req.days, points, Figure(_ratio(total_value - total_cost, total_cost, 100.0, 1)))


def kpi_series(req: Request, kpi_id: str) -> Series:
    if kpi_id == "roi":
        return roi_series(req)
    if kpi_id == "earned_media_value":
        return emv_series(req)
    kpi = KPIS[kpi_id]
    if kpi_id == "potential_reach":
        from advocacy.kpi.sources import followers_available

        if not followers_available():
            return Series(kpi_id, req.days, [Figure(None) for _ in req.days], Figure(None))
    if req.campaign_id != ALL and not kpi.by_campaign:
        hidden = [Figure(None, True, "granularity") for _ in req.days]
        return Series(kpi_id, req.days, hidden, Figure(None, True, "granularity"))
    return metric_series(req, kpi_id)


def report_dict(req: Request, kpi_ids, lang: str = "fr") -> dict:
    out = []
    for kpi_id in kpi_ids:
        kpi = KPIS[kpi_id]
        series = kpi_series(req, kpi_id)
        out.append({
            "id": kpi_id, "name": kpi.name(lang), "unit": kpi.unit, "kind": kpi.kind,
            "granularity": effective_granularity(kpi, req.annex.granularity),
            "series": [p.as_dict(date=d.isoformat()) for d, p in zip(series.days, series.points)],
            "total": series.total.as_dict(),
        })
    return {"kpis": out, "annex": {"version": req.version, "min_group_size": req.k,
                                   "granularity": req.annex.granularity},
            "period": {"from": req.start.isoformat(), "to": req.end.isoformat()},
            "team": None if req.team_id == ALL else req.team_id,
            "campaign": None if req.campaign_id == ALL else req.campaign_id}


def own_figures(person_id: int, start: date, end: date, kpi_ids) -> dict[str, float | None]:
    """A person's own totals over the period (their own rows only)."""
    cols = ["shares", "personalised_shares", "authenticity_sum", "ideas_proposed", "ideas_adopted", "clicks",
            "reactions", "comments", "impressions", "followers", "points_earned", "points_redeemed",
            "quiet_hour_shares"]
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
    import statistics

    cols = ["shares", "personalised_shares", "authenticity_sum", "ideas_proposed", "ideas_adopted", "clicks",
            "reactions", "comments", "impressions", "followers", "points_earned", "points_redeemed",
            "quiet_hour_shares"]
    stmt = (select(PersonDay.person_id, *[func.sum(getattr(PersonDay, c)) for c in cols])
            .where(PersonDay.team_id == team_id, PersonDay.day >= start, PersonDay.day <= end)
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
                  campaign_id: int | None = None, today: date | None = None) -> Request:
    """Validate the period and scope against the annex in force; raise ``KpiRequestError``."""
    from advocacy.auth.models import Team
    from advocacy.campaigns.models import Campaign
    from advocacy.core.timeutil import utcnow
    from advocacy.kpi.rollup import current_annex
    from advocacy.kpi.sources import local_date

    annex, policy, version = current_annex()
    if annex is None:
        raise KpiRequestError(403, "no_annex", "No co-signed charter with a KPI annex is in force: no KPI is computed.")
    today = today or local_date(utcnow())
    end = end or today
    start = start or (end - timedelta(days=29))
    if start > end:
        raise KpiRequestError(422, "validation_error", "The period ends before it starts.", field="from")
    if end > today:
        raise KpiRequestError(422, "validation_error", "The period cannot end in the future.", field="to")
    retention = int(getattr(policy, "retention_days", 365) or 365)
    if start < today - timedelta(days=retention - 1):
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
    return Request(start=start, end=end, annex=annex, version=version, team_id=team, campaign_id=campaign)
