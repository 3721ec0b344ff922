"""The accounts pages; each module adds its routes to ``accounts.blueprint.bp``."""
from . import pages  # noqa: F401  (routes register on import)
