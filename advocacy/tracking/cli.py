"""``flask tracking …``: poll now, reconcile, purge (for operators and tests)."""
from __future__ import annotations

import click
from flask.cli import AppGroup
from datetime import timedelta
from sqlalchemy import select
from advocacy.tracking.polling import count_due
from advocacy.tracking.polling import run_due
from advocacy.extensions import db
from advocacy.tracking.retention import reconcile
from advocacy.tracking.retention import purge_expired
from advocacy.core.timeutil import utcnow
from advocacy.tracking.tasks import queue_batches
from sqlalchemy import func
from advocacy.tracking.models import Click

cli = AppGroup("tracking", help="Tracked links and post metrics.")


@cli.command("poll")
@click.option("--now", "now", is_flag=True, help="Run every due poll here, synchronously, and print a summary.")
@click.option("--batch-size", default=200, show_default=True, type=click.IntRange(1, 5000))
def poll_command(now: bool, batch_size: int):
    """Poll what is due (queued for the workers, or here with --now)."""
    if not now:
        due = count_due()
        click.echo(f"due={due} queued_batches={queue_batches(due, batch_size)}")
        return
    summary = run_due(limit=batch_size)
    click.echo(summary.line())
    for kind, n in sorted(summary.errors.items()):
        click.echo(f"  {kind}: {n}")


@cli.command("reconcile")
def reconcile_command():
    """Rebuild due work from the database and queue it."""
    result = reconcile()
    db.session.commit()
    click.echo(" ".join(f"{k}={v}" for k, v in result.items()))


@cli.command("purge")
def purge_command():
    """Delete tracking data older than the charter's retention."""
    done = purge_expired()
    db.session.commit()
    click.echo(" ".join(f"{k}={v}" for k, v in done.items()))


@cli.command("clicks")
@click.option("--days", default=7, show_default=True, type=click.IntRange(1, 400))
def clicks_command(days: int):
    """Raw requests beside unique visitors, per day, for operators (the figures use unique visitors)."""
    since = utcnow().date() - timedelta(days=days - 1)
    per_link = (select(Click.day, Click.link_id, func.count().label("raw"),
                       func.count(func.distinct(Click.visitor_hash)).label("unique"))
                .where(Click.day >= since).group_by(Click.day, Click.link_id).subquery())
    rows = db.session.execute(select(per_link.c.day, func.sum(per_link.c.raw), func.sum(per_link.c.unique),
                                     func.max(per_link.c.raw))
                              .group_by(per_link.c.day).order_by(per_link.c.day)).all()
    click.echo("day         raw_requests  unique_visitors  busiest_link_raw")
    for day, raw, unique, busiest in rows:
        click.echo(f"{day.isoformat()}  {int(raw):12d}  {int(unique):15d}  {int(busiest):16d}")
