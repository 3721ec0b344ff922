"""The disclosure pages; each module adds its routes to ``disclosure.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import checker  # noqa: F401  (routes register on import)
