"""Per-network rules: text limits, share links, post-URL validation, campaign UTM links.

Plain functions (no database); messages go through Babel, so call them inside an app context.
"""
from __future__ import annotations

import re
import unicodedata
from urllib.parse import parse_qsl, quote, urlencode, urlsplit, urlunsplit

from flask_babel import gettext as _

from advocacy.core.errors import DomainError
from advocacy.core.outbound import is_allow_listed
from advocacy.disclosure.networks import NETWORKS as _COUNTING
from advocacy.disclosure.networks import URL_WEIGHT as URL_WEIGHT  # re-exported: what a link counts
from advocacy.disclosure.networks import composed, limit_of, post_length

LABELS = {"linkedin": "LinkedIn", "x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon"}
#: Default post limits, from the one source (``advocacy.disclosure.networks``); a Mastodon server
#: has its own (``campaigns.instances.post_limit``).
LIMITS = {name: _COUNTING[name].limit for name in LABELS}
#: Where a network's feed folds a long post behind "…see more" (characters): LinkedIn shows about
#: the first 210 on a laptop. Others show the whole post, so their cut is the length limit itself.
FEED_CUT = {"linkedin": 210}


class InvalidUrl(DomainError, ValueError):
    """A URL that does not fit; ``code`` names why (for messages and the API)."""

    status = 422

    def __init__(self, code: str, message: str):
        super().__init__(code, message, "url")


# -- text length: one source, ``advocacy.disclosure.networks`` --------------------------------

def limit_for(network: str, server_limit: int | None = None) -> int:
    """The post limit (a Mastodon server's own ``server_limit`` when known)."""
    return limit_of(network, server_limit) or LIMITS[network]


def text_length(network: str, text: str, link: str | None = None) -> int:
    """Length of the post as sent (with the link where the network puts it), counted the network's way."""
    return post_length(network, text or "", link)


def over_limit(network: str, text: str, link: str | None = None, limit: int | None = None) -> int:
    """How far over the limit (0 when it fits); ``limit``: a Mastodon server's own."""
    return max(0, text_length(network, text, link) - (limit or LIMITS[network]))


# -- share links (we never post on anyone's behalf) -----------------------------------------

_INSTANCE = re.compile(r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$")


def normalise_instance(raw: str) -> str:
    """``@me@social.example`` / ``https://social.example/`` / ``social.example`` → ``social.example``."""
    value = (raw or "").strip().lower()
    if "@" in value and "://" not in value:
        value = value.rsplit("@", 1)[1]
    if "://" in value:
        parts = urlsplit(value)
        if parts.scheme != "https":
            raise InvalidUrl("instance_scheme", _("The instance must use https."))
        value = parts.hostname or ""
    value = value.strip("/").split("/", 1)[0]
    try:
        value = value.encode("idna").decode("ascii")
    except UnicodeError:
        raise InvalidUrl("instance_invalid", _("This is not a server name.")) from None
    if not _INSTANCE.match(value):
        raise InvalidUrl("instance_invalid", _("This is not a server name."))
    if value in ("localhost",) or value.endswith((".local", ".internal", ".localhost")):
        raise InvalidUrl("instance_invalid", _("This is not a public server name."))
    return value


def share_link(network: str, text: str, link: str | None, instance: str | None = None) -> str:
    """The URL that opens the network's own composer, prefilled where the network allows it."""
    if network == "linkedin":
        return "https://www.linkedin.com/sharing/share-offsite/?" + urlencode({"url": link or ""})
    if network == "x":
        query = {"text": text}
        if link:
            query["url"] = link
        return "https://x.com/intent/tweet?" + urlencode(query, quote_via=quote)
    body = composed(network, text, link)  # exactly what the length counts
    if network == "bluesky":
        return "https://bsky.app/intent/compose?" + urlencode({"text": body}, quote_via=quote)
    if network == "mastodon":
        if not instance:
            raise InvalidUrl("instance_missing", _("Your Mastodon instance is not known yet."))
        return f"https://{instance}/share?" + urlencode({"text": body}, quote_via=quote)
    raise ValueError(f"no share link for {network!r}")


# -- "I published it": post URL validation ------------------------------------------------

_POST_PATHS = {
    # LinkedIn "Copy link to post": /posts/<member>_<slug>-<activity|share|ugcPost>-<id>-<suffix>[/];
    # the feed address: /feed/update/urn:li:<activity|share|ugcPost>:<id>[/]
    "linkedin": (re.compile(r"^/posts/[^/]*(activity|share|ugcPost)-\d{10,25}(-[A-Za-z0-9_-]{1,12})?/?$"),
                 re.compile(r"^/feed/update/urn:li:(activity|share|ugcPost):\d{10,25}/?$")),
    # X post addresses (X help, "How to find a post's URL"): /{user}/status/{id}, the older
    # /{user}/statuses/{id}, and /i/web/status/{id} (the form without a user name)
    "x": (re.compile(r"^/[A-Za-z0-9_]{1,15}/status(es)?/\d{1,25}/?$"), re.compile(r"^/i/web/status/\d{1,25}/?$")),
    "bluesky": (re.compile(r"^/profile/[A-Za-z0-9._:-]{3,253}/post/[a-z0-9]{3,20}/?$"),),
    "mastodon": (re.compile(r"^/@[A-Za-z0-9_]{1,30}(@[a-z0-9.-]+)?/\d{1,25}/?$"),
                 re.compile(r"^/users/[A-Za-z0-9_]{1,30}/statuses/\d{1,25}/?$")),
}
_HOSTS = {
    "linkedin": ("linkedin.com", "www.linkedin.com"),
    "x": ("x.com", "www.x.com", "twitter.com", "www.twitter.com", "mobile.twitter.com", "mobile.x.com"),
    "bluesky": ("bsky.app",),
}
_CANONICAL = {"linkedin": "www.linkedin.com", "x": "x.com", "bluesky": "bsky.app"}


def network_of_host(host: str) -> str | None:
    for network, hosts in _HOSTS.items():
        if host in hosts:
            return network
    return None


def validate_post_url(network: str, url: str, instance: str | None = None) -> str:
    """Check the pasted post URL belongs to ``network`` (and the Mastodon instance); return it clean."""
    url = (url or "").strip()
    if not url:
        raise InvalidUrl("url_missing", _("Paste the address of your post."))
    if len(url) > 500:
        raise InvalidUrl("url_too_long", _("The address is too long."))
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        raise InvalidUrl("url_invalid", _("This is not the address of a post.")) from None
    # A Mastodon server named in ADVOCACY_OUTBOUND_ALLOW (on premises, or the tests' loopback
    # fake) may use plain http and any port.
    on_premises = network == "mastodon" and _allow_listed(url)
    if not parts.hostname or (parts.scheme != "https" and not on_premises):
        raise InvalidUrl("url_scheme", _("The address must start with https://"))
    if parts.username or parts.password or (port not in (None, 443) and not on_premises):
        raise InvalidUrl("url_invalid", _("This is not the address of a post."))
    host = parts.hostname.lower()
    if on_premises and port is not None:
        host = f"{host}:{port}"
    if network == "mastodon":
        other = network_of_host(host)
        if other is not None:
            raise InvalidUrl("url_other_network", _("This is a %(other)s address, not a Mastodon one.", other=LABELS[other]))
        if instance and host != instance:
            raise InvalidUrl("url_other_host", _("The post must be on your instance %(instance)s.", instance=instance))
        if not on_premises:
            try:
                normalise_instance(host)
            except InvalidUrl:
                raise InvalidUrl("url_invalid", _("This is not the address of a post.")) from None
    elif host not in _HOSTS[network]:
        other = network_of_host(host)
        if other is not None:
            raise InvalidUrl("url_other_network", _("This is a %(other)s address, not a %(network)s one.", other=LABELS[other], network=LABELS[network]))
        raise InvalidUrl("url_other_host", _("A %(network)s post address starts with https://%(host)s/", network=LABELS[network], host=_CANONICAL[network]))
    path = parts.path
    if network == "linkedin" and path.startswith("/embed/feed/update/urn:li:"):
        # "Embed this post" gives /embed/feed/update/urn:li:share:<id> (what metrics_hint says to copy):
        # the same post as its feed address.
        path = path[len("/embed"):]
    if not any(p.match(path) for p in _POST_PATHS[network]):
        raise InvalidUrl("url_not_a_post", _not_a_post(network))
    return urlunsplit((parts.scheme if on_premises else "https", host, path, "", ""))


def _not_a_post(network: str) -> str:
    """The refusal of an address that is not one post, with what to copy instead."""
    if network == "linkedin":
        return _("This is not the address of one LinkedIn post. Open your post, choose “Copy link to post” in its "
                 "“…” menu and paste that address (it contains share-, ugcPost- or activity- and a number).")
    if network == "x":
        return _("This is not the address of one X post. Open your post, choose Share then “Copy link” and paste "
                 "that address (it looks like https://x.com/your_name/status/1234…).")
    return _("This is not the address of one %(network)s post.", network=LABELS[network])


def metrics_hint(network: str, clean_url: str) -> str | None:
    """What to tell the person when the registered address cannot give post figures: a LinkedIn
    activity address (LinkedIn reads statistics by share or ugcPost id, a different number)."""
    if network == "linkedin" and "activity" in clean_url and "share" not in clean_url and "ugcPost" not in clean_url:
        return _("LinkedIn gives figures only for a post's share link, not for an activity address like this "
                 "one: this post is registered without figures. Next time, open the post's “…” menu, choose "
                 "“Embed this post” and register the address it shows (it contains urn:li:share: or "
                 "urn:li:ugcPost:).")
    return None


_LINKEDIN_ID = re.compile(r"(?:activity|share|ugcPost)[:-](\d{10,25})")


def post_key(network: str, clean_url: str) -> str:
    """What identifies one post whatever address was pasted (the duplicate check compares these).

    An X status is its number (``x.com/anyone/status/<n>`` shows the same post); a LinkedIn post
    its activity number (``/posts/…-activity-<n>-…`` and ``/feed/update/urn:li:activity:<n>``); a
    Mastodon status its server and number; a Bluesky post its author and record key. Case,
    scheme, query, fragment and a trailing slash never make a different post.
    """
    parts = urlsplit(clean_url)
    host = (parts.hostname or "").lower() + (f":{parts.port}" if parts.port else "")
    path = parts.path.rstrip("/")
    segments = [s for s in path.split("/") if s]
    if network == "x" and len(segments) >= 3:
        return f"x:{segments[-1]}"
    if network == "linkedin":
        match = _LINKEDIN_ID.search(path)
        if match:
            return f"linkedin:{match.group(1)}"
    if network == "mastodon" and segments:
        return f"mastodon:{host}:{segments[-1]}"
    if network == "bluesky" and len(segments) >= 4:
        return f"bluesky:{segments[1].lower()}:{segments[3]}"
    return f"{network}:{host}{path.lower()}"


def _allow_listed(url: str) -> bool:
    return bool(is_allow_listed(url))


# -- campaign links with UTM parameters ------------------------------------------------------

#: Query keys that could identify a person; a landing URL carrying one is refused.
PERSONAL_KEYS = re.compile(
    r"^(e?mail|email_?address|user(_?id|name)?|uid|login|employee(_?id)?|person(_?id)?|member(_?id)?|"
    r"name|first_?name|last_?name|phone|tel|mc_eid|_hsenc|_hsmi|fbclid|gclid|msclkid|ref|referrer|token|session|sid)$",
    re.IGNORECASE)
_EMAIL = re.compile(r"[^@\s/?&=]+@[^@\s/?&=]+\.[a-z]{2,}", re.IGNORECASE)
_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(value: str) -> str:
    value = unicodedata.normalize("NFKD", value or "").encode("ascii", "ignore").decode().lower()
    return _SLUG.sub("-", value).strip("-")[:60] or "campaign"


def campaign_link(url: str, utm_campaign: str) -> str:
    """The landing URL with the campaign's UTM parameters, and nothing that identifies a person.

    Existing ``utm_*`` keys are replaced; keys or values that could identify someone are refused.
    """
    url = (url or "").strip()
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise InvalidUrl("url_scheme", _("A landing URL starts with https:// (or http://)."))
    if parts.username or parts.password:
        raise InvalidUrl("url_invalid", _("A landing URL cannot carry a user name or password."))
    if len(url) > 400:
        raise InvalidUrl("url_too_long", _("The address is too long."))
    if _EMAIL.search(url):
        raise InvalidUrl("url_personal", _("A landing URL cannot carry an e-mail address."))
    query = []
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key.lower().startswith("utm_"):
            continue
        if PERSONAL_KEYS.match(key):
            raise InvalidUrl("url_personal", _("The parameter “%(key)s” could identify a person.", key=key))
        query.append((key, value))
    query += [("utm_source", "porte-voix"), ("utm_medium", "employee-advocacy"),
              ("utm_campaign", slugify(utm_campaign))]
    return urlunsplit((parts.scheme, parts.netloc.lower(), parts.path or "/", urlencode(query), parts.fragment))
