"""Navigation entries contributed by each domain (``<domain>/nav.py`` → ``NAV``)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NavItem:
    endpoint: str
    label: object  # a lazy_gettext string
    roles: tuple[str, ...] = ()
    order: int = 50

    def visible_to(self, person) -> bool:
        if not getattr(person, "is_authenticated", False):
            return False
        return not self.roles or person.has_role(*self.roles)
