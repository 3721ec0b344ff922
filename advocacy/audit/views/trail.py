"""The audit trail, for administrators."""
from flask import render_template, request
from sqlalchemy import select

from advocacy.core.models import AuditEntry
from advocacy.core.audit import verify
from advocacy.auth.models import Person
from advocacy.auth.roles import ADMIN
from advocacy.auth.guards import roles_required
from advocacy.extensions import db

from ..blueprint import bp

#: Beyond this the offset leaves PostgreSQL's bigint range; no trail is that long anyway.
MAX_PAGE = 10**9


@bp.route("/")
@roles_required(ADMIN)
def index():
    page = min(max(request.args.get("page", 1, type=int), 1), MAX_PAGE)
    entries = db.session.scalars(
        select(AuditEntry).order_by(AuditEntry.id.desc()).limit(50).offset((page - 1) * 50)).all()
    checked, broken = verify() if request.args.get("verify") else (None, None)
    ids = {e.actor_id for e in entries if e.actor_id is not None}
    names = dict(db.session.execute(select(Person.id, Person.display_name).where(Person.id.in_(ids))).all()) if ids else {}
    return render_template("audit/index.html", entries=entries, page=page, checked=checked, broken=broken,
                           names=names)
