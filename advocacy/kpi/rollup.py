"""Daily rollups: idempotent, re-runnable for any day or set of days.

``rollup_days(days)`` (``rollup_day(day)`` for one) replaces those days' rows of ``kpi_person_days`` and ``kpi_group_days``
in the caller's transaction (the job commits). Only KPIs of the annex in force are
computed and stored, and only the fact columns they need; team rows only where the
annex and the KPI allow team granularity.
"""
from __future__ import annotations

import time as _time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import delete, text

from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.kpi import sources
from advocacy.charter.kpi_catalogue import (
    FACTS,
    KPIS,
    TEAM,
    effective_granularity,
    facts_needed,
)
from advocacy.kpi.models import ALL, NO_TEAM, ActiveSet, ErasedCohort, GroupDay, MemberRelease, PersonDay, RollupRun
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy import case
from sqlalchemy import func
from sqlalchemy import select
from sqlalchemy import update
from advocacy.charter.services import kpi_annex
from advocacy.charter.services import policy_in_force
from advocacy.charter.services import version_in_force
from advocacy.kpi.models import PulseAnswer
from advocacy.kpi.models import PulseParticipation
from advocacy.kpi.models import PulseRound
from advocacy.kpi.sources import local_date
from advocacy.core.disclosure_control import is_small

WINDOW_DAYS = 30  # trailing window of the pyramid and of retention
AMBASSADOR_MIN = 3  # own contributions within the window to count as an ambassador
COHORT_MONTHS = (1, 3, 6)


@dataclass
class RollupResult:
    day: date
    kpis: tuple[str, ...]
    person_rows: int
    group_rows: int
    seconds: float


def current_annex():
    version = version_in_force()
    return (kpi_annex(), policy_in_force(), getattr(version, "number", None))


def rollup_day(day: date, rules=None) -> RollupResult:
    """Recompute ``day`` from the raw events; the caller commits. ``rules``: what
    :func:`current_annex` returns, when the caller rolls up many days at once."""
    return rollup_days([day], rules)[0]


def rollup_days(days, rules=None) -> list[RollupResult]:
    """Recompute every day of ``days`` from the raw events, set-based: each source is read once for
    all the days (grouped by the organisation's calendar day), the rows written in one COPY per table.
    The same rows as calling :func:`rollup_day` on each day in date order (trailing windows only look
    back, at days whose person rows are written first); the caller commits."""
    days = sorted(set(days))
    if not days:
        return []
    started = _time.perf_counter()
    db.session.execute(text("SELECT pg_advisory_xact_lock(k) FROM unnest(CAST(:keys AS bigint[])) AS k"),
                       {"keys": [80_000_000 + day.toordinal() for day in days]})
    annex, policy, version = rules or current_annex()
    for model in (GroupDay, ActiveSet):
        db.session.execute(delete(model).where(model.day.in_(days)))
    # rows of erased people live on under a negative token (``services.erase_person_data``): their
    # raw events are gone, so re-rolling the day keeps those rows as they are
    db.session.execute(delete(PersonDay).where(PersonDay.day.in_(days), PersonDay.person_id > 0))
    kpis = tuple(k for k in (annex.kpis if annex else ()) if k in KPIS)
    counts = {day: (0, 0) for day in days}
    if kpis:
        facts = facts_needed(kpis)
        members = sources.members_on(days, cohort_windows if "retention" in kpis else None)
        collected = sources.collect_days(days, facts, members, policy)
        person_rows = _write_person_days_many(days, collected, members, facts)
        published = publish_members(days, members, int(annex.min_group_size))
        group_rows = _write_group_days_many(days, kpis, annex, collected, members, facts, published)
        if {"participation_rate", "active_engagement_rate"} & set(kpis):
            _write_active_sets(days, annex.granularity == TEAM)
        counts = {day: (person_rows.get(day, 0), group_rows.get(day, 0)) for day in days}
    seconds = _time.perf_counter() - started
    runs = {run.day: run for run in db.session.scalars(select(RollupRun).where(RollupRun.day.in_(days)))}
    now, share_ms = utcnow(), int(seconds * 1000 / len(days))
    results = []
    for day in days:
        run = runs.get(day) or RollupRun(day=day)
        run.computed_at, run.charter_version, run.kpis = now, version, list(kpis)
        run.rows, run.duration_ms = sum(counts[day]), share_ms
        db.session.add(run)
        results.append(RollupResult(day, kpis, counts[day][0], counts[day][1], seconds / len(days)))
    db.session.flush()
    return results


def _insert_many(model, rows: list[dict]) -> None:
    """One COPY in the session's transaction."""
    if not rows:
        return
    connection = db.session.connection()
    columns = list(rows[0])
    raw = connection.connection.dbapi_connection
    with raw.cursor() as cursor, cursor.copy(f'COPY {model.__tablename__} ({", ".join(columns)}) FROM STDIN') as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])


def cohort_windows(day: date) -> dict[int, tuple]:
    """{months: [first, last)} in UTC: members who joined 1, 3 or 6 months (of 30 days) before ``day``,
    over a 30-day window."""
    out = {}
    for months in COHORT_MONTHS:
        last = day - timedelta(days=30 * months)
        first = last - timedelta(days=WINDOW_DAYS - 1)
        out[months] = (sources.day_bounds(first)[0], sources.day_bounds(last)[1])
    return out


def _write_active_sets(days, by_team: bool) -> None:
    """Who acted on each day, per team and for everyone, from the day's person rows (tokens of
    erased people included: a past period's distinct count does not drop when someone is erased)."""
    team_part = """UNION ALL
        SELECT day, team_id, json_agg(DISTINCT person_id ORDER BY person_id) FROM kpi_person_days
        WHERE day = ANY(CAST(:days AS date[])) AND acted GROUP BY day, team_id""" if by_team else ""
    db.session.execute(text(f"""
        INSERT INTO kpi_active_sets (day, team_id, person_ids)
        SELECT day, {ALL}, json_agg(DISTINCT person_id ORDER BY person_id) FROM kpi_person_days
        WHERE day = ANY(CAST(:days AS date[])) AND acted GROUP BY day
        {team_part}"""), {"days": list(days)})


#: The populations whose size is published (``MemberRelease.population``): members, retention cohorts.
MEMBERS = "members"


def _true_counts(members: dict, cohorts: bool) -> dict[tuple[int, str], int]:
    counts: dict[tuple[int, str], int] = defaultdict(int)
    for team_id, cohort in members.values():
        team = NO_TEAM if team_id is None else int(team_id)
        for scope in (ALL, team):
            counts[(scope, MEMBERS)] += 1
            if cohorts and cohort:
                counts[(scope, f"cohort{cohort}")] += 1
    counts[(ALL, MEMBERS)] = len(members)
    for months in COHORT_MONTHS if cohorts else ():
        counts.setdefault((ALL, f"cohort{months}"), 0)
    return counts


def next_published(previous: int | None, true_count: int, k: int) -> int:
    """The member count to publish this week, given the last published one.

    It stays put while the true count is within ``k - 1`` of it, so that no single arrival,
    departure or erasure — nor any run of fewer than ``k`` net ones — moves a denominator; it jumps
    to the true count once ``k`` or more have moved it. A count under ``k`` was never shown (its
    figures are hidden), so the next one is the true count.
    """
    if previous is None or previous < k or abs(true_count - previous) >= k:
        return true_count
    return previous


def publish_members(days, members: dict, k: int) -> dict[date, dict[tuple[int, str], tuple[int, int]]]:
    """day → {(team, population): (published count, true count)} for the days' calendar weeks.

    A week's counts are made the first time one of its days is rolled up (the true count of the
    latest such day), chained on the previous published week, and frozen (``MemberRelease``):
    re-rolling a day reads them back. Set-based: one read, one insert for every week of ``days``.
    """
    by_week: dict[date, list[date]] = defaultdict(list)
    for day in days:
        by_week[sources.week_start(day)].append(day)
    weeks = sorted(by_week)
    R = MemberRelease
    stored: dict[date, dict] = defaultdict(dict)
    for row in db.session.scalars(select(R).where(R.week.in_(weeks))):
        stored[row.week][(row.team_id, row.population)] = (row.members, row.true_count)
    latest = (select(R.team_id, R.population, func.max(R.week).label("week")).where(R.week < weeks[0])
              .group_by(R.team_id, R.population).subquery())
    previous = {(team, population): members for team, population, members in db.session.execute(
        select(R.team_id, R.population, R.members).join(
            latest, (latest.c.team_id == R.team_id) & (latest.c.population == R.population)
            & (latest.c.week == R.week)))}
    cohorts = any(label for day in days for _team, label in members[day].values())
    now, new, out = utcnow(), [], {}
    for week in weeks:
        true = _true_counts(members[max(by_week[week])], cohorts)
        current = dict(stored[week])
        for key, count in true.items():
            if key in current:
                continue
            published = next_published(previous.get(key), count, k)
            current[key] = (published, count)
            new.append({"week": week, "team_id": key[0], "population": key[1], "members": published,
                        "true_count": count, "k": k, "created_at": now})
        previous.update({key: value[0] for key, value in current.items()})
        for day in by_week[week]:
            out[day] = current
    if new:  # two first rollups of a week at once: the first insert wins, both read it back
        db.session.execute(pg_insert(R).values(new).on_conflict_do_nothing(
            index_elements=["week", "team_id", "population"]))
        for row in db.session.scalars(select(R).where(R.week.in_(weeks))):
            for day in by_week[row.week]:
                out[day][(row.team_id, row.population)] = (row.members, row.true_count)
    return out


def _team(members, person_id) -> int:
    team = members[person_id][0]
    return NO_TEAM if team is None else int(team)


def _write_person_days_many(days, collected, members, facts) -> dict:
    rows, counts = [], {}
    for day in days:
        for (person_id, campaign_id), values in collected[day].items():
            row = {"day": day, "person_id": person_id, "campaign_id": campaign_id,
                   "team_id": _team(members[day], person_id),
                   "acted": (values.get("shares", 0) or 0) + (values.get("ideas_proposed", 0) or 0) > 0}
            for fact in FACTS:
                row[fact] = values.get(fact, 0) if fact in facts else None
            rows.append(row)
        counts[day] = len(collected[day])
    _insert_many(PersonDay, rows)
    return counts


def _value_rows(kpi_id: str, sums: dict, active: int, members: int) -> list[tuple[str, float, float | None]]:
    """(metric, num, den) rows of one KPI for one group-day from summed facts."""
    s = lambda name: float(sums.get(name, 0) or 0)
    if kpi_id == "participation_rate":  # ``members``: published, so never below who acted but joined since
        return [(kpi_id, min(active, members), members)]
    if kpi_id == "active_engagement_rate":
        return [(kpi_id, s("personalised_shares") + s("ideas_proposed") + s("comments"), active)]
    if kpi_id == "contribution":
        return [(kpi_id, s("personalised_shares") + s("ideas_proposed"), None),
                ("contribution.adopted", s("ideas_adopted"), None)]
    if kpi_id == "authenticity_index":
        return [(kpi_id, s("authenticity_sum"), s("shares"))]
    if kpi_id in ("shares", "clicks", "comments"):
        return [(kpi_id, s(kpi_id), None)]
    if kpi_id == "click_rate":
        return [(kpi_id, s("clicks"), s("shares"))]
    if kpi_id == "reactions_per_share":
        return [(kpi_id, s("reactions"), s("shares"))]
    if kpi_id == "measured_reach":
        return [(kpi_id, s("impressions"), None)]
    if kpi_id == "potential_reach":
        return [(kpi_id, s("followers"), None)]
    if kpi_id == "reward_redemption_rate":
        return [(kpi_id, s("points_redeemed"), s("points_earned"))]
    if kpi_id == "wellbeing_quiet_hours_share":
        return [(kpi_id, s("quiet_hour_shares"), s("shares"))]
    if kpi_id == "wellbeing_solicitations":
        return [(kpi_id, s("solicitations") * 7, members)]
    if kpi_id == "earned_media_value":
        return [(kpi_id, s("impressions"), None), ("earned_media_value.clicks", s("clicks"), None),
                ("earned_media_value.engagements", s("reactions") + s("comments"), None)]
    return []  # roi (read from marketers' inputs), trust_score (pulse), retention/pyramid (windows)


def _aggregate(days, facts) -> dict[date, tuple[dict, dict]]:
    """Per day: sums of the day's person rows per (team, campaign), (team, all), (all, campaign),
    (all, all), and how many distinct members acted in each — in the database, over the rows just
    written."""
    P = PersonDay
    wanted = [f for f in FACTS if f in facts]
    columns = [func.sum(getattr(P, f)) for f in wanted]
    acted = func.count(func.distinct(case((P.acted.is_(True), P.person_id))))
    out: dict[date, tuple[dict, dict]] = {day: ({}, {}) for day in days}
    groupings = (((P.team_id, P.campaign_id), True), ((P.team_id,), False), ((P.campaign_id,), True), ((), False))
    for keys, campaigns_only in groupings:
        stmt = select(P.day, *keys, *columns, acted).where(P.day.in_(days)).group_by(P.day, *keys)
        if campaigns_only:
            stmt = stmt.where(P.campaign_id != 0)
        for row in db.session.execute(stmt):
            row = tuple(row)
            day, lead = row[0], row[1:1 + len(keys)]
            if keys == (P.team_id, P.campaign_id):
                key = (int(lead[0]), int(lead[1]))
            elif keys == (P.team_id,):
                key = (int(lead[0]), ALL)
            elif keys == (P.campaign_id,):
                key = (ALL, int(lead[0]))
            else:
                key = (ALL, ALL)
            values = row[1 + len(keys):-1]
            sums, active = out[day]
            sums[key] = {f: float(v or 0) for f, v in zip(wanted, values)}
            active[key] = int(row[-1] or 0)
    return out


def _write_group_days_many(days, kpis, annex, collected, members, facts, published) -> dict:
    aggregates = _aggregate(days, facts)
    windows = None
    if {"engagement_pyramid", "retention"} & set(kpis):
        before_days = [day - timedelta(days=WINDOW_DAYS) for day in days]
        windows = (sources.window_activity_days(days, WINDOW_DAYS),
                   sources.window_activity_days(before_days, WINDOW_DAYS),
                   sources.erased_cohort_starts(days) if "retention" in kpis else {})
    trust = _trust_by_day(days, int(annex.min_group_size)) if "trust_score" in kpis else {}
    rows, counts = [], {}
    for day in days:
        before = len(rows)
        _group_rows(day, kpis, annex, members[day], aggregates[day], rows, windows, trust.get(day),
                    published[day])
        counts[day] = len(rows) - before
    _insert_many(GroupDay, rows)
    return counts


def _group_rows(day, kpis, annex, members, aggregate, rows, windows, trust, published) -> None:
    """One day's group rows. A rate over "the members" divides by the week's published count
    (``publish_members``), never by the live one; ``people`` (what suppression decides on) is the
    published count too, unless the true group is under ``k`` — then the true size, and it is hidden."""
    team_of = {pid: (NO_TEAM if team is None else int(team)) for pid, (team, _cohort) in members.items()}
    team_size: dict[int, int] = defaultdict(int)
    for team in team_of.values():
        team_size[team] += 1
    team_size[ALL] = len(team_of)
    k = int(annex.min_group_size)

    def den_of(team, population=MEMBERS) -> int:
        return published.get((team, population), (team_size[team] if population == MEMBERS else 0, 0))[0]

    def people_of(team, population=MEMBERS) -> int:
        shown, true = published.get((team, population), (team_size[team], team_size[team]))
        return true if is_small(true, k) else shown

    sums, active = aggregate
    teams = sorted(set(team_size) - {ALL})
    campaigns = sorted({c for _, c in sums if c != ALL})

    def emit(metric, team, campaign, num, den, people):
        rows.append({"day": day, "metric": metric, "team_id": team, "campaign_id": campaign,
                     "num": float(num), "den": None if den is None else float(den), "people": int(people)})

    for kpi_id in kpis:
        kpi = KPIS[kpi_id]
        team_level = effective_granularity(kpi, annex.granularity) == TEAM
        scopes_team = [ALL] + (teams if team_level else [])
        scopes_campaign = [ALL] + (campaigns if kpi.by_campaign else [])
        for team in scopes_team:
            for campaign in scopes_campaign:
                key = (team, campaign)
                if campaign != ALL and key not in sums:
                    continue  # no activity: read as zero (people from the all-campaigns row)
                for metric, num, den in _value_rows(kpi_id, sums.get(key, {}), active.get(key, 0),
                                                    den_of(team)):
                    emit(metric, team, campaign, num, den, people_of(team))
    if windows is not None:
        activity, before_activity, erased = windows
        _window_rows(day, kpis, annex, members, team_of, (den_of, people_of), teams, emit, activity[day],
                     before_activity[day - timedelta(days=WINDOW_DAYS)], erased.get(day, {}))
    if trust is not None:
        emit("trust_score", ALL, ALL, *trust)


def cohort_of(day: date, start: date) -> int:
    """The retention cohort (months) of a membership started on ``start``, on ``day`` (0: none);
    the same windows as :func:`cohort_windows`, in calendar days."""
    for months in COHORT_MONTHS:
        last = day - timedelta(days=30 * months)
        if last - timedelta(days=WINDOW_DAYS - 1) <= start <= last:
            return months
    return 0


def _window_rows(day, kpis, annex, members, team_of, sizes, teams, emit, activity, before, erased) -> None:
    den_of, people_of = sizes

    def scopes(kpi_id):
        team_level = effective_granularity(KPIS[kpi_id], annex.granularity) == TEAM
        return [ALL] + (teams if team_level else [])

    if "engagement_pyramid" in kpis:
        # levels from who acted as a member within the window, whoever they are now: someone who
        # leaves (or is erased) decays through the levels like someone who stopped, and the rest of
        # the published count is passive — no move of the pyramid tells a departure
        levels: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])  # passive, contributors, ambassadors
        for actions, own, team in activity.values():
            level = 2 if own >= AMBASSADOR_MIN else 1 if actions > 0 else 0
            levels[team][level] += 1
            levels[ALL][level] += 1
        _moves(activity, before, scopes("engagement_pyramid"), den_of, emit)
        for team in scopes("engagement_pyramid"):
            _passive, contributors, ambassadors = levels[team]
            # the levels split the published count: whoever is not seen acting is passive, so a
            # leaver reads as someone who stopped, and the three shares still add up to 100 %
            size, people = den_of(team), people_of(team)
            ambassadors = min(ambassadors, size)
            contributors = min(contributors, size - ambassadors)
            emit("engagement_pyramid", team, ALL, ambassadors, size, people)
            emit("engagement_pyramid.contributors", team, ALL, contributors, size, people)
            emit("engagement_pyramid.passive", team, ALL, size - ambassadors - contributors, size, people)
    if "retention" in kpis:
        for months in COHORT_MONTHS:
            counts: dict[int, list[int]] = defaultdict(lambda: [0, 0])
            for person_id, (_team, cohort) in members.items():
                if cohort != months:
                    continue
                kept = activity.get(person_id, (0, 0))[0] > 0
                for team in (team_of[person_id], ALL):
                    counts[team][0] += 1
                    counts[team][1] += 1 if kept else 0
            # an erased member's activity lives on under their token, which keeps their cohort: the
            # member's own id (still in ``members``) has no activity left, the token counts instead,
            # so re-rolling the days after an erasure reads the same "still active" count
            for token, start in erased.items():
                actions, _own, team = activity.get(token, (0, 0, NO_TEAM))
                if actions > 0 and cohort_of(day, start) == months:
                    for scope in (team, ALL):
                        counts[scope][1] += 1
            metric = "retention" if months == 1 else f"retention.{months}m"
            for team in scopes("retention"):
                _cohort, kept = counts[team]
                size = den_of(team, f"cohort{months}")
                emit(metric, team, ALL, min(kept, size), size, people_of(team, f"cohort{months}"))


LEVELS = ("passive", "contributors", "ambassadors")


def level_of(actions: int, own: int) -> str:
    return "ambassadors" if own >= AMBASSADOR_MIN else "contributors" if actions > 0 else "passive"


def _moves(activity, before_activity, scopes, den_of, emit) -> None:
    """Moves between pyramid levels from 30 days before to this day, per scope.

    Whoever did not act as a member in a window is passive in it — someone who joined since was
    passive before, someone who left is passive now — so there is no "joined" row nor "left" column
    that would tell a known arrival's or departure's level; passive → passive is the rest of the
    published member count.
    """
    counts: dict[tuple[int, str, str], int] = defaultdict(int)
    for person_id in set(activity) | set(before_activity):
        now, then = activity.get(person_id), before_activity.get(person_id)
        before = level_of(*then[:2]) if then else "passive"
        after = level_of(*now[:2]) if now else "passive"
        team = (now or then)[2]
        for scope in {team, ALL}:
            counts[(scope, before, after)] += 1
    for scope in scopes:
        seen = sum(n for (team, _b, _a), n in counts.items() if team == scope)
        counts[(scope, "passive", "passive")] += max(den_of(scope) - seen, 0)
    for (team, before, after), count in counts.items():
        if team in scopes and count:
            emit(f"engagement_pyramid.move.{before}.{after}", team, ALL, count, None, count)


def _trust_by_day(days, k: int) -> dict[date, tuple]:
    """A survey round's answers count on the day after it closed, all at once — never while open:
    day → (num, den, people) of the trust score.

    Only rounds of at least ``k`` respondents count, one by one: a round the results page hides
    must not hide inside a sum with another round whose results are shown.
    """
    respondents_of = (select(func.count()).select_from(PulseParticipation)
                      .where(PulseParticipation.round_id == PulseRound.id).scalar_subquery())
    closes = [day - timedelta(days=1) for day in days]
    closed = db.session.execute(select(PulseRound.id, PulseRound.closes_on)
                                .where(PulseRound.closes_on.in_(closes), respondents_of >= k)).all()
    if not closed:
        return {}
    ids = [rid for rid, _closes in closed]
    answers = {rid: (int(n or 0), int(total or 0)) for rid, n, total in db.session.execute(
        select(PulseAnswer.round_id, func.count(), func.sum(PulseAnswer.value))
        .where(PulseAnswer.round_id.in_(ids)).group_by(PulseAnswer.round_id))}
    respondents = dict(db.session.execute(
        select(PulseParticipation.round_id, func.count()).where(PulseParticipation.round_id.in_(ids))
        .group_by(PulseParticipation.round_id)).all())
    out = {}
    for day in days:
        on = [rid for rid, closes_on in closed if closes_on == day - timedelta(days=1)]
        count = sum(answers.get(rid, (0, 0))[0] for rid in on)
        total = sum(answers.get(rid, (0, 0))[1] for rid in on)
        if not on or not count:
            continue
        # each answer scaled from 1..5 to 0..100: (v - 1) / 4 * 100
        out[day] = ((total - count) * 25.0, count, sum(int(respondents.get(rid, 0)) for rid in on))
    return out


def rollup_range(first: date, last: date) -> list[RollupResult]:
    return rollup_days([first + timedelta(days=n) for n in range((last - first).days + 1)])


def prune(today: date | None = None) -> dict:
    """Forget what the annex in force no longer allows, and whatever is older than the charter's retention.

    Deletes group rows of KPIs outside the annex, blanks per-person fact columns no annex KPI needs,
    and deletes rollups older than ``retention_days``. Idempotent; run by the cron tick.
    """
    annex, policy, _version = current_annex()
    kpis = set(annex.kpis) if annex else set()
    metrics = set(db.session.scalars(select(GroupDay.metric).distinct()))
    outside = sorted(m for m in metrics if m.split(".")[0] not in kpis)
    removed = 0
    if outside:
        removed += db.session.execute(delete(GroupDay).where(GroupDay.metric.in_(outside))).rowcount or 0
    if not {"participation_rate", "active_engagement_rate"} & kpis:
        removed += db.session.execute(delete(ActiveSet)).rowcount or 0
    needed = facts_needed(kpis)
    blanked = []
    for fact in FACTS:
        if fact not in needed:
            column = getattr(PersonDay, fact)
            result = db.session.execute(update(PersonDay).where(column.isnot(None)).values({fact: None}))
            if result.rowcount:
                blanked.append(fact)
    expired = 0
    if policy is not None:
        limit = (today or local_date(utcnow())) - timedelta(days=int(policy.retention_days))
        for model in (PersonDay, GroupDay, ActiveSet, RollupRun):
            expired += db.session.execute(delete(model).where(model.day < limit)).rowcount or 0
        # an erased member's cohort is needed only while days they were a member are kept
        expired += db.session.execute(delete(ErasedCohort).where(ErasedCohort.until < limit)).rowcount or 0
    db.session.flush()
    return {"metrics_removed": outside, "rows_removed": removed, "facts_blanked": blanked, "expired_rows": expired}
