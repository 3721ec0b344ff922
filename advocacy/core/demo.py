"""Demo data: a fictional company. Each domain may add ``<domain>/demo.py: seed(ctx)``."""
from __future__ import annotations

from dataclasses import dataclass, field

from flask import current_app
from sqlalchemy import select

from advocacy.auth.models import Person
from advocacy.auth.services import get_or_create_team, hash_password
from advocacy.extensions import db

DEMO_PASSWORD = "porte-voix-demo"
TEAMS = ("Ingénierie", "Ventes", "Marketing")

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
        person = Person(email=email, display_name=name, language="fr", timezone="Europe/Paris",
                        password_hash=password_hash)
        db.session.add(person)
        ctx.log.append(f"created {email}")
    person.team = ctx.teams.get(team_name) if team_name else person.team
    person.set_roles(set(roles) | person.roles)
    ctx.people[email] = person
    return person


def seed() -> DemoContext:
    """Create the demo company; idempotent (running it twice changes nothing)."""
    import importlib

    from advocacy import DOMAINS, _optional_module

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
    for domain in DOMAINS:
        if domain == "core":
            continue
        module = _optional_module(domain, "demo")
        if module is not None and hasattr(module, "seed"):
            module.seed(ctx)
            db.session.flush()
    db.session.commit()
    current_app.logger.info("demo seed: %d change(s)", len(ctx.log))
    importlib.invalidate_caches()
    return ctx
