"""The offline demo (``ADVOCACY_DEMO_FAKE_NETWORKS=true``): employee2 has a Mastodon account linked on
the local fake server that ``make run`` starts (``python -m advocacy.run fakes``). Idempotent."""
from __future__ import annotations

from sqlalchemy import select

from advocacy.core import crypto
from advocacy.accounts.models import LinkedAccount, OAuthApp
from advocacy.accounts.providers import mastodon
from advocacy.auth.models import Person
from advocacy.consent.services import give, has_consent
from advocacy.core.settings import DEMO_FAKE_MASTODON_PORT
from advocacy.extensions import db

SERVER = f"http://127.0.0.1:{DEMO_FAKE_MASTODON_PORT}"
PERSON = "employee2@demo.test"
USERNAME = "employee2"
#: Demo-only credentials the fake server is started with (never a real secret).
TOKEN = "demo-employee2-token"
CLIENT_ID, CLIENT_SECRET = "porte-voix-demo-client", "porte-voix-demo-secret"


def fake_server_args() -> list[str]:
    return ["--port", str(DEMO_FAKE_MASTODON_PORT), "--token", f"{TOKEN}={USERNAME}",
            "--client", f"{CLIENT_ID}={CLIENT_SECRET}"]


def link_demo_account() -> str:
    """Link employee2 to the fake server (their ``account_token`` consent given first)."""
    person = db.session.scalar(select(Person).where(Person.email == PERSON))
    if person is None:
        return "no employee2"
    if not has_consent(person.id, "account_token"):
        give(person, "account_token", method="demo")
    redirect_uri = "demo:preset"  # never matched by a new link: that one registers its own client
    app = db.session.scalar(select(OAuthApp).where(OAuthApp.server == SERVER, OAuthApp.client_id == CLIENT_ID))
    if app is None:
        app = OAuthApp(network="mastodon", server=SERVER, redirect_uri=redirect_uri, scopes=mastodon.SCOPES,
                       client_id=CLIENT_ID, client_secret_ciphertext=crypto.encrypt(CLIENT_SECRET))
        db.session.add(app)
        db.session.flush()
    row = db.session.scalar(select(LinkedAccount).where(LinkedAccount.person_id == person.id,
                                                        LinkedAccount.server == SERVER))
    if row is None:
        row = LinkedAccount(person_id=person.id, network="mastodon", server=SERVER, account_id="demo-employee2",
                            handle=f"{USERNAME}@127.0.0.1:{DEMO_FAKE_MASTODON_PORT}",
                            profile_url=f"{SERVER}/@{USERNAME}", app_id=app.id, scopes=mastodon.SCOPES,
                            token_ciphertext=crypto.encrypt(TOKEN))
        db.session.add(row)
    db.session.commit()
    return f"{PERSON} linked to @{row.handle}"
