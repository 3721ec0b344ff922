"""The consent pages; each module adds its routes to ``consent.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import pages  # noqa: F401  (routes register on import)
