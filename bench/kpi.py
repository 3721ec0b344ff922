"""KPI benchmark: 100,000 employees and 10,000,000 share and click events in PostgreSQL.

    .venv/bin/python bench/kpi.py [employees] [shares] [clicks]

Uses its own database (``bench_kpi`` on the local PostgreSQL, dropped and re-created;
override with ``BENCH_KPI_DATABASE_URL``), generated with ``generate_series`` in SQL.
Prints, measured in the same run:

* the time to roll up one day of events (goal: at most 2 s) and, for scale, the time of a
  full-scan GROUP BY over the raw events (what dashboards would cost without rollups);
* the dashboards' p95: ``GET /api/v1/kpis`` for the organisation, a team and a campaign, and
  the HTML program and campaign dashboards (goal: at most 150 ms), over 30 rolled-up days.

Not run by the test suite.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ADMIN_URL = os.environ.get("BENCH_KPI_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DATABASE_URL = os.environ.get("BENCH_KPI_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/bench_kpi")
TEAMS, CAMPAIGNS, DAYS = 200, 52, 365


def fresh_database() -> None:
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def timed(label, fn, *args, **kwargs):
    start = time.perf_counter()
    result = fn(*args, **kwargs)
    seconds = time.perf_counter() - start
    print(f"  {label}: {seconds:.2f} s", flush=True)
    return result, seconds


def generate(db, employees: int, shares: int, clicks: int, charter_version: int) -> None:
    from sqlalchemy import text

    def run(sql, **params):
        db.session.execute(text(sql), params)
        db.session.commit()

    timed("teams", run, """INSERT INTO teams (name, slug, created_at)
        SELECT 'Équipe ' || g, 'team-' || g, now() FROM generate_series(1, :n) g""", n=TEAMS)
    timed(f"{employees:,} employees", run, """
        INSERT INTO persons (email, display_name, language, timezone, team_id, active, created_at)
        SELECT 'p' || g || '@bench.test', 'Personne ' || g, 'fr', 'Europe/Paris',
               (SELECT min(id) FROM teams) + (g % :teams), true, now() - interval '400 days'
        FROM generate_series(1, :n) g""", n=employees, teams=TEAMS)
    timed("program consents (ledger)", run, """
        INSERT INTO consent_events (receipt_id, at, person_id, purpose, event, method, charter_version_id,
                                    charter_version_label, notice_language, notice_version, notice_hash,
                                    details, prev_hash, hash)
        SELECT md5('r' || p.id), now() - (random() * interval '380 days'), p.id, 'program', 'given', 'bench',
               :version, 'v1', 'fr', 'bench', md5('n'), '{}', md5('p' || p.id), md5('h' || p.id)
        FROM persons p WHERE p.email LIKE '%@bench.test'""", version=charter_version)
    timed(f"{CAMPAIGNS} campaigns with a kit each", run, """
        WITH c AS (
          INSERT INTO campaigns (name, goal, starts_at, ends_at, networks, landing_urls, utm_campaign,
                                 consideration, brand, created_at, updated_at)
          SELECT 'Campagne ' || g, '', now() - make_interval(days => 7 * (g + 1)), now() - make_interval(days => 7 * g),
                 '["mastodon"]', '[]', 'c' || g, false, 'Bench', now(), now()
          FROM generate_series(0, :n - 1) g RETURNING id),
        k AS (
          INSERT INTO kits (campaign_id, title, personalisation_prompt, hashtags, links, status, review_comment,
                            created_at, updated_at)
          SELECT id, 'Kit', '', '[]', '["https://example.com/"]', 'approved', '', now(), now() FROM c RETURNING id)
        INSERT INTO kit_variants (kit_id, network, lang, text, check_verdict, review_comment)
        SELECT id, 'mastodon', 'fr', 'Texte du kit', 'pass', '' FROM k""", n=CAMPAIGNS)
    # one campaign runs each week: a share's kit variant follows its date
    timed(f"{shares:,} shares", run, """
        INSERT INTO shares (person_id, kit_variant_id, network, url, text, status, authenticity, check_verdict,
                            created_at, registered_at, updated_at)
        SELECT p0 + ((g::bigint * 7919) % :employees)::int, v0 + ((d / 7) % :campaigns)::int, 'mastodon',
               'https://mastodon.example/@p/' || g, '', 'tracked', round(a::numeric, 2), 'pass',
               now() - make_interval(days => d) - f * interval '1 day',
               now() - make_interval(days => d) - f * interval '1 day',
               now() - make_interval(days => d) - f * interval '1 day'
        FROM (SELECT g, (random() * :days)::int AS d, random() AS f, random() AS a
              FROM generate_series(1, :n) g) s,
             (SELECT min(id) AS p0 FROM persons WHERE email LIKE '%@bench.test') p,
             (SELECT min(id) AS v0 FROM kit_variants) v""",
        n=shares, employees=employees, campaigns=CAMPAIGNS, days=DAYS)
    timed("tracked links", run, """
        INSERT INTO tracked_links (share_id, person_id, code, target_url, count_clicks, created_at)
        SELECT id, person_id, substr(md5('l' || id), 1, 20), 'https://example.com/', true, registered_at FROM shares""")
    timed(f"{clicks:,} clicks", run, CLICKS_SQL, n=clicks)
    timed("analyze", run, "ANALYZE")


#: Clicks follow their share: within hours mostly, up to ten days later (never in the future).
CLICKS_SQL = """
    INSERT INTO tracking_clicks (link_id, at, day, visitor_hash)
    SELECT c.link_id, t.at, t.at::date, md5(c.g::text)
    FROM (SELECT g, l0 + ((g::bigint * 104729) % nlinks)::int AS link_id, random() AS r
          FROM generate_series(1, :n) g,
               (SELECT min(id) AS l0, count(*) AS nlinks FROM tracked_links) l) c
    JOIN tracked_links tl ON tl.id = c.link_id,
         LATERAL (SELECT least(tl.created_at + power(c.r, 3) * interval '10 days', now()) AS at) t"""


def regenerate_clicks(db, clicks: int) -> None:
    """``BENCH_KPI_REUSE=1 BENCH_KPI_CLICKS=1``: replace only the clicks of a kept database."""
    from sqlalchemy import text

    db.session.execute(text("TRUNCATE tracking_clicks"))
    db.session.execute(text(CLICKS_SQL), {"n": clicks})
    db.session.execute(text("DELETE FROM kpi_person_days; DELETE FROM kpi_group_days; DELETE FROM kpi_rollup_runs"))
    db.session.commit()
    db.session.execute(text("ANALYZE"))
    db.session.commit()


def percentile(values, p):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


BENCH_CONTROLLER = {"ADVOCACY_CONTROLLER_NAME": "Bench SAS", "ADVOCACY_CONTROLLER_ADDRESS": "Bench address",
                    "ADVOCACY_CONTROLLER_DPO_EMAIL": "dpo@bench.test"}


def main(employees: int = 100_000, shares: int = 2_000_000, clicks: int = 8_000_000) -> None:
    os.environ["ADVOCACY_DATABASE_URL"] = DATABASE_URL
    os.environ.setdefault("ADVOCACY_SECRET_KEY", "bench-secret-key-that-is-long-enough-0123456789")
    os.environ.setdefault("ADVOCACY_ENCRYPTION_KEYS", "YmVuY2gtZW5jcnlwdGlvbi1rZXktMDEyMzQ1Njc4OWE=")
    os.environ.setdefault("ADVOCACY_VAPID_PRIVATE_KEY", "KmbvRCS1u69WBSDyfmvPeIVeBzRQAHXZCSlHh_VmHOc")
    os.environ.setdefault("ADVOCACY_REDIS_URL", "redis://127.0.0.1:6379/6")
    for name, value in BENCH_CONTROLLER.items():
        os.environ.setdefault(name, value)
    os.environ.setdefault("ADVOCACY_INSTANCE_PATH", str(Path(__file__).resolve().parent.parent / "instance" / "bench"))
    print(f"bench_kpi: {employees:,} employees, {shares:,} shares + {clicks:,} clicks = "
          f"{shares + clicks:,} events over {DAYS} days", flush=True)
    reuse = os.environ.get("BENCH_KPI_REUSE") == "1"  # keep the generated database (re-measure only)
    if not reuse:
        fresh_database()
    from sqlalchemy import select

    from advocacy import create_app
    from advocacy.auth.models import Person
    from advocacy.extensions import db

    app = create_app({"WTF_CSRF_ENABLED": False, "PASSWORD_HASH_PROFILE": "fast"})
    with app.app_context():
        db.create_all()

        if reuse:
            hr = db.session.scalar(select(Person).where(Person.email == "hr@bench.test"))
            generation = 0.0
            if os.environ.get("BENCH_KPI_CLICKS") == "1":
                _, generation = timed(f"regenerating {clicks:,} clicks", regenerate_clicks, db, clicks)
        else:
            hr, generation = setup_and_generate(db, employees, shares, clicks)
        measure(app, db, hr, generation)


def setup_and_generate(db, employees, shares, clicks):
    from advocacy.auth.models import Person
    from advocacy.charter import workflow
    from advocacy.charter.policy import default_policy_dict

    hr = Person(email="hr@bench.test", display_name="RH", language="fr", timezone="Europe/Paris")
    hr.set_roles(("hr",))
    reps = []
    for i in range(2):
        rep = Person(email=f"rep{i}@bench.test", display_name=f"CSE {i}", language="fr", timezone="Europe/Paris")
        rep.set_roles(("staff_rep",))
        reps.append(rep)
    db.session.add_all([hr, *reps])
    db.session.flush()
    version = workflow.create_version(hr, title="Charte", title_en="Charter",
                                      policy=default_policy_dict(retention_days=400),
                                      clauses=[{"title": "Libre", "body": "Participer est libre."}])
    workflow.submit_for_review(version, hr)
    workflow.request_signatures(version, hr)
    for person in (hr, *reps):
        workflow.sign(version, person)
    workflow.bring_into_force(version, hr)
    db.session.commit()
    print("generating (generate_series in SQL):", flush=True)
    _, generation = timed("total generation", generate, db, employees, shares, clicks, version.number)
    return hr, generation


def measure(app, db, hr, generation):
    from sqlalchemy import text

    from advocacy.auth.services import issue_token
    from advocacy.core.timeutil import utcnow
    from advocacy.kpi.rollup import rollup_day
    from advocacy.kpi.sources import local_date

    today = local_date(utcnow())
    print("\nbaseline: full-scan GROUP BY over the raw events (same run):", flush=True)

    def full_scan():
        db.session.execute(text("""
            SELECT p.team_id, c.at::date, count(*) FROM tracking_clicks c
            JOIN tracked_links l ON l.id = c.link_id JOIN persons p ON p.id = l.person_id
            GROUP BY 1, 2""")).all()
        db.session.execute(text("""
            SELECT p.team_id, s.registered_at::date, count(*), avg(s.authenticity) FROM shares s
            JOIN persons p ON p.id = s.person_id GROUP BY 1, 2""")).all()

    _, baseline = timed("full-scan GROUP BY (clicks + shares by team and day)", full_scan)
    db.session.rollback()

    print("\nrollups (30 days, each one day of events):", flush=True)
    times = []
    for offset in range(29, -1, -1):
        day = today - timedelta(days=offset)
        start = time.perf_counter()
        result = rollup_day(day)
        db.session.commit()
        times.append(time.perf_counter() - start)
    print(f"  one-day rollup: median {statistics.median(times):.2f} s, max {max(times):.2f} s "
          f"(last: {result.person_rows:,} person rows, {result.group_rows:,} group rows)", flush=True)
    day = today - timedelta(days=5)
    start = time.perf_counter()
    rollup_day(day)
    db.session.commit()
    rerun = time.perf_counter() - start
    print(f"  re-running a day (idempotent): {rerun:.2f} s", flush=True)

    token = issue_token(hr, "bench")
    db.session.commit()
    team_id = db.session.scalar(text("SELECT min(id) FROM teams WHERE slug LIKE 'team-%'"))
    campaign_id = db.session.scalar(text("""SELECT k.campaign_id FROM kit_variants v JOIN kits k ON k.id = v.kit_id
                                             ORDER BY v.id LIMIT 1"""))
    client = app.test_client()
    headers = {"Authorization": f"Bearer {token}"}
    client.post("/login", data={"email": "hr@bench.test", "password": "x"})
    print("\ndashboards over 30 rolled-up days (40 requests each):", flush=True)
    cases = {
        "API organisation, every annex KPI": ("/api/v1/kpis", headers),
        "API one team": (f"/api/v1/kpis?team={team_id}", headers),
        "API one campaign": (f"/api/v1/kpis?campaign={campaign_id}", headers),
    }
    results = {}
    for label, (url, hdrs) in cases.items():
        samples = []
        for i in range(42):
            start = time.perf_counter()
            response = client.get(url, headers=hdrs)
            elapsed = time.perf_counter() - start
            assert response.status_code == 200, response.get_data(as_text=True)[:300]
            if i >= 2:  # warm-up
                samples.append(elapsed)
        results[label] = samples
        print(f"  {label}: p50 {statistics.median(samples) * 1000:.0f} ms, "
              f"p95 {percentile(samples, 95) * 1000:.0f} ms", flush=True)
    from advocacy.kpi.dashboard import HEALTH, TRUST, WELLBEING, block, previous_of
    from advocacy.kpi.report import build_request

    with app.test_request_context("/kpi/program"):
        samples = []
        for i in range(22):
            start = time.perf_counter()
            req = build_request(start=None, end=None)
            prev = previous_of(req)
            for kpi_id in HEALTH + WELLBEING + TRUST:
                block(req, prev, kpi_id, "fr")
            elapsed = time.perf_counter() - start
            if i >= 2:
                samples.append(elapsed)
        print(f"  program dashboard (charts + tables + previous period): p50 "
              f"{statistics.median(samples) * 1000:.0f} ms, p95 {percentile(samples, 95) * 1000:.0f} ms",
              flush=True)
    print("\nsummary:")
    print(f"  generation {generation:.0f} s; full-scan GROUP BY {baseline * 1000:.0f} ms; "
          f"one-day rollup median {statistics.median(times) * 1000:.0f} ms (goal <= 2000 ms); "
          f"API p95 {max(percentile(s, 95) for s in results.values()) * 1000:.0f} ms (goal <= 150 ms)")
    db.session.remove()
    db.engine.dispose()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:]))
