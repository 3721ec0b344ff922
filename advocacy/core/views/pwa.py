"""The installable app: favicon, web app manifest, service worker (served at the root so that its
scope is the whole site; it also shows Web Push notifications) and the page it shows offline. All public: a browser fetches them before
anyone logs in, and they hold nothing personal. The service worker never caches a signed-in page:
only the shell (stylesheet, script, icons) and the offline page."""
from pathlib import Path

from flask import current_app, jsonify, make_response, render_template, url_for
from flask_babel import gettext

from advocacy.core.i18n import page_language

from ..blueprint import bp

#: bump when the shell changes: the new worker then drops the old cache
SHELL_VERSION = "pv-shell-2"


def _static_dir() -> str:
    return current_app.static_folder


@bp.route("/favicon.ico")
def favicon():
    # 4 KB, read whole: no file handle left open behind the response
    body = (Path(_static_dir()) / "icons" / "favicon.ico").read_bytes()
    response = make_response(body)
    response.mimetype = "image/vnd.microsoft.icon"
    response.headers["Cache-Control"] = "public, max-age=86400"
    return response


@bp.route("/manifest.webmanifest")
def manifest():
    icon = lambda name, size, purpose="any": {  # noqa: E731
        "src": url_for("static", filename=f"icons/{name}"), "sizes": size, "type": "image/png", "purpose": purpose}
    body = {
        "name": "Porte-voix",
        "short_name": "Porte-voix",
        "description": gettext("Share your company's news in your own words, with the charter co-signed by staff representatives."),
        "lang": page_language(),
        "start_url": url_for("core.home"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#f7f7fb",
        "theme_color": "#4b2991",
        "icons": [icon("icon-192.png", "192x192"), icon("icon-512.png", "512x512"),
                  icon("maskable-512.png", "512x512", "maskable")],
    }
    response = jsonify(body)
    response.mimetype = "application/manifest+json"
    response.headers["Cache-Control"] = "no-cache"
    return response


@bp.route("/sw.js")
def service_worker():
    response = make_response(render_template(
        "core/sw.js", version=SHELL_VERSION, offline=url_for("core.offline"),
        icon=url_for("static", filename="icons/icon-192.png"),
        shell=[url_for("static", filename=name) for name in (
            "css/app.css", "js/app.js", "icons/logo.svg", "icons/icon-192.png")]))
    response.mimetype = "text/javascript"
    response.headers["Service-Worker-Allowed"] = "/"
    response.headers["Cache-Control"] = "no-cache"
    return response


@bp.route("/offline")
def offline():
    response = make_response(render_template("core/offline.html"))
    response.headers["Cache-Control"] = "no-cache"
    return response
