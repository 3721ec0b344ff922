"""Tracking pages: the tracked-link fallback route, findings for authors, counts for compliance."""
from __future__ import annotations

from flask import Blueprint, abort, redirect, request

from advocacy.extensions import db

bp = Blueprint("tracking", __name__)


@bp.route("/l/<code>", methods=["GET", "HEAD"])
def tracked_link(code):
    """Public by design (no login): the redirect itself is served by ``RedirectMiddleware``;
    this view answers what it lets through (unknown codes) and serves as the URL rule."""
    from advocacy.tracking.links import DailySalt, client_address, is_countable
    from advocacy.tracking.redirect import capture_with

    target = capture_with(db.session.connection(), code, countable=is_countable(request.method, request.headers),
                          address=client_address(request.environ), agent=request.headers.get("User-Agent", ""),
                          salt_cache=_salts)
    if target is None:
        abort(404)
    response = redirect(target, 302)
    response.headers["Cache-Control"] = "no-store, private"
    response.headers["Referrer-Policy"] = "no-referrer"
    return response


tracked_link.public = True  # listed as public in the authorization matrix


def _make_salts():
    from advocacy.tracking.links import DailySalt

    return DailySalt()


_salts = _make_salts()
