"""Helpers for the campaigns tests: a frozen clock on a working Tuesday, members of the targeted team."""
from __future__ import annotations

from datetime import datetime, timezone

import pytest

TEAM = "Équipe test"
#: Tuesday 24 November 2026, 10:00 in Paris (09:00 UTC): outside the default quiet hours.
WORKDAY = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def frozen():
    """``frozen(dt)`` freezes ``utcnow()``; the clock is released after the test."""
    from advocacy.core.timeutil import freeze

    def set_clock(at=WORKDAY):
        freeze(at)
        return at

    set_clock(WORKDAY)
    yield set_clock
    freeze(None)


@pytest.fixture
def member(make_member):
    """A member of the campaigns' default team (joined with ``program``, charter accepted)."""

    def factory(purposes=("program",), team=TEAM, **kw):
        return make_member(purposes=purposes, team=team, **kw)

    return factory


@pytest.fixture
def marketer(make_person):
    return make_person(roles=("marketer",))


@pytest.fixture
def reviewer(make_person):
    return make_person(roles=("compliance",))


class Browser:
    """A test client logged in as one person; forgets the user Flask-Login cached in the shared ``g``."""

    def __init__(self, app, person):
        from flask import g

        self.client = app.test_client()
        self.person = person
        g.pop("_login_user", None)
        with self.client.session_transaction() as session:
            session["_user_id"] = str(person.id)
            session["_fresh"] = True

    def open(self, *args, **kwargs):
        from flask import g

        g.pop("_login_user", None)
        return self.client.open(*args, **kwargs)

    def get(self, *args, **kwargs):
        return self.open(*args, method="GET", **kwargs)

    def post(self, *args, **kwargs):
        return self.open(*args, method="POST", **kwargs)


@pytest.fixture
def browser(app):
    return lambda person: Browser(app, person)
