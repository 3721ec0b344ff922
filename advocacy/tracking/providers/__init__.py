"""Provider adapters: ``adapter_for(network)`` → module with ``key(url, ctx)`` and
``fetch(url, ctx, person_id) -> Snapshot`` (raising a typed ``ProviderError``);
``poll(network, url, ctx, person_id)`` returns the snapshot or the error instead."""
from __future__ import annotations

from advocacy.tracking.providers import bluesky, generic, linkedin, mastodon, x
from advocacy.tracking.providers.base import (BadResponse, Gone, PollContext, Private, ProviderError,
                                              RateLimited, Snapshot, Transient)

ADAPTERS = {"mastodon": mastodon, "bluesky": bluesky, "linkedin": linkedin, "x": x}

__all__ = ["adapter_for", "poll", "provider_key", "Snapshot", "ProviderError", "Gone", "Private",
           "RateLimited", "Transient", "BadResponse", "PollContext"]


def adapter_for(network: str):
    return ADAPTERS.get(network, generic)


def provider_key(network: str, url: str, ctx) -> str:
    try:
        return adapter_for(network).key(url, ctx)
    except ProviderError:
        return "invalid"


def poll(network: str, url: str, ctx: PollContext, person_id=None) -> Snapshot | ProviderError:
    try:
        return adapter_for(network).fetch(url, ctx, person_id)
    except ProviderError as exc:
        return exc
    except Exception as exc:  # noqa: BLE001 - an adapter bug must not kill the batch
        return BadResponse(f"adapter error: {exc.__class__.__name__}")
