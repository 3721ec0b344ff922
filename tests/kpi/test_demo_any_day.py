"""The demo company can be seeded on any day of the week, at any hour: on Monday 30 November 2026 at
00:22 in Paris the seed failed ("This round is not open"): a trust-pulse answer dated 99 days back fell on a
Sunday, was moved to the Friday before, and the round opened on the Saturday."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from sqlalchemy import func, select

from advocacy.core.timeutil import clock
from advocacy.extensions import db
from advocacy.kpi.models import PulseAnswer, PulseRound

pytestmark = pytest.mark.slow

MONDAY_NIGHT = datetime(2026, 11, 29, 23, 22, tzinfo=timezone.utc)  # 00:22 on Monday in Paris


@pytest.mark.parametrize("days", range(7))
def test_the_demo_seeds_on_every_day_of_the_week(app, days):
    from advocacy import demo

    with clock(MONDAY_NIGHT + timedelta(days=days)):
        demo.seed()
    assert db.session.scalar(select(func.count(PulseRound.id))) == 3
    assert db.session.scalar(select(func.count(PulseAnswer.id))) > 0
