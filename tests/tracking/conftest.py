"""Helpers for the tracking tests."""
from __future__ import annotations

import pytest

ALL = ("program", "post_metrics", "link_clicks")


@pytest.fixture
def tracked_share(make_member, make_share, fake_providers, app, monkeypatch):
    """``tracked_share(network="mastodon", purposes=ALL, person=None, **post)`` → registered share
    on the fake provider, scheduled for polling, with the app configured for the fake servers."""
    from advocacy.tracking.services import schedule_polls

    fake_providers.configure(app, monkeypatch)
    adders = {"mastodon": fake_providers.add_status, "bluesky": fake_providers.add_bsky_post,
              "x": fake_providers.add_tweet, "linkedin": fake_providers.add_linkedin_post}

    def factory(network="mastodon", purposes=ALL, person=None, **post):
        person = person or make_member(purposes=purposes)
        # Each person posts from their own account (the tracker checks the author on these networks).
        if network == "mastodon":
            post.setdefault("user", f"member{person.id}")
        elif network == "bluesky":
            post.setdefault("handle", f"member{person.id}.bsky.social")
        url = adders[network](**post)
        share = make_share(person=person, network=network, url=url)
        schedule_polls(share)
        return share

    return factory
