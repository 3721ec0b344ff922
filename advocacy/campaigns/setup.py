"""Campaigns hooks: a charter version coming into force re-checks the approved kits in a job;
e-mails that lower domains ask for (invitations, password resets) join the outbox; a registered
share earns points; the campaigns' personal data joins the GDPR export and erasure; push devices are
forgotten when their person leaves or withdraws the ``notifications`` purpose, and re-encrypted by
``flask keys rotate``."""
from __future__ import annotations

from flask import current_app
from redis.exceptions import RedisError

from advocacy.campaigns import gamification, ownership, push, services, sharing, tasks
from advocacy.campaigns.models import PUBLISH_PUBLISHED
from advocacy.campaigns.notify import queue_requested_mail
from advocacy.core import signals
from advocacy.queue import enqueue


def on_charter_in_force(version, **_extra) -> None:
    """Queue the re-check (the page that brought the version into force answers at once)."""
    try:
        enqueue(tasks.recheck_live_kits, job_id=f"recheck-kits-v{version.id}")
    except (RedisError, OSError) as exc:  # Redis down: the hourly cron run re-checks anyway
        current_app.logger.warning("could not queue the kit re-check for charter version %s: %s", version.id, exc)


def on_share_registered(share, **_extra) -> None:
    """Points for the share; they wait for the tracker to see the post where it can (``ownership``)."""
    gamification.award_for_share(share, pending=ownership.points_pending_at_registration(
        share.network, published_by_service=share.publish_state == PUBLISH_PUBLISHED))


def on_person_left(person, **_extra) -> None:
    """A leaver's devices receive nothing more: their push subscriptions are deleted."""
    push.forget(person.id)


def on_consent_changed(person, purpose=None, given=None, **_extra) -> None:
    """``notifications`` withdrawn: the devices it was collected for are forgotten at once."""
    if purpose == "notifications" and given is False:
        push.forget(person.id)


def init_app(app) -> None:
    signals.keys_rotating.connect(push.rotate_keys, weak=False)
    signals.charter_in_force.connect(on_charter_in_force, weak=False)
    signals.share_registered.connect(on_share_registered, weak=False)
    signals.account_linked.connect(sharing.add_my_network, weak=False)
    signals.export_person_data.connect(services.export_person_data)
    signals.erase_person_data.connect(services.erase_person_data)
    signals.mail_requested.connect(queue_requested_mail, weak=False)
    signals.person_left.connect(on_person_left, weak=False)
    signals.consent_changed.connect(on_consent_changed, weak=False)
