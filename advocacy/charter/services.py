"""Charter policy API used by the other domains.

STUB written by the foundation so other domains can call these names; the charter
domain replaces the bodies (see docs/CONTRACTS.md).
"""
from __future__ import annotations


def version_in_force(at=None):
    return None


def policy_in_force(at=None):
    return None


def has_accepted_current(person) -> bool:
    return False


def is_quiet_time(person, when) -> bool:
    return False


def may_solicit(person, when) -> bool:
    return True


def record_solicitation(person, when, kind: str) -> None:
    return None


def kpi_annex():
    return None
