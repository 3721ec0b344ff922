"""What an employee sees of their own posts: one row per share, its latest figures and the state of
its follow-up, read from what tracking stores (poll schedule, snapshots, clicks, live findings).

The status names one situation the person can act on or understand; it is derived here only, so
the page and its tests agree. Figures are the person's own: nothing here is aggregated or shown to
anyone else (disclosure control applies to aggregates, not to a person's view of their own posts)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flask_babel import gettext as _
from sqlalchemy import func, select

from advocacy.campaigns import share_review
from advocacy.campaigns.models import SHARE_ERASED, SHARE_NOT_YOURS, SHARE_PREPARED, Share, ShareReview
from advocacy.extensions import db
from advocacy.tracking.models import (ACTIVE, DONE, FAILED, GONE, OK, PRIVATE, STOPPED, Click, LiveFinding,
                                      MetricSnapshot, PollSchedule, ProviderThrottle, TrackedLink)

# Statuses of a post as its author reads them.
NOT_PUBLISHED = "not_published"
NOT_FOLLOWED = "not_followed"       # registered without a schedule: no post_metrics consent then
WAITING = "waiting"                 # registered, not polled yet
TRACKED = "tracked"
RETRYING = "retrying"               # the last poll failed, another try is planned
PRIVATE_POST = "private"            # the network says the post exists but is not public
PAUSED = "paused"                   # the network refused our configuration (reason: the setting to fix)
DELETED = "deleted"
CONSENT_WITHDRAWN = "consent_withdrawn"
FAILED_POST = "failed"
NOT_YOURS = "not_yours"
FINISHED = "finished"
ERASED = "erased"

#: statuses shown as a problem (red), as a pause (amber) or as fine (green)
TONE = {TRACKED: "ok", FINISHED: "ok", WAITING: "info", RETRYING: "warn", NOT_FOLLOWED: "", NOT_PUBLISHED: "info",
        PRIVATE_POST: "warn", PAUSED: "warn", DELETED: "warn", CONSENT_WITHDRAWN: "warn", FAILED_POST: "fail", NOT_YOURS: "fail",
        ERASED: ""}


@dataclass
class PostRow:
    share: Share
    status: str
    tone: str
    reason: str | None
    likes: int | None
    reposts: int | None
    replies: int | None
    clicks: int | None
    figures_at: datetime | None
    open_findings: int
    #: compliance's review of a warned post (``share_review.follow_up``) and its decision, if any
    review_step: str | None = None
    review: ShareReview | None = None
    #: reported by some networks only (X: quotes and impressions; LinkedIn: impressions)
    quotes: int | None = None
    impressions: int | None = None


def _status(share: Share, schedule: PollSchedule | None, latest: MetricSnapshot | None,
            paused: dict | None = None) -> tuple[str, str | None]:
    """(status, reason); ``paused``: provider key → the setting of its configuration error."""
    if share.status == SHARE_ERASED:
        return ERASED, None
    if share.status == SHARE_PREPARED or share.registered_at is None:
        return NOT_PUBLISHED, None
    if share.status == SHARE_NOT_YOURS:
        return NOT_YOURS, None
    if schedule is None:
        return NOT_FOLLOWED, None
    if schedule.state == STOPPED:
        if schedule.stop_reason in ("no_consent", "consent_withdrawn"):  # reconcile, or the withdrawal signal
            return CONSENT_WITHDRAWN, None
        if schedule.stop_reason == SHARE_NOT_YOURS:
            return NOT_YOURS, None
        if schedule.stop_reason == "refused":
            return FAILED_POST, _refusal(schedule.last_error)
        return FAILED_POST, schedule.last_error or schedule.stop_reason
    if schedule.state == ACTIVE and paused and schedule.provider_key in paused:
        return PAUSED, paused[schedule.provider_key]
    if schedule.state == DONE and schedule.stop_reason == "gone":
        return DELETED, None
    if latest is not None and latest.status == GONE:
        return DELETED, None
    if latest is not None and latest.status == PRIVATE:
        return PRIVATE_POST, None
    if schedule.state == ACTIVE and schedule.attempts and schedule.last_error:
        return RETRYING, schedule.last_error
    if latest is not None and latest.status == FAILED and schedule.state == ACTIVE:
        return RETRYING, schedule.last_error
    if schedule.state == DONE:
        return FINISHED, None
    if latest is None:
        return WAITING, None
    return TRACKED, None


def _refusal(last_error: str | None) -> str:
    """A link the provider refused for good, told to its author in their language (``last_error`` is
    the provider's wording for operators, in English)."""
    if last_error and last_error.startswith("activity link:"):
        return _("LinkedIn gives figures only for a post's own link: copy it from the post's “…” menu "
                 "(Embed this post) and register that link.")
    return _("This link is not the address of a post on this network: register the link of the post itself.")


def posts_of(person_id: int, limit: int = 100) -> list[PostRow]:
    shares = db.session.scalars(select(Share).where(Share.person_id == person_id)
                                .order_by(Share.created_at.desc(), Share.id.desc()).limit(limit)).all()
    ids = [share.id for share in shares]
    if not ids:
        return []
    schedules = {row.share_id: row for row in db.session.scalars(
        select(PollSchedule).where(PollSchedule.share_id.in_(ids)))}
    # the latest snapshot of each share, and the latest one with figures
    latest_any: dict[int, MetricSnapshot] = {}
    latest_ok: dict[int, MetricSnapshot] = {}
    for snap in db.session.scalars(select(MetricSnapshot).where(MetricSnapshot.share_id.in_(ids))
                                   .order_by(MetricSnapshot.share_id, MetricSnapshot.slot, MetricSnapshot.id)):
        latest_any[snap.share_id] = snap
        if snap.status == OK:
            latest_ok[snap.share_id] = snap
    links = {link.share_id: link for link in db.session.scalars(
        select(TrackedLink).where(TrackedLink.share_id.in_(ids)))}
    clicks = dict(db.session.execute(
        select(TrackedLink.share_id, func.count(Click.id)).join(Click, Click.link_id == TrackedLink.id)
        .where(TrackedLink.share_id.in_(ids)).group_by(TrackedLink.share_id)).all())
    findings = dict(db.session.execute(
        select(LiveFinding.share_id, func.count(LiveFinding.id))
        .where(LiveFinding.share_id.in_(ids), LiveFinding.resolved_at.is_(None)).group_by(LiveFinding.share_id)).all())
    paused = paused_providers({row.provider_key for row in schedules.values()})
    reviews = share_review.decisions_for(ids)
    rows = []
    for share in shares:
        status, reason = _status(share, schedules.get(share.id), latest_any.get(share.id), paused)
        figures = latest_ok.get(share.id)
        link = links.get(share.id)
        rows.append(PostRow(
            share=share, status=status, tone=TONE.get(status, ""), reason=reason,
            likes=figures.likes if figures else None, reposts=figures.reposts if figures else None,
            replies=figures.replies if figures else None,
            clicks=clicks.get(share.id, 0) if link is not None and link.count_clicks else None,
            figures_at=figures.taken_at if figures else None, open_findings=findings.get(share.id, 0),
            review_step=share_review.follow_up(share, reviews.get(share.id)), review=reviews.get(share.id),
            quotes=figures.quotes if figures else None, impressions=figures.impressions if figures else None))
    return rows


def paused_providers(keys) -> dict[str, str]:
    """Provider key → the setting an admin must fix, for providers paused by a configuration error."""
    keys = [key for key in keys if key]
    if not keys:
        return {}
    return dict(db.session.execute(select(ProviderThrottle.key, ProviderThrottle.config_setting).where(
        ProviderThrottle.key.in_(keys), ProviderThrottle.config_setting.is_not(None))).all())
