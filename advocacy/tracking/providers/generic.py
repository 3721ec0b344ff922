"""Any other network: only confirms that the post page still exists (no metrics)."""
from __future__ import annotations

from urllib.parse import urlsplit

from advocacy.core.outbound import OutboundError
from advocacy.tracking.providers.base import BadResponse, Snapshot, Transient, check_status


def key(url: str, ctx) -> str:
    return "web:" + urlsplit(url).netloc.lower()


def fetch(url: str, ctx, person_id=None) -> Snapshot:
    try:
        response = ctx.client.fetch(url, headers={"Accept": "text/html,*/*;q=0.5"}, max_bytes=512 * 1024)
    except OutboundError as exc:
        if exc.code == "too_large":
            return Snapshot(None, None, None, None)
        if exc.code in ("timeout", "connection"):
            raise Transient(exc.message) from None
        raise BadResponse(f"{exc.code}: {exc.message}", permanent=exc.code in ("blocked", "invalid_url")) from None
    check_status(response)
    return Snapshot(None, None, None, None)
