"""The offline demo: employee2 linked to the fake Mastodon that ``make run`` starts with
``ADVOCACY_DEMO_FAKE_NETWORKS=true`` (same arguments as ``python -m advocacy.run fakes``)."""
import subprocess
import sys

import pytest
import requests
from sqlalchemy import select

from advocacy.accounts import demo
from advocacy.accounts.models import LinkedAccount
from advocacy.extensions import db


@pytest.fixture
def demo_server():
    proc = subprocess.Popen([sys.executable, "-m", "advocacy.accounts.fake_mastodon", *demo.fake_server_args()],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert "fake Mastodon on" in proc.stdout.readline()
        yield demo.SERVER
    finally:
        proc.terminate()
        proc.wait(timeout=10)
        proc.stdout.close()


def test_settings_allow_the_demo_server_only_in_embedded_mode(tmp_path):
    from advocacy.core.settings import SettingsError, load

    settings = load({"ADVOCACY_DEMO_FAKE_NETWORKS": "true", "ADVOCACY_OUTBOUND_ALLOW": "127.0.0.1:8766"}, tmp_path)
    assert settings.outbound_allow == "127.0.0.1:8766,127.0.0.1:8765"
    with pytest.raises(SettingsError, match="embedded demo only"):
        load({"ADVOCACY_DEMO_FAKE_NETWORKS": "true", "ADVOCACY_DATABASE_URL": "postgresql://db/x",
              "ADVOCACY_SECRET_KEY": "k" * 40}, tmp_path)


def test_employee2_is_linked_and_can_publish_and_unlink_revokes(app, make_member, monkeypatch, demo_server):
    from advocacy.accounts import services

    monkeypatch.setitem(app.config, "OUTBOUND_ALLOW", "127.0.0.1:8765")
    person = make_member(email=demo.PERSON, purposes=("program",))
    assert demo.link_demo_account().startswith(demo.PERSON)
    assert demo.link_demo_account().startswith(demo.PERSON)  # idempotent
    [row] = db.session.scalars(select(LinkedAccount).where(LinkedAccount.person_id == person.id)).all()
    assert row.handle == "employee2@127.0.0.1:8765" and demo.TOKEN not in row.token_ciphertext
    result = services.publish(row, "Bonjour depuis la démo", "demo-key-1")
    assert requests.get(f"{demo_server}/api/v1/statuses/{result['post_id']}", timeout=5).json()["url"] == result["url"]
    services.unlink(person, row.id)
    answer = requests.get(f"{demo_server}/api/v1/accounts/verify_credentials",
                          headers={"Authorization": f"Bearer {demo.TOKEN}"}, timeout=5)
    assert answer.status_code == 401  # revoked at the server
