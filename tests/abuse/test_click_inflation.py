"""Issue 14, item 5: repeating ``GET /l/<code>`` from one browser no longer inflates the clicks.

Replayed: one browser (same address, same user agent) following one person's link many times in a
day — the report got ``clicks = 40,692`` from 3 visitor hashes. Figures now count unique visitors
per link per day; the raw requests stay in the table for operators, and a per-visitor limit stops
recording them past a few per window while every request still gets its redirect.
"""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from advocacy.core.timeutil import utcnow
from advocacy.kpi.sources import collect_days, local_date
from advocacy.tracking.models import Click, TrackedLink
from advocacy.tracking.services import click_counts, ensure_tracked_link

BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


@pytest.fixture
def link(make_member, make_share, db_session):
    person = make_member(purposes=("program", "link_clicks"))
    share = make_share(person=person, network="mastodon")
    ensure_tracked_link(share)
    row = db_session.scalar(select(TrackedLink).where(TrackedLink.share_id == share.id))
    row.count_clicks = True
    db_session.flush()
    return person, share, row


def _follow(client, code, ip="203.0.113.7", agent=BROWSER):
    return client.get(f"/l/{code}", headers={"User-Agent": agent}, environ_base={"REMOTE_ADDR": ip})


def test_one_browser_repeating_a_link_is_one_click_in_the_figures(client, link, db_session):
    person, share, row = link
    answers = [_follow(client, row.code).status_code for _ in range(40)]
    assert answers == [302] * 40  # every request is still redirected
    for ip in ("198.51.100.1", "198.51.100.2"):
        assert _follow(client, row.code, ip=ip).status_code == 302
    today = local_date(utcnow())  # the figures' day is the organisation's (UTC's is yesterday after 23:00 in Paris)
    facts = collect_days([today], {"clicks"}, {today: {person.id: (None,)}})[today]
    clicks = sum(values.get("clicks", 0) for (pid, _c), values in facts.items() if pid == person.id)
    assert clicks == 3  # three visitors
    raw, unique = click_counts(row.id)
    assert unique == 3 and raw > 3  # raw requests are kept apart (for operators)


def test_a_visitor_past_the_limit_is_redirected_but_not_recorded(client, link, db_session):
    _person, _share, row = link
    for _ in range(50):
        assert _follow(client, row.code, ip="192.0.2.50").status_code == 302
    stored = db_session.scalar(select(func.count()).select_from(Click).where(Click.link_id == row.id))
    assert 1 <= stored <= 10  # the visitor's requests stop being written after a few
    # Another visitor is not affected by the first one's limit.
    assert _follow(client, row.code, ip="192.0.2.51").status_code == 302
    assert db_session.scalar(select(func.count()).select_from(Click).where(Click.link_id == row.id)) == stored + 1


def test_the_share_metrics_show_unique_visitors_as_clicks(client, link, db_session, api_headers):
    person, share, row = link
    for _ in range(5):
        _follow(client, row.code)
    body = client.get(f"/api/v1/shares/{share.id}", headers=api_headers(person)).get_json()
    assert body["metrics"]["clicks"] == 1


def test_operators_see_raw_requests_beside_unique_visitors(client, link, runner):
    _person, _share, row = link
    for _ in range(4):
        _follow(client, row.code)
    _follow(client, row.code, ip="198.51.100.9")
    result = runner.invoke(args=["tracking", "clicks", "--days", "1"])
    assert result.exit_code == 0, result.output
    today = result.output.strip().splitlines()[-1].split()
    assert today[1:3] == ["5", "2"]  # 5 raw requests, 2 unique visitors


def test_behind_a_trusted_proxy_visitors_are_told_apart_by_their_forwarded_address(
        committed, make_member, make_share, app_factory):
    """Many people behind one reverse proxy, same browser: each is one visitor, none is capped."""
    person = make_member(purposes=("program", "link_clicks"))
    share = make_share(person=person, network="mastodon")
    ensure_tracked_link(share)
    committed.commit()
    row = committed.scalar(select(TrackedLink).where(TrackedLink.share_id == share.id))
    row.count_clicks = True
    committed.commit()
    proxied = app_factory(ENVIRON={"ADVOCACY_TRUSTED_PROXIES": "1"})
    client = proxied.test_client()
    for n in range(8):
        response = client.get(f"/l/{row.code}", headers={"User-Agent": BROWSER, "X-Forwarded-For": f"203.0.113.{n}"},
                              environ_base={"REMOTE_ADDR": "10.0.0.2"})
        assert response.status_code == 302
    committed.rollback()
    raw, unique = click_counts(row.id)
    assert (raw, unique) == (8, 8)
