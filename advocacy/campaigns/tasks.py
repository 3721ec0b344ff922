"""Jobs of the campaigns domain (RQ): notification dispatch and the mail outbox sender."""
from __future__ import annotations

from workers.jobs import job, job_logger


@job
def dispatch_notifications() -> dict:
    """Notify members of live kits (idempotent; people in quiet hours or at their cap wait)."""
    from advocacy.campaigns.notify import dispatch
    from advocacy.extensions import db

    stats = dispatch()
    db.session.commit()
    job_logger("dispatch_notifications").info("%s", stats)
    return stats


@job
def send_mail_outbox() -> dict:
    """Send queued e-mail through the SMTP settings (mail stays queued without a host)."""
    from advocacy.campaigns.notify import send_outbox

    stats = send_outbox()
    job_logger("send_mail_outbox").info("%s", stats)
    return stats
