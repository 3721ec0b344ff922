"""Campaign and kit authoring: validation, all or nothing, charter limits, images."""
import io
from datetime import timedelta

import pytest
from PIL import Image
from sqlalchemy import func, select

from advocacy.campaigns import authoring
from advocacy.campaigns.errors import Invalid
from advocacy.campaigns.models import Campaign, Kit, KitImage
from advocacy.core.timeutil import utcnow
from advocacy.extensions import db



def _png_1x1() -> bytes:
    out = io.BytesIO()
    Image.new("RGBA", (1, 1), (200, 30, 60, 255)).save(out, "PNG")
    return out.getvalue()


PNG_1x1 = _png_1x1()  # a real PNG: the uploads are decoded in full


def decoded(data: bytes) -> tuple:
    """Format, size and pixels: what an upload must keep through the re-encoding."""
    with Image.open(io.BytesIO(data)) as image:
        return image.format, image.size, image.convert("RGBA").tobytes()


def campaign_data(make_team, **over):
    now = utcnow()
    data = {"name": "Lancement", "goal": "Faire connaître", "brand": "Exemple", "starts_at": now,
            "ends_at": now + timedelta(days=10), "team_ids": [make_team("Ventes").id],
            "networks": ["linkedin", "mastodon"], "landing_urls": ["https://www.example.com/offre"]}
    data.update(over)
    return data


def test_campaign_saved_with_teams_and_utm_links(app, make_team, marketer, make_charter_in_force):
    make_charter_in_force()
    campaign = authoring.save_campaign(campaign_data(make_team), actor=marketer)
    assert campaign.team_ids == {make_team("Ventes").id}
    assert campaign.landing_urls == [
        "https://www.example.com/offre?utm_source=porte-voix&utm_medium=employee-advocacy&utm_campaign=lancement"]
    assert campaign.consideration is False


@pytest.mark.parametrize("over,field", [
    ({"ends_at": utcnow() - timedelta(days=1)}, "ends_at"),
    ({"team_ids": []}, "team_ids"),
    ({"networks": []}, "networks"),
    ({"networks": ["myspace"]}, "networks"),
    ({"landing_urls": ["https://www.example.com/?email=a@b.fr"]}, "landing_urls"),
    ({"landing_urls": []}, "landing_urls"),
    ({"name": "  "}, "name"),
])
def test_bad_campaigns_are_refused_and_nothing_is_saved(app, make_team, marketer, over, field):
    before = db.session.scalar(select(func.count(Campaign.id)))
    with pytest.raises(Invalid) as exc:
        authoring.save_campaign(campaign_data(make_team, **over), actor=marketer)
    assert field in exc.value.errors
    assert db.session.scalar(select(func.count(Campaign.id))) == before


def test_networks_limited_to_the_charter_and_consideration_forced_by_rewards(app, make_team, marketer,
                                                                              make_charter_in_force):
    make_charter_in_force(allowed_networks=["linkedin", "x"], rewards=True)
    assert authoring.allowed_networks() == ("linkedin", "x")
    with pytest.raises(Invalid) as exc:
        authoring.save_campaign(campaign_data(make_team), actor=marketer)
    assert "LinkedIn, X" in exc.value.errors["networks"]
    campaign = authoring.save_campaign(campaign_data(make_team, networks=["x"], consideration=False), actor=marketer)
    assert campaign.consideration is True


def test_kit_variants_hashtags_links_and_limits(app, make_campaign, marketer):
    campaign = make_campaign(networks=["x", "linkedin"])
    kit = authoring.save_kit(campaign, {
        "title": "Kit", "hashtags": "Innovation #Équipe", "links": [],
        "variants": {("x", "fr"): "Je travaille chez Exemple : <b>bravo</b>", ("linkedin", "en"): "",
                     ("linkedin", "fr"): "Texte LinkedIn"}}, actor=marketer)
    assert kit.hashtags == ["#Innovation", "#Équipe"]
    assert kit.links == campaign.landing_urls[:1]
    assert sorted((v.network, v.lang) for v in kit.variants) == [("linkedin", "fr"), ("x", "fr")]
    assert any(v.text == "Je travaille chez Exemple : <b>bravo</b>" for v in kit.variants)  # stored as typed
    with pytest.raises(Invalid) as exc:
        authoring.save_kit(campaign, {"title": "Trop long", "variants": {("x", "fr"): "a" * 280}}, actor=marketer)
    assert "variant-x-fr" in exc.value.errors
    with pytest.raises(Invalid) as exc:
        authoring.save_kit(campaign, {"title": "Réseau", "variants": {("bluesky", "fr"): "Salut"}}, actor=marketer)
    assert "variant-bluesky-fr" in exc.value.errors
    with pytest.raises(Invalid) as exc:
        authoring.save_kit(campaign, {"title": "Tag", "hashtags": "#pas-un-tag", "variants": {("x", "fr"): "ok"}},
                           actor=marketer)
    assert "hashtags" in exc.value.errors


def test_image_type_size_and_alt_text(app, make_campaign, marketer):
    kit = authoring.save_kit(make_campaign(), {"title": "K", "variants": {("linkedin", "fr"): "Texte"}}, actor=marketer)
    with pytest.raises(Invalid) as exc:
        authoring.add_image(kit, b"<svg onload=alert(1)>", filename="x.png", alt_text="a", retouched=False,
                            virtual=False, actor=marketer)
    assert "image" in exc.value.errors
    with pytest.raises(Invalid) as exc:
        authoring.add_image(kit, PNG_1x1 + b"\0" * (5 * 1024 * 1024), filename="big.png", alt_text="a",
                            retouched=False, virtual=False, actor=marketer)
    assert "image" in exc.value.errors
    with pytest.raises(Invalid) as exc:
        authoring.add_image(kit, PNG_1x1, filename="x.png", alt_text=" ", retouched=False, virtual=False, actor=marketer)
    assert "alt_text" in exc.value.errors
    assert db.session.scalar(select(func.count(KitImage.id)).where(KitImage.kit_id == kit.id)) == 0
    image = authoring.add_image(kit, PNG_1x1, filename="logo.png", alt_text="Le logo", retouched=True,
                                virtual=False, actor=marketer)
    assert (image.content_type, image.width, image.height, image.retouched) == ("image/png", 1, 1, True)
    from advocacy.campaigns.images import path_of

    path = path_of(image.stored_name)
    assert decoded(path.read_bytes()) == decoded(PNG_1x1)
    assert str(path).startswith(app.instance_path) and "static" not in path.parts


def test_images_are_served_to_marketers_with_nosniff_and_not_to_outsiders(app, browser, make_campaign,
                                                                          marketer, make_person):
    kit = authoring.save_kit(make_campaign(), {"title": "K", "variants": {("linkedin", "fr"): "Texte"}}, actor=marketer)
    image = authoring.add_image(kit, PNG_1x1, filename="logo.png", alt_text="Le logo", retouched=False,
                                virtual=True, actor=marketer)
    response = browser(marketer).get(f"/kits/images/{image.id}")
    assert response.status_code == 200 and decoded(response.data) == decoded(PNG_1x1)
    assert response.headers["Content-Type"] == "image/png"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    # an employee who is not a member: the draft kit is not theirs
    assert browser(make_person()).get(f"/kits/images/{image.id}").status_code == 404


def test_campaign_and_kit_pages_escape_text_and_show_inline_errors(app, client, login, marketer, make_team,
                                                                   make_charter_in_force):
    make_charter_in_force()
    team = make_team("Ventes")
    login(client, marketer)
    response = client.post("/campaigns/new", data={
        "name": "Backwards", "starts_on": "2026-12-10", "ends_on": "2026-12-01", "teams": [str(team.id)],
        "networks": ["linkedin"], "landing_urls": "https://www.example.com/"})
    assert response.status_code == 422
    assert "The end must come after the start." in response.get_data(as_text=True) or \
        "La fin doit venir après le début." in response.get_data(as_text=True)
    response = client.post("/campaigns/new", data={
        "name": "Sans équipe", "starts_on": "2026-12-01", "ends_on": "2026-12-10",
        "networks": ["linkedin"], "landing_urls": "https://www.example.com/"})
    assert response.status_code == 422
    assert db.session.scalar(select(func.count(Campaign.id)).where(Campaign.name == "Sans équipe")) == 0
    response = client.post("/campaigns/new", data={
        "name": "<script>alert(1)</script>", "starts_on": "2026-12-01", "ends_on": "2026-12-10",
        "teams": [str(team.id)], "networks": ["linkedin"], "landing_urls": "https://www.example.com/"})
    assert response.status_code == 302
    campaign = db.session.scalar(select(Campaign).where(Campaign.name == "<script>alert(1)</script>"))
    page = client.get(f"/campaigns/{campaign.id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    response = client.post(f"/campaigns/{campaign.id}/kits/new", data={
        "title": "Kit", "personalisation_prompt": "Et vous ?", "hashtags": "#Exemple",
        "variant-linkedin-fr": "<img src=x onerror=alert(1)> Je travaille chez Exemple"})
    assert response.status_code == 302
    kit = db.session.scalar(select(Kit).where(Kit.campaign_id == campaign.id))
    page = client.get(f"/kits/{kit.id}").get_data(as_text=True)
    assert "<img src=x" not in page and "&lt;img src=x" in page


def test_edit_campaign_image_upload_and_withdraw_through_pages(app, browser, marketer, reviewer, make_campaign,
                                                               make_charter_in_force):
    import io

    from advocacy.campaigns import review

    make_charter_in_force()
    campaign = make_campaign(networks=["linkedin"])
    mk = browser(marketer)
    response = mk.get(f"/campaigns/{campaign.id}/edit")
    page = response.get_data(as_text=True)
    assert response.status_code == 200, page[-800:]
    assert f'value="{campaign.name}"' in page and 'checked id="networks-0" name="networks" type="checkbox" value="linkedin"' in page
    response = mk.post(f"/campaigns/{campaign.id}/kits/new", data={
        "title": "Kit image", "variant-linkedin-fr": "Je travaille chez Exemple : voici notre nouveau service."})
    kit = db.session.scalar(select(Kit).where(Kit.campaign_id == campaign.id))
    response = mk.post(f"/kits/{kit.id}/images", content_type="multipart/form-data", data={
        "image": (io.BytesIO(b"GIF89a not really"), "fake.gif"), "alt_text": "Une image"})
    assert response.status_code == 422
    assert "pas une image PNG" in response.get_data(as_text=True) or "is not a PNG" in response.get_data(as_text=True)
    response = mk.post(f"/kits/{kit.id}/images", content_type="multipart/form-data", data={
        "image": (io.BytesIO(PNG_1x1), "logo.png"), "alt_text": "", "virtual": "y"})
    assert response.status_code == 422 and not kit.images
    response = mk.post(f"/kits/{kit.id}/images", content_type="multipart/form-data", data={
        "image": (io.BytesIO(PNG_1x1), "logo.png"), "alt_text": "Le logo de l'atelier", "virtual": "y"})
    assert response.status_code == 302 and kit.images[0].virtual is True
    # A virtual image makes the checker ask for "Image virtuelle": the kit cannot be submitted without it.
    assert mk.post(f"/kits/{kit.id}/submit").status_code == 422
    kit.variants[0].text = "Image virtuelle. " + kit.variants[0].text
    assert mk.post(f"/kits/{kit.id}/submit").status_code == 302
    review.decide(kit, "approve", reviewer=reviewer)
    assert mk.post(f"/kits/{kit.id}/withdraw").status_code == 302 and kit.status == "withdrawn"
    assert mk.post(f"/kits/{kit.id}/reopen").status_code == 302 and kit.status == "draft"
