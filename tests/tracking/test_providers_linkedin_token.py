"""LinkedIn member tokens: stored only with the account_token purpose, used by the poller."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from advocacy.tracking.models import AccountToken
from advocacy.tracking.polling import run_due
from advocacy.tracking.services import TokenRefused, latest_metrics, set_account_token


def test_token_needs_consent_and_feeds_the_poller(db_session, tracked_share, make_member, runner):
    share = tracked_share("linkedin", purposes=("program", "post_metrics", "account_token"), likes=4, comments=2)
    from advocacy.auth.models import Person

    person = db_session.get(Person, share.person_id)
    result = runner.invoke(args=["tracking", "token", person.email, "member-token"])
    assert result.exit_code == 0, result.output
    assert db_session.scalar(select(AccountToken.token).where(AccountToken.person_id == person.id)) == "member-token"
    assert run_due().ok == 1
    assert latest_metrics(share)["likes"] == 4

    stranger = make_member(purposes=("program", "post_metrics"))
    with pytest.raises(TokenRefused):
        set_account_token(stranger, "linkedin", "member-token")
    refused = runner.invoke(args=["tracking", "token", stranger.email, "member-token"])
    assert refused.exit_code != 0 and "account_token" in refused.output


def test_without_token_linkedin_is_private_not_an_error(db_session, tracked_share):
    share = tracked_share("linkedin", purposes=("program", "post_metrics"), likes=4)
    summary = run_due()
    assert summary.private == 1
    assert latest_metrics(share)["status"] == "private"


def test_withdrawing_account_token_deletes_the_token_at_once(db_session, make_member):
    from advocacy.consent.services import withdraw

    person = make_member(purposes=("program", "post_metrics", "account_token"))
    set_account_token(person, "linkedin", "member-token")
    withdraw(person, "account_token")
    db_session.flush()
    assert db_session.scalar(select(AccountToken).where(AccountToken.person_id == person.id)) is None
