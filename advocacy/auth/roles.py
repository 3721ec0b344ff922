"""Roles and the one helper that checks them, for pages and for the API."""
from __future__ import annotations

from functools import wraps

from flask import abort, g, request
from flask_login import current_user

EMPLOYEE = "employee"
MARKETER = "marketer"
COMPLIANCE = "compliance"
HR = "hr"
STAFF_REP = "staff_rep"
ADMIN = "admin"
ALL_ROLES = (EMPLOYEE, MARKETER, COMPLIANCE, HR, STAFF_REP, ADMIN)


def roles_required(*roles: str):
    """Page guard: anonymous → login page; logged in without one of ``roles`` → 403."""
    unknown = set(roles) - set(ALL_ROLES)
    if unknown:
        raise ValueError(f"unknown roles: {sorted(unknown)}")

    def decorator(view):
        @wraps(view)
        def wrapper(*args, **kwargs):
            from advocacy.extensions import login_manager

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
            from advocacy.api.errors import ApiError
            from advocacy.auth.services import person_from_bearer

            header = request.headers.get("Authorization", "")
            person = None
            if header:
                scheme, _, token = header.partition(" ")
                if scheme.lower() != "bearer" or not token.strip():
                    raise ApiError(401, "unauthorized", "Use 'Authorization: Bearer <token>'.")
                person = person_from_bearer(token.strip())
                if person is None:
                    raise ApiError(401, "unauthorized", "The token is unknown, revoked or its owner is inactive.")
            elif current_user.is_authenticated:
                person = current_user._get_current_object()
            if person is None:
                raise ApiError(401, "unauthorized", "Authentication required: send a bearer token.")
            if roles and not person.has_role(*roles):
                raise ApiError(403, "forbidden", "Your roles do not allow this action.",
                               required_roles=list(roles))
            g.person = person
            return view(*args, **kwargs)

        wrapper.required_roles = roles
        return wrapper

    return decorator
