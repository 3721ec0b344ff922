"""Readable differences between two charter versions: clause by clause, policy field by field."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from difflib import SequenceMatcher

from flask_babel import format_date
from flask_babel import gettext as _

from advocacy.charter.labels import POLICY_FIELD_LABELS
from advocacy.charter.policy import (
    DEFAULT_REVIEW_DAYS,
    GRANULARITY_LABELS,
    PolicyError,
    kpi_label,
    network_label,
    parse_policy,
)
from advocacy.charter.markdown import plain

_TOKENS = re.compile(r"\s+|\w+|[^\w\s]", re.UNICODE)


def word_ops(old: str, new: str) -> list[tuple[str, str]]:
    """[(op, text)] with op in equal/delete/insert, on words (whitespace kept)."""
    a, b = _TOKENS.findall(old or ""), _TOKENS.findall(new or "")
    ops: list[tuple[str, str]] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            ops.append(("equal", "".join(a[i1:i2])))
            continue
        if tag in ("delete", "replace"):
            ops.append(("delete", "".join(a[i1:i2])))
        if tag in ("insert", "replace"):
            ops.append(("insert", "".join(b[j1:j2])))
    return ops


@dataclass
class ClauseDiff:
    key: str
    status: str  # added / removed / changed / unchanged
    old: object | None
    new: object | None
    moved: bool = False
    title_ops: list = field(default_factory=list)
    body_ops: list = field(default_factory=list)
    title_en_ops: list = field(default_factory=list)
    body_en_ops: list = field(default_factory=list)

    def to_dict(self) -> dict:
        def side(clause):
            if clause is None:
                return None
            return {"position": clause.position, "title": clause.title, "body": clause.body,
                    "title_en": clause.title_en, "body_en": clause.body_en}

        return {"key": self.key, "status": self.status, "moved": self.moved, "old": side(self.old),
                "new": side(self.new),
                "title_diff": [{"op": op, "text": text} for op, text in self.title_ops],
                "body_diff": [{"op": op, "text": text} for op, text in self.body_ops]}


@dataclass
class FieldDiff:
    field: str
    label: str
    old: str
    new: str
    changed: bool
    added: list = field(default_factory=list)
    removed: list = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"field": self.field, "label": self.label, "old": self.old, "new": self.new,
                "changed": self.changed, "added": self.added, "removed": self.removed}


@dataclass
class VersionDiff:
    old: object
    new: object
    title_ops: list
    clauses: list[ClauseDiff]
    policy: list[FieldDiff]

    @property
    def counts(self) -> dict:
        result = {"added": 0, "removed": 0, "changed": 0, "unchanged": 0}
        for clause in self.clauses:
            result[clause.status] += 1
        result["policy_changed"] = sum(1 for f in self.policy if f.changed)
        return result

    def to_dict(self) -> dict:
        return {"from": {"id": self.old.id, "number": self.old.number},
                "to": {"id": self.new.id, "number": self.new.number},
                "title_diff": [{"op": op, "text": text} for op, text in self.title_ops],
                "summary": self.counts, "clauses": [c.to_dict() for c in self.clauses],
                "policy": [f.to_dict() for f in self.policy]}


def diff_clauses(old_version, new_version, readable: bool = False) -> list[ClauseDiff]:
    """Clauses matched by their stable key. ``readable``: compare the text as read (no Markdown marks)."""
    show = plain if readable else (lambda text: text or "")
    old = {c.key: c for c in old_version.clauses}
    new = {c.key: c for c in new_version.clauses}
    old_order = [c.key for c in old_version.clauses if c.key in new]
    new_order = [c.key for c in new_version.clauses if c.key in old]
    result = []
    for clause in new_version.clauses:
        before = old.get(clause.key)
        if before is None:
            result.append(ClauseDiff(clause.key, "added", None, clause,
                                     title_ops=[("insert", clause.title)], body_ops=[("insert", show(clause.body))]))
            continue
        same = (before.title, before.body, before.title_en, before.body_en) == (
            clause.title, clause.body, clause.title_en, clause.body_en)
        moved = old_order.index(clause.key) != new_order.index(clause.key)
        result.append(ClauseDiff(
            clause.key, "unchanged" if same else "changed", before, clause, moved=moved,
            title_ops=word_ops(before.title, clause.title), body_ops=word_ops(show(before.body), show(clause.body)),
            title_en_ops=word_ops(before.title_en, clause.title_en),
            body_en_ops=word_ops(show(before.body_en), show(clause.body_en))))
    for clause in old_version.clauses:
        if clause.key not in new:
            # show a removed clause where it stood
            index = next((i for i, d in enumerate(result) if d.old is not None and d.old.position > clause.position),
                         len(result))
            result.insert(index, ClauseDiff(clause.key, "removed", clause, None, title_ops=[("delete", clause.title)],
                                            body_ops=[("delete", show(clause.body))]))
    return result


def _policy(version) -> dict:
    try:
        return parse_policy(version.policy).to_dict()
    except PolicyError:
        return version.policy or {}


def _yes_no(value) -> str:
    return _("Yes") if value else _("No")


def _quiet(value) -> str:
    if not value:
        return "—"
    text = f"{value.get('start')}–{value.get('end')}"
    text += ", " + (_("weekends included") if value.get("weekends") else _("weekends not included"))
    if value.get("holidays"):
        text += ", " + _("public holidays (%(code)s) included", code=value["holidays"])
    else:
        text += ", " + _("public holidays not included")
    return text


def _quiet_days(value) -> str:
    days = (value or {}).get("quiet_days") or []
    return ", ".join(format_day(day) for day in days) or "—"


def format_day(iso: str) -> str:
    try:
        return format_date(date.fromisoformat(iso), format="medium")
    except ValueError:
        return iso


def _quorum(value) -> str:
    if not value:
        return "—"
    return _("%(hr)s HR + %(reps)s staff representatives", hr=value.get("hr"), reps=value.get("staff_rep"))


def describe_policy(policy: dict) -> list[tuple[str, str, str]]:
    """(field, label, readable value) for every policy field, in display order."""
    annex = policy.get("kpi_annex") or {}
    networks = policy.get("allowed_networks") or []
    days = policy.get("retention_days")
    return [
        ("quiet_hours", str(POLICY_FIELD_LABELS["quiet_hours"]), _quiet(policy.get("quiet_hours"))),
        ("quiet_hours.quiet_days", str(POLICY_FIELD_LABELS["quiet_hours.quiet_days"]),
         _quiet_days(policy.get("quiet_hours"))),
        ("max_solicitations_per_week", str(POLICY_FIELD_LABELS["max_solicitations_per_week"]),
         str(policy.get("max_solicitations_per_week", "—"))),
        ("rewards", str(POLICY_FIELD_LABELS["rewards"]), _yes_no(policy.get("rewards"))),
        ("allowed_networks", str(POLICY_FIELD_LABELS["allowed_networks"]),
         ", ".join(network_label(n) for n in networks) or "—"),
        ("retention_days", str(POLICY_FIELD_LABELS["retention_days"]),
         _("%(num)d days", num=days) if isinstance(days, int) else "—"),
        ("quorum", str(POLICY_FIELD_LABELS["quorum"]), _quorum(policy.get("quorum"))),
        ("review_days", str(POLICY_FIELD_LABELS["review_days"]),
         _("%(num)d days", num=policy.get("review_days", DEFAULT_REVIEW_DAYS))),
        ("kpi_annex.kpis", str(POLICY_FIELD_LABELS["kpi_annex.kpis"]),
         ", ".join(kpi_label(k) for k in annex.get("kpis", [])) or "—"),
        ("kpi_annex.granularity", str(POLICY_FIELD_LABELS["kpi_annex.granularity"]),
         str(GRANULARITY_LABELS.get(annex.get("granularity"), annex.get("granularity") or "—"))),
        ("kpi_annex.min_group_size", str(POLICY_FIELD_LABELS["kpi_annex.min_group_size"]),
         str(annex.get("min_group_size", "—"))),
    ]


def diff_policy(old_version, new_version) -> list[FieldDiff]:
    old, new = _policy(old_version), _policy(new_version)
    result = []
    lists = {"allowed_networks": (old.get("allowed_networks") or [], new.get("allowed_networks") or [],
                                  network_label),
             "kpi_annex.kpis": ((old.get("kpi_annex") or {}).get("kpis", []),
                                (new.get("kpi_annex") or {}).get("kpis", []), kpi_label)}
    for (name, label, old_text), (_n, _l, new_text) in zip(describe_policy(old), describe_policy(new)):
        item = FieldDiff(name, label, old_text, new_text, old_text != new_text)
        if name in lists:
            before, after, show = lists[name]
            item.added = [show(x) for x in after if x not in before]
            item.removed = [show(x) for x in before if x not in after]
            item.changed = bool(item.added or item.removed)
        result.append(item)
    return result


def diff_versions(old_version, new_version, readable: bool = False) -> VersionDiff:
    return VersionDiff(old_version, new_version, word_ops(old_version.title, new_version.title),
                       diff_clauses(old_version, new_version, readable), diff_policy(old_version, new_version))
