"""Single sign-on pages: OpenID Connect and SAML 2.0 (redirect to the provider, and its answer)."""
from flask import Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from advocacy.auth import oidc, saml, sessions
from advocacy.auth.sso import SsoError, sign_in_person
from advocacy.auth.forms import LoginForm
from advocacy.core.urls import safe_next
from advocacy.extensions import db

from ..blueprint import bp


def _failure_message(code: str) -> str:
    if code in ("unknown_person", "inactive"):
        return _("Your account at the identity provider does not match an active person here. "
                 "Ask your administrator to invite you.")
    if code == "denied":
        return _("The identity provider did not sign you in.")
    if code in ("provider_unreachable", "provider_error"):
        return _("The identity provider cannot be reached right now. Try again later.")
    return _("The single sign-on did not complete. Please try again.")


@bp.route("/auth/oidc/login")
def oidc_login():
    if not oidc.enabled():
        abort(404)
    redirect_uri = current_app.config["PUBLIC_BASE_URL"] + url_for("auth.oidc_callback")
    next_url = request.args.get("next")
    try:
        target = oidc.begin(redirect_uri, safe_next(next_url, "") or None)
    except SsoError as exc:
        current_app.logger.warning("OIDC sign-in not started: %s", exc)
        flash(_failure_message(exc.code), "error")
        return redirect(url_for("auth.login"))
    return redirect(target)


@bp.route("/auth/oidc/callback")
def oidc_callback():
    if not oidc.enabled():
        abort(404)
    try:
        result = oidc.finish(request.args)
        person = sign_in_person(result.claims, issuer=current_app.config["OIDC_ISSUER"])
    except SsoError as exc:
        db.session.rollback()
        current_app.logger.warning("OIDC sign-in refused: %s", exc)
        flash(_failure_message(exc.code), "error")
        status = 403 if exc.code in ("unknown_person", "inactive", "denied") else 400
        return render_template("auth/login.html", form=LoginForm(formdata=None), sso=True,
                               saml=saml.enabled()), status
    sessions.log_in(person)
    db.session.commit()
    return redirect(safe_next(result.next_url, url_for("core.home")))


# -- SAML 2.0 ---------------------------------------------------------------------------------

@bp.route("/auth/saml/metadata")
def saml_metadata():
    if not saml.enabled():
        abort(404)
    return Response(saml.sp_metadata(), mimetype="application/samlmetadata+xml")


@bp.route("/auth/saml/login")
def saml_login():
    if not saml.enabled():
        abort(404)
    try:
        target = saml.begin(safe_next(request.args.get("next"), "") or None)
    except SsoError as exc:
        current_app.logger.warning("SAML sign-in not started: %s", exc)
        flash(_failure_message(exc.code), "error")
        return redirect(url_for("auth.login"))
    return redirect(target)


def _cross_site_post(view):
    """The IdP's browser POST comes from another site: no CSRF token can be in it; the signed
    assertion answering our own request (and used once) is what proves it."""
    view.csrf_exempt = True
    return view


@bp.route("/auth/saml/acs", methods=["POST"])
@_cross_site_post
def saml_acs():
    if not saml.enabled():
        abort(404)
    try:
        claims, issuer, next_url = saml.finish(request.form.get("SAMLResponse"), request.form.get("RelayState"))
        person = sign_in_person(claims, issuer=issuer, protocol="saml",
                                create=bool(current_app.config.get("SAML_CREATE_PEOPLE")))
    except SsoError as exc:
        db.session.rollback()
        current_app.logger.warning("SAML sign-in refused: %s", exc)
        flash(_failure_message(exc.code), "error")
        status = 403 if exc.code in ("unknown_person", "inactive") else 400
        return render_template("auth/login.html", form=LoginForm(formdata=None), sso=oidc.enabled(),
                               saml=True), status
    sessions.log_in(person)
    db.session.commit()
    return redirect(safe_next(next_url, url_for("core.home")))
