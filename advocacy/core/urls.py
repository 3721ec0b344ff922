"""Where a ``next=`` parameter may send the browser: a path on this site, nothing else.

Browsers drop ASCII tabs and newlines anywhere in a URL and read ``\\`` as ``/`` before resolving
it, so ``/\\t/evil.example`` or ``/\\\\evil.example`` reach another host; a newline would also split
the ``Location`` header. A target is kept only if it is a plain absolute path once those are
considered; anything else falls back to the caller's default.
"""
from __future__ import annotations

from urllib.parse import urlsplit


def safe_next(target: str | None, default: str) -> str:
    if not target or len(target) > 2000:
        return default
    if any(ord(char) < 0x21 or char == "\x7f" for char in target) or "\\" in target:
        return default
    if not target.startswith("/") or target.startswith("//"):
        return default
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return default
    return target
