"""Queue purges once withdrawals are committed."""


def init_app(app) -> None:
    from advocacy.consent.purge import install

    install()
