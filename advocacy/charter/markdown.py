"""Clause bodies are Markdown: rendered without raw HTML, then sanitised."""
from __future__ import annotations

import re

import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup

_md = MarkdownIt("commonmark", {"html": False, "linkify": False, "typographer": False}).enable("table")

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a", "code", "pre", "blockquote", "h3", "h4",
                "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "hr"}


def render(text: str) -> Markup:
    html = _md.render(text or "")
    clean = nh3.clean(html, tags=ALLOWED_TAGS, attributes={"a": {"href", "title"}},
                      url_schemes={"http", "https", "mailto"}, link_rel="noopener noreferrer nofollow")
    return Markup(clean)


_STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1", re.S)
_EM = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])", re.S)
_LINK = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6}\s+", re.M)


def plain(text: str) -> str:
    """Markdown source as a reader sees it (no emphasis markers; links as "text (url)"), for diffs."""
    text = _LINK.sub(r"\1 (\2)", text or "")
    text = _STRONG.sub(r"\2", text)
    text = _EM.sub(r"\2", text)
    return _HEADING.sub("", text)
