"""My posts: each share with its own figures as the tracker records them, and a status that says
where its follow-up is — driven through the real polling against the fake providers."""
from __future__ import annotations

from sqlalchemy import select

from advocacy.tracking.models import PollSchedule
from advocacy.tracking.myposts import (CONSENT_WITHDRAWN, DELETED, NOT_FOLLOWED, PRIVATE_POST, TRACKED, WAITING,
                                       posts_of)
from advocacy.tracking.polling import run_due


def _row(person_id, share_id):
    return next(row for row in posts_of(person_id) if row.share.id == share_id)


def test_a_post_is_waiting_then_tracked_with_its_own_figures(db_session, tracked_share, client, login):
    from advocacy.auth.models import Person

    share = tracked_share("mastodon", likes=7, reblogs=3, replies=2)
    assert _row(share.person_id, share.id).status == WAITING
    assert run_due().ok == 1
    row = _row(share.person_id, share.id)
    assert (row.status, row.likes, row.reposts, row.replies) == (TRACKED, 7, 3, 2)

    login(client, db_session.get(Person, share.person_id))
    client.post("/lang", data={"lang": "en"})
    page = client.get("/me/posts").get_data(as_text=True)
    assert "Tracked" in page and ">7<" in page and ">3<" in page
    client.post("/lang", data={"lang": "fr"})
    page = client.get("/me/posts").get_data(as_text=True)
    assert "Suivie" in page and "Tracked" not in page


def test_private_and_deleted_posts_say_so(db_session, tracked_share, fake_providers):
    hidden = tracked_share("x", protected=True)  # a protected X post: the API answers it is private
    gone = tracked_share("mastodon")
    fake_providers.delete(gone.url)
    run_due()
    assert _row(hidden.person_id, hidden.id).status == PRIVATE_POST
    assert _row(gone.person_id, gone.id).status == DELETED


def test_withdrawn_consent_stops_the_tracking_and_the_page_says_why(db_session, tracked_share):
    from advocacy.auth.models import Person
    from advocacy.consent.services import withdraw
    from advocacy.tracking.retention import reconcile

    share = tracked_share("mastodon", likes=1)
    run_due()
    withdraw(db_session.get(Person, share.person_id), "post_metrics")
    reconcile()
    schedule = db_session.scalar(select(PollSchedule).where(PollSchedule.share_id == share.id))
    assert schedule.state == "stopped"
    row = _row(share.person_id, share.id)
    assert row.status == CONSENT_WITHDRAWN and row.likes == 1  # figures already taken stay the person's own


def test_a_registered_post_without_schedule_is_not_followed(db_session, make_member, make_share):
    person = make_member()
    share = make_share(person=person, network="mastodon", url="https://mastodon.example/@a/1")
    assert _row(person.id, share.id).status == NOT_FOLLOWED


def test_only_my_posts_are_listed(db_session, tracked_share, client, login, make_member):
    mine = tracked_share("mastodon")
    theirs = tracked_share("mastodon")
    assert [row.share.id for row in posts_of(mine.person_id)] == [mine.id]
    from advocacy.auth.models import Person

    login(client, db_session.get(Person, mine.person_id))
    page = client.get("/me/posts").get_data(as_text=True)
    assert f"/shares/{mine.id}" in page and f"/shares/{theirs.id}" not in page


def test_a_refused_link_is_explained_in_the_interface_language(db_session, tracked_share, make_member, make_share,
                                                               client, login):
    """The provider's refusal ("not a LinkedIn post URL") is for operators; the author reads why in French."""
    from advocacy.tracking.services import schedule_polls

    tracked_share("linkedin")  # configures the fake providers
    person = make_member(purposes=("program", "post_metrics", "link_clicks"))
    feed = make_share(person=person, network="linkedin", url="https://www.linkedin.com/feed/")
    activity = make_share(person=person, network="linkedin",
                          url="https://www.linkedin.com/feed/update/urn:li:activity:7123456789012345678/")
    schedule_polls(feed)
    schedule_polls(activity)
    run_due()
    assert _row(person.id, feed.id).status == "failed"
    login(client, person)
    client.post("/lang", data={"lang": "fr"})
    page = client.get("/me/posts").get_data(as_text=True)
    assert "n’est pas l’adresse d’une publication" in page
    assert "Intégrer cette publication" in page
    assert "not a LinkedIn post URL" not in page and "activity link" not in page


def test_quotes_and_impressions_show_when_the_network_reports_them(db_session, tracked_share, client, login):
    """X reports quotes and impressions (LinkedIn impressions): the author sees them on My posts, as the
    API shows them; a network that does not report them shows no empty box."""
    from advocacy.auth.models import Person

    share = tracked_share("x", likes=9, retweets=8, replies=7, quotes=6, impressions=1234)
    other = tracked_share("mastodon", likes=1, reblogs=1, replies=1)
    assert run_due().ok == 2
    row = _row(share.person_id, share.id)
    assert (row.quotes, row.impressions) == (6, 1234)
    assert (_row(other.person_id, other.id).quotes, _row(other.person_id, other.id).impressions) == (None, None)
    login(client, db_session.get(Person, share.person_id))
    client.post("/lang", data={"lang": "en"})
    page = client.get("/me/posts").get_data(as_text=True)
    assert "<dt>Quotes</dt><dd>6</dd>" in page and "<dt>Impressions</dt><dd>1,234</dd>" in page
    client.post("/lang", data={"lang": "fr"})
    page = client.get("/me/posts").get_data(as_text=True)
    assert "<dt>Citations</dt><dd>6</dd>" in page and "<dt>Impressions</dt><dd>1\u202f234</dd>" in page
