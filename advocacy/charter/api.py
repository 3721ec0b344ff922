"""``/api/v1/charter`` — the charter in force, versions, diffs; HR drafting; acceptance; signatures."""
from __future__ import annotations

from flask import g
from flask_babel import gettext as _
from flask_smorest import Blueprint
from sqlalchemy import select

from advocacy.auth import mfa
from advocacy.auth.guards import api_roles, require_two_step
from advocacy.auth.roles import HR, STAFF_REP
from advocacy.charter import services, workflow
from advocacy.charter.canonical import verify_version
from advocacy.charter.diff import diff_versions
from advocacy.charter.models import ADOPTED, CharterVersion
from advocacy.charter.schemas import (
    CharterAcceptanceSchema,
    CharterDiffSchema,
    CharterPolicySchema,
    CharterSignatureSchema,
    CharterSignInputSchema,
    CharterVersionCreateSchema,
    CharterVersionSchema,
    CharterVersionSummarySchema,
)
from advocacy.core.errors import ApiError
from advocacy.extensions import db
from advocacy.charter.canonical import content_sha256


def run(func, *args, **kwargs):
    with db.session.begin_nested():
        return func(*args, **kwargs)

blp = Blueprint("charter_api", __name__, description="Expression charter: versions, policy, signatures.")


def _visible(version_id: int) -> CharterVersion:
    version = db.session.get(CharterVersion, version_id)
    if version is None or (version.status != ADOPTED and not g.person.has_role(HR, STAFF_REP)):
        raise ApiError(404, "not_found", _("No such charter version."))
    return version


def summary(version) -> dict:
    return {"id": version.id, "number": version.number, "title": version.title, "title_en": version.title_en,
            "status": version.status, "state": services.version_state(version), "revision": version.revision,
            "effective_from": version.effective_from,
            "content_sha256": version.adopted_sha256 or content_sha256(version)}


def serialise(version) -> dict:
    check = verify_version(version, fresh=False)
    data = summary(version)
    data.update(
        verified=check.ok, adopted_sha256=version.adopted_sha256, change_summary=version.change_summary,
        clauses=[{"key": c.key, "position": c.position, "title": c.title, "body": c.body,
                  "title_en": c.title_en, "body_en": c.body_en, "source_revision": c.source_revision,
                  "translated_revision": c.translated_revision, "translation_outdated": c.translation_outdated}
                 for c in version.clauses],
        policy=services.policy_of(version),
        signatures=[{"id": c.signature.id, "signer": c.signature.signer_label, "signer_name": c.signature.signer_name,
                     "role": c.signature.role, "signed_at": c.signature.signed_at, "revision": c.signature.revision,
                     "content_sha256": c.signature.content_sha256, "verified": c.verified,
                     "voided_at": c.signature.voided_at}
                    for c in check.checks if c.current],
        refusals=[{"person": r.person_label, "role": r.role, "revision": r.revision, "reason": r.reason,
                   "at": r.created_at} for r in version.refusals],
        accepted=services.acceptance_of(g.person, version) is not None if version.status == ADOPTED else False,
    )
    return data


@blp.route("/charter")
@blp.response(200, CharterVersionSchema)
@api_roles()
def charter_in_force():
    """The version in force, with its policy and verified signature manifest (404 when none)."""
    version = services.version_in_force()
    if version is None:
        raise ApiError(404, "no_charter", _("No charter is in force."))
    return serialise(version)


@blp.route("/charter/acceptance", methods=["POST"])
@blp.response(201, CharterAcceptanceSchema)
@api_roles()
def accept_current():
    """Accept the version in force (idempotent): participation resumes."""
    row = run(services.accept, g.person, method="api")
    db.session.commit()
    version = db.session.get(CharterVersion, row.version_id)
    return {"version_id": version.id, "number": version.number, "accepted_at": row.accepted_at,
            "content_sha256": row.content_sha256}


@blp.route("/charter/versions")
@blp.response(200, CharterVersionSummarySchema(many=True))
@api_roles()
def list_versions():
    """Every version (employees: adopted versions only), newest first."""
    stmt = select(CharterVersion).order_by(CharterVersion.number.desc())
    if not g.person.has_role(HR, STAFF_REP):
        stmt = stmt.where(CharterVersion.status == ADOPTED)
    return [summary(v) for v in db.session.scalars(stmt)]


def _require_two_step() -> None:
    """Drafting, changing the policy and signing carry legal weight: the pages' ``mfa_required`` rule
    (``guards.require_two_step``)."""
    require_two_step(g.person)


@blp.route("/charter/versions", methods=["POST"])
@api_roles(HR)
@blp.arguments(CharterVersionCreateSchema)
@blp.response(201, CharterVersionSchema)
def create_version(data):
    """HR starts a new draft (by default a copy of the latest version)."""
    _require_two_step()
    version = run(workflow.create_version, g.person, title=data.get("title"), title_en=data.get("title_en"),
                                      policy=data.get("policy"), clauses=data.get("clauses"),
                                      change_summary=data.get("change_summary", ""))
    db.session.commit()
    return serialise(version)


@blp.route("/charter/versions/<int:version_id>")
@blp.response(200, CharterVersionSchema)
@api_roles()
def get_version(version_id: int):
    return serialise(_visible(version_id))


@blp.route("/charter/versions/<int:version_id>/policy", methods=["PUT"])
@api_roles(HR)
@blp.arguments(CharterPolicySchema)
@blp.response(200, CharterVersionSchema)
def put_policy(data, version_id: int):
    """HR replaces the policy of an open version (signatures collected so far are voided)."""
    _require_two_step()
    version = _visible(version_id)
    run(workflow.update_version, version, g.person, title=version.title, title_en=version.title_en, policy=data)
    db.session.commit()
    return serialise(version)


@blp.route("/charter/versions/<int:version_id>/signatures", methods=["POST"])
@api_roles(HR, STAFF_REP)
@blp.arguments(CharterSignInputSchema)
@blp.response(201, CharterSignatureSchema)
def sign_version(data, version_id: int):
    """Co-sign the exact text of a version awaiting signatures."""
    version = _visible(version_id)
    _require_two_step()
    verified_at = mfa.step_up(g.person, data.get("code") or "")
    if verified_at is None:
        db.session.commit()
        raise ApiError(422, "mfa_code_required", _("Send the current code of your authenticator app in 'code'."),
                       field="code")
    signature = run(workflow.sign, version, g.person, data.get("role"), mfa_verified_at=verified_at)
    db.session.commit()
    return {"id": signature.id, "signer": signature.signer_label, "signer_name": signature.signer_name,
            "role": signature.role, "signed_at": signature.signed_at, "revision": signature.revision,
            "content_sha256": signature.content_sha256, "verified": True, "voided_at": None}


@blp.route("/charter/versions/<int:a>/diff/<int:b>")
@blp.response(200, CharterDiffSchema)
@api_roles()
def diff(a: int, b: int):
    """Clause-by-clause and field-by-field differences from version ``a`` to version ``b``."""
    return diff_versions(_visible(a), _visible(b)).to_dict()
