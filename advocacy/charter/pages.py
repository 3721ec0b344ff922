"""Helpers shared by the charter's page views: loading a visible version, the context of the
version page, running a workflow step in a savepoint. View modules never import each other."""
from __future__ import annotations

from datetime import datetime, time, timedelta

from flask import abort, render_template
from flask_login import current_user
from sqlalchemy import select

from advocacy.auth.roles import HR, STAFF_REP
from advocacy.charter import services, workflow
from advocacy.charter.canonical import verify_version
from advocacy.charter.diff import describe_policy
from advocacy.charter.forms import ActionForm, AmendmentForm, AnswerForm, CommentForm, RefuseForm, ScheduleForm, SignForm
from advocacy.charter.labels import AMENDMENT_LABELS, ROLE_LABELS, STATE_LABELS
from advocacy.charter.models import ADOPTED, AWAITING, CharterVersion
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.core.i18n import is_english, page_language


def run(func, *args, **kwargs):
    """Call a workflow function in a savepoint: on CharterError nothing of it is kept."""
    with db.session.begin_nested():
        return func(*args, **kwargs)


def can_draft() -> bool:
    return current_user.has_role(HR, STAFF_REP)


def visible_versions():
    stmt = select(CharterVersion).order_by(CharterVersion.number.desc())
    if not can_draft():
        stmt = stmt.where(CharterVersion.status == ADOPTED)
    return db.session.scalars(stmt).all()


def get_version(version_id: int) -> CharterVersion:
    version = db.session.get(CharterVersion, version_id)
    if version is None or (version.status != ADOPTED and not can_draft()):
        abort(404)
    return version


def local_midnight(day) -> datetime | None:
    if day is None:
        return None
    return datetime.combine(day, time(0, 0), tzinfo=services._zone(current_user))


def manifest(version):
    check = verify_version(version, fresh=False)
    rows = [{"signature": c.signature, "verified": c.verified, "current": c.current,
             "role": ROLE_LABELS.get(c.signature.role, c.signature.role)} for c in check.checks]
    return check, rows


def upcoming_days_off(version, days: int = 120) -> list:
    """The public holidays and company quiet days of the next ``days`` days, in the reader's zone."""
    policy = services.policy_of(version)
    if policy is None:
        return []
    today = utcnow().astimezone(services.person_zone(current_user)).date()
    return policy.quiet_hours.days_off(today, today + timedelta(days=days), page_language())


def version_context(version, **forms) -> dict:
    check, rows = manifest(version)
    previous = db.session.scalar(select(CharterVersion).where(CharterVersion.number < version.number)
                                 .order_by(CharterVersion.number.desc()).limit(1))
    context = {
        "version": version, "state": services.version_state(version), "state_labels": STATE_LABELS, "check": check,
        "manifest": rows, "policy_rows": describe_policy(version.policy), "english": is_english(),
        "previous": previous, "refusals": version.refusals, "amendment_labels": AMENDMENT_LABELS,
        "role_labels": ROLE_LABELS, "days_off": upcoming_days_off(version),
    }
    if can_draft():
        context.update(
            threads=workflow.threads(version), amendments=workflow.amendments(version),
            quorum=workflow.quorum_status(version) if version.status != ADOPTED else None,
            quorum_met=version.status == AWAITING and workflow.quorum_met(version),
            signatures_open_at=workflow.signatures_open_at(version), now=utcnow(),
            review_days=workflow.required_review_days(version),
            outdated_translations=workflow.outdated_translations(version),
            i_signed=any(s.signer_id == current_user.id for s in version.live_signatures),
            comment_form=forms.get("comment_form") or CommentForm(formdata=None),
            amendment_form=forms.get("amendment_form") or AmendmentForm(formdata=None),
            answer_form=forms.get("answer_form") or AnswerForm(formdata=None),
            sign_form=forms.get("sign_form") or SignForm(formdata=None),
            refuse_form=forms.get("refuse_form") or RefuseForm(formdata=None),
            schedule_form=forms.get("schedule_form") or ScheduleForm(formdata=None),
            action_form=ActionForm(formdata=None), failed=forms.get("failed"),
        )
    return context


def render_version(version, status=200, **forms):
    return render_template("charter/version.html", **version_context(version, **forms)), status
