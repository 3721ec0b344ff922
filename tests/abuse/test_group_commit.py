"""Issue 14, item 8: the durable click path commits the clicks of concurrent requests together.

A real ``FastClicks`` (the redirect's PostgreSQL path) is driven by many threads at once, as
gunicorn's threaded workers do: every call returns only once its click row is committed (each row
is in the database when its call returns), and the rows share far fewer transactions than there
were requests. A failed commit is reported to every request of its batch.
"""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select, update

from advocacy.tracking.links import DailySalt
from advocacy.tracking.models import Click, TrackedLink
from advocacy.tracking.redirect import FastClicks
from advocacy.tracking.services import ensure_tracked_link


@pytest.fixture
def committed_link(committed, make_member, make_share):
    person = make_member(purposes=("program", "link_clicks"))
    share = make_share(person=person, network="mastodon")
    ensure_tracked_link(share)
    committed.execute(update(TrackedLink).values(count_clicks=True))
    committed.commit()
    return committed.scalar(select(TrackedLink).where(TrackedLink.share_id == share.id))


def test_concurrent_clicks_are_committed_in_shared_transactions(app, committed, committed_link):
    from advocacy.extensions import db

    engine = db.engine
    fast = FastClicks(engine, synchronous=True)
    salts = DailySalt()
    seen_after_return = []
    errors = []

    def click(n):
        try:
            target = fast.capture(committed_link.code, countable=True, address=f"198.51.100.{n % 250}",
                                  agent=f"Mozilla/5.0 agent {n}", salt_cache=salts)
            assert target == committed_link.target_url
            with engine.connect() as conn:  # visible to another connection: committed
                seen_after_return.append(conn.scalar(select(func.count()).select_from(Click)
                                                     .where(Click.link_id == committed_link.id)))
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=click, args=(n,)) for n in range(48)]
    try:
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(30)
    finally:
        fast.engine.dispose()
        fast.writer.dispose()
    assert not errors, errors
    assert len(seen_after_return) == 48 and min(seen_after_return) >= 1
    stored = committed.scalar(select(func.count()).select_from(Click).where(Click.link_id == committed_link.id))
    assert stored == 48
    assert 1 <= fast.committer.batches < 48  # several requests per transaction


def test_a_failed_commit_is_an_error_for_each_waiting_request(app, committed, committed_link, app_factory):
    from advocacy.extensions import db

    fast = FastClicks(db.engine, synchronous=True)
    salts = DailySalt()
    assert fast.capture(committed_link.code, countable=True, address="a", agent="b", salt_cache=salts)
    fast.committer.insert_sql = "INSERT INTO no_such_table VALUES (%(links)s)"
    try:
        with pytest.raises(Exception):
            fast.capture(committed_link.code, countable=True, address="c", agent="d", salt_cache=salts)
    finally:
        fast.engine.dispose()
        fast.writer.dispose()
