"""Every page a person can reach: the URL map's GET routes that take no argument, then every link
those pages show (a kit, a version, a campaign…), each route at most ``PER_ENDPOINT`` times.

Used by the language test (``tests/core/test_page_language.py``, Flask test client on the demo
seed) and the accessibility walk (``tests/e2e/test_e2e_a11y.py``, Chromium on the live server):
both take their pages from here, so a route someone adds is walked without anyone listing it.

``visible_text(html)`` is what a reader sees: text outside ``<script>``/``<style>``, plus the
attributes a browser shows or reads aloud (placeholder, title, aria-label, alt, button values).
Content marked ``translate="no"`` (the HTML attribute for proper nouns and addresses) or with a
``lang`` other than the page's (text in another language on purpose: the signed French charter
on an English page, the language switch's "Français") is left out.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

from werkzeug.exceptions import HTTPException
from werkzeug.routing import RequestRedirect

from tests.security.authz_matrix import ANY, MATRIX, PUBLIC

#: Routes that are not pages to read, or whose GET does something (a tracked link counts a click,
#: SSO sends the browser away), or that only answer machines.
NOT_PAGES = {
    "static", "charter.static", "core.healthz", "core.favicon", "core.manifest", "core.service_worker",
    "core.set_language", "tracking.tracked_link", "auth.oidc_login", "auth.oidc_callback",
    "auth.saml_metadata", "auth.saml_login", "auth.saml_acs", "scim.endpoint", "api-docs.openapi_json",
    "consent.export", "consent.download", "consent.receipt", "kpi.export_csv", "campaigns.image", "auth.logout",
}
#: Pages no link leads to, opened directly: an e-mailed link that no longer works.
EXTRA_URLS = ("/password/not-a-valid-token",)
PER_ENDPOINT = 2
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SHOWN_ATTRIBUTES = ("placeholder", "title", "aria-label", "alt")


def may_see(roles: set[str]) -> Callable[[str], bool]:
    """Whether a person with ``roles`` (none: anonymous) may open an endpoint, per the authorization matrix."""
    def allowed(endpoint: str) -> bool:
        row = MATRIX.get(endpoint)
        if isinstance(row, dict):
            row = row.get("GET")
        if row is None:
            return False
        if row is PUBLIC:
            return True
        return bool(roles) and (row is ANY or bool(set(row) & roles))
    return allowed


def is_page_endpoint(endpoint: str, rule: str) -> bool:
    return endpoint not in NOT_PAGES and not rule.startswith("/api/") and "_api." not in endpoint


class _Page(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.text: list[str] = []
        self.links: list[str] = []
        self._skip: list[str] = []  # open elements whose content is not read
        self.lang: str | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href"):
            self.links.append(attrs["href"])
        if self._skip:
            if tag not in VOID:
                self._skip.append(tag)
            return
        if tag == "html":
            self.lang = attrs.get("lang")
        if tag in ("script", "style", "template") or attrs.get("translate") == "no" \
                or (tag != "html" and attrs.get("lang") and attrs["lang"] != self.lang):
            if tag not in VOID:
                self._skip.append(tag)
            return
        for name in SHOWN_ATTRIBUTES:
            if attrs.get(name):
                self.text.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button", "reset") and attrs.get("value"):
            self.text.append(attrs["value"])

    def handle_endtag(self, tag):
        if self._skip and tag == self._skip[-1]:
            self._skip.pop()

    def handle_data(self, data):
        if not self._skip and data.strip():
            self.text.append(data.strip())


def parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    page.close()
    return page


def visible_text(html: str) -> str:
    return "\n".join(parse(html).text)


class Walk:
    """Breadth-first over one person's pages. ``fetch(url) -> (status, content_type, html, final_url)``."""

    def __init__(self, app, fetch: Callable[[str], tuple[int, str, str, str]], allowed: Callable[[str], bool],
                 per_endpoint: int = PER_ENDPOINT, extra_urls: tuple[str, ...] = ()):
        self.app = app
        self.limit = per_endpoint
        self.extra_urls = EXTRA_URLS + tuple(extra_urls)
        self.fetch = fetch
        self.allowed = allowed
        self.adapter = app.url_map.bind("localhost")
        self.seen_urls: set[str] = set()
        self.per_endpoint: dict[str, list[str]] = {}

    def endpoint_of(self, url: str) -> str | None:
        parts = urlsplit(url)
        if parts.netloc and parts.netloc not in ("localhost", "127.0.0.1") and not parts.netloc.startswith("127.0.0.1:"):
            return None
        try:
            endpoint, _values = self.adapter.match(parts.path, method="GET")
        except RequestRedirect:
            return None
        except HTTPException:
            return None
        return endpoint

    def start_urls(self) -> list[str]:
        urls = []
        for rule in sorted(self.app.url_map.iter_rules(), key=lambda r: r.rule):
            if "GET" in rule.methods and not rule.arguments and is_page_endpoint(rule.endpoint, rule.rule) \
                    and self.allowed(rule.endpoint):
                urls.append(rule.rule)
        return urls + list(self.extra_urls)

    def pages(self):
        """Yield ``(url, endpoint, status, html)`` for every HTML page reached."""
        queue = self.start_urls()
        while queue:
            url = queue.pop(0)
            if url in self.seen_urls:
                continue
            endpoint = self.endpoint_of(url)
            if endpoint is None or not is_page_endpoint(endpoint, urlsplit(url).path) or not self.allowed(endpoint):
                continue
            taken = self.per_endpoint.setdefault(endpoint, [])
            if len(taken) >= self.limit:
                continue
            self.seen_urls.add(url)
            status, content_type, html, final_url = self.fetch(url)
            if "text/html" not in content_type:
                continue
            taken.append(url)
            yield url, endpoint, status, html
            for href in parse(html).links:
                target = urljoin(final_url or url, href).split("#")[0]
                parts = urlsplit(target)
                local = parts.path + (f"?{parts.query}" if parts.query else "")
                if local and local not in self.seen_urls and self.endpoint_of(target) is not None:
                    queue.append(local)


WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


ADDRESSES = re.compile(r"\S+@\S+|\bhttps?://\S+|\b[\w-]+(?:\.[\w-]+)+/\S*|#\w+")


#: A token mixing letters and digits (a SHA-256 fingerprint, an id, a code): "…3ce9…" holds no word "ce".
CODE = re.compile(r"\w*\d\w*")


def words(text: str) -> list[str]:
    """The words of ``text``, e-mail and web addresses, hashtags and letter-digit codes left out."""
    return WORD.findall(CODE.sub(" ", ADDRESSES.sub(" ", text)))
