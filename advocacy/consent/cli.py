"""``flask consent verify`` and friends."""
import click
from flask.cli import AppGroup

cli = AppGroup("consent", help="The consent ledger.")


@cli.command("verify")
def verify_command():
    """Recompute the ledger's hash chain and check the current states; exit 1 naming the first problem."""
    from advocacy.consent.services import verify

    count, broken = verify()
    if broken is not None:
        click.echo(f"BROKEN at consent event {broken.row_id}: {broken.reason}", err=True)
        raise SystemExit(1)
    click.echo(f"OK: {count} consent events, chain intact, current states match")


@cli.command("reconcile-purges")
def reconcile_command():
    """Queue a purge for every withdrawal whose personal data are not purged yet."""
    from advocacy.consent.tasks import reconcile_purges

    click.echo(f"{reconcile_purges()} purge(s) queued")
