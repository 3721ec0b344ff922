"""How fast is ``has_consent`` (hot path: the redirect, the feed)? Prints figures beside baselines.

    ADVOCACY_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test_consent \
    ADVOCACY_SECRET_KEY=... .venv/bin/python bench/consent_has_consent.py [people] [events-per-person]

Everything happens in one transaction that is rolled back: the database is left as it was.
Baselines measured in the same run: ``SELECT 1`` (round trip) and the ledger-only alternative
(last event per person × purpose, what ``has_consent(at=...)`` does).
"""
from __future__ import annotations

import os
import random
import sys
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(people: int = 2000, churn: int = 10) -> None:
    from sqlalchemy import text

    from advocacy import create_app
    from advocacy.consent import services
    from advocacy.consent.models import ConsentEvent, ConsentState
    from advocacy.core.timeutil import utcnow
    from advocacy.extensions import db

    os.environ.setdefault("ADVOCACY_SECRET_KEY", "bench-secret-key-that-is-long-enough-0123456789")
    os.environ.setdefault("ADVOCACY_ENCRYPTION_KEYS", "YmVuY2gtZW5jcnlwdGlvbi1rZXktMDEyMzQ1Njc4OWE=")
    app = create_app()
    with app.app_context():
        db.create_all()
        connection = db.engine.connect()
        outer = connection.begin()
        db.session.remove()
        db.session.configure(bind=connection)
        try:
            now = utcnow()
            base = 10_000_000
            events, states = [], []
            for p in range(people):
                for purpose in services.PURPOSES:
                    given = random.random() < 0.5
                    events.extend({
                        "receipt_id": str(uuid.uuid4()), "at": now, "person_id": base + p, "purpose": purpose,
                        "event": "given" if (i % 2 == 0) == given else "withdrawn", "method": "web",
                        "notice_language": "fr", "notice_version": "b", "notice_hash": "0" * 64, "details": {},
                        "prev_hash": "0" * 64, "hash": uuid.uuid4().hex * 2} for i in range(churn))
                    states.append({"person_id": base + p, "purpose": purpose, "given": given, "since": now,
                                   "event_id": 0, "purge_pending": False})
            db.session.execute(ConsentEvent.__table__.insert(), events)
            db.session.execute(ConsentState.__table__.insert(), states)
            db.session.execute(text("ANALYZE consent_events"))
            db.session.execute(text("ANALYZE consent_states"))
            ids = [base + random.randrange(people) for _ in range(3000)]

            def timed(label, fn):
                start = time.perf_counter()
                for pid in ids:
                    fn(pid)
                elapsed = (time.perf_counter() - start) / len(ids) * 1e6
                print(f"{label:<48} {elapsed:8.1f} µs/call")

            print(f"{people} people × {len(services.PURPOSES)} purposes × {churn} events = {len(events)} ledger rows")
            timed("baseline: SELECT 1", lambda pid: db.session.execute(text("SELECT 1")).scalar())
            timed("baseline: last ledger event (has_consent at=)",
                  lambda pid: services.has_consent(pid, "post_metrics", at=now))
            timed("has_consent (state table, no request cache)", lambda pid: services.has_consent(pid, "post_metrics"))
            with app.test_request_context("/"):
                services.has_consent(ids[0], "post_metrics")
                start = time.perf_counter()
                for _ in ids:
                    services.has_consent(ids[0], "post_metrics")
                print(f"{'has_consent (same request, cached)':<48} "
                      f"{(time.perf_counter() - start) / len(ids) * 1e6:8.1f} µs/call")
        finally:
            db.session.remove()
            outer.rollback()
            connection.close()


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
