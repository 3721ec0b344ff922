"""The hot pages send as many SQL statements for many rows as for few (no N+1 loading).

Each test renders a page twice, with few rows and with several times more, and compares the
statement counts (``count_queries``). Counts, not timings: the suite never asserts durations.
"""
from advocacy.campaigns.models import KIT_SUBMITTED
from advocacy.extensions import db

TEAM = "Équipe requêtes"


def _count(count_queries, client, url):
    client.get(url)  # warm caches that are per process (catalogues, the charter in force)
    with count_queries() as statements:
        response = client.get(url)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return len(statements)


def test_feed_queries_do_not_grow_with_kits(make_charter_in_force, make_member, make_campaign, make_live_kit,
                                            client, login, count_queries):
    make_charter_in_force()
    member = make_member(team=TEAM)
    login(client, member)

    def add_kits(n):
        for _ in range(n):
            make_live_kit(campaign=make_campaign(teams=[TEAM]), networks=("mastodon", "linkedin"))
        db.session.commit()

    add_kits(2)
    few = _count(count_queries, client, "/feed")
    add_kits(6)
    many = _count(count_queries, client, "/feed")
    assert "Kit" in client.get("/feed").get_data(as_text=True)
    assert few > 0 and many == few, f"/feed: {few} statements for 2 kits, {many} for 8"


def test_review_queue_queries_do_not_grow_with_kits(make_charter_in_force, make_person, make_campaign,
                                                    make_live_kit, client, login, count_queries):
    make_charter_in_force()
    login(client, make_person(roles=("compliance",)))

    def submit_kits(n):
        for _ in range(n):
            kit = make_live_kit(campaign=make_campaign(), networks=("mastodon", "x"))
            kit.status = KIT_SUBMITTED
        db.session.commit()

    submit_kits(2)
    few = _count(count_queries, client, "/review")
    submit_kits(6)
    many = _count(count_queries, client, "/review")
    assert few > 0 and many == few, f"/review: {few} statements for 2 kits, {many} for 8"
