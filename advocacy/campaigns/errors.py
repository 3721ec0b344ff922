"""One error type for the domain's services: every problem found, by field, nothing saved."""
from __future__ import annotations

from advocacy.core.errors import DomainError


class Invalid(DomainError, ValueError):
    """``errors`` maps a field name to its message; ``code`` is the first problem's code (API)."""

    status = 422

    def __init__(self, errors: dict[str, str], code: str = "invalid", **extra):
        self.errors = dict(errors)
        ValueError.__init__(self, "; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.code = code
        self.extra = extra

    @property
    def field(self) -> str | None:
        return next(iter(self.errors), None)

    @property
    def message(self) -> str:
        return next(iter(self.errors.values()), "")

    def field_messages(self) -> dict[str | None, str]:
        return dict(self.errors)


class NotAllowed(DomainError, PermissionError):
    """The person may not do this now (not a member, charter not accepted, no consent…); a thing
    the person may not see is ``not_found`` (404)."""

    status = 403

    def __init__(self, code: str, message: str, field: str | None = None):
        super().__init__(code, message, field, status=404 if code == "not_found" else None)
