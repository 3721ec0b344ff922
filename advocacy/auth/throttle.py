"""Login throttling that slows guessing without locking out the innocent (Flask-Limiter on Redis).

Three measures, all counting *failed* attempts only, in a moving window (``LOGIN_WINDOW_SECONDS``):

- one client (address) and one account together: ``LOGIN_MAX_FAILURES`` → that client waits for
  that account (429), even with the right password, so it learns nothing more;
- one client, any account: ``LOGIN_CLIENT_MAX_FAILURES`` → that client waits (password spraying);
- one account, any client: never a lock. Past ``ACCOUNT_FREE_FAILURES`` each attempt on the account
  is slowed down a little more (up to ``SLOWDOWN_MAX`` seconds), so the right password from
  another client still gets in.

Invariant: nothing here can stop a person whose address has not failed from signing in with the
right password. Keys are HMACs of the address and the e-mail: Redis never holds an e-mail address.
Behind a reverse proxy, ``ADVOCACY_TRUSTED_PROXIES`` makes ``request.remote_addr`` the client's.
"""
from __future__ import annotations

import hashlib
import hmac
import logging
import time

from flask import current_app, request
from limits import RateLimitItemPerSecond
from redis.exceptions import RedisError

from advocacy.extensions import limiter

log = logging.getLogger(__name__)

ACCOUNT_FREE_FAILURES = 5
SLOWDOWN_STEP = 0.2
SLOWDOWN_MAX = 2.0


def hashed_key(kind: str, value: str) -> str:
    secret = current_app.config["SECRET_KEY"].encode()
    return kind + ":" + hmac.new(secret, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]


def _email() -> str:
    return (request.form.get("email") or "").strip().lower()[:254]


def client_key() -> str:
    return hashed_key("client", request.remote_addr or "?")


def account_client_key() -> str:
    return hashed_key("account-client", f"{_email()}|{request.remote_addr or '?'}")


def _window() -> int:
    return int(current_app.config["LOGIN_WINDOW_SECONDS"])


def account_client_limit() -> str:
    return f"{current_app.config['LOGIN_MAX_FAILURES']} per {_window()} seconds"


def client_limit() -> str:
    return f"{current_app.config['LOGIN_CLIENT_MAX_FAILURES']} per {_window()} seconds"


def failed_login(response) -> bool:
    """Flask-Limiter counts an attempt only when the credentials were wrong (401)."""
    return response.status_code == 401


def login_limits(on_breach):
    """The decorators of the login route (POST only; GETs are never limited)."""
    common = {"methods": ["POST"], "deduct_when": failed_login, "on_breach": on_breach}

    def decorator(view):
        view = limiter.limit(account_client_limit, key_func=account_client_key, scope="login-account-client",
                             **common)(view)
        return limiter.limit(client_limit, key_func=client_key, scope="login-client", **common)(view)

    return decorator


# -- the per-account slowdown ---------------------------------------------------------------

def _account_item() -> RateLimitItemPerSecond:
    return RateLimitItemPerSecond(10 ** 6, _window())


def account_failures(email: str) -> int:
    try:
        stats = limiter.limiter.get_window_stats(_account_item(), "login-account", hashed_key("account", email))
    except (RedisError, OSError):  # storage down: no slowdown rather than no login
        log.warning("login slowdown: rate-limit storage unavailable", exc_info=True)
        return 0
    return _account_item().amount - stats.remaining


def note_account_failure(email: str) -> None:
    try:
        limiter.limiter.hit(_account_item(), "login-account", hashed_key("account", email))
    except (RedisError, OSError):
        log.warning("login slowdown: rate-limit storage unavailable", exc_info=True)


def slowdown_for(failures: int) -> float:
    if failures < ACCOUNT_FREE_FAILURES:
        return 0.0
    return min(SLOWDOWN_MAX, SLOWDOWN_STEP * (failures - ACCOUNT_FREE_FAILURES + 1))


def slow_down(email: str) -> float:
    """Wait according to the account's recent failures (from every client); returns the delay."""
    delay = slowdown_for(account_failures(email))
    if delay:
        time.sleep(delay)
    return delay
