"""Porte-voix: an employee-advocacy program run the way French law expects."""
from __future__ import annotations

import importlib
import importlib.util
import os
from pathlib import Path

from flask import Flask
from werkzeug.middleware.proxy_fix import ProxyFix

#: Domain packages discovered by the factory, in registration order.
DOMAINS = (
    "core", "auth", "audit", "charter", "consent", "accounts", "campaigns",
    "disclosure", "tracking", "kpi", "integrations", "api",
)

ROOT = Path(__file__).resolve().parent.parent


def _optional_module(domain: str, name: str):
    """``advocacy.<domain>.<name>`` if the domain has that module, else None (an error inside it raises)."""
    module_name = f"advocacy.{domain}.{name}"
    if importlib.util.find_spec(module_name) is None:
        return None
    return importlib.import_module(module_name)


def create_app(test_config: dict | None = None) -> Flask:
    from advocacy.core import settings as settings_module
    from advocacy.extensions import (
        AdvocacyApi,
        babel,
        csrf,
        db,
        limiter,
        limiter_storage_uri,
        login_manager,
        migrate,
    )

    app = Flask(
        __name__,
        instance_relative_config=True,
        template_folder=str(ROOT / "templates"),
        static_folder="static",
    )
    test_config = dict(test_config or {})
    instance_path = test_config.pop("INSTANCE_PATH", None) or os.environ.get(
        "ADVOCACY_INSTANCE_PATH", app.instance_path
    )
    app.instance_path = str(instance_path)
    Path(app.instance_path).mkdir(parents=True, exist_ok=True)

    environ = dict(os.environ)
    environ.update(test_config.pop("ENVIRON", {}))
    settings = settings_module.load(environ, app.instance_path)
    app.config.update(settings.flask_config())
    app.config.update(
        SQLALCHEMY_ENGINE_OPTIONS={"pool_pre_ping": True},
        API_TITLE="Porte-voix API",
        API_VERSION="v1",
        OPENAPI_VERSION="3.0.3",
        OPENAPI_URL_PREFIX="/api/v1",
        OPENAPI_JSON_PATH="openapi.json",
        BABEL_TRANSLATION_DIRECTORIES=";".join(_translation_dirs()),
        SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax",
        SESSION_COOKIE_SECURE=settings.public_base_url.startswith("https://"),
        REMEMBER_COOKIE_HTTPONLY=True,
        REMEMBER_COOKIE_SAMESITE="Lax",
        REMEMBER_COOKIE_SECURE=settings.public_base_url.startswith("https://"),
        WTF_CSRF_TIME_LIMIT=None,
        PASSWORD_HASH_PROFILE="standard",
        MAX_CONTENT_LENGTH=16 * 1024 * 1024,
        LOGIN_MAX_FAILURES=5,
        LOGIN_CLIENT_MAX_FAILURES=20,
        LOGIN_WINDOW_SECONDS=900,
        RATELIMIT_STORAGE_URI=limiter_storage_uri(settings.redis_url),
        RATELIMIT_STORAGE_OPTIONS={"socket_connect_timeout": 2, "socket_timeout": 2},
    )
    app.config["SETTINGS"] = settings
    app.config.update(test_config)

    from advocacy.core.routing import BoundedIntConverter

    app.url_map.converters["int"] = BoundedIntConverter

    db.init_app(app)
    migrate.init_app(app, db, directory=str(ROOT / "migrations"), compare_type=True)
    login_manager.init_app(app)
    csrf.init_app(app)
    limiter.init_app(app)
    from advocacy.core.i18n import select_locale, select_timezone

    babel.init_app(app, locale_selector=select_locale, timezone_selector=select_timezone)
    api = AdvocacyApi(app)
    app.extensions["advocacy_api"] = api

    _register_domains(app, api)
    if settings.trusted_proxies:
        # Outermost, after the domains' own middleware (the tracked-link fast path reads
        # REMOTE_ADDR for its visitor hash): every layer sees the client behind the proxies.
        n = settings.trusted_proxies
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=n, x_proto=n, x_host=n, x_port=n, x_prefix=n)
    return app


def _translation_dirs() -> list[str]:
    dirs = [str(ROOT / "advocacy" / "translations")]
    for domain in DOMAINS:
        candidate = ROOT / "advocacy" / domain / "translations"
        if candidate.is_dir():
            dirs.append(str(candidate))
    return dirs


def _register_domains(app: Flask, api) -> None:
    from flask_smorest import Blueprint as ApiBlueprint

    nav = []
    home = []
    for domain in DOMAINS:
        _optional_module(domain, "models")
        blueprint = _optional_module(domain, "blueprint")
        if blueprint is not None:
            app.register_blueprint(blueprint.bp)
        api_module = _optional_module(domain, "api")
        if api_module is not None and isinstance(getattr(api_module, "blp", None), ApiBlueprint):
            api.register_blueprint(api_module.blp, url_prefix="/api/v1")
        cli_module = _optional_module(domain, "cli")
        if cli_module is not None and hasattr(cli_module, "cli"):
            app.cli.add_command(cli_module.cli)
        nav_module = _optional_module(domain, "nav")
        if nav_module is not None:
            nav.extend(getattr(nav_module, "NAV", ()))
            home.extend(getattr(nav_module, "HOME", ()))
        setup = getattr(_optional_module(domain, "setup"), "init_app", None)
        if setup is not None:
            setup(app)
    app.extensions["advocacy_nav"] = sorted(nav, key=lambda item: item.order)
    app.extensions["advocacy_home"] = home
    from advocacy import demo

    app.cli.add_command(demo.cli)
