"""Static checks on the templates: nothing the Content-Security-Policy would block or that
bypasses autoescaping."""
from __future__ import annotations

import re
from pathlib import Path

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def _offending(pattern: str) -> list[str]:
    regex = re.compile(pattern, re.IGNORECASE)
    hits = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if regex.search(line):
                hits.append(f"{path.relative_to(TEMPLATES)}:{number}: {line.strip()[:120]}")
    return hits


def test_no_inline_scripts_or_event_handlers():
    """script-src 'self': inline <script> bodies and on* handlers would simply not run."""
    hits = _offending(r"<script(?![^>]*\bsrc=)[^>]*>|\son[a-z]+\s*=\s*[\"']|javascript:")
    assert not hits, "\n".join(hits)


def test_no_unsafe_markup_filters_on_user_text():
    """|safe and Markup() only on text sanitised first (nh3/markdown helpers), never raw fields."""
    hits = [h for h in _offending(r"\|\s*safe\b") if not re.search(r"(md|markdown|sanit|nh3|svg|chart)", h, re.IGNORECASE)]
    assert not hits, "\n".join(hits)


def test_no_inline_style_attributes():
    hits = _offending(r"\sstyle\s*=\s*[\"']|<style[\s>]")
    assert not hits, "\n".join(hits)
