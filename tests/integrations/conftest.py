"""Integrations fixtures: loopback receivers allowed through the guarded client, an admin."""
from __future__ import annotations

import pytest

from tests.integrations.receivers import Receiver, SlackFake, TeamsFake


@pytest.fixture
def allow(app, monkeypatch):
    """``allow(*servers)``: let the guarded client reach these loopback servers."""

    def factory(*servers):
        monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", ",".join(s.allow for s in servers))

    return factory


@pytest.fixture
def receiver(allow):
    made = []

    def factory(script=()):
        server = Receiver(script)
        made.append(server)
        allow(*made)
        return server

    yield factory
    for server in made:
        server.close()


@pytest.fixture
def slack(allow):
    server = SlackFake()
    allow(server)
    yield server
    server.close()


@pytest.fixture
def teams(allow):
    server = TeamsFake()
    allow(server)
    yield server
    server.close()


@pytest.fixture
def admin(make_person):
    return make_person(roles=("admin",))
