"""Tracked-link destinations and durable click capture (the redirect's hot path).

The redirect answers with one round trip to the database: a single statement
looks the code up and, when the click counts, inserts it in the same transaction,
committed before the 302 is sent. Unfurlers, prefetches and HEAD requests are
not counted; the visitor is a salted hash whose random salt lives one day.
"""
from __future__ import annotations

import hashlib
import re
import secrets
import threading
import time
from datetime import date, datetime, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import text
from flask import current_app
from advocacy.campaigns.networks import slugify

#: User agents of link unfurlers, previewers and crawlers (case-insensitive search).
BOT_AGENTS = re.compile(
    r"bot\b|bot/|crawl|spider|slurp|facebookexternalhit|facebookcatalog|meta-externalagent|linkedinbot|"
    r"twitterbot|slackbot|slack-imgproxy|discordbot|telegrambot|whatsapp|skypeuripreview|"
    r"mastodon/|pleroma|akkoma|misskey|cardyb|bluesky|embedly|iframely|vkshare|pinterest|redditbot|"
    r"applebot|googlebot|bingbot|yandex|baiduspider|duckduckbot|qwantify|preview|unfurl|python-requests|"
    r"curl/|wget/|go-http-client|okhttp|headlesschrome|lighthouse|outlook|microsoft office|ms-office",
    re.IGNORECASE)
PREFETCH_HEADERS = (("Purpose", "prefetch"), ("Sec-Purpose", "prefetch"), ("X-Purpose", "preview"),
                    ("X-Moz", "prefetch"), ("Sec-Purpose", "prerender"))

#: What a tracked-link code is made of (``secrets.token_urlsafe``); anything else is simply not found.
CODE_CHARS = re.compile(r"[A-Za-z0-9_-]{6,24}")

LOOKUP_SQL = text("SELECT id, target_url, count_clicks FROM tracked_links WHERE code = :code")
# One statement: find the link and, if its sharer consented, record the click.
CAPTURE_SQL = text(
    "WITH l AS (SELECT id, target_url, count_clicks FROM tracked_links WHERE code = :code), "
    "ins AS (INSERT INTO tracking_clicks (link_id, at, day, visitor_hash) "
    "SELECT l.id, :at, :day, :visitor FROM l WHERE l.count_clicks RETURNING link_id) "
    "SELECT l.target_url, (SELECT count(*) FROM ins) FROM l")


def destination_for(share) -> str:
    """Kit link (else the campaign's first landing URL) with the campaign UTM parameters."""
    kit = share.variant.kit
    campaign = kit.campaign
    url = kit.link or (campaign.landing_urls[0] if campaign.landing_urls else None)
    if not url:
        return current_app.config["PUBLIC_BASE_URL"]
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    keys = {k for k, _v in query}
    if "utm_campaign" not in keys:
        query += [("utm_source", "porte-voix"), ("utm_medium", "employee-advocacy"),
                  ("utm_campaign", slugify(campaign.utm_campaign or campaign.name))]
    if "utm_content" not in keys:
        query.append(("utm_content", share.network))
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", urlencode(query), parts.fragment))


def is_countable(method: str, headers) -> bool:
    """Only a human GET counts: no HEAD, no prefetch/preview, no unfurler or crawler."""
    if method != "GET":
        return False
    for name, value in PREFETCH_HEADERS:
        if value in (headers.get(name) or "").lower():
            return False
    agent = headers.get("User-Agent") or ""
    if not agent.strip() or BOT_AGENTS.search(agent):
        return False
    return True


class DailySalt:
    """Today's random salt, shared by every process through the database, cached per day."""

    def __init__(self):
        self._lock = threading.Lock()
        self._current: tuple[date, str] | None = None  # one attribute: read and replaced atomically

    def peek(self, day: date) -> str | None:
        """Today's salt if already known in this process (no database access), else None."""
        current = self._current
        return current[1] if current is not None and current[0] == day else None

    def get(self, conn, day: date) -> str:
        salt = self.peek(day)
        if salt:
            return salt
        with self._lock:
            salt = self.peek(day)
            if not salt:
                salt = conn.execute(text("SELECT salt FROM tracking_click_salts WHERE day = :d"), {"d": day}).scalar()
                if salt is None:
                    conn.execute(text("INSERT INTO tracking_click_salts (day, salt) VALUES (:d, :s) "
                                      "ON CONFLICT (day) DO NOTHING"), {"d": day, "s": secrets.token_hex(32)})
                    salt = conn.execute(text("SELECT salt FROM tracking_click_salts WHERE day = :d"),
                                        {"d": day}).scalar()
                self._current = (day, salt)
        return salt


class VisitorBudget:
    """How many requests of one visitor on one link are recorded: ``limit`` per ``window`` seconds.

    Past it the visitor still gets the redirect; the request is just not written (the figures count
    unique visitors anyway, so this only keeps a flood out of the raw table). In process memory,
    keyed by a non-persistent hash of (code, address, agent): nothing personal is stored.
    """

    def __init__(self, limit: int = 5, window: float = 600.0, max_entries: int = 200_000):
        self.limit, self.window, self.max_entries = limit, window, max_entries
        self._lock = threading.Lock()
        self._seen: dict[int, tuple[float, int]] = {}

    def allow(self, code: str, address: str, agent: str) -> bool:
        key = hash((code, address, agent))
        now = time.monotonic()
        with self._lock:
            start, count = self._seen.get(key, (now, 0))
            if now - start > self.window:
                start, count = now, 0
            if count >= self.limit:
                return False
            if len(self._seen) >= self.max_entries:
                self._seen.clear()
            self._seen[key] = (start, count + 1)
        return True


def visitor_hash(salt: str, code: str, address: str, agent: str) -> str:
    return hashlib.sha256(f"{salt}\x00{code}\x00{address}\x00{agent}".encode("utf-8", "replace")).hexdigest()


def client_address(environ) -> str:
    return environ.get("REMOTE_ADDR") or ""


def capture(engine, code: str, *, countable: bool, address: str, agent: str, salt_cache: DailySalt,
            now: datetime | None = None) -> str | None:
    """Look ``code`` up and record a countable click; committed before returning the target."""
    now = now or datetime.now(timezone.utc)
    with engine.begin() as conn:
        if not countable:
            row = conn.execute(LOOKUP_SQL, {"code": code}).first()
            return row[1] if row is not None else None
        day = now.date()
        salt = salt_cache.get(conn, day)
        visitor = visitor_hash(salt, code, address, agent)
        row = conn.execute(CAPTURE_SQL, {"code": code, "at": now, "day": day, "visitor": visitor}).first()
        return row[0] if row is not None else None
