"""The audit trail, for administrators."""
from flask import Blueprint, render_template, request
from sqlalchemy import select

from advocacy.audit.models import AuditEntry
from advocacy.audit.services import verify
from advocacy.auth.models import Person
from advocacy.auth.roles import ADMIN, roles_required
from advocacy.extensions import db

bp = Blueprint("audit", __name__, url_prefix="/audit")


@bp.route("/")
@roles_required(ADMIN)
def index():
    page = max(request.args.get("page", 1, type=int), 1)
    entries = db.session.scalars(
        select(AuditEntry).order_by(AuditEntry.id.desc()).limit(50).offset((page - 1) * 50)).all()
    checked, broken = verify() if request.args.get("verify") else (None, None)
    ids = {e.actor_id for e in entries if e.actor_id is not None}
    names = dict(db.session.execute(select(Person.id, Person.display_name).where(Person.id.in_(ids))).all()) if ids else {}
    return render_template("audit/index.html", entries=entries, page=page, checked=checked, broken=broken,
                           names=names)
