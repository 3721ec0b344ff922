"""The employee page; aggregates for HR and staff reps; nobody else sees one person's consents."""
import re

from sqlalchemy import select

from advocacy.core.models import AuditEntry
from tests.figures.test_consent_releases import next_week
from advocacy.consent import services
from advocacy.extensions import db


def test_the_page_has_nothing_pre_ticked_and_describes_each_purpose(client, make_member, login):
    person = make_member(purposes=(), language="fr")
    login(client, person)
    html = client.get("/consent/").get_data(as_text=True)
    assert not re.search(r"<input[^>]*\bchecked", html)  # no box ticked, not even the erasure one
    assert 'name="confirm"' in html
    assert html.count("<section class=\"panel\" id=\"purpose-") == len(services.PURPOSES)
    assert "Mesurer mes publications enregistrées" in html and "Jamais donné." in html
    assert "(charte en vigueur : 365 jours)" in html
    assert "Quitter le programme" not in html  # nothing to leave yet


def test_the_page_in_english(client, make_member, login):
    person = make_member(purposes=("program",), language="en")
    login(client, person)
    client.post("/language", data={"lang": "en", "next": "/consent/"})
    html = client.get("/consent/").get_data(as_text=True)
    assert "Measure my registered posts" in html and "Given on" in html


def test_give_and_withdraw_from_the_page(client, make_member, login):
    person = make_member(purposes=("program",))
    login(client, person)
    response = client.post("/consent/post_metrics", data={"action": "give"})
    assert response.status_code == 302
    assert services.has_consent(person, "post_metrics")
    assert client.post("/consent/post_metrics", data={"action": "withdraw"}).status_code == 302
    assert not services.has_consent(person, "post_metrics")
    assert [e.event for e in services.events_of(person) if e.purpose == "post_metrics"] == ["given", "withdrawn"]
    assert client.post("/consent/spying", data={"action": "give"}).status_code == 404


def test_without_the_charter_the_page_links_to_it_and_records_nothing(client, make_charter_in_force, make_person,
                                                                        login):
    make_charter_in_force()
    person = make_person()
    login(client, person)
    html = client.get("/consent/").get_data(as_text=True)
    assert "Lire la charte" in html
    response = client.post("/consent/program", data={"action": "give"}, follow_redirects=True)
    assert "Lisez et acceptez d&#39;abord la charte en vigueur." in response.get_data(as_text=True)
    assert services.events_of(person) == []


def test_leave_the_program_in_one_click_says_what_happens_to_the_data(client, make_member, login):
    person = make_member(purposes=("program", "post_metrics", "link_clicks"))
    login(client, person)
    page = client.get("/consent/").get_data(as_text=True)
    assert "Quitter le programme" in page and "sont supprimés" in page
    response = client.post("/consent/leave", follow_redirects=True)
    assert "Vous avez quitté le programme" in response.get_data(as_text=True)
    assert not any(services.consents_of(person).values())


def test_receipt_download_is_json_and_only_mine(client, make_member, login):
    me, other = make_member(), make_member()
    login(client, me)
    mine = services.events_of(me)[0]
    response = client.get(f"/consent/receipts/{mine.receipt_id}.json")
    assert response.status_code == 200 and response.mimetype == "application/json"
    assert "attachment" in response.headers["Content-Disposition"]
    assert response.get_json()["consentReceiptID"] == mine.receipt_id
    theirs = services.events_of(other)[0]
    assert client.get(f"/consent/receipts/{theirs.receipt_id}.json").status_code == 404


def test_erase_form_rerenders_with_an_inline_error_without_confirmation(client, make_member, login):
    person = make_member()
    login(client, person)
    response = client.post("/consent/erase", data={})
    assert response.status_code == 400
    assert "Cochez la case pour confirmer." in response.get_data(as_text=True)


def test_aggregates_hide_small_groups(client, make_member, make_person, login, make_team):
    big, small = make_team("Grande équipe"), make_team("Petite équipe")
    for _ in range(6):
        make_member(purposes=("program", "leaderboard"), team=big)
    for _ in range(6):
        make_member(purposes=(), team=big)
    for _ in range(2):
        make_member(purposes=("program",), team=small)
    from advocacy.consent.reports import aggregates

    with next_week():  # the statistics are the state at the end of the last complete week
        data = aggregates()
    rows = {row["team"]: row["cells"] for row in data["rows"]}
    assert rows["Grande équipe"]["post_metrics"].suppressed  # 0 of 12: fewer than k gave it
    assert rows["Petite équipe"]["program"].suppressed
    # everyone minus the big team would give the small one: the big team is hidden with it
    assert rows["Grande équipe"]["leaderboard"].suppressed and rows["Grande équipe"]["program"].suppressed
    assert data["total"]["leaderboard"].given == 6
    hr = make_person(roles=("hr",))
    login(client, hr)
    with next_week():
        html = client.get("/consent/aggregates").get_data(as_text=True)
    assert "Grande équipe" in html and f"6 / {data['total']['leaderboard'].population}" in html


def test_aggregates_hide_full_and_empty_cells_and_complements(make_member, make_team):
    from advocacy.consent.reports import aggregates

    teams = [make_team(f"Équipe {name}") for name in ("A", "B", "C")]
    for team, gave in zip(teams, (6, 5, 2)):
        for i in range(6 + 5):
            make_member(purposes=("program", "leaderboard") if i < gave else ("program",), team=team)
    with next_week():
        data = aggregates()
    rows = {row["team"]: row["cells"] for row in data["rows"]}
    assert all(rows[t.name]["program"].suppressed for t in teams)  # 11 of 11: everyone's choice
    assert rows["Équipe C"]["leaderboard"].suppressed  # 2 gave it
    shown = [t.name for t in teams if not rows[t.name]["leaderboard"].suppressed]
    assert len(shown) <= 1  # the total minus one shown team must not give team C
    hidden = [t.name for t in teams if rows[t.name]["leaderboard"].suppressed]
    assert len(hidden) >= 2


def test_admin_sees_one_persons_ledger_and_the_look_is_audited(client, make_member, make_person, login):
    target = make_member()
    admin = make_person(roles=("admin",))
    login(client, admin)
    assert client.get(f"/consent/people/{target.id}").status_code == 200
    entry = db.session.scalar(select(AuditEntry).where(AuditEntry.action == "consent.viewed_by_admin"))
    assert entry is not None and entry.object_id == str(target.id) and entry.actor_id == admin.id


def _static_get_rules(app, prefix):
    for rule in app.url_map.iter_rules():
        if "GET" in rule.methods and not rule.arguments and rule.rule.startswith(prefix) \
                and not rule.rule.startswith("/static"):
            yield rule.rule


def test_no_marketer_page_or_api_shows_an_individuals_consent(app, client, make_member, make_person, login,
                                                               api_headers):
    employee = make_member(purposes=("program", "post_metrics"), display_name="Zoé Témoin")
    event = services.events_of(employee)[-1]
    marketer = make_person(roles=("marketer",))
    login(client, marketer)
    # the consent pages about other people are closed
    assert client.get(f"/consent/people/{employee.id}").status_code == 403
    assert client.get("/consent/aggregates").status_code == 403
    assert client.get(f"/consent/receipts/{event.receipt_id}.json").status_code == 404
    headers = api_headers(marketer)
    assert client.get(f"/api/v1/me/consents/{event.id}/receipt", headers=headers).status_code == 404
    mine = client.get("/api/v1/me/consents", headers=headers).get_json()["purposes"]
    assert not any(row["given"] for row in mine)
    # and no page or API reachable without parameters mentions the employee's consent
    for path in list(_static_get_rules(app, "/")):
        response = client.get(path, headers=headers if path.startswith("/api/") else None)
        body = response.get_data()  # bytes: some routes serve images (favicon, icons)
        assert event.receipt_id.encode() not in body, path
        assert "Zoé Témoin".encode() not in body, path


def test_aggregates_api_for_staff_reps_only(client, make_member, make_person, api_headers, make_team):
    team = make_team("Équipe API")
    for _ in range(5):
        make_member(purposes=("program",), team=team)
    rep = make_person(roles=("staff_rep", "employee"))
    with next_week():
        body = client.get("/api/v1/consents/aggregates", headers=api_headers(rep)).get_json()
    row = next(r for r in body["rows"] if r["team"] == "Équipe API")
    assert row["cells"]["program"] == {"given": 5, "population": 5} or row["cells"]["program"]["given"] is None
    assert row["cells"]["leaderboard"]["given"] is None  # 0 of 5: hidden
    for role in ("marketer", "compliance"):
        other = make_person(roles=(role,))
        assert client.get("/api/v1/consents/aggregates", headers=api_headers(other)).status_code == 403


def test_hr_cannot_see_one_persons_consents(client, make_member, make_person, login):
    target = make_member()
    login(client, make_person(roles=("hr",)))
    assert client.get(f"/consent/people/{target.id}").status_code == 403


def test_erasure_from_the_page_shows_its_progress(client, make_member, login):
    person = make_member()
    login(client, person)
    response = client.post("/consent/erase", data={"confirm": "y"})
    assert response.status_code == 302 and "/consent/requests/" in response.headers["Location"]
    page = client.get(response.headers["Location"]).get_data(as_text=True)
    assert "<progress" in page and 'http-equiv="refresh"' in page


def test_the_page_names_the_controller_and_its_dpo(client, make_member, login):
    person = make_member(purposes=(), language="fr")
    login(client, person)
    html = client.get("/consent/").get_data(as_text=True)
    assert "Responsable du traitement" in html and "Exemple SAS" in html
    assert "1 rue de l&#39;Exemple, 75001 Paris" in html and 'href="mailto:dpo@exemple.test"' in html
