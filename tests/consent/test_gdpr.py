"""GDPR export (zip) and erasure, run in-process; the real-worker runs are in test_worker.py."""
import csv
import io
import json
import zipfile

import pytest
from sqlalchemy import select

from advocacy.auth.models import ApiToken
from advocacy.consent import gdpr, services
from advocacy.consent.models import ConsentEvent
from advocacy.extensions import db


def _export(person):
    request = gdpr.start(person, gdpr.EXPORT)
    db.session.commit()
    assert gdpr.run_request(request.id) == "done"
    path = gdpr.export_path(request)
    assert path is not None
    return request, zipfile.ZipFile(io.BytesIO(path.read_bytes()))


def test_the_export_zip_of_a_demo_employee_has_their_consents_and_receipts(app):
    from advocacy.demo import seed

    ctx = seed()  # the demo's own charter history: consents are given under the version then in force
    person = ctx.person("cse2@demo.test")
    events = services.events_of(person)
    assert events, "the demo seed gives cse2 consents"
    request, archive = _export(person)
    names = set(archive.namelist())
    assert {"profile.json", "consents/current.json", "consents/events.json", "consents/events.csv",
            "audit/entries.json", "README.json"} <= names
    hooks = [domain for domain, _ in gdpr.domain_hooks("export_person_data")]
    assert "charter" in hooks  # charter acceptances, shares, metrics, points… come from their domains
    assert {f"{domain}/{domain}.json" for domain in hooks} <= names
    for event in events:
        receipt = json.loads(archive.read(f"consents/receipts/{event.receipt_id}.json"))
        assert receipt["consentReceiptID"] == event.receipt_id
    current = json.loads(archive.read("consents/current.json"))
    assert current["program"] is True and current["post_metrics"] is True and current["leaderboard"] is False
    assert json.loads(archive.read("profile.json"))["email"] == "cse2@demo.test"
    rows = list(csv.DictReader(io.StringIO(archive.read("consents/events.csv").decode("utf-8-sig"))))
    assert len(rows) == len(events)
    assert request.progress == 100 and request.status == "done"


def test_every_domains_export_hook_is_collected(app, make_member):
    from advocacy.core.signals import export_person_data

    def fake_export(person):
        return {"rows": [{"id": 1, "note": "=HYPERLINK(\"http://evil\")"}]}

    fake_export.__module__ = "advocacy.audit.export"  # as if the audit domain connected it
    export_person_data.connect(fake_export)
    try:
        person = make_member()
        _, archive = _export(person)
    finally:
        export_person_data.disconnect(fake_export)
    assert json.loads(archive.read("audit/audit.json")) == fake_export(person)
    cell = list(csv.reader(io.StringIO(archive.read("audit/rows.csv").decode("utf-8-sig"))))[1][1]
    assert cell.startswith("'=")  # spreadsheet formulas neutralised


def test_erasure_pseudonymises_and_keeps_consent_proofs(app, make_member, api_headers, runner, request):
    from advocacy.core.signals import erase_person_data

    erased_by_domains = []

    def fake_erase(person):
        erased_by_domains.append(person.id)

    fake_erase.__module__ = "advocacy.audit.export"
    erase_person_data.connect(fake_erase)
    request.addfinalizer(lambda: erase_person_data.disconnect(fake_erase))
    person = make_member(purposes=("program", "post_metrics"), display_name="Jeanne Effacée",
                         email="jeanne@example.test")
    api_headers(person)
    _export(person)
    request = gdpr.start(person, gdpr.ERASE)
    db.session.commit()
    assert gdpr.run_request(request.id) == "done"
    db.session.refresh(person)
    assert person.erased_at is not None and not person.is_active
    assert "jeanne" not in person.email and person.display_name != "Jeanne Effacée"
    assert person.password_hash is None
    assert erased_by_domains == [person.id]
    assert all(t.revoked_at is not None for t in db.session.scalars(
        select(ApiToken).where(ApiToken.person_id == person.id)))
    events = db.session.scalars(select(ConsentEvent).where(ConsentEvent.person_id == person.id)).all()
    assert [e.event for e in events].count("given") == 2 and events[-1].event == "withdrawn"
    assert not any(services.consents_of(person).values())
    assert runner.invoke(args=["consent", "verify"]).exit_code == 0  # the proofs survive erasure intact
    previous = gdpr.requests_of(person)[-1]
    assert gdpr.export_path(previous) is None  # earlier exports are deleted
    with pytest.raises(gdpr.RequestRefused):
        gdpr.start(person, gdpr.EXPORT)


def test_an_erased_persons_open_session_ends(client, make_member, login):
    person = make_member()
    login(client, person)
    assert client.get("/consent/").status_code == 200
    request = gdpr.start(person, gdpr.ERASE)
    db.session.commit()
    gdpr.run_request(request.id)
    response = client.get("/consent/")
    assert response.status_code == 302 and "/login" in response.headers["Location"]
