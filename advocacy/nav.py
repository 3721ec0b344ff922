"""Navigation entries contributed by each domain (``<domain>/nav.py`` → ``NAV``), grouped by what
each role does there (``GROUPS``). An endpoint listed in several groups (ideas for employees and
marketers) shows once, in the first group the person sees, so the menu never repeats a link."""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

#: group key → (heading, order). The header shows the groups a person has items in, in this order.
GROUPS = {
    "share": (_l("My programme"), 10),
    "marketing": (_l("Marketing"), 20),
    "compliance": (_l("Compliance"), 30),
    "dialogue": (_l("Charter and dialogue"), 40),
    "admin": (_l("Administration"), 50),
    "account": (_l("More"), 90),
}

#: the role names as people read them
ROLE_LABELS = {
    "employee": _l("Employee"),
    "marketer": _l("Marketing"),
    "compliance": _l("Compliance"),
    "hr": _l("Human resources"),
    "staff_rep": _l("Staff representative"),
    "admin": _l("Administrator"),
}


@dataclass(frozen=True)
class NavItem:
    endpoint: str
    label: object  # a lazy_gettext string
    roles: tuple[str, ...] = ()
    order: int = 50
    group: str = "account"

    def visible_to(self, person) -> bool:
        if not getattr(person, "is_authenticated", False):
            return False
        return not self.roles or person.has_role(*self.roles)


@dataclass(frozen=True)
class NavGroup:
    key: str
    label: object
    items: tuple[NavItem, ...]


def groups_for(person, items) -> list[NavGroup]:
    """The groups of ``items`` that ``person`` sees, each endpoint once."""
    seen: set[str] = set()
    grouped: dict[str, list[NavItem]] = {}
    for item in items:
        if item.endpoint in seen or not item.visible_to(person):
            continue
        seen.add(item.endpoint)
        grouped.setdefault(item.group, []).append(item)
    order = sorted(grouped, key=lambda key: GROUPS.get(key, ("", 99))[1])
    return [NavGroup(key, GROUPS.get(key, GROUPS["account"])[0], tuple(grouped[key])) for key in order]


@dataclass(frozen=True)
class HomeTask:
    """One line of a home page's "what needs me now": ``count`` things (None: a single thing),
    what they are, and the page where the person deals with them. ``count == 0`` is shown as done."""
    key: str
    title: str
    url: str
    action: str
    count: int | None = None
    text: str = ""
    order: int = 50


def home_tasks(person, providers) -> list[HomeTask]:
    """Every domain's tasks for ``person`` (each domain's ``nav.HOME``: callables person → tasks)."""
    if not getattr(person, "is_authenticated", False):
        return []
    tasks: list[HomeTask] = []
    for provider in providers:
        tasks.extend(provider(person))
    return sorted(tasks, key=lambda task: (task.count == 0, task.order))
