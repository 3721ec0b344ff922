"""LinkedIn through the poller against the fake that follows Microsoft Learn ("Member Post Statistics",
"LinkedIn Marketing API Versioning"): a sunset version pauses the provider, never a post."""
from __future__ import annotations

from sqlalchemy import select

from advocacy.tracking.models import ACTIVE, MetricSnapshot, PollSchedule
from advocacy.tracking.polling import configuration_errors, run_due
from advocacy.tracking.services import latest_metrics

PURPOSES = ("program", "post_metrics", "account_token")


def test_member_post_statistics_are_read(db_session, tracked_share, linked_linkedin):
    share = tracked_share("linkedin", purposes=PURPOSES, likes=5, comments=2, reshares=1, impressions=300)
    linked_linkedin(share.person_id)
    db_session.commit()
    assert run_due().ok == 1
    metrics = latest_metrics(share)
    assert (metrics["likes"], metrics["replies"], metrics["reposts"], metrics["impressions"]) == (5, 2, 1, 300)


def test_sunset_version_pauses_linkedin_for_admins(db_session, tracked_share, app, monkeypatch, linked_linkedin):
    share = tracked_share("linkedin", purposes=PURPOSES, likes=5)
    linked_linkedin(share.person_id)
    db_session.commit()
    monkeypatch.setitem(app.config, "LINKEDIN_VERSION", "202405")
    summary = run_due()
    assert summary.private == 0 and summary.config == 1, summary
    assert db_session.scalar(select(MetricSnapshot.id).where(MetricSnapshot.share_id == share.id)) is None
    row = db_session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id))
    assert row.state == ACTIVE and row.next_slot == 0
    [error] = configuration_errors()
    assert error.key == "linkedin" and error.config_setting == "ADVOCACY_LINKEDIN_VERSION"
    assert "426" in error.config_detail
