"""``flask scim token`` (prints a new bearer token as its last line) and ``flask scim revoke``."""
import click
from flask.cli import AppGroup

from advocacy.auth.scim import tokens
from advocacy.extensions import db

cli = AppGroup("scim", help="SCIM provisioning (/scim/v2): bearer tokens for the identity provider.")


@cli.command("token")
@click.option("--label", default="identity provider", help="A label to recognise the token later.")
def token_command(label):
    """Create a SCIM bearer token and print it (last line; stored hashed, shown once)."""
    token = tokens.issue(label)
    db.session.commit()
    click.echo("SCIM base URL: <ADVOCACY_PUBLIC_BASE_URL>/scim/v2 — bearer token (shown once, stored hashed):")
    click.echo(token)


@cli.command("revoke")
def revoke_command():
    """Revoke every SCIM token."""
    count = tokens.revoke_all()
    db.session.commit()
    click.echo(f"{count} SCIM token(s) revoked.")
