"""For other domains' pages: participation requires accepting the charter in force."""
from __future__ import annotations

from functools import wraps

from flask import flash, redirect, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from advocacy.charter.services import has_accepted_current


def acceptance_required(view):
    """Redirect to the charter page (then back) until the person accepts the version in force."""

    @wraps(view)
    def wrapper(*args, **kwargs):
        if current_user.is_authenticated and not has_accepted_current(current_user):
            flash(_("Accept the charter in force to take part in the program."), "warning")
            return redirect(url_for("charter.current", next=request.full_path.rstrip("?")))
        return view(*args, **kwargs)

    wrapper.required_roles = getattr(view, "required_roles", ())
    return wrapper
