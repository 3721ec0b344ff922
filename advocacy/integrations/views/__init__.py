"""The integrations pages; each module adds its routes to ``integrations.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import admin  # noqa: F401  (routes register on import)
