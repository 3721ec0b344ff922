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
from datetime import date, datetime, timezone
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from sqlalchemy import text

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

LOOKUP_SQL = text("SELECT id, target_url, count_clicks FROM tracked_links WHERE code = :code")
# One statement: find the link and, if its sharer consented, record the click.
CAPTURE_SQL = text(
    "WITH l AS (SELECT id, target_url, count_clicks FROM tracked_links WHERE code = :code), "
    "ins AS (INSERT INTO tracking_clicks (link_id, at, day, visitor_hash) "
    "SELECT l.id, :at, :day, :visitor FROM l WHERE l.count_clicks RETURNING link_id) "
    "SELECT l.target_url, (SELECT count(*) FROM ins) FROM l")
INSERT_SQL = text("INSERT INTO tracking_clicks (link_id, at, day, visitor_hash) VALUES (:link, :at, :day, :visitor)")


def destination_for(share) -> str:
    """Kit link (else the campaign's first landing URL) with the campaign UTM parameters."""
    kit = share.variant.kit
    campaign = kit.campaign
    url = kit.link or (campaign.landing_urls[0] if campaign.landing_urls else None)
    if not url:
        from flask import current_app

        return current_app.config["PUBLIC_BASE_URL"]
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)]
    keys = {k for k, _v in query}
    if "utm_campaign" not in keys:
        from advocacy.campaigns.networks import slugify

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
        self._day: date | None = None
        self._salt: str | None = None

    def get(self, conn, day: date) -> str:
        if self._day == day and self._salt:
            return self._salt
        with self._lock:
            if self._day != day or not self._salt:
                salt = conn.execute(text("SELECT salt FROM tracking_click_salts WHERE day = :d"), {"d": day}).scalar()
                if salt is None:
                    conn.execute(text("INSERT INTO tracking_click_salts (day, salt) VALUES (:d, :s) "
                                      "ON CONFLICT (day) DO NOTHING"), {"d": day, "s": secrets.token_hex(32)})
                    salt = conn.execute(text("SELECT salt FROM tracking_click_salts WHERE day = :d"),
                                        {"d": day}).scalar()
                self._day, self._salt = day, salt
        return self._salt


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
        if engine.dialect.name == "postgresql":
            row = conn.execute(CAPTURE_SQL, {"code": code, "at": now, "day": day, "visitor": visitor}).first()
            return row[0] if row is not None else None
        row = conn.execute(LOOKUP_SQL, {"code": code}).first()
        if row is None:
            return None
        if row[2]:
            conn.execute(INSERT_SQL, {"link": row[0], "at": now, "day": day, "visitor": visitor})
        return row[1]
