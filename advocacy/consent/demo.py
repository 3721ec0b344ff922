"""Demo consents: a few employees with different choices, one who joined and left.

Employees 1–8 are joined by the campaigns seed (``join_program``); employees 9–12 have not
joined (11 joined, then left); this seed only adds contrasting cases. Idempotent: people who already have ledger events are left alone.
"""
from __future__ import annotations

from advocacy.consent import services

CHOICES = {
    "cse2@demo.test": ("program", "post_metrics", "notifications"),
    "cse1@demo.test": ("program", "post_metrics", "link_clicks", "leaderboard"),
}
LEAVER = "employee11@demo.test"


def seed(ctx) -> None:
    from advocacy.charter import services as charter

    if charter.version_in_force() is None:
        ctx.log.append("consent: no charter in force, no demo consent")
        return
    for email, purposes in CHOICES.items():
        person = ctx.people.get(email)
        if person is not None and not services.events_of(person):
            services.join_program(person, purposes, method="demo")
            ctx.log.append(f"consent: {email} joined with {', '.join(purposes)}")
    leaver = ctx.people.get(LEAVER)
    if leaver is not None and not services.events_of(leaver):
        services.join_program(leaver, ("program", "post_metrics", "link_clicks"), method="demo")
        services.withdraw_all(leaver, method="demo", reason="demo: left the program")
        ctx.log.append(f"consent: {LEAVER} joined then left")
