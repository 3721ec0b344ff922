"""Kits follow the rules in force: re-check approved kits when the charter or the checker changes.

When a charter version comes into force (``advocacy.core.signals.charter_in_force``, sent by the charter
domain) a job re-checks every approved kit of a campaign that has not ended. A kit whose variants
still pass records the version and rules it passed under; a kit with a failing variant goes back to
compliance review (status ``submitted``) with the reason and the findings on each variant, and its
marketer is told (in-app and through the outbox). Until then employees see the kit as *paused*:
never a disclosure failure they could not fix themselves. The hourly run also catches a change of
the checker's rule packs (``rules_fingerprint``) and anything a lost job missed.
"""
from __future__ import annotations

from datetime import datetime

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from advocacy.core.audit import record
from advocacy.auth.models import Person
from advocacy.campaigns.models import (
    KIT_APPROVED,
    KIT_SUBMITTED,
    MAIL_QUEUED,
    Campaign,
    Kit,
    KitReview,
    Notification,
    OutboxMail,
)
from advocacy.campaigns.review import check_variants, mark_checked, rules_fingerprint
from advocacy.charter.services import version_in_force
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

REASON_CHARTER = "charter_changed"
REASON_RULES = "rules_changed"
KIND_KIT_PAUSED = "kit_paused"


def _due(at: datetime) -> list[Kit]:
    return list(db.session.scalars(
        select(Kit).join(Campaign, Kit.campaign_id == Campaign.id)
        .where(Kit.status == KIT_APPROVED, Campaign.archived_at.is_(None), Campaign.ends_at > at)
        .order_by(Kit.id)))


def recheck_live_kits(at: datetime | None = None) -> dict:
    """Re-check every approved kit of a running or future campaign not checked under the rules in
    force; commit kit by kit (a crash loses at most one kit's work, and a re-run redoes it)."""
    at = at or utcnow()
    version = version_in_force(at)
    stats = {"checked": 0, "passed": 0, "paused": 0, "skipped": 0}
    if version is None:
        return stats
    fingerprint = rules_fingerprint()
    for kit_id in [k.id for k in _due(at)]:
        kit = db.session.get(Kit, kit_id, with_for_update=True)
        if kit is None or kit.status != KIT_APPROVED:
            db.session.commit()
            continue
        if kit.checked_charter_version_id == version.id and kit.checked_rules == fingerprint:
            stats["skipped"] += 1
            db.session.commit()
            continue
        reason = REASON_CHARTER if kit.checked_charter_version_id != version.id else REASON_RULES
        stats["checked"] += 1
        marketer = _marketer(kit)
        with force_locale((marketer.language if marketer else None) or "fr"):
            outcomes = check_variants(kit)
            failing = {vid: o for vid, o in outcomes.items() if o.blocks}
            if failing:
                pause_for_review(kit, reason, failing, version.number, marketer, at)
                stats["paused"] += 1
            else:
                mark_checked(kit, version.id)
                stats["passed"] += 1
        db.session.commit()
    return stats


def _marketer(kit: Kit) -> Person | None:
    for person_id in (kit.submitted_by_id, kit.created_by_id, kit.campaign.created_by_id):
        person = db.session.get(Person, person_id) if person_id else None
        if person is not None and person.is_active and person.erased_at is None:
            return person
    return None


def reason_text(reason: str, number: int | None = None) -> str:
    if reason == REASON_CHARTER:
        return _("Charter version %(n)s came into force: this kit no longer passes the disclosure check.",
                 n=number if number is not None else "—")
    return _("The disclosure checker's rules changed: this kit no longer passes the check.")


def pause_for_review(kit: Kit, reason: str, failing: dict, number: int, marketer: Person | None,
                     at: datetime) -> None:
    """Back to compliance review with the reason and each failing variant's findings."""
    kit.status = KIT_SUBMITTED
    kit.paused_at, kit.paused_reason = at, reason
    kit.submitted_at = at
    summary = reason_text(reason, number)
    kit.review_comment = summary
    comments = {}
    for variant in kit.variants:
        outcome = failing.get(variant.id)
        variant.review_comment = "" if outcome is None else "; ".join(
            str(f.get("message") or f.get("rule")) for f in outcome.findings if f.get("severity") == "fail"
        )[:2000] or _("This variant fails the disclosure check.")
        if outcome is not None:
            comments[str(variant.id)] = variant.review_comment
    db.session.add(KitReview(kit_id=kit.id, reviewer_id=None, decision="paused", comment=summary,
                             comments=comments, created_at=at))
    db.session.flush()
    record("campaigns.kit_paused_for_review", object_type="kit", object_id=kit.id,
           details={"reason": reason, "charter_version": number, "failing_variants": sorted(failing)})
    if marketer is not None:
        _tell_marketer(marketer, kit, summary, at)


def _tell_marketer(marketer: Person, kit: Kit, summary: str, at: datetime) -> None:
    base = current_app.config.get("PUBLIC_BASE_URL", "").rstrip("/")
    title = _("Kit back in review: %(title)s", title=kit.title)[:200]
    body = _("%(summary)s It is back in compliance review and paused for employees; the findings are "
             "shown on each variant.", summary=summary)
    db.session.add(Notification(person_id=marketer.id, kind=KIND_KIT_PAUSED, kit_id=kit.id, title=title,
                                body=body, url=f"/kits/{kit.id}", created_at=at))
    db.session.add(OutboxMail(person_id=marketer.id, to_address=marketer.email, subject=title,
                              body=f"{body}\n\n{base}/kits/{kit.id}\n", kind=KIND_KIT_PAUSED, kit_id=kit.id,
                              status=MAIL_QUEUED, created_at=at))
