"""Queue purges once withdrawals are committed; end the sessions of erased people."""


def init_app(app) -> None:
    from advocacy.consent.purge import install

    install()

    @app.before_request
    def end_erased_sessions():
        """An erased (pseudonymised, inactive) person's open session ends at their next request."""
        from flask_login import current_user, logout_user

        if current_user.is_authenticated and getattr(current_user, "erased_at", None) is not None:
            logout_user()
