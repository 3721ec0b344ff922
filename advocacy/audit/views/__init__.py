"""The audit pages; each module adds its routes to ``audit.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import trail  # noqa: F401  (routes register on import)
