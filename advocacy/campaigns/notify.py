"""Notifications of new kits: in-app, e-mail through the outbox and Web Push (``push``), inside the
charter's limits.

Nothing is sent during the person's quiet hours, beyond the weekly solicitation cap, or without the
``notifications`` purpose. ``dispatch`` is idempotent (one notification per person and kit) and
defers people in quiet hours or at their cap to a later tick; ``send_outbox`` re-checks quiet
hours and consent at sending time.
"""
from __future__ import annotations

import smtplib
from datetime import datetime
from email.message import EmailMessage
from email.utils import make_msgid

from flask import current_app
from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import select

from advocacy.core.audit import record
from advocacy.auth.models import Person
from advocacy.campaigns.models import (
    KIT_APPROVED,
    MAIL_CANCELLED,
    MAIL_FAILED,
    MAIL_QUEUED,
    MAIL_SENT,
    Campaign,
    Kit,
    Notification,
    OutboxMail,
)
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db
from advocacy.campaigns import push
from advocacy.campaigns.membership import is_member
from advocacy.charter.services import is_quiet_time
from advocacy.charter.services import may_solicit
from advocacy.charter.services import record_solicitation
from advocacy.consent.services import has_consent

KIND_NEW_KIT = "new_kit"
#: Mail about the recipient's work (not a program solicitation): sent without the notifications purpose.
WORK_KINDS = ("kit_paused", "share_reviewed")
#: Mail a person asked for or needs to get in (invitation, password reset): neither a solicitation
#: (no ``notifications`` consent needed) nor held back by quiet hours — a reset link lasts an hour.
TRANSACTIONAL_KINDS = frozenset({"auth_invitation", "auth_reset"})
MAX_ATTEMPTS = 5


def _live_kits(at: datetime) -> list[Kit]:
    return list(db.session.scalars(
        select(Kit).join(Campaign, Kit.campaign_id == Campaign.id)
        .where(Kit.status == KIT_APPROVED, Campaign.archived_at.is_(None), Campaign.starts_at <= at,
               Campaign.ends_at > at).order_by(Kit.id)))


def _targets(kit: Kit) -> list[Person]:
    team_ids = kit.campaign.team_ids
    if not team_ids:
        return []
    return list(db.session.scalars(select(Person).where(Person.team_id.in_(team_ids), Person.active.is_(True),
                                                        Person.erased_at.is_(None)).order_by(Person.id)))


def _already(kit: Kit) -> set[int]:
    return set(db.session.scalars(select(Notification.person_id).where(Notification.kit_id == kit.id,
                                                                       Notification.kind == KIND_NEW_KIT)))


def dispatch(at: datetime | None = None) -> dict:
    """Create due notifications (in-app + outbox e-mail) for live kits. Returns counts."""
    at = at or utcnow()
    stats = {"notified": 0, "quiet": 0, "capped": 0, "no_consent": 0}
    for kit in _live_kits(at):
        done = _already(kit)
        for person in _targets(kit):
            if person.id in done:
                continue
            if not is_member(person, at) or not has_consent(person, "notifications", at):
                stats["no_consent"] += 1
                continue
            if is_quiet_time(person, at):
                stats["quiet"] += 1
                continue
            if not may_solicit(person, at):
                stats["capped"] += 1
                continue
            push.queue(notify_new_kit(person, kit, at))
            record_solicitation(person, at, KIND_NEW_KIT)
            stats["notified"] += 1
    db.session.flush()
    return stats


def notify_new_kit(person: Person, kit: Kit, at: datetime) -> Notification:
    base = current_app.config.get("PUBLIC_BASE_URL", "").rstrip("/")
    with force_locale(person.language or "fr"):
        title = _("New kit: %(title)s", title=kit.title)
        body = _("A new kit is ready in the campaign “%(campaign)s”. Share it in your own words, if and when you "
                 "wish: taking part is voluntary.", campaign=kit.campaign.name)
        footer = _("You receive this because you agreed to notifications. You can withdraw that at any time "
                   "on your consent page.")
    note = Notification(person_id=person.id, kind=KIND_NEW_KIT, kit_id=kit.id, title=title[:200], body=body,
                        url="/feed", created_at=at)
    db.session.add(note)
    db.session.add(OutboxMail(person_id=person.id, to_address=person.email, subject=title[:200],
                              body=f"{body}\n\n{base}/feed\n\n--\n{footer}\n", kind=KIND_NEW_KIT, kit_id=kit.id,
                              status=MAIL_QUEUED, created_at=at))
    return note


def unread(person) -> list[Notification]:
    return list(db.session.scalars(select(Notification).where(Notification.person_id == person.id,
                                                              Notification.read_at.is_(None))
                                   .order_by(Notification.created_at.desc())))


def mark_read(person, notification_id: int | None = None) -> int:
    rows = unread(person)
    count = 0
    for row in rows:
        if notification_id is None or row.id == notification_id:
            row.read_at = utcnow()
            count += 1
    db.session.flush()
    return count


def _smtp(settings):
    client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=15)
    if settings.smtp_starttls:
        client.starttls()
    if settings.smtp_user:
        client.login(settings.smtp_user, settings.smtp_password or "")
    return client


def send_outbox(at: datetime | None = None, batch: int = 50) -> dict:
    """Send queued mail (one commit per message so a crash never sends twice)."""
    settings = current_app.config["SETTINGS"]
    stats = {"sent": 0, "deferred": 0, "cancelled": 0, "failed": 0}
    if not settings.smtp_host:
        return stats
    at = at or utcnow()
    skipped: list[int] = []
    client = None
    try:
        for _ in range(batch):
            # One row at a time, locked until its commit: concurrent senders never take the same mail.
            stmt = select(OutboxMail).where(OutboxMail.status == MAIL_QUEUED).order_by(OutboxMail.id).limit(1)
            if skipped:
                stmt = stmt.where(OutboxMail.id.not_in(skipped))
            mail = db.session.scalar(stmt.with_for_update(skip_locked=True))
            if mail is None:
                break
            person = db.session.get(Person, mail.person_id) if mail.person_id else None
            # Program solicitations need the "notifications" purpose; work mail to staff (a kit sent
            # back to review) does not, but it too waits for the end of the quiet hours. Transactional
            # mail (invitation, password reset) needs neither consent nor the end of the quiet hours.
            transactional = mail.kind in TRANSACTIONAL_KINDS
            needs_consent = mail.kind not in WORK_KINDS and not transactional
            if person is None or not person.is_active or (needs_consent
                                                          and not has_consent(person, "notifications", at)):
                mail.status = MAIL_CANCELLED
                stats["cancelled"] += 1
                db.session.commit()
                continue
            if not transactional and is_quiet_time(person, at):
                stats["deferred"] += 1
                skipped.append(mail.id)
                db.session.commit()
                continue
            message = EmailMessage()
            message["From"] = settings.smtp_from
            message["To"] = mail.to_address
            message["Subject"] = mail.subject
            message["Message-ID"] = make_msgid(domain=settings.smtp_from.rsplit("@", 1)[-1] or "localhost")
            message.set_content(mail.body)
            mail.attempts += 1
            try:
                client = client or _smtp(settings)
                client.send_message(message)
            except (OSError, smtplib.SMTPException) as exc:
                mail.last_error = f"{type(exc).__name__}: {exc}"[:1000]
                if mail.attempts >= MAX_ATTEMPTS:
                    mail.status = MAIL_FAILED
                stats["failed"] += 1
                skipped.append(mail.id)
                client = None
            else:
                mail.status, mail.sent_at, mail.last_error = MAIL_SENT, utcnow(), ""
                stats["sent"] += 1
                record("campaigns.mail_sent", object_type="mail", object_id=mail.id, details={"kind": mail.kind})
            db.session.commit()
    finally:
        if client is not None:
            try:
                client.quit()
            except (OSError, smtplib.SMTPException):
                pass
    db.session.commit()
    return stats


def queue_requested_mail(person: Person, *, kind: str, subject: str, body: str) -> OutboxMail:
    """Receiver of ``advocacy.core.signals.mail_requested``: the mail joins the outbox in the caller's
    transaction (sent by ``send_outbox`` once committed)."""
    mail = OutboxMail(person_id=person.id, to_address=person.email, subject=subject[:200], body=body,
                      kind=kind[:30], status=MAIL_QUEUED, created_at=utcnow())
    db.session.add(mail)
    return mail
