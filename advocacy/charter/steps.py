"""Steps shared by the charter's drafting (``workflow``) and review (``review``) functions: role and
state checks, the row lock, bounded texts, the audit entry, and what any change to a version does
(voids live signatures, bumps the revision). Neither module imports the other's internals."""
from __future__ import annotations

from flask_babel import gettext as _

from advocacy.auth.roles import HR
from advocacy.charter.labels import STATE_LABELS
from advocacy.charter.models import AWAITING, DRAFT, OPEN_STATUSES, REVIEW
from advocacy.charter.services import CharterError
from advocacy.core.audit import record
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

TITLE_MAX, BODY_MAX, COMMENT_MAX = 200, 20000, 5000


def require_role(actor, *roles):
    if actor is None or not actor.has_role(*roles):
        raise CharterError(_("Your roles do not allow this action."), code="forbidden", status=403)


def lock(version) -> None:
    """Serialise state changes of one version (a row lock, ``SELECT … FOR UPDATE``)."""
    if version.id is not None:
        db.session.flush()
        db.session.refresh(version, with_for_update=True)


def require_status(version, *statuses):
    if version.status not in statuses:
        raise CharterError(_("This action is not possible while the version is %(state)s.",
                             state=state_label(version.status)), code="wrong_state")


def state_label(state: str) -> str:
    return str(STATE_LABELS.get(state, state))


def audit(action, actor, version, **details):
    record(f"charter.{action}", actor=actor, object_type="charter_version", object_id=version.id,
           details={"number": version.number, "revision": version.revision, **details})


def text(value, field, maximum, required=True, minimum=1) -> str:
    value = (value or "").strip()
    if required and len(value) < minimum:
        raise CharterError(_("This field is required.") if minimum == 1 else
                           _("Write at least %(n)d characters.", n=minimum), code="validation_error",
                           field=field, status=422)
    if len(value) > maximum:
        raise CharterError(_("At most %(n)d characters.", n=maximum), code="validation_error", field=field,
                           status=422)
    return value


def before_change(version, actor, what: str) -> None:
    """HR changes text or policy: allowed until adoption; voids live signatures; new revision."""
    require_role(actor, HR)
    lock(version)
    require_status(version, *OPEN_STATUSES)
    live = version.live_signatures
    if live:
        now = utcnow()
        for signature in live:
            signature.voided_at = now
            signature.void_reason = what
        audit("signatures_voided", actor, version, count=len(live), reason=what)
        db.session.flush()  # the database refuses changes to a version holding live signatures
    if version.status != DRAFT:
        version.revision += 1
        if version.status == AWAITING:
            version.status = REVIEW
    version.updated_at = utcnow()
