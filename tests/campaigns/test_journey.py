"""The issue's "Done when", through the pages: a marketer creates a kit, compliance approves it, a
member sees it, edits the text, is refused while it fails the check, fixes it with the suggestion,
opens the share link and registers the post URL; someone who has not accepted the charter gets no kit."""
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

from sqlalchemy import select

from advocacy.campaigns.models import KIT_APPROVED, SHARE_PENDING, Campaign, Kit, Share
from advocacy.extensions import db
from tests.fixtures.members import TEAM

GOOD = "Je travaille chez Exemple : notre atelier de réparation ouvre ses portes samedi !"


def test_done_when_journey(app, frozen, make_charter_in_force, make_team, make_person, member, marketer, reviewer,
                           browser):
    make_charter_in_force()
    team = make_team(TEAM)
    mk, rv = browser(marketer), browser(reviewer)

    # The marketer creates a campaign and a kit with a Mastodon variant, then submits it.
    response = mk.post("/campaigns/new", data={
        "name": "Portes ouvertes", "goal": "Faire venir du monde", "brand": "Exemple",
        "starts_on": "2026-11-23", "ends_on": "2026-12-20", "teams": [str(team.id)],
        "networks": ["mastodon", "linkedin"], "landing_urls": "https://www.exemple.fr/portes-ouvertes"})
    assert response.status_code == 302, response.get_data(as_text=True)[-1500:]
    campaign = db.session.scalar(select(Campaign).where(Campaign.name == "Portes ouvertes"))
    assert "data-dc-editor" in mk.get(f"/campaigns/{campaign.id}/kits/new").get_data(as_text=True)  # live check
    response = mk.post(f"/campaigns/{campaign.id}/kits/new", data={
        "title": "Atelier ouvert", "personalisation_prompt": "Qu'est-ce que cet atelier change pour vous ?",
        "hashtags": "#Réparation", "variant-mastodon-fr": GOOD, "variant-linkedin-fr": GOOD})
    assert response.status_code == 302
    kit = db.session.scalar(select(Kit).where(Kit.campaign_id == campaign.id))
    assert mk.post(f"/kits/{kit.id}/submit").status_code == 302

    # Compliance approves it.
    assert "Atelier ouvert" in rv.get("/review").get_data(as_text=True)
    assert rv.get(f"/review/{kit.id}").status_code == 200
    assert rv.post(f"/review/{kit.id}", data={"decision": "approve", "comment": ""}).status_code == 302
    assert kit.status == KIT_APPROVED

    # A member of the team sees it; someone who has not accepted the charter does not.
    person = member(purposes=("program", "post_metrics", "link_clicks"))
    outsider = make_person(team=TEAM)
    assert "Atelier ouvert" not in browser(outsider).get("/feed").get_data(as_text=True)
    emp = browser(person)
    feed = emp.get("/feed").get_data(as_text=True)
    assert "Atelier ouvert" in feed
    variant = next(v for v in kit.variants if v.network == "mastodon")
    page = emp.get(f"/feed/variants/{variant.id}")
    assert page.status_code == 200 and "#Réparation" in page.get_data(as_text=True)
    assert "data-dc-editor" in page.get_data(as_text=True)  # the live disclosure check
    assert browser(outsider).get(f"/feed/variants/{variant.id}").status_code == 302  # sent back to the feed

    # Edits the text; refused while it fails the check; fixes it with the suggestion.
    response = emp.post(f"/feed/variants/{variant.id}", data={
        "text": "Notre atelier ouvre samedi, venez nombreux : je serai là pour vous montrer mes outils !"})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert db.session.scalar(select(Share).where(Share.person_id == person.id)) is None
    suggestion = unescape(re.search(r'<pre[^>]*id="suggested-text">(.*?)</pre>', html, re.S).group(1))
    assert "Exemple" in suggestion
    response = emp.post(f"/feed/variants/{variant.id}", data={"text": suggestion})
    assert response.status_code == 302
    share = db.session.scalar(select(Share).where(Share.person_id == person.id))
    assert share.text == suggestion and share.authenticity > 0

    # Opens the share link: Mastodon asks the instance once, then links to INSTANCE/share?text=.
    page = emp.get(f"/shares/{share.id}").get_data(as_text=True)
    assert 'id="share-link"' not in page and 'name="instance"' in page
    assert emp.post(f"/shares/{share.id}/instance", data={"instance": "not a server"}).status_code == 422
    assert emp.post(f"/shares/{share.id}/instance", data={"instance": "@moi@social.example"}).status_code == 302
    page = emp.get(f"/shares/{share.id}").get_data(as_text=True)
    link = unescape(re.search(r'href="([^"]+)"[^>]*id="share-link"', page).group(1))
    parts = urlsplit(link)
    assert (parts.netloc, parts.path) == ("social.example", "/share")
    text = parse_qs(parts.query)["text"][0]
    assert text.startswith(suggestion) and "http://localhost/l/" in text

    # Registers the post URL (a wrong network's URL is refused with a message).
    response = emp.post(f"/shares/{share.id}/published", data={"url": "https://x.com/moi/status/123"})
    assert response.status_code == 422
    assert "X" in response.get_data(as_text=True)
    response = emp.post(f"/shares/{share.id}/published", data={"url": "https://social.example/@moi/1234567"})
    assert response.status_code == 302
    assert share.status == SHARE_PENDING and share.url == "https://social.example/@moi/1234567"
    assert "15" in emp.get("/points").get_data(as_text=True) or "10" in emp.get("/points").get_data(as_text=True)
