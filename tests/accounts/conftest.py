"""Accounts tests: a loopback fake Mastodon (``advocacy.accounts.fake_mastodon``, built from the
Mastodon documentation) and members who link accounts through the real web flow."""
from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
import requests

from tests.fixtures.members import TEAM

def authorize_url(started) -> str:
    """Where the answer to a link form sends the browser: a page of ours (meta refresh and a link),
    since our CSP (``form-action 'self'``) forbids redirecting a form to another site."""
    assert started.status_code == 200, started.get_data(as_text=True)[:400]
    found = re.search(r'<a id="continue-link" href="([^"]+)"', started.get_data(as_text=True))
    assert found, started.get_data(as_text=True)[:400]
    return unescape(found.group(1))


PERSONAL = " Pour moi qui répare ces machines depuis dix ans, c'est une vraie fierté partagée."


@pytest.fixture(scope="session")
def _fake_mastodon():
    from advocacy.accounts.fake_mastodon import FakeMastodon

    server = FakeMastodon().start()
    yield server
    server.close()


def _now():
    from advocacy.accounts.fake_mastodon import _now as now

    return now()


@pytest.fixture
def fake_mastodon(_fake_mastodon, app, monkeypatch):
    """The fake server, named in the app's ``ADVOCACY_OUTBOUND_ALLOW``; scripts cleared after the test."""
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", _fake_mastodon.hostport)
    yield _fake_mastodon
    _fake_mastodon._script.clear()
    _fake_mastodon.clear_drops()
    _fake_mastodon.clock = _now


@pytest.fixture
def member(make_member):
    def factory(purposes=("program", "post_metrics", "account_token"), team=TEAM, **kw):
        kw.setdefault("language", "en")  # pages in English: the tests read their words
        return make_member(purposes=purposes, team=team, **kw)

    return factory


@pytest.fixture
def link_mastodon(fake_mastodon):
    """``link_mastodon(page, username)`` → the callback response: the whole web flow, the person's
    browser going to the fake server's authorisation page and back."""

    def do_link(page, username="alice"):
        authorize = authorize_url(page.post("/me/accounts/mastodon", data={"server": fake_mastodon.hostport}))
        query = {k: v[0] for k, v in parse_qs(urlsplit(authorize).query).items()}
        shown = requests.get(authorize, timeout=5)
        assert shown.status_code == 200 and "Authorise" in shown.text
        answer = requests.post(f"{fake_mastodon.base}/oauth/authorize", data={**query, "username": username},
                               allow_redirects=False, timeout=5)
        assert answer.status_code == 302
        back = urlsplit(answer.headers["Location"])
        return page.get(f"{back.path}?{back.query}"), query

    return do_link


@pytest.fixture(scope="session")
def _fake_linkedin():
    from advocacy.accounts.fake_linkedin import FakeLinkedIn

    server = FakeLinkedIn().start()
    yield server
    server.close()


@pytest.fixture
def fake_linkedin(_fake_linkedin, app, monkeypatch, fake_mastodon):
    """The fake LinkedIn as the app's LinkedIn (sign-in pages and API), with its client configured;
    the fake Mastodon stays reachable too."""
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", f"{fake_mastodon.hostport},{_fake_linkedin.hostport}")
    for key, value in (("LINKEDIN_CLIENT_ID", _fake_linkedin.client_id),
                       ("LINKEDIN_CLIENT_SECRET", _fake_linkedin.client_secret),
                       ("LINKEDIN_AUTH_URL", _fake_linkedin.base), ("LINKEDIN_API_URL", _fake_linkedin.base)):
        monkeypatch.setitem(app.config, key, value)
    _fake_linkedin.reset()
    yield _fake_linkedin
    _fake_linkedin.reset()


@pytest.fixture
def link_linkedin(fake_linkedin):
    """``link_linkedin(page, username, cancel=False)`` → the callback response, through LinkedIn's
    consent page as the person's browser would go."""

    def do_link(page, username="jane.doe", cancel=False):
        authorize = authorize_url(page.post("/me/accounts/linkedin"))
        assert authorize.startswith(fake_linkedin.base + "/oauth/v2/authorization?")
        query = {k: v[0] for k, v in parse_qs(urlsplit(authorize).query).items()}
        assert requests.get(authorize, timeout=5).status_code == 200
        choice = {"cancel": "1"} if cancel else {"allow": "1"}
        answer = requests.post(f"{fake_linkedin.base}/oauth/v2/authorization",
                               data={**query, "username": username, **choice}, allow_redirects=False, timeout=5)
        assert answer.status_code == 302
        back = urlsplit(answer.headers["Location"])
        return page.get(f"{back.path}?{back.query}"), query

    return do_link


@pytest.fixture(scope="session")
def _fake_bluesky():
    from advocacy.accounts.fake_bluesky import FakeBluesky

    server = FakeBluesky().start()
    yield server
    server.close()


@pytest.fixture
def fake_bluesky(_fake_bluesky, app, monkeypatch, fake_mastodon):
    """The fake Bluesky PDS, named in the app's outbound allow-list (the fake Mastodon stays reachable)."""
    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", f"{fake_mastodon.hostport},{_fake_bluesky.hostport}")
    _fake_bluesky.reset()
    yield _fake_bluesky
    _fake_bluesky.reset()


@pytest.fixture
def link_bluesky(fake_bluesky):
    """``link_bluesky(page, handle)`` → the answer to the My accounts form (the account made on the fake)."""

    def do_link(page, handle="alice.bsky.social", password="abcd-efgh-ijkl-mnop", create=True):
        if create:
            fake_bluesky.add_account(handle, password)
        return page.post("/me/accounts/bluesky", data={"bluesky-handle": "@" + handle, "bluesky-app_password": password,
                                                      "bluesky-server": fake_bluesky.hostport})

    return do_link
