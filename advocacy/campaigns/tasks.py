"""Jobs of the campaigns domain (RQ): notification dispatch, the mail outbox and Web Push senders."""
from __future__ import annotations

from advocacy.jobs import job, job_logger
from advocacy.campaigns.notify import dispatch
from advocacy.extensions import db
from advocacy.campaigns.notify import send_outbox
from advocacy.campaigns.recheck import recheck_live_kits as run
from advocacy.campaigns import publishing
from advocacy.campaigns.push import send_push  # noqa: F401  (the cron schedules it from here)
from advocacy.queue import enqueue


@job
def dispatch_notifications() -> dict:
    """Notify members of live kits (idempotent; people in quiet hours or at their cap wait)."""
    stats = dispatch()
    db.session.commit()
    job_logger("dispatch_notifications").info("%s", stats)
    return stats


@job
def send_mail_outbox() -> dict:
    """Send queued e-mail through the SMTP settings (mail stays queued without a host)."""
    stats = send_outbox()
    job_logger("send_mail_outbox").info("%s", stats)
    return stats


@job
def recheck_live_kits() -> dict:
    """Re-check approved kits against the charter in force and the checker's rules (idempotent)."""
    stats = run()
    job_logger("recheck_live_kits").info("%s", stats)
    return stats


@job
def publish_share(share_id: int) -> str:
    """Publish one share through its linked account (idempotent: a share already published, failed or
    not yet due is left alone; temporary failures are rescheduled in the database)."""
    state = publishing.run(share_id)
    job_logger("publish_share").info("share %s: %s", share_id, state)
    return state


@job
def dispatch_publications() -> int:
    """Queue the shares due for publishing (scheduled ones whose time came, lost or stale jobs)."""
    ids = publishing.due_ids()
    db.session.rollback()
    for share_id in ids:
        enqueue(publish_share, share_id)
    return len(ids)
