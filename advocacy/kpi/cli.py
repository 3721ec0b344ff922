"""``flask kpi rollup`` — recompute daily rollups for any days (idempotent)."""
from __future__ import annotations

from datetime import date, timedelta

import click
from flask.cli import AppGroup
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.kpi.sources import local_date
from advocacy.charter.kpi_catalogue import KPIS
from advocacy.queue import enqueue as put
from advocacy.kpi import tasks
from advocacy.kpi.rollup import rollup_day

cli = AppGroup("kpi", help="KPI rollups and catalogue.")


@cli.command("rollup")
@click.option("--from", "first", help="First day (YYYY-MM-DD); default today.")
@click.option("--to", "last", help="Last day (YYYY-MM-DD); default the first day.")
@click.option("--enqueue", is_flag=True, help="Enqueue one job per day on the kpi queue instead of running here.")
def rollup_command(first, last, enqueue):
    """Recompute the rollups of [FROM, TO] from the raw events."""
    try:
        start = date.fromisoformat(first) if first else local_date(utcnow())
        end = date.fromisoformat(last) if last else start
    except ValueError:
        raise click.BadParameter("dates are YYYY-MM-DD") from None
    if end < start:
        raise click.BadParameter("--to is before --from")
    day = start
    while day <= end:
        if enqueue:
            put(tasks.rollup_day, day.isoformat(), queue="kpi")
            click.echo(f"{day}: enqueued")
        else:
            result = rollup_day(day)
            db.session.commit()
            click.echo(f"{day}: {result.person_rows} person rows, {result.group_rows} group rows, "
                       f"{result.seconds:.2f}s")
        day += timedelta(days=1)


@cli.command("catalogue")
def catalogue_command():
    """List the KPI catalogue (id, kind, unit, finest granularity, formula)."""
    for kpi in KPIS.values():
        click.echo(f"{kpi.id:30} {kpi.kind:9} {kpi.unit:16} {kpi.finest:12} {kpi.formula}")
