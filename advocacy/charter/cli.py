"""``flask charter verify`` and ``flask charter show``."""
import click
from flask.cli import AppGroup
from sqlalchemy import select

from advocacy.charter.canonical import canonical_text, verify_version
from advocacy.charter.models import CharterVersion
from advocacy.extensions import db

cli = AppGroup("charter", help="The expression charter.")


@cli.command("verify")
def verify_command():
    """Recompute every version's SHA-256 from the stored text; exit 1 if a signature does not match."""
    bad = 0
    versions = db.session.scalars(select(CharterVersion).order_by(CharterVersion.number)).all()
    for version in versions:
        check = verify_version(version)
        live = [c for c in check.checks if c.current]
        status = "OK" if check.ok else "ALTERED"
        click.echo(f"version {version.number} ({version.status}): {status} sha256={check.sha256} "
                   f"signatures verified {sum(c.verified for c in live)}/{len(live)}")
        bad += not check.ok
    if bad:
        click.echo(f"{bad} version(s) do not match their signatures", err=True)
        raise SystemExit(1)


@cli.command("show")
@click.argument("number", type=int)
def show_command(number: int):
    """Print the canonical form (what signatories sign) of version NUMBER."""
    version = db.session.scalar(select(CharterVersion).where(CharterVersion.number == number))
    if version is None:
        raise click.ClickException(f"no charter version {number}")
    click.echo(canonical_text(version))
