"""LinkedIn member tokens: the poller reads with the person's linked account (token decrypted from
``accounts_linked``), only under the account_token purpose; the plain-text token command is gone."""
from __future__ import annotations

from sqlalchemy import select, text

from advocacy.accounts.models import LinkedAccount
from advocacy.tracking.polling import run_due
from advocacy.tracking.services import latest_metrics


def test_the_linked_accounts_token_feeds_the_poller(db_session, tracked_share, linked_linkedin, fake_providers):
    share = tracked_share("linkedin", purposes=("program", "post_metrics", "account_token"), likes=4, comments=2)
    row = linked_linkedin(share.person_id, "member-token")
    assert "member-token" not in row.token_ciphertext
    db_session.commit()
    assert run_due().ok == 1
    assert latest_metrics(share)["likes"] == 4


def test_without_account_token_consent_the_linked_token_is_not_used(db_session, tracked_share, linked_linkedin):
    share = tracked_share("linkedin", purposes=("program", "post_metrics"), likes=4)
    linked_linkedin(share.person_id, "member-token")
    db_session.commit()
    summary = run_due()
    assert summary.private == 1 and summary.ok == 0
    assert latest_metrics(share)["status"] == "private"


def test_without_token_linkedin_is_private_not_an_error(db_session, tracked_share):
    share = tracked_share("linkedin", purposes=("program", "post_metrics"), likes=4)
    summary = run_due()
    assert summary.private == 1
    assert latest_metrics(share)["status"] == "private"


def test_withdrawing_account_token_deletes_the_linked_token_at_once(db_session, make_member, linked_linkedin):
    from advocacy.consent.services import withdraw

    person = make_member(purposes=("program", "post_metrics", "account_token"))
    linked_linkedin(person.id)
    withdraw(person, "account_token")
    db_session.flush()
    assert db_session.scalar(select(LinkedAccount).where(LinkedAccount.person_id == person.id)) is None


def test_the_plain_text_token_command_and_table_are_gone(db_session, runner):
    result = runner.invoke(args=["tracking", "token", "someone@example.org", "member-token"])
    assert result.exit_code != 0 and "No such command" in result.output
    assert db_session.scalar(text("SELECT to_regclass('tracking_account_tokens')")) is None
