"""Settings (admin): a read-only view of the effective settings an administrator answers for, and
where each one is changed. Secrets are never shown, only whether they are set."""
from flask import current_app, render_template
from flask_babel import lazy_gettext as _l

from advocacy.auth.guards import roles_required
from advocacy.auth.roles import ADMIN

from ..blueprint import bp

#: (label, settings attribute, environment variable): shown as they are.
PLAIN = (
    (_l("Controller (named in consent receipts)"), "controller_name", "ADVOCACY_CONTROLLER_NAME"),
    (_l("Controller's postal address"), "controller_address", "ADVOCACY_CONTROLLER_ADDRESS"),
    (_l("Data protection officer's e-mail"), "controller_dpo_email", "ADVOCACY_CONTROLLER_DPO_EMAIL"),
    (_l("Public address"), "public_base_url", "ADVOCACY_PUBLIC_BASE_URL"),
    (_l("Default time zone"), "timezone", "ADVOCACY_TIMEZONE"),
    (_l("Default language"), "default_language", "ADVOCACY_DEFAULT_LANGUAGE"),
    (_l("Trusted reverse proxies"), "trusted_proxies", "ADVOCACY_TRUSTED_PROXIES"),
    (_l("Outbound allow list (private addresses the service may reach)"), "outbound_allow",
     "ADVOCACY_OUTBOUND_ALLOW"),
    (_l("Sender of e-mails"), "smtp_from", "ADVOCACY_SMTP_FROM"),
    (_l("Bluesky AppView"), "bluesky_appview_url", "ADVOCACY_BLUESKY_APPVIEW_URL"),
    (_l("X API"), "x_api_url", "ADVOCACY_X_API_URL"),
    (_l("LinkedIn API"), "linkedin_api_url", "ADVOCACY_LINKEDIN_API_URL"),
    (_l("LinkedIn API version"), "linkedin_version", "ADVOCACY_LINKEDIN_VERSION"),
    (_l("Contact given to push services (Web Push)"), "vapid_subject", "ADVOCACY_VAPID_SUBJECT"),
)
#: (label, what must be set for it to be on, environment variables): shown as configured yes/no.
SWITCHES = (
    (_l("Outgoing mail (SMTP)"), ("smtp_host",), "ADVOCACY_SMTP_HOST, _PORT, _USER, _PASSWORD, _STARTTLS"),
    (_l("X post metrics (bearer token)"), ("x_bearer_token",), "ADVOCACY_X_BEARER_TOKEN"),
    (_l("Linking LinkedIn accounts (LinkedIn app)"), ("linkedin_client_id", "linkedin_client_secret"),
     "ADVOCACY_LINKEDIN_CLIENT_ID, _CLIENT_SECRET, _SCOPES"),
    (_l("Single sign-on (OpenID Connect)"), ("oidc_issuer", "oidc_client_id", "oidc_client_secret"),
     "ADVOCACY_OIDC_ISSUER, _CLIENT_ID, _CLIENT_SECRET"),
    (_l("Single sign-on (SAML)"), ("saml_idp_metadata",), "ADVOCACY_SAML_IDP_METADATA"),
    (_l("Embedded database (demo mode)"), ("embedded_database",), "ADVOCACY_DATABASE_URL"),
    (_l("Web Push signing key (VAPID)"), ("vapid_private_key",), "ADVOCACY_VAPID_PRIVATE_KEY"),
)


@bp.route("/admin/settings")
@roles_required(ADMIN)
def settings():
    current = current_app.config["SETTINGS"]
    plain = [(label, getattr(current, attr), variable) for label, attr, variable in PLAIN]
    switches = [(label, all(bool(getattr(current, attr)) for attr in attrs), variables)
                for label, attrs, variables in SWITCHES]
    return render_template("auth/settings.html", plain=plain, switches=switches)
