"""Hooks: consent changes steer tracking; the redirect is served before Flask's dispatch."""


def _consent_changed(sender, **kw):
    from advocacy.tracking.services import on_consent_changed

    on_consent_changed(sender, kw.get("purpose"), bool(kw.get("given")))


def init_app(app) -> None:
    from advocacy.signals import consent_changed

    consent_changed.connect(_consent_changed, weak=False)
    from advocacy.tracking.redirect import RedirectMiddleware

    app.wsgi_app = RedirectMiddleware(app.wsgi_app, app)
