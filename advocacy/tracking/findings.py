"""Live-check findings: the author's list, and the anonymous counts compliance sees."""
from __future__ import annotations

from sqlalchemy import func, select

from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.tracking.models import LiveFinding

#: Groups smaller than this are not broken down for compliance (nobody can be singled out).
MIN_GROUP = 5


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
    from advocacy.audit.services import record

    record("tracking.finding_resolved", actor=person, object_type="live_finding", object_id=finding.id)
    return True


def message_of(item: dict, lang: str) -> tuple[str, str]:
    messages = item.get("messages") or {}
    fixes = item.get("fixes") or {}
    message = messages.get(lang) or messages.get("en") or item.get("message") or item.get("rule", "")
    fix = fixes.get(lang) or fixes.get("en") or item.get("fix") or ""
    return message, fix


def compliance_counts() -> dict:
    """Anonymous counts: open findings per rule and per network; no name, no share, no team."""
    rows = db.session.execute(select(LiveFinding.verdict, LiveFinding.network, LiveFinding.findings).where(
        LiveFinding.resolved_at.is_(None))).all()
    by_rule: dict[str, int] = {}
    by_network: dict[str, int] = {}
    by_verdict: dict[str, int] = {}
    for verdict, network, found in rows:
        by_verdict[verdict] = by_verdict.get(verdict, 0) + 1
        by_network[network] = by_network.get(network, 0) + 1
        for item in found or []:
            rule = item.get("rule") or "?"
            by_rule[rule] = by_rule.get(rule, 0) + 1
    total = len(rows)

    def small(counts):
        return {k: (v if v >= MIN_GROUP else None) for k, v in sorted(counts.items())}

    resolved = db.session.scalar(select(func.count()).select_from(LiveFinding).where(
        LiveFinding.resolved_at.is_not(None))) or 0
    return {"total": total, "resolved": resolved, "by_verdict": by_verdict, "by_rule": small(by_rule),
            "by_network": small(by_network), "min_group": MIN_GROUP}
