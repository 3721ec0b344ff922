"""Live re-check: the published text goes through the disclosure checker again.

A post whose live text fails (or got worse than when it was prepared, e.g. lost its
mention) raises a :class:`LiveFinding`, shown to its author; compliance only sees counts.
"""
from __future__ import annotations

import hashlib
import logging

from sqlalchemy import select

from advocacy.disclosure import check as check_disclosure
from advocacy.extensions import db
from advocacy.tracking.models import LiveFinding
from sqlalchemy.orm import selectinload
from sqlalchemy import update
from advocacy.campaigns.models import Kit
from advocacy.campaigns.models import KitVariant
from advocacy.campaigns.models import Share
from advocacy.core.timeutil import utcnow
from advocacy.campaigns.voice import context_for

log = logging.getLogger(__name__)


def _get(obj, *names, default=None):
    for name in names:
        if isinstance(obj, dict) and name in obj:
            return obj[name]
        if hasattr(obj, name):
            return getattr(obj, name)
    return default


def _context(share) -> dict:
    try:
        kit = share.variant.kit
        campaign = kit.campaign
    except AttributeError:
        return {"employee": True}
    try:
        return context_for(campaign, employee=True, images=kit.images)
    except (ImportError, TypeError, AttributeError):
        pass
    return {"employee": True, "brand": campaign.brand or None, "consideration": bool(campaign.consideration),
            "rewarded": bool(campaign.consideration)}


def check_text(text: str, network: str, lang: str | None, context: dict):
    """Run ``advocacy.disclosure.check``; None if the checker fails (metrics go on)."""
    try:
        return check_disclosure(text, network, lang=lang, context=context)
    except Exception:  # noqa: BLE001 - a checker failure must not stop metrics
        log.exception("disclosure check failed on a live post")
        return None


def recheck_many(pairs) -> int:
    """Re-check ``[(item, live text)]``; shares, contexts and identical checks are loaded once.
    Returns how many new findings were raised."""
    ids = {item.share_id for item, _text in pairs}
    shares = {s.id: s for s in db.session.scalars(select(Share).where(Share.id.in_(ids)).options(
        selectinload(Share.variant).selectinload(KitVariant.kit).selectinload(Kit.campaign),
        selectinload(Share.variant).selectinload(KitVariant.kit).selectinload(Kit.images)))}
    contexts: dict = {}
    results: dict = {}
    new = 0
    passing: list[int] = []
    for item, text in pairs:
        share = shares.get(item.share_id)
        if share is None:
            continue
        if share.kit_variant_id not in contexts:
            contexts[share.kit_variant_id] = _context(share)
        context = contexts[share.kit_variant_id]
        lang = getattr(share.variant, "lang", None)
        key = (text, share.network, lang, tuple(sorted((k, str(v)) for k, v in context.items())))
        if key not in results:
            results[key] = check_text(text, share.network, lang, context)
        outcome = _record(share, results[key])
        if outcome is None:
            passing.append(share.id)
        elif outcome:
            new += 1
    if passing:
        _close_open(passing)
    return new


def recheck(item, text: str) -> bool:
    """Check the live text of ``item``'s share; record a finding if it fails. True if a new one."""
    return recheck_many([(item, text)]) > 0


def _record(share, result) -> bool | None:
    """True: new finding; False: nothing new; None: the text passes (open findings get closed)."""
    if result is None:
        return False
    verdict = str(_get(result, "verdict", default="pass")).lower()
    # Only a breach raises a finding: "warn" cases (ambiguous law) were already reviewed before
    # publishing, and a live post is not re-reviewed for them.
    if verdict != "fail":
        return None
    found = []
    for finding in _get(result, "findings", default=[]) or []:
        severity = str(_get(finding, "severity", "verdict", "level", default=verdict)).lower()
        if severity != "fail":
            continue
        if hasattr(finding, "to_dict"):
            data = finding.to_dict("en")
            found.append({key: data.get(key) for key in ("rule", "severity", "reference", "messages", "fixes")})
            continue
        found.append({
            "rule": str(_get(finding, "rule", "code", "rule_id", "id", default="disclosure")),
            "message": str(_get(finding, "message", "title", "explanation", default="")),
            "reference": str(_get(finding, "reference", "legal_reference", "legal_ref", "law", default="") or ""),
            "fix": str(_get(finding, "fix", "how_to_fix", "suggestion", default="") or ""),
            "severity": severity,
        })
    signature = hashlib.sha256((verdict + "|" + "|".join(sorted(f["rule"] for f in found))).encode()).hexdigest()
    exists = db.session.scalar(select(LiveFinding.id).where(
        LiveFinding.share_id == share.id, LiveFinding.signature == signature))
    if exists is not None:
        return False
    with db.session.begin_nested():
        db.session.add(LiveFinding(share_id=share.id, person_id=share.person_id, network=share.network,
                                   verdict=verdict, findings=found, signature=signature))
    return True


def _close_open(share_ids) -> None:
    """The live text passes again: its open findings are closed."""
    db.session.execute(update(LiveFinding).where(LiveFinding.share_id.in_(list(share_ids)),
                                                 LiveFinding.resolved_at.is_(None)).values(resolved_at=utcnow()))
