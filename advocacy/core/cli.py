"""``flask demo seed``."""
import click
from flask.cli import AppGroup

cli = AppGroup("demo", help="Demo data for a fictional company.")


@cli.command("seed")
def seed_command():
    """Create the demo company and its accounts (idempotent)."""
    from advocacy.core.demo import DEMO_PASSWORD, seed

    ctx = seed()
    for line in ctx.log:
        click.echo(line)
    click.echo(f"Demo ready: {len(ctx.people)} accounts, password '{DEMO_PASSWORD}'.")
