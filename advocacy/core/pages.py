"""Helpers shared by the page views of every domain (view modules never import each other)."""
from __future__ import annotations

from flask import abort
from flask_login import login_required

from advocacy.core.routing import MAX_ID
from advocacy.extensions import db


def get_or_404(model, ident):
    """The row of ``model`` with primary key ``ident``, or a 404 (also for ids out of the column's range)."""
    if not isinstance(ident, int) or not 0 < ident <= MAX_ID:
        abort(404)
    row = db.session.get(model, ident)
    if row is None:
        abort(404)
    return row


def signed_in(view):
    """Guard of core's own pages (core sits below ``auth``, whose ``roles_required()`` is the same
    check): anonymous → the login page. Declares no role, for the authorization matrix."""
    guarded = login_required(view)
    guarded.required_roles = ()
    return guarded
