"""``flask audit verify``."""
import click
from flask.cli import AppGroup

from advocacy.core.audit import verify

cli = AppGroup("audit", help="The audit trail.")


@cli.command("verify")
def verify_command():
    """Recompute the hash chain; exit 1 naming the first broken entry."""
    count, broken = verify()
    if broken is not None:
        click.echo(f"BROKEN at audit entry {broken.row_id}: {broken.reason}", err=True)
        raise SystemExit(1)
    click.echo(f"OK: {count} audit entries, chain intact")
