"""Tracked links: the 302, what is counted, what is never stored."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy import func, select, text

from advocacy.tracking.models import Click, TrackedLink
from advocacy.tracking.services import click_counts, ensure_tracked_link

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture
def link(make_member, make_share, db_session):
    def factory(purposes=("program", "link_clicks")):
        person = make_member(purposes=purposes)
        share = make_share(person=person, network="mastodon")
        url = ensure_tracked_link(share)
        row = db_session.scalar(select(TrackedLink).where(TrackedLink.share_id == share.id))
        return share, url, row

    return factory


def _get(client, code, agent=BROWSER, ip="203.0.113.7", method="GET", **headers):
    return client.open(f"/l/{code}", method=method, headers={"User-Agent": agent, **headers},
                       environ_base={"REMOTE_ADDR": ip})


def test_link_is_absolute_unguessable_and_stable(link, app):
    share, url, row = link()
    assert url == f"{app.config['PUBLIC_BASE_URL']}/l/{row.code}"
    assert len(row.code) >= 12
    assert ensure_tracked_link(share) == url


def test_redirect_goes_to_the_kit_link_with_campaign_utm_and_nothing_personal(client, link):
    share, _url, row = link()
    response = _get(client, row.code)
    assert response.status_code == 302
    target = urlsplit(response.headers["Location"])
    query = parse_qs(target.query)
    assert target.netloc == "www.example.com"
    assert query["utm_campaign"] == [share.variant.kit.campaign.utm_campaign]
    assert query["utm_medium"] == ["employee-advocacy"] and query["utm_content"] == ["mastodon"]
    personal = {str(share.person_id), row.code}
    assert set(query) <= {"utm_source", "utm_medium", "utm_campaign", "utm_content", "utm_term"}
    assert not personal & {v for values in query.values() for v in values}
    assert row.code not in response.headers["Location"]
    assert response.headers["Referrer-Policy"] == "no-referrer"
    assert "no-store" in response.headers["Cache-Control"]


def test_click_is_stored_without_ip_or_agent(client, link, db_session):
    _share, _url, row = link()
    _get(client, row.code)
    clicks = db_session.scalars(select(Click).where(Click.link_id == row.id)).all()
    assert len(clicks) == 1
    stored = " ".join(str(v) for v in db_session.execute(
        text("SELECT * FROM tracking_clicks WHERE link_id = :l"), {"l": row.id}).one())
    assert "203.0.113.7" not in stored and "Chrome" not in stored
    assert len(clicks[0].visitor_hash) == 64


@pytest.mark.parametrize("agent,headers,method", [
    ("facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)", {}, "GET"),
    ("LinkedInBot/1.0 (compatible; Mozilla/5.0; Apache-HttpClient +http://www.linkedin.com)", {}, "GET"),
    ("Mastodon/4.3.0 (http.rb/5.2.0; +https://mastodon.social/)", {}, "GET"),
    ("Twitterbot/1.0", {}, "GET"),
    ("Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)", {}, "GET"),
    ("Mozilla/5.0 (compatible; Discordbot/2.0; +https://discordapp.com)", {}, "GET"),
    ("", {}, "GET"),
    (BROWSER, {"Sec-Purpose": "prefetch"}, "GET"),
    (BROWSER, {"Purpose": "prefetch"}, "GET"),
    (BROWSER, {}, "HEAD"),
])
def test_unfurlers_prefetch_and_head_are_redirected_but_not_counted(client, link, agent, headers, method):
    _share, _url, row = link()
    response = _get(client, row.code, agent=agent, method=method, **headers)
    assert response.status_code == 302
    assert click_counts(row.id) == (0, 0)


def test_without_link_clicks_consent_the_redirect_works_and_nothing_is_counted(client, link):
    _share, _url, row = link(purposes=("program",))
    assert row.count_clicks is False
    assert _get(client, row.code).status_code == 302
    assert click_counts(row.id) == (0, 0)


def test_unique_visitors_per_day(client, link):
    _share, _url, row = link()
    _get(client, row.code, ip="198.51.100.1")
    _get(client, row.code, ip="198.51.100.1")
    _get(client, row.code, ip="198.51.100.2")
    assert click_counts(row.id) == (3, 2)


def test_salt_rotates_daily(app, link, db_session):
    from advocacy.tracking.links import DailySalt, capture
    from advocacy.tracking.redirect import _SavepointEngine

    _share, _url, row = link()
    engine = _SavepointEngine(db_session.connection())
    salts = DailySalt()
    day1 = datetime(2026, 11, 20, 12, tzinfo=timezone.utc)
    for when in (day1, day1 + timedelta(hours=1), day1 + timedelta(days=1)):
        capture(engine, row.code, countable=True, address="198.51.100.9", agent=BROWSER, salt_cache=salts, now=when)
    hashes = db_session.scalars(select(Click.visitor_hash).where(Click.link_id == row.id).order_by(Click.at)).all()
    assert hashes[0] == hashes[1] and hashes[1] != hashes[2]
    assert click_counts(row.id) == (3, 2)


def test_unknown_code_is_404(client):
    assert client.get("/l/doesnotexist0", headers={"User-Agent": BROWSER}).status_code == 404
    assert client.get("/l/x").status_code == 404


def test_consent_signal_switches_counting(client, link, db_session):
    from advocacy.auth.models import Person
    from advocacy.consent.services import give, withdraw

    _share, _url, row = link(purposes=("program",))
    person = db_session.get(Person, row.person_id)
    give(person, "link_clicks")
    db_session.flush()
    db_session.refresh(row)
    assert row.count_clicks is True
    _get(client, row.code)
    withdraw(person, "link_clicks")
    db_session.flush()
    db_session.refresh(row)
    _get(client, row.code)
    assert row.count_clicks is False and click_counts(row.id) == (1, 1)


def test_click_is_committed_before_the_redirect_and_survives_a_redis_flush(committed, app, redis_client,
                                                                             make_member, make_share):
    """Real engine (no test transaction): the row is in PostgreSQL when the 302 arrives."""
    from advocacy.extensions import db

    person = make_member(purposes=("program", "link_clicks"))
    share = make_share(person=person)
    ensure_tracked_link(share)
    db.session.commit()
    code = db.session.scalar(select(TrackedLink.code).where(TrackedLink.share_id == share.id))
    response = _get(app.test_client(), code)
    assert response.status_code == 302
    redis_client.flushdb()  # this test database's Redis: the queue state is gone, the click is not
    with db.engine.connect() as other:  # a separate connection sees the committed click
        assert other.execute(select(func.count()).select_from(Click)).scalar() == 1


def test_database_down_answers_503_without_details(app, link, monkeypatch):
    """The public redirect never shows a stack trace; it asks to retry."""
    import advocacy.tracking.redirect as redirect_module

    _share, _url, row = link()

    def broken(*args, **kwargs):
        raise RuntimeError("database unreachable")

    monkeypatch.setattr(redirect_module, "capture_with", broken)
    response = app.test_client().get(f"/l/{row.code}", headers={"User-Agent": BROWSER})
    assert response.status_code == 503 and response.headers["Retry-After"] == "5"
    assert "unreachable" not in response.get_data(as_text=True)
