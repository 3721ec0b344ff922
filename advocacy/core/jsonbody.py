"""JSON request bodies the service agrees to look at: bounded nesting, no lone surrogates.

Checked once per request, before authentication and before any view or schema walks the body:
a document nested deeper than :data:`MAX_DEPTH` is a 400 (Python's recursive decoder and every
recursive walker after it would otherwise overflow the stack, a 500), and a string holding a lone
UTF-16 surrogate (``"\\ud800"``, valid JSON but not text) is a 422 naming its field, since
PostgreSQL and every encoder downstream refuse it.
"""
from __future__ import annotations

import json
import re
from itertools import accumulate

MAX_DEPTH = 64
#: A JSON body larger than this is refused (413) before it is read, unless its view says otherwise.
MAX_JSON_BYTES = 2 * 1024 * 1024


_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}


def max_body(max_bytes: int):
    """Declare the largest body a view accepts; ``body_too_large`` enforces it before anything reads it."""

    def decorator(view):
        view.max_body_bytes = max_bytes  # functools.wraps carries it to the outer decorators
        return view

    return decorator


def body_limit_for(view, is_json: bool) -> int | None:
    declared = getattr(view, "max_body_bytes", None)
    if declared is not None:
        return declared
    return MAX_JSON_BYTES if is_json else None


class BodyRejected(ValueError):
    def __init__(self, status: int, code: str, message: str, field: str | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.field = status, code, message, field


def _max_nesting(data: bytes | str) -> int:
    """Deepest bracket nesting outside strings, found without recursion (regex and C-level scans)."""
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0  # cannot be deeper than the brackets it holds
    brackets = _NOT_BRACKET.sub("", _STRING.sub("", text))
    return max(accumulate(_STEP[char] for char in brackets), default=0)


def _lone_surrogate_path(value, path: str = "") -> str | None:
    stack = [(value, path)]
    while stack:
        item, where = stack.pop()
        if isinstance(item, str):
            if any("\ud800" <= char <= "\udfff" for char in item):
                return where or "body"
        elif isinstance(item, dict):
            for key, sub in item.items():
                name = f"{where}.{key}" if where else str(key)
                if isinstance(key, str) and any("\ud800" <= char <= "\udfff" for char in key):
                    return where or "body"
                stack.append((sub, name))
        elif isinstance(item, list):
            stack.extend((sub, f"{where}[{index}]") for index, sub in enumerate(item))
    return None


def check(data: bytes) -> None:
    """Raise :class:`BodyRejected` for a body no view should see; malformed JSON is left to the views."""
    if not data:
        return
    if _max_nesting(data) > MAX_DEPTH:
        raise BodyRejected(400, "bad_request", f"The JSON body is nested more than {MAX_DEPTH} levels deep.")
    if b"\\u" not in data and b"\\U" not in data:
        return  # a surrogate can only be written as an escape (raw UTF-8 cannot encode one)
    try:
        document = json.loads(data)
    except (ValueError, RecursionError):
        return
    field = _lone_surrogate_path(document)
    if field is not None:
        raise BodyRejected(422, "validation_error", "The text contains an invalid character (a lone surrogate).",
                           field=field)
