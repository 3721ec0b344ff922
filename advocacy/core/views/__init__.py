"""The core pages; each module adds its routes to ``core.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import formats, home, pwa  # noqa: F401  (routes register on import)
