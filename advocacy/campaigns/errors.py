"""One error type for the domain's services: every problem found, by field, nothing saved."""
from __future__ import annotations


class Invalid(ValueError):
    """``errors`` maps a field name to its message; ``code`` is the first problem's code (API)."""

    def __init__(self, errors: dict[str, str], code: str = "invalid", **extra):
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = dict(errors)
        self.code = code
        self.extra = extra

    @property
    def field(self) -> str | None:
        return next(iter(self.errors), None)

    @property
    def message(self) -> str:
        return next(iter(self.errors.values()), "")


class NotAllowed(PermissionError):
    """The person may not do this now (not a member, charter not accepted, no consent…)."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code
        self.message = message
