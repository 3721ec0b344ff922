"""The tracking pages; each module adds its routes to ``tracking.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import pages, posts  # noqa: F401  (routes register on import)
