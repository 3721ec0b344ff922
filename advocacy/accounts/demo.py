"""The offline demo (``ADVOCACY_DEMO_FAKE_NETWORKS=true``): ``make run`` starts the loopback fakes of
Mastodon, LinkedIn and Bluesky (``python -m advocacy.run fakes``, i.e. :func:`serve`) on 127.0.0.1
(ports ``ADVOCACY_DEMO_FAKE_PORTS``, 8765, 8767 and 8770 by default), and the settings point the
service at them: the fake Mastodon and Bluesky are allow-listed, the fake LinkedIn is the LinkedIn
app when none is configured. So every journey can be tried offline:

- Mastodon: employee2 is linked already (:func:`link_demo_account`); anyone else types the fake's
  address on *My accounts* and authorises with any user name;
- LinkedIn: "Link my LinkedIn account" goes to the fake's consent page (any user name);
- Bluesky: the handles ``employee1.demo.test`` … ``employee12.demo.test`` exist on the fake PDS with
  the app password :data:`BLUESKY_APP_PASSWORD`; the server field is preset to the fake.

Idempotent; demo-only credentials, never a real secret."""
from __future__ import annotations

import argparse
import signal

from flask import current_app
from sqlalchemy import delete, select

from advocacy.core import crypto
from advocacy.accounts.fake_bluesky import FakeBluesky
from advocacy.accounts.fake_linkedin import FakeLinkedIn
from advocacy.accounts.fake_mastodon import FakeMastodon
from advocacy.accounts.models import LinkedAccount, OAuthApp
from advocacy.accounts.providers import mastodon
from advocacy.auth.models import Person
from advocacy.consent.services import give, has_consent
from advocacy.core.settings import DEMO_FAKE_PORTS, DEMO_LINKEDIN_CLIENT
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db

PERSON = "employee2@demo.test"
USERNAME = "employee2"
#: Demo-only credentials the fake servers are started with (never a real secret).
TOKEN = "demo-employee2-token"
CLIENT_ID, CLIENT_SECRET = "porte-voix-demo-client", "porte-voix-demo-secret"
#: The app password of every demo Bluesky handle (``employeeN.demo.test``).
BLUESKY_APP_PASSWORD = "demo-demo-demo-demo"
BLUESKY_HANDLES = tuple(f"employee{n}.demo.test" for n in range(1, 13))


def ports() -> tuple[int, int, int]:
    """(Mastodon, LinkedIn, Bluesky) ports of the fakes, as the app's settings say."""
    return tuple(current_app.config.get("DEMO_FAKE_PORTS") or DEMO_FAKE_PORTS)


def servers() -> dict[str, str]:
    """The fakes' addresses as a person types them on *My accounts* (``host:port``)."""
    return dict(zip(("mastodon", "linkedin", "bluesky"), (f"127.0.0.1:{p}" for p in ports())))


def mastodon_server() -> str:
    return f"http://127.0.0.1:{ports()[0]}"


def forget_fakes_state() -> int:
    """The fakes keep nothing across restarts: forget our client registrations on the fake Mastodon
    (a new link registers again) and mark the accounts linked on the fakes as refused (their pages say
    "link it again"), but employee2's preset one. Returns how many accounts were marked."""
    fakes = [f"http://{host}" for host in servers().values()]
    preset = db.session.scalar(select(OAuthApp.id).where(OAuthApp.server == fakes[0], OAuthApp.client_id == CLIENT_ID))
    db.session.execute(delete(OAuthApp).where(OAuthApp.server == fakes[0], OAuthApp.client_id != CLIENT_ID))
    on_fakes = (LinkedAccount.server.in_(fakes)) | (LinkedAccount.network == "linkedin") \
        if current_app.config.get("LINKEDIN_CLIENT_ID") == DEMO_LINKEDIN_CLIENT[0] else LinkedAccount.server.in_(fakes)
    stale = db.session.scalars(select(LinkedAccount).where(on_fakes, LinkedAccount.refused_at.is_(None))).all()
    marked = 0
    for row in stale:
        if preset is not None and row.app_id == preset:
            continue
        row.refused_at = utcnow()
        marked += 1
    db.session.flush()
    return marked


def link_demo_account() -> str:
    """Link employee2 to the fake Mastodon (their ``account_token`` consent given first), after
    :func:`forget_fakes_state` (``prepare`` runs it at every start)."""
    forget_fakes_state()
    person = db.session.scalar(select(Person).where(Person.email == PERSON))
    if person is None:
        db.session.commit()
        return "no employee2"
    if not has_consent(person.id, "account_token"):
        give(person, "account_token", method="demo")
    server = mastodon_server()
    redirect_uri = "demo:preset"  # never matched by a new link: that one registers its own client
    app = db.session.scalar(select(OAuthApp).where(OAuthApp.server == server, OAuthApp.client_id == CLIENT_ID))
    if app is None:
        app = OAuthApp(network="mastodon", server=server, redirect_uri=redirect_uri, scopes=mastodon.SCOPES,
                       client_id=CLIENT_ID, client_secret_ciphertext=crypto.encrypt(CLIENT_SECRET))
        db.session.add(app)
        db.session.flush()
    row = db.session.scalar(select(LinkedAccount).where(LinkedAccount.person_id == person.id,
                                                        LinkedAccount.server == server))
    if row is None:
        row = LinkedAccount(person_id=person.id, network="mastodon", server=server, account_id="demo-employee2",
                            handle=f"{USERNAME}@{server.removeprefix('http://')}",
                            profile_url=f"{server}/@{USERNAME}", app_id=app.id, scopes=mastodon.SCOPES,
                            token_ciphertext=crypto.encrypt(TOKEN))
        db.session.add(row)
    db.session.commit()
    return f"{PERSON} linked to @{row.handle}"


def start(fake_ports=DEMO_FAKE_PORTS) -> list:
    """Start the three fakes on 127.0.0.1 (threads) with the demo's accounts; returns them."""
    masto_port, linkedin_port, bluesky_port = fake_ports
    masto = FakeMastodon("127.0.0.1", masto_port)
    masto.add_client(CLIENT_ID, CLIENT_SECRET)
    masto.issue_token(USERNAME, TOKEN, client_id=CLIENT_ID)
    linkedin = FakeLinkedIn(*DEMO_LINKEDIN_CLIENT, host="127.0.0.1", port=linkedin_port)
    bluesky = FakeBluesky("127.0.0.1", bluesky_port)
    for handle in BLUESKY_HANDLES:
        bluesky.add_account(handle, BLUESKY_APP_PASSWORD)
    return [server.start() for server in (masto, linkedin, bluesky)]


def serve(fake_ports=DEMO_FAKE_PORTS) -> None:
    """``python -m advocacy.run fakes``: the three fakes until SIGINT or SIGTERM."""
    stop = {signal.SIGINT, signal.SIGTERM}
    signal.pthread_sigmask(signal.SIG_BLOCK, stop)  # the servers' threads inherit it: the signal comes here
    started = start(fake_ports)
    for label, server in zip(("Mastodon", "LinkedIn", "Bluesky"), started):
        print(f"fake {label} on {server.base}", flush=True)
    try:
        signal.sigwait(stop)
    finally:
        for server in started:
            server.close()


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description="The demo's fake Mastodon, LinkedIn and Bluesky on loopback.")
    parser.add_argument("--ports", default=",".join(map(str, DEMO_FAKE_PORTS)),
                        help="Mastodon,LinkedIn,Bluesky ports (default %(default)s)")
    args = parser.parse_args(argv)
    serve(tuple(int(p) for p in args.ports.split(",")))


if __name__ == "__main__":
    main()
