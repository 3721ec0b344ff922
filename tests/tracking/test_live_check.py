"""The live post's text goes through the disclosure checker again."""
from __future__ import annotations

from sqlalchemy import select

from advocacy.tracking.findings import compliance_counts
from advocacy.tracking.models import LiveFinding
from advocacy.tracking.polling import run_due

GOOD = "<p>Je travaille chez Exemple et je suis fier·e de notre nouveau service : venez le découvrir !</p>"
LOST = "<p>Venez découvrir le nouveau service, il est génial !</p>"


def test_post_that_lost_its_mention_raises_a_finding_for_its_author(db_session, tracked_share, fake_providers,
                                                                      client, login, make_person):
    from advocacy.auth.models import Person

    good = tracked_share("mastodon", content=GOOD)
    bad = tracked_share("mastodon", content=LOST)
    summary = run_due()
    assert summary.ok == 2 and summary.findings == 1
    findings = db_session.scalars(select(LiveFinding)).all()
    assert [f.share_id for f in findings] == [bad.id]
    assert findings[0].verdict == "fail"
    assert "relationship_missing" in [item["rule"] for item in findings[0].findings]
    assert good.id not in [f.share_id for f in findings]

    author = db_session.get(Person, bad.person_id)
    login(client, author)
    page = client.get("/tracking/findings").get_data(as_text=True)
    assert bad.url in page
    assert findings[0].findings[0]["messages"]["fr"].split()[0] in page


def test_compliance_sees_anonymous_counts_only(db_session, tracked_share, client, login, make_person):
    from advocacy.auth.models import Person

    bad = tracked_share("mastodon", content=LOST)
    run_due()
    author = db_session.get(Person, bad.person_id)
    author.display_name = "Camille Auteur"
    login(client, make_person(roles=("compliance",), display_name="Compliance Officer"))
    page = client.get("/tracking/compliance").get_data(as_text=True)
    assert "Camille Auteur" not in page and bad.url not in page
    counts = compliance_counts()
    # one author is under the annex's k: the total itself would name them, nothing is shown
    assert counts["total"] is None and counts["by_verdict"] == {"fail": None, "warn": None}
    assert counts["by_rule"]["relationship_missing"] is None and counts["by_network"] == {"mastodon": None}


def test_finding_is_raised_once_and_closed_when_the_text_is_fixed(db_session, tracked_share, fake_providers):
    from datetime import timedelta

    from advocacy.core.timeutil import freeze
    from advocacy.tracking.schedule import SLOTS

    share = tracked_share("mastodon", content=LOST)
    status_id = share.url.rsplit("/", 1)[1]
    assert run_due().findings == 1
    try:
        freeze(share.registered_at + SLOTS[1] + timedelta(seconds=1))
        assert run_due().findings == 0  # same text: not checked again, no duplicate
        fake_providers.statuses[status_id]["content"] = GOOD
        freeze(share.registered_at + SLOTS[2] + timedelta(seconds=1))
        assert run_due().ok == 1
    finally:
        freeze(None)
    finding = db_session.scalar(select(LiveFinding).where(LiveFinding.share_id == share.id))
    assert finding.resolved_at is not None
    assert compliance_counts()["total"] == 0


def test_author_marks_a_finding_fixed(db_session, tracked_share, client, login):
    from advocacy.auth.models import Person

    share = tracked_share("mastodon", content=LOST)
    run_due()
    finding = db_session.scalar(select(LiveFinding))
    author = db_session.get(Person, share.person_id)
    login(client, author)
    response = client.post(f"/tracking/findings/{finding.id}/resolve")
    assert response.status_code == 302
    assert finding.resolved_at is not None
    assert client.post(f"/tracking/findings/{finding.id}/resolve").status_code == 302  # idempotent


def test_someone_else_cannot_close_my_finding(db_session, tracked_share, client, login, make_member):
    share = tracked_share("mastodon", content=LOST)
    run_due()
    finding = db_session.scalar(select(LiveFinding))
    login(client, make_member(purposes=("program",)))
    client.post(f"/tracking/findings/{finding.id}/resolve")
    assert finding.resolved_at is None
    assert share.person_id == finding.person_id


def test_pages_are_guarded(client, login, make_person):
    assert client.get("/tracking/findings").status_code == 302  # to the login page
    login(client, make_person(roles=("marketer",)))
    assert client.get("/tracking/findings").status_code == 403
    assert client.get("/tracking/compliance").status_code == 403


def test_pages_speak_french_and_english(client, login, make_member):
    member = make_member(purposes=("program",), language="fr")
    login(client, member)
    assert "Vérification des posts publiés" in client.get("/tracking/findings").get_data(as_text=True)
    client.post("/lang", data={"lang": "en", "next": "/tracking/findings"})
    assert "Live post checks" in client.get("/tracking/findings").get_data(as_text=True)
