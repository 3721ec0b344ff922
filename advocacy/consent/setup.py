"""Queue purges once withdrawals are committed; end the sessions of erased people."""
from flask_login import current_user, logout_user

from advocacy.consent.leavers import on_person_left
from advocacy.core import signals
from advocacy.queue import install_after_commit


def init_app(app) -> None:
    install_after_commit()
    signals.person_left.connect(on_person_left)

    @app.before_request
    def end_erased_sessions():
        """An erased (pseudonymised, inactive) person's open session ends at their next request."""
        if current_user.is_authenticated and current_user.erased_at is not None:
            logout_user()
