"""``flask accounts …``: key rotation (the same as ``flask keys rotate``: every domain's secrets)."""
from __future__ import annotations

from flask.cli import AppGroup

from advocacy.core.cli import rotate_command

cli = AppGroup("accounts", help="Linked network accounts.")
cli.add_command(rotate_command, "rotate-keys")
