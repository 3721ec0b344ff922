"""One-click publishing: the share's checked text goes out through the person's linked account.

State (``Share.publish_state``): ``scheduled`` (waits for ``publish_at``) → ``publishing`` (the job
has it) → ``published`` (the provider's id and URL recorded, the share registered as if its URL had
been pasted: tracking starts from the provider's own answer) or ``failed`` (``publish_error`` says
why). The database says what is due: the cron dispatcher queues due rows, so a lost job or a
restart only delays a post.

Rules a reader must not break:
- never in quiet hours, weekends or holidays of the charter in force (``is_quiet_time``): a
  "publish at" inside them is refused; "publish now" inside them waits for the next allowed moment,
  and so does a retry that would fall inside them;
- the disclosure check runs again just before the provider is called (the rules may have changed);
- only the person's own checked text (plus the share's tracked link) is sent;
- a retry after a lost answer never posts twice. ``publish_sent_at`` is committed before the
  network is called and cleared by its answer, so the next try knows the post may exist: Mastodon
  gets the same ``Idempotency-Key`` (the server keeps it an hour: later than that, we cannot know),
  Bluesky the same record key (a TID of the share: the create collides and the record is read),
  LinkedIn, which has neither, is asked first for the member's posts (``find_published``). When the
  network cannot tell, the share is left ``needs_check`` and the person is told to look at their
  profile: register the post if it is there, publish again if it is not.
"""
from __future__ import annotations

from datetime import datetime, timedelta

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import or_, select

from advocacy.accounts import services as accounts
from advocacy.accounts.models import LinkedAccount
from advocacy.accounts.providers import Expired, ProviderFailure, RateLimited, TooLong, Unavailable, bluesky
from advocacy.auth.models import Person
from advocacy.campaigns import networks, push, share_review, sharing
from advocacy.campaigns.errors import Invalid
from advocacy.campaigns.models import (PUBLISH_FAILED, PUBLISH_NEEDS_CHECK, PUBLISH_PUBLISHED, PUBLISH_PUBLISHING,
                                       PUBLISH_SCHEDULED, SHARE_PENDING, SHARE_PREPARED, KitVariant, Notification,
                                       Share)
from advocacy.campaigns.membership import membership_problem
from advocacy.charter.services import is_quiet_time
from advocacy.core import signals
from advocacy.disclosure.networks import composed
from advocacy.core.audit import record
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

#: Notification kinds: about the person's own post (not a solicitation).
KIND_PUBLISHED, KIND_PUBLISH_FAILED = "share_published", "share_publish_failed"
KIND_PUBLISH_CHECK = "share_publish_check"
#: Mastodon keeps an ``Idempotency-Key`` for an hour (docs.joinmastodon.org, methods/statuses); a retry
#: later than this after a lost answer could post twice.
MASTODON_KEY_KEPT = timedelta(minutes=55)
#: LinkedIn's clock and ours may differ a little: posts made this long before the lost request count.
FIND_MARGIN = timedelta(minutes=2)
#: Networks the service can publish on (X stays on share intents: its write API is paid).
PUBLISHABLE = ("mastodon", "linkedin", "bluesky")
MAX_ATTEMPTS = 4
#: Waits between attempts after a temporary failure (seconds); a 429's own wait wins when longer.
BACKOFF = (60, 300, 900)
#: A row left in ``publishing`` this long (a worker died) is queued again (same idempotency key).
STALE = timedelta(minutes=10)
_STEP = timedelta(minutes=15)
_HORIZON = timedelta(days=21)


def _confirm_message() -> str:
    return _("Publishing for you needs your confirmation of the new notice of your consent “Connect one of my "
             "social accounts”: it now says the token also publishes. Confirm it on My accounts, then publish.")


def next_allowed(person, start: datetime) -> datetime | None:
    """The first moment from ``start`` (15-minute steps, 21 days at most) outside quiet time."""
    moment = start
    while moment - start <= _HORIZON:
        if not is_quiet_time(person, moment):
            return moment
        moment = (moment + _STEP).replace(second=0, microsecond=0)
        moment = moment - timedelta(minutes=moment.minute % 15)
    return None


def publish_text(share: Share) -> str:
    """What is posted: the person's text and the share's tracked link (as the composer link would)."""
    link = sharing.tracked_link(share)
    return composed(share.network, share.text, link)


def linked_account_for(person, network: str, account_id: int | None = None) -> LinkedAccount:
    if network not in PUBLISHABLE:
        raise Invalid({"publish": _("Publishing through the service is not available for %(network)s: use its own "
                                    "share button.", network=networks.LABELS.get(network, network))},
                      code="not_publishable")
    if accounts.consent_to_confirm(person.id):
        raise Invalid({"publish": _confirm_message()}, code="consent_to_confirm")
    account = accounts.account_for(person.id, network, account_id)
    if account is None:
        raise Invalid({"publish": _("Link your %(network)s account first (My accounts).",
                                    network=networks.LABELS.get(network, network))}, code="no_linked_account")
    return account


def schedule(person, share: Share, publish_at: datetime | None = None, account_id: int | None = None) -> Share:
    """Ask the service to publish a prepared share now (or at ``publish_at``); flushes.

    "Publish at" inside quiet hours, a weekend or a holiday is refused; "publish now" inside them
    waits for the next allowed moment (``publish_at`` tells when)."""
    if share.person_id != person.id:
        raise Invalid({"publish": _("This share does not exist.")}, code="not_found")
    if share.status != SHARE_PREPARED or share.publish_state not in (None, PUBLISH_FAILED, PUBLISH_NEEDS_CHECK):
        raise Invalid({"publish": _("This post is already published or on its way.")}, code="already_registered")
    if not sharing.network_still_allowed(share.network):
        raise Invalid({"publish": _("%(network)s is no longer allowed by the charter in force.",
                                    network=networks.LABELS.get(share.network, share.network))},
                      code="network_not_allowed")
    if share_review.follow_up(share, share_review.decision_for(share)) == share_review.DO_NOT_PUBLISH:
        raise Invalid({"publish": _("Compliance decided this text must not be published: write a new version.")},
                      code="review_failed")
    account = linked_account_for(person, share.network, account_id)
    if share.publish_state == PUBLISH_NEEDS_CHECK:
        share.publish_sent_at = None  # the person looked: the post is not on their profile
    now = utcnow()
    if publish_at is not None:
        if publish_at.tzinfo is None:
            raise Invalid({"publish_at": _("Give the time with its time zone.")}, code="publish_at_naive")
        if publish_at <= now:
            raise Invalid({"publish_at": _("Choose a moment in the future.")}, code="publish_at_past")
        if publish_at > now + _HORIZON:
            raise Invalid({"publish_at": _("Choose a moment in the next three weeks.")}, code="publish_at_far")
        if is_quiet_time(person, publish_at):
            raise Invalid({"publish_at": _("This moment is in the quiet hours, a weekend or a holiday of the charter: "
                                           "choose another one.")}, code="quiet_time")
        when = publish_at
    else:
        when = next_allowed(person, now)
        if when is None:
            raise Invalid({"publish": _("No moment outside the charter's quiet hours in the next three weeks.")},
                          code="quiet_time")
    share.linked_account_id = account.id
    share.publish_at = when
    share.publish_error = None
    share.publish_attempts = 0
    share.publish_state = PUBLISH_PUBLISHING if when <= now else PUBLISH_SCHEDULED
    db.session.flush()
    record("campaigns.share_publish_requested", actor=person, object_type="share", object_id=share.id,
           details={"network": share.network, "account": account.handle, "at": when.isoformat()})
    return share


def request(person, variant: KitVariant, text: str, publish_at: datetime | None = None,
            account_id: int | None = None) -> Share:
    """Prepare (checked) and schedule in one step (the API's ``POST /shares`` with ``publish``)."""
    with db.session.begin_nested():
        linked_account_for(person, variant.network, account_id)  # before the text is stored
        share = sharing.prepare_share(person, variant, text)
        schedule(person, share, publish_at, account_id)
    return share


def due_ids(now: datetime | None = None, limit: int = 200) -> list[int]:
    now = now or utcnow()
    return list(db.session.scalars(select(Share.id).where(or_(
        (Share.publish_state == PUBLISH_SCHEDULED) & (Share.publish_at <= now),
        (Share.publish_state == PUBLISH_PUBLISHING) & (Share.updated_at <= now - STALE),
        (Share.publish_state == PUBLISH_PUBLISHING) & (Share.publish_attempts == 0),
    )).order_by(Share.publish_at).limit(limit)))


def _fail(share: Share, code: str, detail: str = "") -> str:
    share.publish_state = PUBLISH_FAILED
    share.publish_error = (f"{code}: {detail}" if detail else code)[:300]
    record("campaigns.share_publish_failed", actor=None, object_type="share", object_id=share.id,
           details={"reason": code})
    return PUBLISH_FAILED


def _later(share: Share, person, seconds: float) -> str:
    if share.publish_attempts >= MAX_ATTEMPTS:
        if share.publish_sent_at is not None:  # the last try got no answer: the post may exist
            return _needs_check(share, f"no answer after {share.publish_attempts} tries")
        return _fail(share, "gave_up", share.publish_error or "")
    when = next_allowed(person, utcnow() + timedelta(seconds=seconds))
    if when is None:
        return _fail(share, "quiet_time")
    share.publish_state, share.publish_at = PUBLISH_SCHEDULED, when
    return PUBLISH_SCHEDULED


def run(share_id: int) -> str:
    """Publish one due share (the job's body; commits). Returns the state it left the share in."""
    share = db.session.scalar(select(Share).where(Share.id == share_id).with_for_update(skip_locked=True))
    if share is None or share.publish_state not in (PUBLISH_SCHEDULED, PUBLISH_PUBLISHING):
        db.session.rollback()
        return share.publish_state if share is not None else "missing"
    now = utcnow()
    waiting = share.publish_state == PUBLISH_SCHEDULED and share.publish_at and share.publish_at > now
    taken = (share.publish_state == PUBLISH_PUBLISHING and share.publish_attempts > 0
             and share.updated_at > now - STALE)  # another job is on it
    if waiting or taken:
        state = share.publish_state
        db.session.rollback()
        return state
    person = db.session.get(Person, share.person_id) if share.person_id else None
    state = _precheck(share, person, now)
    if state is None:
        share.publish_state = PUBLISH_PUBLISHING
        share.publish_attempts += 1
        share.updated_at = now
        db.session.commit()  # a worker dying now leaves "publishing": the dispatcher retries (same key)
        state = _publish(share, person)
    if state in (PUBLISH_PUBLISHED, PUBLISH_FAILED, PUBLISH_NEEDS_CHECK) and person is not None:
        _tell_author(share, person, state)
    db.session.commit()
    return state


def _tell_author(share: Share, person, state: str) -> None:
    """In-app notification (and Web Push) of the outcome, in the person's language; flushes."""
    network = networks.LABELS.get(share.network, share.network)
    with force_locale(person.language or "fr"):
        if state == PUBLISH_PUBLISHED:
            kind, url = KIND_PUBLISHED, "/me/posts"
            title = _("Your %(network)s post is published", network=network)
            body = _("Its figures will appear on My posts as they arrive.")
        elif state == PUBLISH_NEEDS_CHECK:
            kind, url = KIND_PUBLISH_CHECK, f"/shares/{share.id}"
            title = _("Check whether your %(network)s post was published", network=network)
            body = _("%(network)s did not answer and we cannot tell whether your post went out, so we did not "
                     "send it again. Look at your profile: if the post is there, register its address; if "
                     "not, publish again.", network=network)
        else:
            kind, url = KIND_PUBLISH_FAILED, f"/shares/{share.id}"
            title = _("Your %(network)s post could not be published", network=network)
            body = _("Publishing failed: %(reason)s", reason=share.publish_error or "")
    note = Notification(person_id=person.id, kind=kind, kit_id=share.variant.kit_id, title=title[:200], body=body,
                        url=url, created_at=utcnow())
    db.session.add(note)
    push.queue(note)


def _precheck(share: Share, person, now: datetime) -> str | None:
    """None when the share may go out now; else the state it was left in."""
    if person is None:
        return _fail(share, "person_gone")
    if is_quiet_time(person, now):
        when = next_allowed(person, now)
        if when is None:
            return _fail(share, "quiet_time")
        share.publish_state, share.publish_at = PUBLISH_SCHEDULED, when
        return PUBLISH_SCHEDULED
    if membership_problem(person) is not None:
        return _fail(share, "not_a_member")
    if not sharing.network_still_allowed(share.network):
        return _fail(share, "network_not_allowed")
    if share_review.follow_up(share, share_review.decision_for(share)) == share_review.DO_NOT_PUBLISH:
        return _fail(share, "review_failed", "compliance decided this text must not be published")
    outcome = sharing.check_share_text(share.variant, share.text)
    if outcome.blocks:
        return _fail(share, "check_failed", "the disclosure check no longer passes this text")
    account = db.session.get(LinkedAccount, share.linked_account_id) if share.linked_account_id else None
    if account is None or account.person_id != person.id:
        return _fail(share, "account_unlinked")
    if accounts.consent_to_confirm(person.id):
        return _fail(share, "consent_to_confirm", "confirm the new notice of your consent on My accounts, then "
                                                  "publish again")
    if account.refused_at is not None:
        return _fail(share, "token_expired", "link the account again")
    return None


def _needs_check(share: Share, detail: str) -> str:
    share.publish_state = PUBLISH_NEEDS_CHECK
    share.publish_error = f"unconfirmed: {detail}"[:300]
    record("campaigns.share_publish_unconfirmed", actor=None, object_type="share", object_id=share.id,
           details={"network": share.network})
    return PUBLISH_NEEDS_CHECK


def _reconcile(share: Share, person, account: LinkedAccount, text: str) -> str | None:
    """An earlier request's answer was lost (``publish_sent_at``): the post may exist. Returns the
    state when settled here, None when sending (again) cannot make a second post."""
    sent = share.publish_sent_at
    if share.network == "mastodon":
        if utcnow() - sent < MASTODON_KEY_KEPT:
            return None  # the same Idempotency-Key answers with the post the lost request made
        return _needs_check(share, "Mastodon no longer remembers the first request (over an hour ago)")
    if share.network != "linkedin":
        return None  # Bluesky: the same record key collides with the post the lost request made
    try:
        found = accounts.find_published(account, text, sent - FIND_MARGIN)
    except Expired as exc:
        return _needs_check(share, f"token_expired: {exc.detail}")
    except ProviderFailure as exc:
        return _needs_check(share, f"LinkedIn cannot tell whether the post exists ({exc.detail})")
    if found is None:
        return None
    _published(share, person, found["post_id"], found["url"])
    return PUBLISH_PUBLISHED


def record_key(share: Share) -> str:
    """The share's Bluesky record key: a TID of its creation and id, the same at every try."""
    return bluesky.record_key(share.created_at, share.id)


def _publish(share: Share, person) -> str:
    account = db.session.get(LinkedAccount, share.linked_account_id)
    text = publish_text(share)
    lost_before = share.publish_sent_at is not None
    if lost_before:
        state = _reconcile(share, person, account, text)
        if state is not None:
            return state
    else:
        share.publish_sent_at = utcnow()
    db.session.commit()  # the attempt is in flight: a lost answer is known at the next try
    try:
        result = accounts.publish(account, text, f"porte-voix-share-{share.id}", share.variant.lang,
                                  record_key=record_key(share))
    except ProviderFailure as exc:
        uncertain = exc.retryable and not isinstance(exc, (RateLimited, Unavailable))
        if not uncertain and not lost_before:
            share.publish_sent_at = None  # answered: this request made nothing (an earlier lost one may have)
        return _refused(share, person, exc)
    _published(share, person, result["post_id"], result["url"], result.get("at_uri"))
    return PUBLISH_PUBLISHED


def _refused(share: Share, person, exc: ProviderFailure) -> str:
    if isinstance(exc, Expired):
        return _fail(share, "token_expired", exc.detail)
    if isinstance(exc, TooLong):
        return _fail(share, "rejected", exc.detail)
    if isinstance(exc, RateLimited):
        share.publish_error = f"rate_limited: {exc.detail}"[:300]
        return _later(share, person, exc.retry_after)
    if not exc.retryable:
        return _fail(share, exc.kind, exc.detail)
    # No answer or a 5xx: tried again later (``publish_sent_at`` tells the next try the post may exist).
    share.publish_error = f"{exc.kind}: {exc.detail}"[:300]
    return _later(share, person, BACKOFF[min(share.publish_attempts, len(BACKOFF)) - 1])


def _published(share: Share, person, post_id: str, url: str, at_uri: str | None = None) -> None:
    """Record the provider's answer and register the post (tracking and points follow the signal)."""
    share.post_id = post_id[:300]
    if at_uri:  # Bluesky: the post's lasting at:// URI (with the DID), which the poller reads by
        share.at_uri = at_uri[:1000]
        share.author_did = at_uri[len("at://"):].split("/", 1)[0][:300]
    share.url = url[:500]
    share.post_key = f"{share.network}:published:{share.linked_account_id}:{post_id}"[:600]
    try:
        share.post_key = networks.post_key(share.network, networks.validate_post_url(share.network, url))
    except networks.InvalidUrl:
        pass  # an address of another shape: the provider's id keys it
    share.status = SHARE_PENDING
    share.registered_at = utcnow()
    share.publish_state, share.publish_error, share.publish_sent_at = PUBLISH_PUBLISHED, None, None
    db.session.flush()
    record("campaigns.share_published", actor=None, object_type="share", object_id=share.id,
           details={"network": share.network, "post_id": post_id})
    signals.share_registered.send(share)
