"""The guards that check roles (``auth.roles``), one for pages and one for the API, and the API's
counterpart of the pages' ``mfa_required`` (``require_two_step``).

Every route carries one of them; both set ``required_roles`` on the view, which the
authorization matrix test reads from the URL map."""
from __future__ import annotations

from functools import wraps

from flask import abort, g, request
from flask_babel import gettext as _
from flask_login import current_user

from advocacy.auth import mfa
from advocacy.auth.roles import ALL_ROLES
from advocacy.auth.services import token_from_bearer
from advocacy.core.errors import ApiError
from advocacy.core.i18n import API_LANGUAGE_KEY
from advocacy.extensions import login_manager


def roles_required(*roles: str):
    """Page guard: anonymous → login page; logged in without one of ``roles`` → 403."""
    unknown = set(roles) - set(ALL_ROLES)
    if unknown:
        raise ValueError(f"unknown roles: {sorted(unknown)}")

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            if not current_user.is_authenticated:
                return login_manager.unauthorized()
            if roles and not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        wrapper.required_roles = roles
        return wrapper

    return decorator


def api_roles(*roles: str):
    """API guard: bearer token (or the session cookie) → ``g.person``; 401/403 JSON otherwise."""
    unknown = set(roles) - set(ALL_ROLES)
    if unknown:
        raise ValueError(f"unknown roles: {sorted(unknown)}")

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            header = request.headers.get("Authorization", "")
            person = None
            g.api_token = None
            if header:
                scheme, _space, token = header.partition(" ")
                if scheme.lower() != "bearer" or not token.strip():
                    raise ApiError(401, "unauthorized", _("Use 'Authorization: Bearer <token>'."))
                g.api_token = token_from_bearer(token.strip())
                if g.api_token is None:
                    raise ApiError(401, "unauthorized", _("The token is unknown, revoked or its owner is inactive."))
                person = g.api_token.person
            elif current_user.is_authenticated:
                person = current_user._get_current_object()
            if person is None:
                raise ApiError(401, "unauthorized", _("Authentication required: send a bearer token."))
            g.person = person
            # before the role check: its message is in the person's language (this request only)
            request.environ[API_LANGUAGE_KEY] = person.language
            if roles and not person.has_role(*roles):
                raise ApiError(403, "forbidden", _("Your roles do not allow this action."),
                               required_roles=list(roles))
            return view(*args, **kwargs)

        wrapper.required_roles = roles
        return wrapper

    return decorator


def require_two_step(person) -> None:
    """API actions that pages guard with ``mfa_required`` (approving, inviting, deactivating…): a
    person whose role needs a second factor acts only with one behind the credential.

    A bearer token carries no session, so it inherits the second factor of the sign-in that issued
    it: the person must be enrolled and the token issued after enrolment (a token from a
    password-only session would otherwise bypass the factor the page demands). Through the session
    cookie the rule is the page's: this session checked a code. Raises ``ApiError`` 403
    ``mfa_required`` saying what to do."""
    if not mfa.needs_mfa(person):
        return
    token = g.get("api_token")
    if token is not None and token.issued_by == "operator":
        # Issued with ``flask people token`` on the server: whoever can run that command can change
        # the database directly, so a second factor behind this token would protect nothing.
        return
    if not mfa.enrolled(person):
        raise ApiError(403, "mfa_required", _("Your role requires two-step verification for this action: set "
                                              "it up at /me/mfa, then issue a new token at /me/tokens."))
    if token is not None:
        if token.created_at < person.totp_enabled_at:
            raise ApiError(403, "mfa_required", _("This token was issued before two-step verification was set "
                                                  "up: issue a new one at /me/tokens (signing in asks for your "
                                                  "code)."))
    elif not mfa.session_verified():
        raise ApiError(403, "mfa_required", _("Confirm this session with your authenticator code at "
                                              "/me/mfa/verify."))
