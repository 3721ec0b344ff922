"""WSGI entry point: ``gunicorn app:app`` or ``flask --app app run``. Logging is configured here,
by the runner's ``configure_logging`` (the app factory configures none)."""
from advocacy import create_app
from advocacy.run import configure_logging, load_settings

configure_logging(load_settings())
app = create_app()
