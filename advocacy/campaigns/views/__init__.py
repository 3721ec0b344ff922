"""The campaigns pages; each module adds its routes to ``campaigns.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import editing, employee, program, review  # noqa: F401  (routes register on import)
