"""KPI jobs: daily rollups, run by ``rq cron`` (``workers/cron.py``) and re-runnable for any day."""
from __future__ import annotations

from datetime import date, timedelta

from workers.jobs import job, job_logger

#: Days behind today the cron re-rolls on every tick (late metric snapshots and clicks).
CATCH_UP_DAYS = 2
#: How far back a missing day is filled in after downtime.
BACKFILL_DAYS = 14


@job
def rollup_day(day: str) -> dict:
    """Recompute one day (``YYYY-MM-DD``) from the raw events; idempotent."""
    from advocacy.extensions import db
    from advocacy.kpi.rollup import rollup_day as compute

    result = compute(date.fromisoformat(day))
    db.session.commit()
    job_logger("rollup_day").info("%s: %d person rows, %d group rows in %.2fs", day, result.person_rows,
                                  result.group_rows, result.seconds)
    return {"day": day, "person_rows": result.person_rows, "group_rows": result.group_rows,
            "kpis": list(result.kpis)}


@job
def rollup_recent() -> list[str]:
    """Cron tick: today, the last few days, and any day of the last two weeks never rolled up."""
    from sqlalchemy import select

    from advocacy.core.timeutil import utcnow
    from advocacy.extensions import db
    from advocacy.kpi.models import RollupRun
    from advocacy.kpi.rollup import prune
    from advocacy.kpi.rollup import rollup_day as compute
    from advocacy.kpi.sources import local_date

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
    return rolled
