"""Accounts hooks: withdrawing ``account_token`` revokes and deletes every linked account; linked
accounts join the GDPR export (never a token) and erasure; ``flask keys rotate`` re-encrypts their tokens."""
from __future__ import annotations

from advocacy.accounts import services
from advocacy.core import signals


def _rotate_keys(_sender) -> int:
    return services.rotate_keys()


def init_app(app) -> None:
    signals.keys_rotating.connect(_rotate_keys, weak=False)
    signals.consent_changed.connect(services.on_consent_changed, weak=False)
    signals.export_person_data.connect(services.export_person_data)
    signals.erase_person_data.connect(services.erase_person_data)
