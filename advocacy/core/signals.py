"""Signals between domains (blinker, through Flask's namespace).

A lower domain sends; a higher one connects in its ``setup.init_app``. This is how a lower layer
lets a higher one react without importing it (see the layers in ``pyproject.toml``). Receivers run
synchronously, in the sender's transaction: they flush, never commit.
"""
from blinker import Namespace

_signals = Namespace()

#: sender=person, purpose=str, given=bool — sent after a consent event is recorded.
consent_changed = _signals.signal("consent-changed")
#: sender=charter_version — sent when a charter version comes into force.
charter_in_force = _signals.signal("charter-in-force")
#: sender=person, reason=str, source=str — sent when a person leaves the organisation (SCIM
#: deactivation or deletion); domains that keep personal data connect to it in their setup.
person_left = _signals.signal("person-left")
#: sender=person, kind=str, subject=str, body=str — a lower domain (auth: invitation, password
#: reset) asks for an e-mail; the campaigns domain queues it in the mail outbox (same transaction).
mail_requested = _signals.signal("mail-requested")
#: sender=person_id (int), purposes=list[str] — consent to these purposes was withdrawn: delete
#: what was collected under them (tracking connects; the consent domain records the purge).
personal_data_purge = _signals.signal("personal-data-purge")
#: sender=share — an employee registered the URL of their published post (campaigns sends;
#: tracking schedules the polls, gamification awards the points).
share_registered = _signals.signal("share-registered")
#: sender=share — asks for the share's tracked link; a receiver (tracking) returns its absolute URL
#: (created if missing). Without an answer the share uses the kit's own link.
share_link_wanted = _signals.signal("share-link-wanted")
#: sender=share — asks for the share's latest public metrics; a receiver (tracking) returns a dict,
#: or None before anything is known.
share_metrics_wanted = _signals.signal("share-metrics-wanted")
#: sender=person, network=str — the person linked an account on that network (accounts sends; campaigns
#: adds the network to the ones the person uses, so that its kit variants show and can be published).
account_linked = _signals.signal("account-linked")
#: sender=person — GDPR access: each receiver returns the dict of what its domain holds on the person.
export_person_data = _signals.signal("export-person-data")
#: sender=event type (str, one of ``advocacy.core.events.CATALOGUE``), data=dict, key=str|None — an
#: organisational event happened (a kit approved, a charter version in force…). ``data`` never
#: describes a person; ``key`` makes an event that several paths may notice announced once. The
#: integrations domain turns it into signed webhooks and Slack / Teams messages. Send it through
#: ``advocacy.core.events.emit``.
org_event = _signals.signal("org-event")
#: sender=person — GDPR erasure: each receiver deletes or pseudonymises its domain's data on the person.
erase_person_data = _signals.signal("erase-person-data")

#: sender=None — ``flask keys rotate``: each receiver re-encrypts its domain's ciphertexts with the
#: first key of ``ADVOCACY_ENCRYPTION_KEYS`` (``advocacy.core.crypto.rotate``; flush, never commit)
#: and returns the number of rows it rewrote.
keys_rotating = _signals.signal("keys-rotating")


def first_answer(signal, sender, default=None):
    """The first non-None value a receiver of ``signal`` returns for ``sender``, else ``default``."""
    for _receiver, value in signal.send(sender):
        if value is not None:
            return value
    return default
