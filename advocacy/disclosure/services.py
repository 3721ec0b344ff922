"""Batch checking for the CLI and the API: parse items (JSON lines or CSV rows), check them,
compare with labels when a corpus carries them. No Flask here either."""
from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field

from advocacy.core.errors import DomainError
from advocacy.disclosure import check, sectors
from advocacy.disclosure.context import CONTEXT_ALIASES, KNOWN_CONTEXT

LABEL_KEYS = ("expected", "expected_verdict", "expected_label", "label", "verdict", "expect", "gold", "truth",
              "target", "answer")
LABELS = {
    "pass": "pass", "ok": "pass", "passed": "pass", "allow": "pass", "allowed": "pass", "clean": "pass",
    "warn": "warn", "warning": "warn", "review": "warn", "flag": "warn",
    "fail": "fail", "failed": "fail", "breach": "fail", "block": "fail", "blocked": "fail", "reject": "fail",
}
MAX_TEXT = 100_000


class ItemError(DomainError, ValueError):
    status = 422

    def __init__(self, message: str, field: str | None = None):
        super().__init__("validation_error", message, field)


@dataclass(slots=True)
class Item:
    text: str
    network: str
    lang: str | None
    context: dict
    expected: str | None = None
    id: object = None
    category: str | None = None


def parse_item(obj) -> Item:
    """``{"text", "network", "lang"?, "context"?: {...}}``; context keys may also sit at the top."""
    if not isinstance(obj, dict):
        raise ItemError("each item must be a JSON object")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ItemError("'text' is required and must be a string")
    if len(text) > MAX_TEXT:
        raise ItemError(f"'text' is longer than {MAX_TEXT} characters")
    network = obj.get("network")
    if not isinstance(network, str) or not network.strip():
        raise ItemError("'network' is required")
    # an unknown network is checked anyway (a "network_unknown" warning says placement was not judged)
    lang = obj.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise ItemError("'lang' must be a string")
    context = obj.get("context") or {}
    if isinstance(context, str):
        try:
            context = json.loads(context) if context.strip() else {}
        except ValueError as exc:
            raise ItemError(f"'context' is not valid JSON: {exc}") from None
    if not isinstance(context, dict):
        raise ItemError("'context' must be an object")
    context = dict(context)
    for key in (*KNOWN_CONTEXT, *CONTEXT_ALIASES):
        if key in obj and obj[key] not in (None, "") and key not in context:
            context[key] = obj[key]
    if context.get("sector") not in (None, ""):
        try:
            sectors.normalize(context["sector"])
        except sectors.UnknownSector as exc:
            raise ItemError(str(exc)) from None
    expected = None
    for key in LABEL_KEYS:
        value = obj.get(key)
        if value not in (None, ""):
            expected = LABELS.get(str(value).strip().lower())
            if expected is None:
                raise ItemError(f"label {value!r} is not pass, warn or fail")
            break
    category = obj.get("category")
    category = str(category)[:80] if category not in (None, "") else None
    return Item(text, network, lang or None, context, expected, obj.get("id"), category)


def result_dict(item: Item, locale: str | None = None) -> dict:
    result = check(item.text, item.network, item.lang, item.context)
    out = result.to_dict(locale)
    if item.id is not None:
        out = {"id": item.id, **out}
    if item.expected is not None:
        out["expected"] = item.expected
        out["agrees"] = item.expected == result.verdict
    return out


def read_items(data: str, fmt: str | None = None):
    """Yield ``(line_number, Item | ItemError)`` from JSON lines, a JSON array, or CSV."""
    fmt = fmt or sniff(data)
    if fmt == "csv":
        reader = csv.DictReader(io.StringIO(data))
        for n, row in enumerate(reader, start=2):
            row = {(k or "").strip().lower(): v for k, v in row.items() if k is not None}
            try:
                yield n, parse_item({k: v for k, v in row.items() if v not in (None,)})
            except ItemError as exc:
                yield n, exc
        return
    stripped = data.lstrip()
    if fmt == "json" or stripped.startswith("["):
        try:
            items = json.loads(data)
        except ValueError as exc:
            yield 1, ItemError(f"invalid JSON: {exc}")
            return
        if isinstance(items, dict):
            items = items.get("items", [])
        for n, obj in enumerate(items, start=1):
            try:
                yield n, parse_item(obj)
            except ItemError as exc:
                yield n, exc
        return
    for n, line in enumerate(data.splitlines(), start=1):
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        try:
            obj = json.loads(line)
        except ValueError as exc:
            yield n, ItemError(f"invalid JSON: {exc}")
            continue
        try:
            yield n, parse_item(obj)
        except ItemError as exc:
            yield n, exc


def sniff(data: str) -> str:
    head = data.lstrip()[:1]
    if head == "[":
        return "json"
    if head == "{" or not head:
        return "jsonl"
    return "csv"


@dataclass
class Agreement:
    total: int = 0
    agree: int = 0
    errors: int = 0
    breaches_passed: list = field(default_factory=list)   # (line, expected, got, text)
    disagreements: list = field(default_factory=list)
    confusion: dict = field(default_factory=dict)          # (expected, got) → count
    by_category: dict = field(default_factory=dict)        # category → [agree, total]

    def add(self, line: int, item: Item, verdict: str, rules):
        if item.expected is None:
            return
        self.total += 1
        key = (item.expected, verdict)
        self.confusion[key] = self.confusion.get(key, 0) + 1
        cat = self.by_category.setdefault(item.category or "-", [0, 0])
        cat[1] += 1
        if item.expected == verdict:
            cat[0] += 1
            self.agree += 1
            return
        row = (line, item.expected, verdict, rules, item.text)
        self.disagreements.append(row)
        if item.expected == "fail" and verdict == "pass":
            self.breaches_passed.append(row)

    @property
    def rate(self) -> float:
        return self.agree / self.total if self.total else 0.0

    def counts(self) -> str:
        """Figures only, never a post's text: for a labelled set that must stay out of tuning."""
        sound = sum(n for (e, _), n in self.confusion.items() if e == "pass")
        sound_failed = self.confusion.get(("pass", "fail"), 0)
        share = f"{sound_failed / sound:.1%}" if sound else "-"
        lines = [f"agreement: {self.agree}/{self.total} = {self.rate:.1%}",
                 f"breaches judged pass: {len(self.breaches_passed)}",
                 f"sound judged fail: {sound_failed}/{sound} = {share}",
                 f"malformed lines: {self.errors}",
                 "expected → got: " + ", ".join(f"{e}→{g}: {n}" for (e, g), n in sorted(self.confusion.items()))]
        for name, (agree, total) in sorted(self.by_category.items()):
            lines.append(f"  category {name}: {agree}/{total}")
        return "\n".join(lines)

    def report(self, show_all: bool = False) -> str:
        lines = [(f"agreement: {self.agree}/{self.total} = {self.rate:.1%}"
                  f"   breaches judged pass: {len(self.breaches_passed)}   malformed lines: {self.errors}")]
        lines.append("expected → got: " + ", ".join(
            f"{e}→{g}: {n}" for (e, g), n in sorted(self.confusion.items())))
        for title, rows in (("BREACH JUDGED PASS", self.breaches_passed),
                            ("disagreement", self.disagreements if show_all else [])):
            for line, exp, got, rules, text in rows:
                if title == "disagreement" and exp == "fail" and got == "pass":
                    continue
                excerpt = text.replace("\n", "⏎")[:110]
                lines.append(f"  {title} line {line}: expected {exp}, got {got} {rules}: {excerpt}")
        return "\n".join(lines)
