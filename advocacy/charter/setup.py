"""Hooks: the charter's personal data joins the GDPR export and erasure."""
from __future__ import annotations

from advocacy.charter import services
from advocacy.core import signals


def init_app(app) -> None:
    signals.export_person_data.connect(services.export_person_data)
    signals.erase_person_data.connect(services.erase_person_data)
