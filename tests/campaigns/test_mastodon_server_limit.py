"""A Mastodon server's own post limit (``/api/v2/instance`` → ``configuration.statuses.max_characters``,
cached per server) is the one the share editor, its live check and the saved check use."""
from __future__ import annotations

import pytest
from rq import Queue

from advocacy.campaigns import instances, sharing
from advocacy.campaigns.errors import Invalid
from advocacy.disclosure.networks import post_length

LONG = "Je travaille chez Exemple et notre nouvelle appli change mon quotidien au bureau. " * 8  # ~670


def test_the_servers_limit_is_read_once_and_kept(app, fake_providers, monkeypatch, redis_client):
    fake_providers.configure(app, monkeypatch)
    host = fake_providers.mastodon.hostport
    assert instances.post_limit(host) == 500  # not known yet: 500, and the server is asked by a job
    queued = Queue("default", connection=redis_client).get_jobs()
    assert [(job.func_name, job.args) for job in queued] == [("advocacy.campaigns.instances.refresh_server", (host,))]
    instances.post_limit(host)
    assert len(Queue("default", connection=redis_client).get_jobs()) == 1  # asked once

    fake_providers.mastodon_max_characters = 5000
    assert instances.remember(host) == 5000
    assert instances.post_limit(host) == 5000
    assert fake_providers.mastodon.hits["/api/v2/instance"] == 1


@pytest.mark.parametrize("answer", [("status", 503), ("garbage",)])
def test_a_server_that_does_not_say_counts_500(app, fake_providers, monkeypatch, redis_client, answer):
    fake_providers.configure(app, monkeypatch)
    host = fake_providers.mastodon.hostport
    fake_providers.mastodon.script(answer)
    assert instances.remember(host) == 500 and instances.post_limit(host) == 500


def test_editor_and_checker_use_the_servers_limit(app, db_session, member, make_live_kit, fake_providers,
                                                   monkeypatch, redis_client, browser):
    fake_providers.configure(app, monkeypatch)
    host = fake_providers.mastodon.hostport
    person = member()
    sharing.set_mastodon_instance(person, host)
    kit = make_live_kit(networks=("mastodon",))
    variant = kit.variants[0]
    assert 500 < post_length("mastodon", LONG, kit.link) < 1000

    with pytest.raises(Invalid):  # the stock limit while the server has not told us
        sharing.prepare_share(person, variant, LONG)
    page = browser(person).get(f"/feed/variants/{variant.id}").get_data(as_text=True)
    assert "/ 500" in page

    fake_providers.mastodon_max_characters = 1000
    instances.remember(host)
    outcome = sharing.check_share_text(variant, LONG, person)
    assert not any("length" in str(f.get("rule")) for f in outcome.findings) and outcome.over_limit == 0
    page = browser(person).get(f"/feed/variants/{variant.id}").get_data(as_text=True)
    assert "/ 1000" in page and ("&#34;max_length&#34;: 1000" in page or '"max_length": 1000' in page)
    share = sharing.prepare_share(person, variant, LONG)
    assert share.text == LONG.strip()

    fake_providers.mastodon_max_characters = 600
    instances.remember(host)
    with pytest.raises(Invalid):
        sharing.prepare_share(person, variant, LONG)
