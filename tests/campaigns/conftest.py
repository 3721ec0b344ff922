"""Helpers for the campaigns tests: members of the targeted team (the frozen clock, ``TEAM``, ``WORKDAY``
and ``browser`` are shared: ``tests/fixtures/members.py``)."""
from __future__ import annotations

import pytest

from tests.fixtures.members import TEAM


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
