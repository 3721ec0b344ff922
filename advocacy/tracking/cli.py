"""``flask tracking …``: poll now, reconcile, purge (for operators and tests)."""
from __future__ import annotations

import click
from flask.cli import AppGroup

cli = AppGroup("tracking", help="Tracked links and post metrics.")


@cli.command("poll")
@click.option("--now", "now", is_flag=True, help="Run every due poll here, synchronously, and print a summary.")
@click.option("--batch-size", default=200, show_default=True, type=click.IntRange(1, 5000))
def poll_command(now: bool, batch_size: int):
    """Poll what is due (queued for the workers, or here with --now)."""
    from advocacy.tracking.polling import count_due, run_due

    if not now:
        from advocacy.tracking.tasks import queue_batches

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
    from advocacy.extensions import db
    from advocacy.tracking.retention import reconcile

    result = reconcile()
    db.session.commit()
    click.echo(" ".join(f"{k}={v}" for k, v in result.items()))


@cli.command("purge")
def purge_command():
    """Delete tracking data older than the charter's retention."""
    from advocacy.extensions import db
    from advocacy.tracking.retention import purge_expired

    done = purge_expired()
    db.session.commit()
    click.echo(" ".join(f"{k}={v}" for k, v in done.items()))


@cli.command("token")
@click.argument("email")
@click.argument("token")
@click.option("--network", default="linkedin", show_default=True, type=click.Choice(["linkedin"]))
@click.option("--expires-days", default=60, show_default=True, type=click.IntRange(1, 365))
def token_command(email: str, token: str, network: str, expires_days: int):
    """Store a member's own network token (needs their account_token consent)."""
    from datetime import timedelta

    from sqlalchemy import select

    from advocacy.auth.models import Person
    from advocacy.core.timeutil import utcnow
    from advocacy.extensions import db
    from advocacy.tracking.services import TokenRefused, set_account_token

    person = db.session.scalar(select(Person).where(Person.email == email.strip().lower()))
    if person is None:
        raise click.ClickException(f"no person with e-mail {email}")
    try:
        set_account_token(person, network, token, utcnow() + timedelta(days=expires_days))
    except TokenRefused as exc:
        db.session.rollback()
        raise click.ClickException(str(exc)) from None
    db.session.commit()
    click.echo(f"{network} token stored for {person.email} ({expires_days} days)")
