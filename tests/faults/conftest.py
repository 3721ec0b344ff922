"""Fixtures for fault injection: tracked shares committed for real processes, private servers."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select

from tests.faults.harness import PrivatePostgres, PrivateRedis


@pytest.fixture
def private_redis():
    server = PrivateRedis().start()
    yield server
    server.close()


@pytest.fixture
def private_postgres():
    try:
        server = PrivatePostgres().start()
    except Exception as exc:  # noqa: BLE001
        pytest.fail(f"could not start a private PostgreSQL (initdb/pg_ctl): {exc}")
    yield server
    server.close()


@pytest.fixture
def committed_shares(committed, make_member, make_share, fake_providers):
    """``committed_shares(n)`` → ids of n Mastodon shares on the fake server, scheduled for polling
    and committed (visible to worker processes)."""
    from advocacy.tracking.services import schedule_polls

    def factory(n: int) -> list[int]:
        ids = []
        kit = None
        for _ in range(n):
            person = make_member(purposes=("program", "post_metrics", "link_clicks"))
            url = fake_providers.add_status(likes=7, reblogs=2, replies=1, user=f"member{person.id}")
            share = make_share(person=person, network="mastodon", url=url, **({"kit": kit} if kit else {}))
            kit = share.variant.kit
            schedule_polls(share)
            ids.append(share.id)
        committed.commit()
        return ids

    return factory


def snapshot_counts(session) -> dict[tuple[int, int], int]:
    """(share_id, slot) → number of metric snapshots, read fresh from the database."""
    from advocacy.tracking.models import MetricSnapshot

    session.rollback()
    rows = session.execute(select(MetricSnapshot.share_id, MetricSnapshot.slot, func.count())
                           .group_by(MetricSnapshot.share_id, MetricSnapshot.slot)).all()
    return {(share, slot): count for share, slot, count in rows}


def expire_leases(session) -> int:
    """Fast-forward past the poll lease (5 min) of rows a dead worker had claimed."""
    from sqlalchemy import update

    from advocacy.core.timeutil import utcnow
    from advocacy.tracking.models import PollSchedule

    past = utcnow().replace(microsecond=0) - __import__("datetime").timedelta(seconds=1)
    result = session.execute(update(PollSchedule).where(PollSchedule.lease_token.is_not(None))
                             .values(leased_until=past))
    session.commit()
    return result.rowcount
