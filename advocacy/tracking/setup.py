"""Hooks: consent changes steer tracking, a registered share is polled, a share's link is tracked;
the redirect is served before Flask's dispatch."""
from __future__ import annotations

from werkzeug.middleware.proxy_fix import ProxyFix

from advocacy.core import signals
from advocacy.tracking import services
from advocacy.tracking.redirect import RedirectMiddleware


def _consent_changed(sender, **kw):
    services.on_consent_changed(sender, kw.get("purpose"), bool(kw.get("given")))


def _purge(person_id, purposes=(), **_kw):
    services.purge_person(person_id, list(purposes))


def init_app(app) -> None:
    signals.consent_changed.connect(_consent_changed, weak=False)
    signals.personal_data_purge.connect(_purge, weak=False)
    signals.share_registered.connect(services.schedule_polls)
    signals.share_registered.connect(services.identify_post)
    signals.share_link_wanted.connect(services.ensure_tracked_link)
    signals.share_metrics_wanted.connect(services.latest_metrics)
    signals.export_person_data.connect(services.export_person_data)
    signals.erase_person_data.connect(services.erase_person_data)
    if isinstance(app.wsgi_app, ProxyFix):
        # Behind trusted proxies the redirect must see the visitor's address as ProxyFix restores it
        # (unique visitors and the per-visitor budget), so it goes inside ProxyFix.
        app.wsgi_app.app = RedirectMiddleware(app.wsgi_app.app, app)
    else:
        app.wsgi_app = RedirectMiddleware(app.wsgi_app, app)
