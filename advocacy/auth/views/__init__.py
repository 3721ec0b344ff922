"""The auth pages; each module adds its routes to ``auth.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import accounts, mfa, passwords, people, settings, sso  # noqa: F401  (routes register on import)
