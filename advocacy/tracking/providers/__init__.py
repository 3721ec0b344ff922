"""Provider adapters: ``adapter_for(network)`` → module with ``key(url, ctx)`` and
``fetch(url, ctx, person_id) -> Snapshot`` (raising a typed ``ProviderError``);
``poll(network, url, ctx, person_id)`` returns the snapshot or the error instead."""
from __future__ import annotations

from advocacy.tracking.providers import bluesky, generic, linkedin, mastodon, x
from advocacy.tracking.providers.base import (BadResponse, ConfigError, Gone, PollContext, Private, ProviderError,
                                              RateLimited, Snapshot, Transient)

ADAPTERS = {"mastodon": mastodon, "bluesky": bluesky, "linkedin": linkedin, "x": x}

__all__ = ["adapter_for", "identify", "poll", "poll_many", "batch_size", "provider_key", "Snapshot", "ProviderError", "Gone", "Private",
           "RateLimited", "ConfigError", "Transient", "BadResponse", "PollContext"]


def adapter_for(network: str):
    return ADAPTERS.get(network, generic)


def identify(network: str, url: str, ctx) -> tuple[str, str] | None:
    """``(author id, lasting post URI)`` for networks whose posts are read by such a URI (Bluesky:
    DID and ``at://`` URI); None for the others. Raises a typed ``ProviderError``."""
    adapter = adapter_for(network)
    return adapter.identify(url, ctx) if hasattr(adapter, "identify") else None


def provider_key(network: str, url: str, ctx) -> str:
    try:
        return adapter_for(network).key(url, ctx)
    except ProviderError:
        return "invalid"


def poll_many(network: str, items, ctx: PollContext) -> list:
    """Poll several posts of one network in as few requests as the provider allows (adapters with
    ``fetch_many``); one result (snapshot or error) per item, in order."""
    adapter = adapter_for(network)
    try:
        return list(adapter.fetch_many(items, ctx))
    except ProviderError as exc:
        return [exc] * len(items)
    except Exception as exc:  # noqa: BLE001 - an adapter bug must not kill the batch
        return [BadResponse(f"adapter error: {exc.__class__.__name__}")] * len(items)


def batch_size(network: str) -> int:
    """How many posts the network's adapter reads in one request (1: no batch lookup)."""
    return getattr(adapter_for(network), "BATCH", 1) if hasattr(adapter_for(network), "fetch_many") else 1


def poll(network: str, url: str, ctx: PollContext, person_id=None) -> Snapshot | ProviderError:
    try:
        return adapter_for(network).fetch(url, ctx, person_id)
    except ProviderError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - an adapter bug must not kill the batch
        return BadResponse(f"adapter error: {exc.__class__.__name__}")
