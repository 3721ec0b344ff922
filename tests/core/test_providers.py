"""One provider-error family: tracking's and accounts' errors are the core's, and one reading of
the rate-limit headers serves both."""
from __future__ import annotations

import time
from email.utils import formatdate

from advocacy.accounts import providers as accounts_providers
from advocacy.core import providers as core
from advocacy.tracking import providers as tracking_providers


def test_every_provider_error_of_both_domains_is_a_provider_failure():
    for module in (accounts_providers, tracking_providers):
        classes = [getattr(module, name) for name in module.__all__]
        errors = [c for c in classes if isinstance(c, type) and issubclass(c, Exception)]
        assert errors and all(issubclass(c, core.ProviderFailure) for c in errors), module.__name__
    assert accounts_providers.RateLimited is tracking_providers.RateLimited is core.RateLimited
    assert issubclass(accounts_providers.Transient, tracking_providers.Transient)
    assert tracking_providers.ProviderError is accounts_providers.ProviderFailure


def test_kinds_already_stored_are_kept():
    assert accounts_providers.Transient("x").code == "provider_unavailable"
    assert accounts_providers.Expired().kind == "token_expired" and accounts_providers.Expired().retryable is False
    assert tracking_providers.Transient("x").code == "provider_transient"
    assert tracking_providers.Private().kind == "private"
    limited = core.RateLimited(42)
    assert limited.retry_after == 42.0 and limited.retryable and limited.detail == "retry after 42s"


def test_retry_after_reads_every_published_form():
    now = time.time()  # the published forms are absolute instants: the wait is counted from now
    assert core.retry_after({"Retry-After": "42"}) == 42
    assert 100 < core.retry_after({"Retry-After": formatdate(now + 120, usegmt=True)}) <= 121
    assert 50 < core.retry_after({"x-rate-limit-reset": str(int(now) + 60)}) <= 60  # X: epoch
    assert core.retry_after({"ratelimit-reset": "30"}) == 30  # Bluesky: delta seconds
    iso = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now + 240))
    assert 200 < core.retry_after({"x-ratelimit-reset": iso}) <= 240  # Mastodon: ISO 8601
    assert core.retry_after({}) == core.DEFAULT_RETRY_AFTER
    assert core.retry_after({"Retry-After": "999999"}) == core.MAX_RETRY_AFTER
    assert core.retry_after({"Retry-After": "0"}) == 1.0
