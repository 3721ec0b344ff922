"""``flask people import FILE.csv``, ``flask people invite EMAIL`` and ``flask people token EMAIL``."""
import click
from flask.cli import AppGroup
from flask_babel import force_locale

from advocacy.auth.passwords import InviteError, invite_address
from advocacy.auth.roles import ALL_ROLES
from advocacy.extensions import db
from advocacy.auth.services import import_people
from advocacy.auth.services import find_person
from advocacy.auth.services import issue_token

cli = AppGroup("people", help="People, teams and API tokens.")


@cli.command("import")
@click.argument("csv_file", type=click.File("r", encoding="utf-8-sig"))
def import_command(csv_file):
    """Import people and teams from CSV (columns: email, display_name, team, roles, language, timezone).

    All or nothing: if any row is bad, every bad row is listed and nothing is imported.
    """
    report = import_people(csv_file.read())
    if not report.ok:
        db.session.rollback()
        with force_locale("en"):  # the operator's console speaks English, like the other commands
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
    person = find_person(email)
    if person is None or not person.is_active:
        click.echo(f"No active person with e-mail {email!r}.", err=True)
        raise SystemExit(1)
    token = issue_token(person, label, issued_by="operator")
    db.session.commit()
    click.echo(f"Token for {person.email} (shown once, stored hashed):")
    click.echo(token)


@cli.command("invite")
@click.argument("email")
@click.option("--role", "roles", multiple=True, type=click.Choice(ALL_ROLES),
              help="A role for the person (repeat for several); default employee for someone new.")
@click.option("--name", default=None, help="Display name for someone new (default: the e-mail's local part).")
def invite_command(email, roles, name):
    """E-mail EMAIL a single-use link (7 days) to choose a password; print the link (last line).

    Someone unknown is added (with --role, default employee); a known person gains the --role given.
    """
    try:
        person, link, created = invite_address(email, roles=roles, display_name=name)
    except InviteError as exc:
        db.session.rollback()
        click.echo(exc.message, err=True)
        raise SystemExit(1) from None
    db.session.commit()
    click.echo(f"{'Added and invited' if created else 'Invited'} {person.email} "
               f"({', '.join(sorted(person.roles))}); the e-mail is in the outbox.")
    click.echo("Link (valid 7 days, usable once):")
    click.echo(link)
