"""The purposes an employee consents to, one by one (DOMAIN.md §3).

Each purpose carries the plain-language notice shown on the consent page (English message
ids, French in the domain catalogue), the personal-data categories it touches, how long
the data are kept, and the processing it unlocks. The exact text shown is hashed into each
consent event (``notice_text`` / ``notice_hash``) so the ledger proves what was read.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import force_locale
from flask_babel import lazy_gettext as _l

from advocacy.core.errors import DomainError
from advocacy.core.chain import canonical_json, sha256_hex

#: Every notice version, oldest first. A new one is added whenever a notice's wording changes (the
#: last is stored in each new event and receipt). 2026-11-2: ``account_token`` also publishes the
#: approved text when the person asks (linked accounts, #19).
NOTICE_VERSIONS = ("2026-11-1", "2026-11-2")
NOTICE_VERSION = NOTICE_VERSIONS[-1]


@dataclass(frozen=True)
class Purpose:
    key: str
    label: object  # lazy string
    description: object  # lazy string: what saying yes means
    data_categories: tuple[str, ...]
    data_description: object  # lazy string
    retention: object  # lazy string
    unlocks: object  # lazy string: what the software does with it
    on_withdrawal: object  # lazy string: what happens to the data
    purpose_category: str  # Kantara purposeCategory
    primary: bool = False
    requires_program: bool = True
    #: The notice version from which this purpose allows more than it did: a consent given under an
    #: older notice still holds for what that notice said, and the person is asked to confirm the new
    #: one before the rest (``consent.services.to_confirm``). None: every given consent is current.
    reconfirm_from: str | None = None
    #: What the new notice allows that the old one did not (shown when asking to confirm).
    reconfirm_reason: object = None


_CATALOGUE = (
    Purpose(
        "program",
        _l("Join the advocacy program"),
        _l("I take part in the program: I can browse content kits, prepare my own posts and see my own "
           "results. Taking part is voluntary; refusing or leaving has no consequence for my job."),
        ("identity", "organisation"),
        _l("Your name, work e-mail and team."),
        _l("As long as you take part; removed from the program when you leave."),
        _l("Access to campaigns and content kits."),
        _l("You leave the program: every other consent is withdrawn too, nothing new is collected."),
        "core_function",
        primary=True,
        requires_program=False,
    ),
    Purpose(
        "post_metrics",
        _l("Measure my registered posts"),
        _l("For the posts whose address I register, the service reads their public figures (views, "
           "reactions, reposts, comments) on the social network. Nothing else is read from my accounts."),
        ("online_activity", "usage_statistics"),
        _l("Addresses of the posts you register and their public counters."),
        _l("Kept for the retention period set by the charter in force, then deleted."),
        _l("Periodic reading of the public metrics of your registered posts."),
        _l("No post of yours is read any more and the metrics already collected about you are deleted; "
           "only anonymous totals remain."),
        "service_analytics",
    ),
    Purpose(
        "link_clicks",
        _l("Count clicks on my tracked links"),
        _l("The links in my posts go through the service, which counts how many times they are opened. "
           "It does not identify who clicks."),
        ("usage_statistics",),
        _l("Click counts per tracked link (no data about the people who click)."),
        _l("Kept for the retention period set by the charter in force, then deleted."),
        _l("Counting clicks on your tracked links."),
        _l("Your links keep working but clicks are no longer counted, and the counts already linked to you "
           "are deleted; only anonymous totals remain."),
        "service_analytics",
    ),
    Purpose(
        "leaderboard",
        _l("Appear by name on leaderboards"),
        _l("My name may appear on the program's leaderboards seen by other participants. Without this "
           "consent I am counted only in anonymous totals."),
        ("identity", "usage_statistics"),
        _l("Your display name and your results in the program."),
        _l("Shown while the consent lasts; nothing is kept for this purpose after withdrawal."),
        _l("Your name on leaderboards."),
        _l("Your name disappears from every leaderboard at once."),
        "marketing",
    ),
    Purpose(
        "rewards",
        _l("Earn and redeem rewards"),
        _l("I earn points for my participation and can redeem them for the rewards the charter allows. "
           "Posts made with a reward must carry a disclosure mention."),
        ("usage_statistics", "transactions"),
        _l("Your points and redemptions."),
        _l("Kept for the retention period set by the charter in force, then deleted."),
        _l("Points and rewards."),
        _l("You stop earning points; rewards already redeemed stay yours."),
        "marketing",
    ),
    Purpose(
        "notifications",
        _l("Be notified"),
        _l("I receive notifications about new content kits, within the quiet hours and the weekly cap set "
           "by the charter."),
        ("contact",),
        _l("Your work e-mail and notification preferences."),
        _l("As long as the consent lasts."),
        _l("E-mails and in-app notifications about the program."),
        _l("No notification is sent to you any more."),
        "marketing",
    ),
    Purpose(
        "account_token",
        _l("Connect one of my social accounts"),
        _l("I let the service store an access token for the social accounts I link. It is used to read the "
           "metrics of the posts I register on those accounts and, when I ask, to publish only the text I "
           "approved: nothing else, and never on its own initiative."),
        ("credentials", "online_activity"),
        _l("An access token for each social account you link."),
        _l("Kept until you unlink the account or withdraw this consent."),
        _l("Publishing the text you approved through your own account when you ask, and reading your posts' "
           "metrics through it where the network requires it."),
        _l("The stored tokens are revoked at the network and deleted at once; nothing more is published for you."),
        "service_analytics",
        reconfirm_from="2026-11-2",
        reconfirm_reason=_l("The token can now also publish, when you ask, the text you approved through your "
                            "linked account. Until you confirm, it is used only to read your posts' metrics, "
                            "as before, and nothing is published for you."),
    ),
)

CATALOGUE: dict[str, Purpose] = {purpose.key: purpose for purpose in _CATALOGUE}
PURPOSES: tuple[str, ...] = tuple(CATALOGUE)
#: Purposes whose withdrawal queues a purge of collected personal data (tracking.purge_person).
PURGED_ON_WITHDRAWAL = ("post_metrics", "link_clicks", "account_token")


class UnknownPurpose(DomainError, ValueError):
    status = 404

    def __init__(self, purpose):
        super().__init__("unknown_purpose", f"unknown purpose {purpose!r}; known: {', '.join(PURPOSES)}", "purpose")
        self.purpose = purpose


def get_purpose(key: str) -> Purpose:
    try:
        return CATALOGUE[key]
    except (KeyError, TypeError):
        raise UnknownPurpose(key) from None


def notice_outdated(purpose: str, version: str | None) -> bool:
    """Whether a consent to ``purpose`` given under notice ``version`` predates what the purpose allows
    now (its ``reconfirm_from``): the person must confirm the current notice."""
    since = get_purpose(purpose).reconfirm_from
    if since is None:
        return False
    if version not in NOTICE_VERSIONS:
        return True  # an unknown version proves nothing about what was read
    return NOTICE_VERSIONS.index(version) < NOTICE_VERSIONS.index(since)


def notice_text(purpose: str, language: str = "fr") -> str:
    """The exact notice shown for ``purpose`` in ``language`` (hashed into each event)."""
    item = get_purpose(purpose)
    with force_locale(language if language in ("fr", "en") else "fr"):
        parts = {
            "label": str(item.label),
            "description": str(item.description),
            "data": str(item.data_description),
            "retention": str(item.retention),
            "withdrawal": str(item.on_withdrawal),
        }
    return canonical_json({"purpose": purpose, "version": NOTICE_VERSION, "language": language, **parts})


def notice_hash(purpose: str, language: str = "fr") -> str:
    return sha256_hex(notice_text(purpose, language))
