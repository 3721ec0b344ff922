"""``flask people import FILE.csv`` and ``flask people token EMAIL``."""
import click
from flask.cli import AppGroup

from advocacy.extensions import db

cli = AppGroup("people", help="People, teams and API tokens.")


@cli.command("import")
@click.argument("csv_file", type=click.File("r", encoding="utf-8-sig"))
def import_command(csv_file):
    """Import people and teams from CSV (columns: email, display_name, team, roles, language, timezone).

    All or nothing: if any row is bad, every bad row is listed and nothing is imported.
    """
    from advocacy.auth.services import import_people

    report = import_people(csv_file.read())
    if not report.ok:
        db.session.rollback()
        for line, reason in report.errors:
            click.echo(f"line {line}: {reason}", err=True)
        click.echo(f"Nothing imported: {len(report.errors)} bad row(s).", err=True)
        raise SystemExit(1)
    db.session.commit()
    click.echo(f"Imported: {report.created} created, {report.updated} updated.")


@cli.command("token")
@click.argument("email")
@click.option("--label", default="cli", help="A label to recognise the token later.")
def token_command(email, label):
    """Create an API token for EMAIL and print it (last line)."""
    from advocacy.auth.services import find_person, issue_token

    person = find_person(email)
    if person is None or not person.is_active:
        click.echo(f"No active person with e-mail {email!r}.", err=True)
        raise SystemExit(1)
    token = issue_token(person, label)
    db.session.commit()
    click.echo(f"Token for {person.email} (shown once, stored hashed):")
    click.echo(token)
