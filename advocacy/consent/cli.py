"""``flask consent verify`` and friends."""
import click
from flask.cli import AppGroup
from advocacy.consent.services import verify
from advocacy.consent.tasks import reconcile_purges

cli = AppGroup("consent", help="The consent ledger.")


@cli.command("verify")
def verify_command():
    """Recompute the ledger's hash chain and check the current states; exit 1 naming the first problem."""
    count, broken = verify()
    if broken is not None:
        click.echo(f"BROKEN at consent event {broken.row_id}: {broken.reason}", err=True)
        raise SystemExit(1)
    click.echo(f"OK: {count} consent events, chain intact, current states match")


@cli.command("reconcile-purges")
def reconcile_command():
    """Queue a purge for every withdrawal whose personal data are not purged yet."""
    click.echo(f"{reconcile_purges()} purge(s) queued")
