"""Does a wrong login take as long for an unknown e-mail as for a known one? Prints the ratio.

    ADVOCACY_DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test \
    ADVOCACY_REDIS_URL=redis://127.0.0.1:6379/5 \
    .venv/bin/python bench/login_timing.py [rounds]

Standard argon2 parameters. One known person is added in a transaction that is rolled back. The
per-account slowdown is switched off here (it is what the throttle tests check, not a timing).
Baseline in the same run: a wrong password for the known e-mail.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def main(rounds: int = 20) -> None:
    os.environ.setdefault("ADVOCACY_SECRET_KEY", "bench-secret-key-that-is-long-enough-0123456789")
    os.environ.setdefault("ADVOCACY_ENCRYPTION_KEYS", "YmVuY2gtZW5jcnlwdGlvbi1rZXktMDEyMzQ1Njc4OWE=")
    from advocacy import create_app
    from advocacy.auth import throttle
    from advocacy.auth.models import Person
    from advocacy.auth.services import authenticate, hash_password
    from advocacy.extensions import db

    throttle.ACCOUNT_FREE_FAILURES = 10 ** 9
    app = create_app()
    with app.app_context():
        connection = db.engine.connect()
        outer = connection.begin()
        db.session.remove()
        db.session.configure(bind=connection)
        try:
            person = Person(email="bench.known@example.test", display_name="Bench",
                            password_hash=hash_password("the-right-password"))
            db.session.add(person)
            db.session.flush()
            authenticate("bench.unknown@example.test", "warm-up")  # the dummy hash is made once

            def timed(email):
                samples = []
                for _ in range(rounds):
                    start = time.perf_counter()
                    assert authenticate(email, "a-wrong-password") is None
                    samples.append(time.perf_counter() - start)
                return statistics.median(samples)

            known, unknown = timed("bench.known@example.test"), timed("bench.unknown@example.test")
        finally:
            db.session.remove()
            outer.rollback()
            connection.close()
    print(f"wrong password, known e-mail   (baseline): {known * 1000:7.1f} ms median of {rounds}")
    print(f"wrong password, unknown e-mail            : {unknown * 1000:7.1f} ms median of {rounds}")
    print(f"ratio unknown / known: {unknown / known:.2f} (1.00 = indistinguishable)")


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:2]))
