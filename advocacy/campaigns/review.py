"""Kit review: a marketer submits, compliance (or HR) approves or returns with comments per variant."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from flask_babel import gettext as _

import advocacy.disclosure as disclosure
from advocacy.core.audit import record
from advocacy.campaigns import events, voice
from advocacy.campaigns.errors import Invalid, NotAllowed
from advocacy.campaigns.models import (
    KIT_APPROVED,
    KIT_DRAFT,
    KIT_RETURNED,
    KIT_SUBMITTED,
    KIT_WITHDRAWN,
    Kit,
    KitReview,
)
from advocacy.charter.services import version_in_force
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.campaigns.authoring import plain

REVIEWER_ROLES = ("compliance", "hr")


#: Modules of the checker package that serve pages, not verdicts (left out of the fingerprint).
_NOT_RULES = {"api.py", "blueprint.py", "cli.py", "forms.py", "nav.py", "setup.py", "editor.py"}


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """A short digest of the disclosure checker's code and rule packs (changes with a deployment
    that may change verdicts; the hourly re-check then re-checks every approved kit)."""
    base = Path(disclosure.__file__).parent
    digest = hashlib.sha256()
    for path in sorted([*base.glob("*.py"), *base.glob("packs/*.py")]):
        if path.name not in _NOT_RULES:
            digest.update(str(path.relative_to(base)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def awaiting_recheck(kit: Kit, version_id: int | None) -> bool:
    """Approved, but checked under another charter version than the one in force (kits approved
    before versions were recorded, ``None``, are not held back)."""
    return (kit.status == KIT_APPROVED and version_id is not None and kit.checked_charter_version_id is not None
            and kit.checked_charter_version_id != version_id)


def mark_checked(kit: Kit, version_id: int | None) -> None:
    """The kit's variants passed under this charter version and the current rules."""
    kit.checked_charter_version_id = version_id
    kit.checked_rules = rules_fingerprint()
    kit.paused_at, kit.paused_reason = None, ""


def check_variants(kit: Kit) -> dict[int, voice.CheckOutcome]:
    """Run the disclosure checker on every variant in the campaign's context (employee author)."""
    context = voice.context_for(kit.campaign, employee=True, images=kit.images)
    outcomes = {}
    for variant in kit.variants:
        outcome = voice.check_text(variant.text, variant.network, variant.lang, context, kit.link)
        variant.check_verdict = outcome.verdict
        outcomes[variant.id] = outcome
    return outcomes


def submit(kit: Kit, *, actor) -> Kit:
    """Send a kit for review; refused while any variant fails the checker."""
    if kit.status not in (KIT_DRAFT, KIT_RETURNED):
        raise Invalid({"status": _("Only a draft or returned kit can be submitted.")}, code="not_editable")
    if not kit.variants:
        raise Invalid({"variants": _("Write at least one post variant.")})
    outcomes = check_variants(kit)
    failing = {vid: o for vid, o in outcomes.items() if o.blocks}
    if failing:
        db.session.flush()
        raise Invalid({f"variant-{v.network}-{v.lang}": _("This variant fails the disclosure check.")
                       for v in kit.variants if v.id in failing},
                      code="check_failed", findings={vid: o.to_dict() for vid, o in failing.items()})
    kit.status = KIT_SUBMITTED
    kit.submitted_at = utcnow()
    kit.submitted_by_id = actor.id
    for variant in kit.variants:
        variant.review_comment = ""
    db.session.flush()
    record("campaigns.kit_submitted", actor=actor, object_type="kit", object_id=kit.id,
           details={"verdicts": {str(k): o.verdict for k, o in outcomes.items()}})
    events.emit_kit(kit, "kit.submitted")
    return kit


def decide(kit: Kit, decision: str, *, reviewer, comment: str = "", variant_comments: dict | None = None) -> KitReview:
    """``decision`` is ``approve`` or ``return``; returning needs at least one comment."""
    if not reviewer.has_role(*REVIEWER_ROLES):
        raise NotAllowed("forbidden", _("Only compliance or HR reviews kits."))
    if kit.status != KIT_SUBMITTED:
        raise Invalid({"status": _("This kit is not waiting for review.")}, code="not_submitted")
    if kit.submitted_by_id == reviewer.id:
        raise NotAllowed("own_kit", _("You cannot review a kit you submitted."))

    comment = plain(comment, 4000)
    known = {v.id: v for v in kit.variants}
    comments = {int(k): plain(v, 2000) for k, v in (variant_comments or {}).items() if plain(v) and int(k) in known}
    if decision == "approve":
        failing = [vid for vid, o in check_variants(kit).items() if o.blocks]
        if failing:
            raise Invalid({"decision": _("A variant fails the disclosure check: return the kit instead.")},
                          code="check_failed")
        kit.status = KIT_APPROVED
        current = version_in_force()
        mark_checked(kit, current.id if current is not None else None)
    elif decision == "return":
        if not comment and not comments:
            raise Invalid({"comment": _("Say what to change: a general comment or one on a variant.")})
        kit.status = KIT_RETURNED
    else:
        raise Invalid({"decision": _("Unknown decision.")})
    now = utcnow()
    kit.reviewed_at, kit.reviewed_by_id, kit.review_comment = now, reviewer.id, comment
    for vid, variant in known.items():
        variant.review_comment = comments.get(vid, "")
    review = KitReview(kit_id=kit.id, reviewer_id=reviewer.id, decision=decision, comment=comment,
                       comments={str(k): v for k, v in comments.items()}, created_at=now)
    db.session.add(review)
    db.session.flush()
    record(f"campaigns.kit_{'approved' if decision == 'approve' else 'returned'}", actor=reviewer,
           object_type="kit", object_id=kit.id, details={"comments": len(comments) + bool(comment)})
    events.emit_kit(kit, "kit.approved" if decision == "approve" else "kit.returned")
    if decision == "approve":
        events.emit_live_if_running(kit, now)
    return review


def withdraw(kit: Kit, *, actor) -> Kit:
    """Take a kit off the feeds (an approved or submitted kit); it can be edited again as a draft."""
    if kit.status not in (KIT_APPROVED, KIT_SUBMITTED):
        raise Invalid({"status": _("Only a submitted or approved kit can be withdrawn.")})
    kit.status = KIT_WITHDRAWN
    db.session.flush()
    record("campaigns.kit_withdrawn", actor=actor, object_type="kit", object_id=kit.id)
    return kit


def reopen(kit: Kit, *, actor) -> Kit:
    if kit.status != KIT_WITHDRAWN:
        raise Invalid({"status": _("Only a withdrawn kit can be reopened.")})
    kit.status = KIT_DRAFT
    db.session.flush()
    record("campaigns.kit_reopened", actor=actor, object_type="kit", object_id=kit.id)
    return kit
