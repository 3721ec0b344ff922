"""Live-check findings: the author's list, and the anonymous counts compliance sees."""
from __future__ import annotations

from sqlalchemy import func, select

from advocacy.charter.services import min_group_size
from advocacy.core.disclosure_control import is_small, suppress_partition
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.tracking.models import LiveFinding
from advocacy.core.audit import record


def findings_of(person_id: int, include_resolved: bool = False) -> list[LiveFinding]:
    stmt = select(LiveFinding).where(LiveFinding.person_id == person_id)
    if not include_resolved:
        stmt = stmt.where(LiveFinding.resolved_at.is_(None))
    return db.session.scalars(stmt.order_by(LiveFinding.detected_at.desc())).all()


def open_count(person_id: int) -> int:
    return db.session.scalar(select(func.count()).select_from(LiveFinding).where(
        LiveFinding.person_id == person_id, LiveFinding.resolved_at.is_(None))) or 0


def resolve(finding_id: int, person) -> bool:
    """The author says the post is fixed or deleted (the next poll checks it again)."""
    finding = db.session.get(LiveFinding, finding_id)
    if finding is None or finding.person_id != person.id or finding.resolved_at is not None:
        return False
    finding.resolved_at = utcnow()

    record("tracking.finding_resolved", actor=person, object_type="live_finding", object_id=finding.id)
    return True


def message_of(item: dict, lang: str) -> tuple[str, str]:
    messages = item.get("messages") or {}
    fixes = item.get("fixes") or {}
    message = messages.get(lang) or messages.get("en") or item.get("message") or item.get("rule", "")
    fix = fixes.get(lang) or fixes.get("en") or item.get("fix") or ""
    return message, fix


def compliance_counts() -> dict:
    """Anonymous counts of open findings: in total, per verdict, per network, per rule; no name.

    A count's group is the *authors* behind it: a count over fewer than the annex's ``k`` authors
    is hidden, and the verdicts and the networks each split the total, so their hidden cells are
    completed (``suppress_partition``) until the total minus the shown ones covers ``k`` authors.
    When the total itself covers fewer than ``k`` authors nothing is broken down and the total is
    hidden too. Rules overlap (one post may break several) and are hidden the same way. An author
    may stand behind several cells, so the hidden cells count only as many authors as the largest.
    """
    k = min_group_size()
    rows = db.session.execute(select(LiveFinding.verdict, LiveFinding.network, LiveFinding.findings,
                                     LiveFinding.person_id).where(LiveFinding.resolved_at.is_(None))).all()
    counts: dict[str, dict[str, int]] = {"verdict": {"fail": 0, "warn": 0}, "network": {}, "rule": {}}
    authors: dict[str, dict[str, set]] = {"verdict": {"fail": set(), "warn": set()}, "network": {}, "rule": {}}
    everyone: set = set()

    def add(axis, key, person):
        counts[axis][key] = counts[axis].get(key, 0) + 1
        authors[axis].setdefault(key, set()).add(person)

    for verdict, network, found, person in rows:
        person = person or ("erased", id(found))
        everyone.add(person)
        add("verdict", verdict, person)
        add("network", network, person)
        for rule in sorted({(item.get("rule") or "?") for item in (found or [])}):
            add("rule", rule, person)

    total_hidden = is_small(len(everyone), k)

    def released(axis):
        people = {key: len(who) for key, who in authors[axis].items()}
        # one author may have findings in two cells: only the largest hidden cell surely covers its people
        hidden = set(people) if total_hidden else suppress_partition(people, k, margin_people=len(everyone),
                                                                      disjoint=False)
        return {key: (None if key in hidden else counts[axis][key]) for key in sorted(counts[axis])}

    resolved_rows = db.session.execute(select(LiveFinding.person_id).where(LiveFinding.resolved_at.is_not(None))).all()
    resolved_authors = {person for (person,) in resolved_rows}
    resolved = None if is_small(len(resolved_authors), k) else len(resolved_rows)
    return {"total": None if total_hidden else len(rows), "resolved": resolved, "by_verdict": released("verdict"),
            "by_rule": released("rule"), "by_network": released("network"), "min_group": k}


