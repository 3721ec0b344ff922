"""Linking, unlinking and publishing through a person's network accounts (flush, never commit).

Linking Mastodon is two requests of the person's browser: :func:`start_mastodon_link` registers our
client on the server once (cached per server and redirect URI), then returns the authorization
URL and the pending state the view keeps in the person's session (state and PKCE verifier);
:func:`finish_mastodon_link` checks the state, exchanges the code with the verifier, reads the
account with ``verify_credentials`` and stores the token encrypted.

LinkedIn is the same two steps with the operator's LinkedIn app (``ADVOCACY_LINKEDIN_CLIENT_ID``):
:func:`start_linkedin_link`, :func:`finish_linkedin_link` (``/v2/userinfo`` gives the member URN).
Its access tokens end after 60 days: :func:`usable_token` refreshes one that ends within a day when
LinkedIn gave a refresh token, else the person links again before :attr:`LinkedAccount.relink_by`.
"""
from __future__ import annotations

import secrets
import time
from datetime import timedelta
from urllib.parse import urlsplit

from authlib.oauth2.rfc7636 import create_s256_code_challenge
from flask import current_app, url_for
from flask_babel import gettext as _
from sqlalchemy import delete, select

from advocacy.core import crypto, signals
from advocacy.accounts.errors import AccountError
from advocacy.accounts.models import LinkedAccount, OAuthApp
from advocacy.accounts.providers import PROVIDERS, Expired, ProviderFailure, Refused
from advocacy.accounts.providers import bluesky, linkedin, mastodon
from advocacy.consent.services import has_consent, needs_confirmation
from advocacy.core.audit import record
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

PURPOSE = "account_token"
#: How long a started link waits for the person to come back from the server.
PENDING_SECONDS = 15 * 60
#: A token ending sooner than this is refreshed before use (when the network gave a refresh token).
REFRESH_AHEAD = timedelta(days=1)
#: Bluesky access JWTs last about two hours: refreshed when they end within five minutes.
BLUESKY_REFRESH_AHEAD = timedelta(minutes=5)
#: The server column of LinkedIn accounts (one LinkedIn).
LINKEDIN_SERVER = "https://www.linkedin.com"


def accounts_of(person_id: int, network: str | None = None) -> list[LinkedAccount]:
    stmt = select(LinkedAccount).where(LinkedAccount.person_id == person_id)
    if network:
        stmt = stmt.where(LinkedAccount.network == network)
    return list(db.session.scalars(stmt.order_by(LinkedAccount.network, LinkedAccount.id)))


def handles_of(person_id: int, network: str) -> set[str]:
    """The person's linked accounts on ``network`` as the tracker names authors: ``user@host`` on
    Mastodon, the DID on Bluesky, the member URN on LinkedIn (whose posts do not show it)."""
    column = LinkedAccount.handle if network == "mastodon" else LinkedAccount.account_id
    return set(db.session.scalars(select(column).where(
        LinkedAccount.person_id == person_id, LinkedAccount.network == network)))


def account_for(person_id: int, network: str, account_id: int | None = None) -> LinkedAccount | None:
    """The person's linked account to publish on ``network`` (the given one, else the oldest usable)."""
    rows = [a for a in accounts_of(person_id, network) if a.refused_at is None]
    if account_id is not None:
        rows = [a for a in rows if a.id == account_id]
    return rows[0] if rows else None


def consent_to_confirm(person_id: int) -> bool:
    """Whether the person gave ``account_token`` under the older notice, which covered reading metrics
    only: their tokens still read metrics, but nothing is published for them until they confirm the
    notice that says the token also publishes."""
    return needs_confirmation(person_id, PURPOSE)


def _require_consent(person) -> None:
    if not has_consent(person.id, PURPOSE):
        raise AccountError("no_consent", _("Linking an account needs your consent “Connect one of my social "
                                           "accounts” (My consents)."))
    if needs_confirmation(person.id, PURPOSE):
        raise AccountError("consent_to_confirm", _("The notice of your consent “Connect one of my social accounts” "
                                                   "changed: confirm it first (at the top of this page)."))


def callback_url(network: str) -> str:
    base = current_app.config["PUBLIC_BASE_URL"].rstrip("/")
    return base + url_for("accounts.callback", network=network)


def _app(base: str, redirect_uri: str) -> OAuthApp:
    """Our client on this server: registered once (``POST /api/v1/apps``), then reused."""
    row = db.session.scalar(select(OAuthApp).where(OAuthApp.network == "mastodon", OAuthApp.server == base,
                                                   OAuthApp.redirect_uri == redirect_uri,
                                                   OAuthApp.scopes == mastodon.SCOPES))
    if row is not None:
        return row
    client_id, secret = mastodon.register_app(base, redirect_uri, current_app.config["PUBLIC_BASE_URL"])
    row = OAuthApp(network="mastodon", server=base, redirect_uri=redirect_uri, scopes=mastodon.SCOPES,
                   client_id=client_id, client_secret_ciphertext=crypto.encrypt(secret))
    db.session.add(row)
    db.session.flush()
    return row


def start_mastodon_link(person, raw_server: str) -> tuple[str, dict]:
    """(the server's authorization URL, the pending link to keep in the session)."""
    _require_consent(person)
    try:
        base = mastodon.server_base(raw_server)
    except mastodon.BadServer:
        raise AccountError("bad_server", _("This is not the address of a Mastodon server we can reach "
                                           "(e.g. mastodon.social)."), "server") from None
    redirect_uri = callback_url("mastodon")
    try:
        app = _app(base, redirect_uri)
    except ProviderFailure as exc:
        raise AccountError("server_refused", _("%(server)s did not let us register: %(detail)s",
                                               server=mastodon.host_of(base), detail=exc.detail), "server") from None
    state = secrets.token_urlsafe(24)
    verifier = secrets.token_urlsafe(64)
    pending = {"state": state, "verifier": verifier, "app_id": app.id, "person_id": person.id,
               "until": time.time() + PENDING_SECONDS}
    url = mastodon.authorize_url(base, app.client_id, redirect_uri, state, create_s256_code_challenge(verifier))
    return url, pending


def finish_mastodon_link(person, pending: dict | None, state: str | None, code: str | None,
                         error: str | None = None) -> LinkedAccount:
    """Check the state against the pending link of this session, then store the account."""
    _check_pending(person, pending, state, "mastodon")
    if error or not code:
        raise AccountError("denied", _("The server did not authorise the link."))
    _require_consent(person)
    app = db.session.get(OAuthApp, pending.get("app_id"))
    if app is None:
        raise AccountError("state_mismatch", _("Start again."))
    try:
        token = mastodon.exchange_code(app.server, app.client_id, crypto.decrypt(app.client_secret_ciphertext),
                                       app.redirect_uri, code, pending["verifier"])
        who = mastodon.verify_credentials(app.server, token["access_token"])
    except ProviderFailure as exc:
        raise AccountError("server_refused", _("%(server)s refused the link: %(detail)s",
                                               server=mastodon.host_of(app.server), detail=exc.detail)) from None
    row = db.session.scalar(select(LinkedAccount).where(LinkedAccount.network == "mastodon",
                                                        LinkedAccount.server == app.server,
                                                        LinkedAccount.account_id == who["account_id"]))
    if row is not None and row.person_id != person.id:
        raise AccountError("taken", _("This account is already linked by someone else."))
    if row is None:
        row = LinkedAccount(person_id=person.id, network="mastodon", server=app.server,
                            account_id=who["account_id"], token_ciphertext="")
        db.session.add(row)
    row.handle, row.profile_url, row.app_id = who["handle"], who["profile_url"], app.id
    row.scopes = token["scope"]
    row.token_ciphertext = crypto.encrypt(token["access_token"])
    row.refresh_ciphertext, row.expires_at, row.refused_at = None, None, None
    db.session.flush()
    record("accounts.linked", actor=person, object_type="linked_account", object_id=row.id,
           details={"network": "mastodon", "server": mastodon.host_of(app.server), "handle": row.handle})
    signals.account_linked.send(person, network=row.network)
    return row


def linkedin_configured() -> bool:
    config = current_app.config
    return bool(config.get("LINKEDIN_CLIENT_ID") and config.get("LINKEDIN_CLIENT_SECRET"))


def _linkedin_app() -> tuple[str, str, str]:
    config = current_app.config
    return config["LINKEDIN_AUTH_URL"].rstrip("/"), config["LINKEDIN_CLIENT_ID"], config["LINKEDIN_CLIENT_SECRET"]


def _linkedin_api() -> str:
    return current_app.config["LINKEDIN_API_URL"].rstrip("/")


def start_linkedin_link(person) -> tuple[str, dict]:
    """(LinkedIn's authorization URL, the pending link to keep in the session)."""
    _require_consent(person)
    if not linkedin_configured():
        raise AccountError("not_configured", _("LinkedIn linking is not set up on this service yet: ask an "
                                               "administrator (ADVOCACY_LINKEDIN_CLIENT_ID)."))
    auth, client_id, _secret = _linkedin_app()
    state = secrets.token_urlsafe(24)
    pending = {"state": state, "network": "linkedin", "person_id": person.id, "until": time.time() + PENDING_SECONDS}
    url = linkedin.authorize_url(auth, client_id, callback_url("linkedin"), state,
                                 current_app.config["LINKEDIN_SCOPES"])
    return url, pending


def _check_pending(person, pending: dict | None, state: str | None, network: str) -> None:
    if not pending or not state or not secrets.compare_digest(str(pending.get("state")), str(state)) \
            or pending.get("person_id") != person.id or float(pending.get("until", 0)) < time.time() \
            or pending.get("network", "mastodon") != network:
        raise AccountError("state_mismatch", _("This sign-in answer does not match a link you started here "
                                               "(or it is too old). Start again."))


def _store_grant(row: LinkedAccount, grant: dict) -> None:
    row.token_ciphertext = crypto.encrypt(grant["access_token"])
    row.expires_at = grant["expires_at"]
    if grant.get("refresh_token"):
        row.refresh_ciphertext = crypto.encrypt(grant["refresh_token"])
        row.refresh_expires_at = grant.get("refresh_expires_at")
    row.refused_at = None


def finish_linkedin_link(person, pending: dict | None, state: str | None, code: str | None,
                         error: str | None = None) -> LinkedAccount:
    """Check the state, exchange the code, read the member's id (``/v2/userinfo``), store the token."""
    _check_pending(person, pending, state, "linkedin")
    if error or not code:
        raise AccountError("denied", _("LinkedIn did not authorise the link."))
    _require_consent(person)
    if not linkedin_configured():
        raise AccountError("not_configured", _("LinkedIn linking is not set up on this service yet."))
    auth, client_id, secret = _linkedin_app()
    try:
        grant = linkedin.exchange_code(auth, client_id, secret, callback_url("linkedin"), code)
        who = linkedin.userinfo(_linkedin_api(), grant["access_token"])
    except ProviderFailure as exc:
        raise AccountError("server_refused", _("LinkedIn refused the link: %(detail)s", detail=exc.detail)) from None
    row = db.session.scalar(select(LinkedAccount).where(LinkedAccount.network == "linkedin",
                                                        LinkedAccount.account_id == who["account_id"]))
    if row is not None and row.person_id != person.id:
        raise AccountError("taken", _("This account is already linked by someone else."))
    if row is None:
        row = LinkedAccount(person_id=person.id, network="linkedin", server=LINKEDIN_SERVER,
                            account_id=who["account_id"], token_ciphertext="")
        db.session.add(row)
    row.handle, row.profile_url, row.app_id = who["handle"], None, None
    row.scopes = grant["scope"] or current_app.config["LINKEDIN_SCOPES"]
    row.refresh_ciphertext, row.refresh_expires_at = None, None
    _store_grant(row, grant)
    db.session.flush()
    record("accounts.linked", actor=person, object_type="linked_account", object_id=row.id,
           details={"network": "linkedin", "expires_at": row.expires_at.isoformat()})
    signals.account_linked.send(person, network=row.network)
    return row


def link_bluesky(person, raw_handle: str, app_password: str, raw_server: str | None = None) -> LinkedAccount:
    """Open a session with the handle and app password (``createSession``) and keep its JWTs, encrypted;
    the app password itself is never stored nor logged."""
    _require_consent(person)
    handle = bluesky.normalise_handle(raw_handle)
    if handle is None:
        raise AccountError("bad_handle", _("This is not a Bluesky handle (e.g. you.bsky.social)."), "handle")
    try:
        base = mastodon.server_base(raw_server or "bsky.social")
    except mastodon.BadServer:
        raise AccountError("bad_server", _("This is not the address of a Bluesky server we can reach "
                                           "(leave bsky.social unless you host your own)."), "server") from None
    try:
        session = bluesky.create_session(base, handle, app_password)
    except Expired:
        raise AccountError("bad_password", _("Bluesky refused this handle and app password."), "app_password") from None
    except ProviderFailure as exc:
        raise AccountError("server_refused", _("%(server)s refused the link: %(detail)s",
                                               server=mastodon.host_of(base), detail=exc.detail), "server") from None
    pds = session["pds"]
    if pds:
        try:
            pds = mastodon.server_base(pds if "://" in pds else f"https://{pds}")
        except mastodon.BadServer:
            pds = None
    server = pds or base
    row = db.session.scalar(select(LinkedAccount).where(LinkedAccount.network == "bluesky",
                                                        LinkedAccount.account_id == session["did"]))
    if row is not None and row.person_id != person.id:
        raise AccountError("taken", _("This account is already linked by someone else."))
    if row is None:
        row = LinkedAccount(person_id=person.id, network="bluesky", server=server, account_id=session["did"],
                            token_ciphertext="")
        db.session.add(row)
    _store_session(row, session)
    row.server, row.handle, row.app_id = server, session["handle"], None
    row.profile_url = f"https://bsky.app/profile/{session['handle']}"
    row.scopes = "app-password"
    db.session.flush()
    record("accounts.linked", actor=person, object_type="linked_account", object_id=row.id,
           details={"network": "bluesky", "server": mastodon.host_of(server), "handle": row.handle})
    signals.account_linked.send(person, network=row.network)
    return row


def _store_session(row: LinkedAccount, session: dict) -> None:
    row.token_ciphertext = crypto.encrypt(session["access"])
    row.refresh_ciphertext = crypto.encrypt(session["refresh"])
    row.expires_at, row.refresh_expires_at = session["expires_at"], session["refresh_expires_at"]
    row.refused_at = None


def _refresh_bluesky(account: LinkedAccount) -> str:
    try:
        session = bluesky.refresh_session(account.server, crypto.decrypt(account.refresh_ciphertext))
    except Expired:
        account.refused_at = utcnow()
        db.session.flush()
        raise
    if session["did"] != account.account_id:
        raise Refused("the refreshed session is another account's")
    _store_session(account, session)
    account.handle = session["handle"]
    db.session.flush()
    return session["access"]


def token_of(account: LinkedAccount) -> str:
    return crypto.decrypt(account.token_ciphertext)


def usable_token(account: LinkedAccount) -> str:
    """The account's access token, refreshed first when it ends within :data:`REFRESH_AHEAD` and the
    network gave a refresh token; ``Expired`` (and the account marked refused) when it has ended."""
    now = utcnow()
    if account.refused_at is not None:
        raise Expired("the network refused this account's token: link it again")
    ahead = BLUESKY_REFRESH_AHEAD if account.network == "bluesky" else REFRESH_AHEAD
    if account.expires_at is None or account.expires_at - now > ahead:
        return token_of(account)
    if account.network == "bluesky" and account.refresh_ciphertext:
        try:
            return _refresh_bluesky(account)
        except Expired:
            raise
        except ProviderFailure:
            if account.expires_at > now:
                return token_of(account)
            raise
    refreshable = account.refresh_ciphertext and (account.refresh_expires_at is None
                                                  or account.refresh_expires_at > now)
    if account.network == "linkedin" and refreshable and linkedin_configured():
        auth, client_id, secret = _linkedin_app()
        try:
            grant = linkedin.refresh(auth, client_id, secret, crypto.decrypt(account.refresh_ciphertext))
        except Expired:
            account.refused_at = now
            db.session.flush()
            raise
        except ProviderFailure:
            if account.expires_at > now:
                return token_of(account)  # refresh later; this one still works
            raise
        _store_grant(account, grant)
        db.session.flush()
        return grant["access_token"]
    if account.expires_at > now:
        return token_of(account)
    account.refused_at = account.refused_at or now
    db.session.flush()
    raise Expired("the access token expired: link the account again")


def tracking_tokens(person_ids, network: str = "linkedin") -> dict:
    """{(person_id, network): access token} for the poller (the caller checked ``account_token``
    consent); an account whose token ended is skipped (its posts read as private)."""
    out = {}
    rows = db.session.scalars(select(LinkedAccount).where(
        LinkedAccount.person_id.in_(list(person_ids)), LinkedAccount.network == network,
        LinkedAccount.refused_at.is_(None)).order_by(LinkedAccount.id)).all()
    for row in rows:
        if (row.person_id, network) in out:
            continue
        try:
            out[(row.person_id, network)] = usable_token(row)
        except (ProviderFailure, crypto.InvalidToken):
            continue
    return out


def _revoke(account: LinkedAccount) -> bool:
    """Ask the provider to revoke the token (best effort: the token is deleted here anyway)."""
    try:
        token = token_of(account)
        if account.network == "mastodon":
            app = db.session.get(OAuthApp, account.app_id) if account.app_id else None
            if app is None:
                return False
            mastodon.revoke(account.server, app.client_id, crypto.decrypt(app.client_secret_ciphertext), token)
            return True
        if account.network == "bluesky" and account.refresh_ciphertext:
            bluesky.delete_session(account.server, crypto.decrypt(account.refresh_ciphertext))
            return True
        if account.network == "linkedin" and linkedin_configured():
            auth, client_id, secret = _linkedin_app()
            linkedin.revoke(auth, client_id, secret, token)
            return True
    except (ProviderFailure, crypto.InvalidToken) as exc:
        current_app.logger.warning("could not revoke linked account %s at %s: %s", account.id,
                                   urlsplit(account.server).netloc, getattr(exc, "detail", type(exc).__name__))
    return False


def unlink(person, account_id: int) -> LinkedAccount:
    row = db.session.get(LinkedAccount, account_id)
    if row is None or row.person_id != person.id:
        raise AccountError("not_found", _("This account is not linked."), status=404)
    revoked = _revoke(row)
    db.session.delete(row)
    db.session.flush()
    record("accounts.unlinked", actor=person, object_type="linked_account", object_id=account_id,
           details={"network": row.network, "handle": row.handle, "revoked": revoked})
    return row


def unlink_all(person_id: int, reason: str) -> int:
    """Withdrawal of ``account_token`` (or erasure): every token revoked and deleted."""
    rows = accounts_of(person_id)
    for row in rows:
        _revoke(row)
    db.session.execute(delete(LinkedAccount).where(LinkedAccount.person_id == person_id))
    db.session.flush()
    if rows:
        record("accounts.unlinked_all", actor=None, object_type="person", object_id=person_id,
               details={"count": len(rows), "reason": reason})
    return len(rows)


def publish(account: LinkedAccount, text: str, idempotency_key: str, language: str | None = None,
            record_key: str | None = None) -> dict:
    """Publish ``text`` through the account → {post_id, url} (``ProviderFailure`` otherwise; a refused
    token marks the account so the person is asked to link it again).

    Trying again after a lost answer never makes a second post on Mastodon (``idempotency_key``, kept an
    hour by the server) nor on Bluesky (``record_key``, the record's TID); LinkedIn has no such key:
    :func:`find_published` tells first whether the lost try made the post."""
    try:
        token = usable_token(account)
        if account.network == "linkedin":
            result = linkedin.publish(_linkedin_api(), current_app.config["LINKEDIN_VERSION"], token,
                                      account.account_id, text)
        elif account.network == "bluesky":
            try:
                result = bluesky.publish(account.server, token, account.account_id, account.handle, text, language,
                                         record_key)
            except bluesky.AccessExpired:  # ended sooner than its exp said: refresh once and try again
                result = bluesky.publish(account.server, _refresh_bluesky(account), account.account_id,
                                         account.handle, text, language, record_key)
        else:
            result = PROVIDERS[account.network].publish(account.server, token, text, idempotency_key, language)
    except Expired:
        account.refused_at = utcnow()
        db.session.flush()
        raise
    account.last_used_at = utcnow()
    db.session.flush()
    return result


def find_published(account: LinkedAccount, text: str, since) -> dict | None:
    """LinkedIn: the account's post of ``text`` made since ``since`` → {post_id, url}, None when there is
    none; ``ProviderFailure`` when LinkedIn cannot tell (the finder needs ``r_member_social``)."""
    if account.network != "linkedin":
        raise ValueError(f"no post finder for {account.network}")
    token = usable_token(account)
    return linkedin.find_post(_linkedin_api(), current_app.config["LINKEDIN_VERSION"], token, account.account_id,
                              text, since)


def rotate_keys() -> int:
    """Re-encrypt every stored secret with the first key of ``ADVOCACY_ENCRYPTION_KEYS``."""
    count = 0
    for row in db.session.scalars(select(LinkedAccount)):
        row.token_ciphertext = crypto.rotate(row.token_ciphertext)
        if row.refresh_ciphertext:
            row.refresh_ciphertext = crypto.rotate(row.refresh_ciphertext)
        count += 1
    for app in db.session.scalars(select(OAuthApp)):
        app.client_secret_ciphertext = crypto.rotate(app.client_secret_ciphertext)
        count += 1
    db.session.flush()
    return count


def on_consent_changed(person, purpose: str = "", given: bool = True, **_extra) -> None:
    if purpose == PURPOSE and not given:
        unlink_all(getattr(person, "id", person), "consent_withdrawn")


def export_person_data(person) -> dict:
    """GDPR access: which accounts are linked (never a token)."""
    return {"linked_accounts": [{"network": a.network, "server": a.server, "handle": a.handle,
                                 "linked_at": a.created_at.isoformat(),
                                 "last_used_at": a.last_used_at.isoformat() if a.last_used_at else None}
                                for a in accounts_of(person.id)]}


def erase_person_data(person) -> None:
    unlink_all(person.id, "erasure")
