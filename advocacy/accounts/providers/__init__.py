"""One module per network: how to link an account and publish through it (through the guarded
outbound client only). ``PROVIDERS[network]`` → module."""
from __future__ import annotations

from advocacy.accounts.providers import mastodon
from advocacy.accounts.providers.base import (Expired, ProviderFailure, RateLimited, Refused, TooLong,
                                              Transient, Unavailable)

PROVIDERS = {"mastodon": mastodon}

__all__ = ["PROVIDERS", "ProviderFailure", "Expired", "TooLong", "RateLimited", "Transient", "Unavailable", "Refused"]
