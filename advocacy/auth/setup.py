"""Wire the auth domain into the app: the session loader and its last-use bookkeeping, and where
anonymous visitors are sent."""
from __future__ import annotations

from flask_babel import lazy_gettext as _l

from advocacy.auth import mfa, sessions
from advocacy.auth.scim.blueprint import bp as scim_bp
from advocacy.auth.scim.cli import cli as scim_cli
from advocacy.core import signals
from advocacy.extensions import login_manager


def init_app(app) -> None:
    login_manager.login_view = "auth.login"
    login_manager.login_message = _l("Please log in to see this page.")
    login_manager.login_message_category = "info"
    login_manager.user_loader(sessions.load)
    app.config.setdefault("REMEMBER_COOKIE_DURATION", sessions.REMEMBER_LIFETIME)
    app.after_request(sessions.touch_after_request)
    app.add_template_global(lambda: mfa.fresh_mfa() is not None, "mfa_fresh")
    app.register_blueprint(scim_bp)
    app.cli.add_command(scim_cli)
    signals.keys_rotating.connect(mfa.rotate_keys, weak=False)
