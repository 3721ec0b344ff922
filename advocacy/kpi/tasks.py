"""KPI jobs: daily rollups, run by ``rq cron`` (``advocacy/cron.py``) and re-runnable for any day."""
from __future__ import annotations

from datetime import date, timedelta

from advocacy.jobs import job, job_logger
from sqlalchemy import select
from advocacy.extensions import db
from advocacy.kpi.rollup import rollup_day as compute
from advocacy.core.timeutil import utcnow
from advocacy.kpi.models import RollupRun
from advocacy.kpi.rollup import prune
from advocacy.kpi.sources import local_date
from advocacy.core.events import emit
from advocacy.charter.services import version_in_force

#: Days behind today the cron re-rolls on every tick (late metric snapshots and clicks).
CATCH_UP_DAYS = 2
#: How far back a missing day is filled in after downtime.
BACKFILL_DAYS = 14


@job
def rollup_day(day: str) -> dict:
    """Recompute one day (``YYYY-MM-DD``) from the raw events; idempotent."""
    result = compute(date.fromisoformat(day))
    emit_completed([day])
    db.session.commit()
    job_logger("rollup_day").info("%s: %d person rows, %d group rows in %.2fs", day, result.person_rows,
                                  result.group_rows, result.seconds)
    return {"day": day, "person_rows": result.person_rows, "group_rows": result.group_rows,
            "kpis": list(result.kpis)}


@job
def rollup_recent() -> list[str]:
    """Cron tick: today, the last few days, and any day of the last two weeks never rolled up."""
    today = local_date(utcnow())
    pruned = prune(today)
    db.session.commit()
    if pruned["metrics_removed"] or pruned["facts_blanked"] or pruned["expired_rows"]:
        job_logger("rollup_recent").info("pruned: %s", pruned)
    first = today - timedelta(days=BACKFILL_DAYS)
    done = set(db.session.scalars(select(RollupRun.day).where(RollupRun.day >= first)))
    days = [today - timedelta(days=i) for i in range(CATCH_UP_DAYS + 1)]
    days += [first + timedelta(days=i) for i in range(BACKFILL_DAYS) if first + timedelta(days=i) not in done]
    rolled = []
    for day in sorted(set(days)):
        compute(day)
        db.session.commit()
        rolled.append(day.isoformat())
    emit_completed(rolled)
    db.session.commit()
    return rolled


def emit_completed(days: list[str]) -> None:
    """``kpi.rollup.completed``: which days the figures were recomputed for (organisational only)."""
    version = version_in_force()
    emit("kpi.rollup.completed", {"days": list(days), "charter_version": getattr(version, "number", None)},
         path="/kpi/program")
