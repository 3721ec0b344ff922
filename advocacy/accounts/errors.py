"""The accounts domain's errors (one family: :class:`advocacy.core.errors.DomainError`)."""
from __future__ import annotations

from advocacy.core.errors import DomainError


class AccountError(DomainError):
    """Linking, unlinking or using a linked account was refused; ``message`` says why (translated)."""

    status = 422
    code = "account_error"
