"""Consent API used by the other domains.

STUB written by the foundation so other domains can call these names; the consent
domain replaces the bodies (see docs/CONTRACTS.md).
"""
from __future__ import annotations

PURPOSES = ("program", "post_metrics", "link_clicks", "leaderboard", "rewards", "notifications", "account_token")


def has_consent(person_or_id, purpose: str, at=None) -> bool:
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    return False
