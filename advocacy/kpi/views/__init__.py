"""The kpi pages; each module adds its routes to ``kpi.blueprint.bp``.

A view module never imports another view module: helpers they share live outside this package."""
from . import dashboards, inputs  # noqa: F401  (routes register on import)
