"""Server side of the post editor (``templates/disclosure/_editor.html``), for pages that embed it.

Without JavaScript the editor checks on submit: the host view calls :func:`editor_check` with
the submitted text; if the person pressed "Use the suggested text" (``disclosure_apply``) the
text is replaced by the suggestion and checked again. Pass the returned ``result`` to the macro.
"""
from __future__ import annotations

from advocacy.disclosure import check

APPLY_FIELD = "disclosure_apply"


def editor_check(text: str, network: str, lang=None, context=None, form=None):
    """→ ``(text, result)``: the text to show (the suggestion if asked for) and its check."""
    result = check(text or "", network, lang, context)
    if form is not None and form.get(APPLY_FIELD):
        text = result.suggested_text
        result = check(text, network, lang, context)
    return text, result


def editor_config(network: str, context=None, lang=None) -> dict:
    """The data the editor's script posts with the text (JSON-serialisable)."""
    ctx = {k: v for k, v in (context or {}).items() if v not in (None, "")}
    return {"network": network, "lang": lang or None, "context": ctx}


def segments(text: str, result) -> list[tuple[str, str | None, str | None]]:
    """The text cut into ``(piece, severity, rule)`` so a template can mark the findings' spans."""
    if result is None or not text:
        return [(text or "", None, None)]
    spans = sorted((f.span[0], f.span[1], f.severity, f.rule) for f in result.findings
                   if f.span is not None and f.span[1] > f.span[0])
    out = []
    pos = 0
    for start, end, severity, rule in spans:
        start, end = max(start, pos), min(end, len(text))
        if start >= end:
            continue
        if start > pos:
            out.append((text[pos:start], None, None))
        out.append((text[start:end], severity, rule))
        pos = end
    if pos < len(text):
        out.append((text[pos:], None, None))
    return out
