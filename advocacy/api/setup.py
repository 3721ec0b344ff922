from advocacy.api.errors import init_app  # noqa: F401  (discovered by the app factory)
