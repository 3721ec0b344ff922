"""The offline demo: ``make run`` with ``ADVOCACY_DEMO_FAKE_NETWORKS=true`` starts the fakes of
Mastodon, LinkedIn and Bluesky (``python -m advocacy.run fakes``, i.e. ``python -m
advocacy.accounts.demo``); employee2 is linked to the fake Mastodon, and anyone can link a LinkedIn
or a Bluesky account there and publish through it."""
import subprocess
import sys
from urllib.parse import parse_qs, urlsplit

import pytest
import requests
from sqlalchemy import select

from advocacy.accounts import demo
from advocacy.accounts.models import LinkedAccount
from advocacy.campaigns import publishing
from advocacy.extensions import db
from tests.accounts.conftest import PERSONAL, authorize_url

#: Ports of this test's fakes: away from the demo's own (a demo may be running on this machine).
PORTS = (18765, 18767, 18768)


@pytest.fixture
def demo_fakes(app, monkeypatch):
    from advocacy.core.settings import DEMO_LINKEDIN_CLIENT

    proc = subprocess.Popen([sys.executable, "-m", "advocacy.accounts.demo", "--ports", ",".join(map(str, PORTS))],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        lines = [proc.stdout.readline() for _ in range(3)]
        assert [line.split(" on ")[0] for line in lines] == ["fake Mastodon", "fake LinkedIn", "fake Bluesky"], lines
        hosts = [f"127.0.0.1:{p}" for p in PORTS]
        linkedin = f"http://{hosts[1]}"
        for key, value in (("DEMO_FAKE_NETWORKS", True), ("DEMO_FAKE_PORTS", PORTS), ("OUTBOUND_ALLOW", ",".join(hosts)),
                           ("LINKEDIN_CLIENT_ID", DEMO_LINKEDIN_CLIENT[0]),
                           ("LINKEDIN_CLIENT_SECRET", DEMO_LINKEDIN_CLIENT[1]), ("LINKEDIN_AUTH_URL", linkedin),
                           ("LINKEDIN_API_URL", linkedin)):
            monkeypatch.setitem(app.config, key, value)
        yield hosts
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


def test_settings_point_the_demo_at_its_fakes_only_in_embedded_mode(tmp_path):
    from advocacy.core.settings import DEMO_LINKEDIN_CLIENT, SettingsError, load

    settings = load({"ADVOCACY_DEMO_FAKE_NETWORKS": "true", "ADVOCACY_OUTBOUND_ALLOW": "127.0.0.1:8766"}, tmp_path)
    assert settings.outbound_allow == "127.0.0.1:8766,127.0.0.1:8765,127.0.0.1:8767,127.0.0.1:8770"
    assert (settings.linkedin_client_id, settings.linkedin_client_secret) == DEMO_LINKEDIN_CLIENT
    assert settings.linkedin_auth_url == settings.linkedin_api_url == "http://127.0.0.1:8767"
    moved = load({"ADVOCACY_DEMO_FAKE_NETWORKS": "true", "ADVOCACY_DEMO_FAKE_PORTS": "9001,9002,9003"}, tmp_path)
    assert moved.outbound_allow == "127.0.0.1:9001,127.0.0.1:9002,127.0.0.1:9003"
    assert moved.demo_fake_ports == (9001, 9002, 9003) and moved.linkedin_api_url == "http://127.0.0.1:9002"
    yours = load({"ADVOCACY_DEMO_FAKE_NETWORKS": "true", "ADVOCACY_LINKEDIN_CLIENT_ID": "mine",
                  "ADVOCACY_LINKEDIN_CLIENT_SECRET": "s"}, tmp_path)
    assert yours.linkedin_client_id == "mine" and yours.linkedin_api_url == "https://api.linkedin.com"
    plain = load({}, tmp_path)
    assert plain.linkedin_client_id is None and plain.outbound_allow == ""
    with pytest.raises(SettingsError, match="embedded demo only"):
        load({"ADVOCACY_DEMO_FAKE_NETWORKS": "true", "ADVOCACY_DATABASE_URL": "postgresql://db/x",
              "ADVOCACY_SECRET_KEY": "k" * 40}, tmp_path)
    with pytest.raises(SettingsError, match="three distinct ports"):
        load({"ADVOCACY_DEMO_FAKE_PORTS": "1,2"}, tmp_path)


def test_employee2_is_linked_and_can_publish_and_unlink_revokes(app, make_member, demo_fakes):
    from advocacy.accounts import services

    person = make_member(email=demo.PERSON, purposes=("program",))
    assert demo.link_demo_account().startswith(demo.PERSON)
    assert demo.link_demo_account().startswith(demo.PERSON)  # idempotent
    [row] = db.session.scalars(select(LinkedAccount).where(LinkedAccount.person_id == person.id)).all()
    assert row.handle == f"employee2@{demo_fakes[0]}" and demo.TOKEN not in row.token_ciphertext
    result = services.publish(row, "Bonjour depuis la démo", "demo-key-1")
    server = demo.mastodon_server()
    assert requests.get(f"{server}/api/v1/statuses/{result['post_id']}", timeout=5).json()["url"] == result["url"]
    services.unlink(person, row.id)
    answer = requests.get(f"{server}/api/v1/accounts/verify_credentials",
                          headers={"Authorization": f"Bearer {demo.TOKEN}"}, timeout=5)
    assert answer.status_code == 401  # revoked at the server


def test_a_newcomer_links_linkedin_and_bluesky_on_the_fakes_and_publishes(
        app, client, frozen, member, browser, make_live_kit, api_headers, demo_fakes):
    person = member(email="employee7@demo.test")
    page = browser(person)
    body = page.get("/me/accounts").get_data(as_text=True)
    assert 'id="demo-networks"' in body and demo.BLUESKY_APP_PASSWORD in body
    assert f'value="{demo_fakes[2]}"' in body and f'value="{demo_fakes[0]}"' in body  # servers filled in
    # LinkedIn: the button goes to the fake's consent page, which comes back with a code.
    authorize = authorize_url(page.post("/me/accounts/linkedin"))
    assert authorize.startswith(f"http://{demo_fakes[1]}/")
    query = {k: v[0] for k, v in parse_qs(urlsplit(authorize).query).items()}
    answer = requests.post(f"http://{demo_fakes[1]}/oauth/v2/authorization",
                           data={**query, "username": "sept.demo", "allow": "1"}, allow_redirects=False, timeout=5)
    back = urlsplit(answer.headers["Location"])
    assert page.get(f"{back.path}?{back.query}").status_code == 302
    # Bluesky: a demo handle and the demo app password, on the prefilled server.
    linked = page.post("/me/accounts/bluesky", data={"bluesky-handle": "employee7.demo.test",
                                                     "bluesky-app_password": demo.BLUESKY_APP_PASSWORD,
                                                     "bluesky-server": demo_fakes[2]})
    assert linked.status_code == 302, linked.get_data(as_text=True)[:300]
    networks = {a.network for a in db.session.scalars(select(LinkedAccount).where(LinkedAccount.person_id == person.id))}
    assert networks == {"linkedin", "bluesky"}
    kit = make_live_kit(networks=("linkedin", "bluesky"))
    for variant in kit.variants:
        response = client.post("/api/v1/shares", headers=api_headers(person), json={
            "kit_variant_id": variant.id, "network": variant.network, "text": variant.text + PERSONAL,
            "publish": True})
        assert response.status_code == 202, response.get_json()
        assert publishing.run(response.get_json()["id"]) == "published", variant.network
    # The next start forgets what the fakes forgot: these accounts ask to be linked again.
    demo.link_demo_account()
    rows = db.session.scalars(select(LinkedAccount).where(LinkedAccount.person_id == person.id)).all()
    assert len(rows) == 2 and all(row.refused_at is not None for row in rows)
    assert page.get("/me/accounts").get_data(as_text=True).count("link it again") == 2


def test_a_restart_forgets_our_client_on_the_fake_mastodon_but_not_employee2s(app, make_member, member, browser,
                                                                            demo_fakes):
    from advocacy.accounts.models import OAuthApp

    make_member(email=demo.PERSON, purposes=("program",))
    demo.link_demo_account()
    page = browser(member())
    authorize = authorize_url(page.post("/me/accounts/mastodon", data={"server": demo_fakes[0]}))
    assert authorize.startswith(f"http://{demo_fakes[0]}/oauth/authorize")
    assert db.session.scalar(select(OAuthApp).where(OAuthApp.client_id != demo.CLIENT_ID)) is not None
    demo.link_demo_account()
    assert [a.client_id for a in db.session.scalars(select(OAuthApp))] == [demo.CLIENT_ID]
    [preset] = db.session.scalars(select(LinkedAccount)).all()
    assert preset.refused_at is None
