"""Disclosure checker: is a commercial or employment disclosure owed, is it worded the way
the law and regulators accept, does it stand where a reader cannot miss it, and did anybody
hide or fake it. A pure library (no Flask): ``check(text, network, lang=None, context=None)``.

Context keys: ``rewarded`` (the author receives any consideration), ``employee`` (the author
works for the brand), ``brand``, ``image_retouched``, ``image_virtual``, ``sector``,
``jurisdiction`` (``fr``/``us``/``uk``; default from the language), ``content_warning``
(Mastodon), ``max_length`` (a server's own limit), ``link`` (the link the post will carry: counted in
its length where the network puts it in the text, see ``networks.post_length``).
"""
from __future__ import annotations

from advocacy.disclosure import networks as _networks
from advocacy.disclosure.result import FAIL, PASS, UNFIXABLE, WARN, Finding, Result

__all__ = ["FAIL", "JURISDICTIONS", "NETWORKS", "PASS", "UNFIXABLE", "WARN", "Finding", "Result", "check", "warm"]

#: Every network's name, in the order people see them (``networks.NETWORKS`` has their rules).
NETWORKS: tuple[str, ...] = tuple(_networks.NETWORKS)
JURISDICTIONS = ("fr", "us", "uk")


_impl = None


def check(text, network, lang=None, context=None) -> Result:
    """Check one post. Never raises on any text: a bug becomes a ``warn`` finding."""
    global _impl
    if _impl is None:
        from advocacy.disclosure.engine import check_impl as _impl
    try:
        return _impl(text, network, lang, context)
    except Exception as exc:  # noqa: BLE001  # pragma: no cover - the checker must never block a page
        return Result(
            verdict=WARN,
            findings=[Finding("internal_error", WARN, "—", None,
                              "Erreur interne du vérificateur : faites relire le post.",
                              f"Internal checker error ({type(exc).__name__}): have the post reviewed.",
                              "Faites relire le post.", "Have the post reviewed.")],
            text=text if isinstance(text, str) else str(text), network=str(network), lang=str(lang or "und"),
            jurisdiction="fr", length=len(text) if isinstance(text, str) else 0, limit=None,
        )


def warm() -> None:
    """Compile every jurisdiction's patterns now (about 3 s of CPU in all): registered with ``core.setup.on_warm``, so a
    web worker runs it before its first request and the RQ worker before it forks its work horses."""
    for jurisdiction in JURISDICTIONS:
        for employee in (True, False):
            check("Acme", "x", "fr" if jurisdiction == "fr" else "en",
                  {"jurisdiction": jurisdiction, "employee": employee, "brand": "Acme"})

