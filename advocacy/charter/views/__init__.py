"""The charter pages; each module adds its routes to ``charter.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import editing, reading, review  # noqa: F401  (routes register on import)
