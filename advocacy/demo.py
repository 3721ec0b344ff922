"""Demo data: a fictional company (``flask demo seed``).

This module sits above every domain: it creates the people, then calls each domain's
``<domain>/demo.py: seed(ctx)`` in layer order (``SEEDERS``). No domain imports it back."""
from __future__ import annotations

import importlib
from dataclasses import dataclass, field

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import select

from advocacy.auth.models import Person
from advocacy.auth.services import get_or_create_team, hash_password
from advocacy.campaigns import demo as campaigns_demo
from advocacy.charter import demo as charter_demo
from advocacy.consent import demo as consent_demo
from advocacy.core.democlock import anchored
from advocacy.extensions import db
from advocacy.kpi import demo as kpi_demo
from advocacy.tracking import demo as tracking_demo

DEMO_PASSWORD = "porte-voix-demo"
#: Each domain's demo seeder, in layer order (a domain's demo may use the lower ones' data).
SEEDERS = (charter_demo.seed, consent_demo.seed, campaigns_demo.seed, tracking_demo.seed, kpi_demo.seed)
TEAMS = ("Ingénierie", "Ventes", "Marketing")
#: A person imported without a password (no team, no consent): the invitation flow's demo.
NEW_HIRE = ("new.hire@demo.test", "Nina Nouvelle")

STAFF = (
    ("admin@demo.test", "Alice Admin", ("admin",), None),
    ("hr@demo.test", "Hélène RH", ("hr",), None),
    ("cse1@demo.test", "Camille Élue CSE", ("staff_rep", "employee"), "Marketing"),
    ("cse2@demo.test", "Samir Élu CSE", ("staff_rep", "employee"), "Marketing"),
    ("marketer@demo.test", "Marc Marketing", ("marketer",), "Marketing"),
    ("compliance@demo.test", "Claire Conformité", ("compliance",), None),
)


@dataclass
class DemoContext:
    people: dict[str, Person] = field(default_factory=dict)
    teams: dict = field(default_factory=dict)
    log: list[str] = field(default_factory=list)

    def person(self, email: str) -> Person:
        return self.people[email]


def _ensure_person(ctx, email, name, roles, team_name, password_hash):
    person = db.session.scalar(select(Person).where(Person.email == email))
    if person is None:
        person = Person(email=email, display_name=name, language="fr", timezone=current_app.config["TIMEZONE"],
                        password_hash=password_hash)
        db.session.add(person)
        ctx.log.append(f"created {email}")
    person.team = ctx.teams.get(team_name) if team_name else person.team
    person.set_roles(set(roles) | person.roles)
    ctx.people[email] = person
    return person


def seed() -> DemoContext:
    """Create the demo company; idempotent (running it twice changes nothing)."""
    with anchored():
        return _seed()


def _seed() -> DemoContext:
    ctx = DemoContext()
    ctx.teams = {name: get_or_create_team(name) for name in TEAMS}
    password_hash = hash_password(DEMO_PASSWORD)
    for email, name, roles, team in STAFF:
        _ensure_person(ctx, email, name, roles, team, password_hash)
    for number in range(1, 13):
        # Engineering holds employees 1–5 (all joined: its figures clear the charter's minimum
        # group size of 5); Sales (6–8) and Marketing (9–12 and both staff reps) stay under it
        # and are suppressed, together large enough that Engineering cannot be subtracted out.
        team = TEAMS[0] if number <= 5 else TEAMS[1] if number <= 8 else TEAMS[2]
        lang = "en" if number in (4, 11) else "fr"
        person = _ensure_person(ctx, f"employee{number}@demo.test", f"Employé·e {number}",
                                ("employee",), team, password_hash)
        if f"created employee{number}@demo.test" in ctx.log:
            person.language = lang
    db.session.flush()
    for seed_domain in SEEDERS:
        seed_domain(ctx)
        db.session.flush()
    # Imported but never signed in: no password, so the invitation flow can be tried on them
    # (`flask people invite new.hire@demo.test`, or "Invite" on the People page).
    _ensure_person(ctx, NEW_HIRE[0], NEW_HIRE[1], ("employee",), None, None)
    db.session.commit()
    current_app.logger.info("demo seed: %d change(s)", len(ctx.log))
    importlib.invalidate_caches()
    return ctx


cli = AppGroup("demo", help="Demo data for a fictional company.")


@cli.command("seed")
def seed_command():
    """Create the demo company and its accounts (idempotent)."""
    ctx = seed()
    for line in ctx.log:
        click.echo(line)
    click.echo(f"Demo ready: {len(ctx.people)} accounts, password '{DEMO_PASSWORD}'.")
