"""Demo seed benchmark: how long ``python -m advocacy.run prepare`` spends seeding, and what the KPI
rollups of the 120-day history weigh in it.

    .venv/bin/python bench/demo_seed.py [--profile] [--dump FILE]

Uses its own database (``bench_demo_seed`` on the local PostgreSQL, dropped and re-created; override
with ``BENCH_SEED_DATABASE_URL``), migrates it, then seeds the demo with the clock frozen at a fixed
moment (so two runs write the same history). Prints the seed's wall time, the time of the rollups
alone, and their ratio to what the per-day loop took (the rollups are recomputed once more with it,
in a savepoint rolled back, as the baseline). ``--dump FILE`` writes the rollup tables
(``kpi_person_days``, ``kpi_group_days``, ``kpi_active_sets``) sorted, as JSON lines, so two versions
of the code can be compared on the same seed (``cmp`` the files). ``--profile`` prints pyinstrument's
tree of the seed.

Not run by the test suite; never asserts a time.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ADMIN_URL = os.environ.get("BENCH_SEED_ADMIN_URL", "postgresql://postgres@127.0.0.1:5432/postgres")
DATABASE_URL = os.environ.get("BENCH_SEED_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/bench_demo_seed")
#: The frozen "now" of the seed (a Tuesday, 10:00 in Paris).
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=timezone.utc)
TABLES = {"kpi_person_days": "day, person_id, campaign_id", "kpi_group_days": "day, metric, team_id, campaign_id",
          "kpi_active_sets": "day, team_id"}


def fresh_database() -> None:
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    with psycopg.connect(ADMIN_URL, autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.execute(f'CREATE DATABASE "{name}"')


def make_app():
    from advocacy import create_app

    environ = {
        "ADVOCACY_DATABASE_URL": DATABASE_URL,
        "ADVOCACY_REDIS_URL": os.environ.get("BENCH_SEED_REDIS_URL", "redis://127.0.0.1:6379/15"),
        "ADVOCACY_SECRET_KEY": "bench-secret-key-that-is-long-enough-0123456789",
        "ADVOCACY_ENCRYPTION_KEYS": "YmVuY2gtZW5jcnlwdGlvbi1rZXktMDEyMzQ1Njc4OWE=",
        "ADVOCACY_VAPID_PRIVATE_KEY": "KmbvRCS1u69WBSDyfmvPeIVeBzRQAHXZCSlHh_VmHOc",
        "ADVOCACY_PUBLIC_BASE_URL": "http://localhost",
        "ADVOCACY_CONTROLLER_NAME": "Bench SAS", "ADVOCACY_CONTROLLER_ADDRESS": "1 rue du Banc, Paris",
        "ADVOCACY_CONTROLLER_DPO_EMAIL": "dpo@bench.test",
    }
    return create_app({"INSTANCE_PATH": tempfile.mkdtemp(prefix="bench-seed-"), "ENVIRON": environ,
                       "PASSWORD_HASH_PROFILE": "fast"})


def dump(path: str) -> None:
    from sqlalchemy import text

    from advocacy.extensions import db

    with open(path, "w") as out:
        for table, order in TABLES.items():
            for row in db.session.execute(text(f"SELECT * FROM {table} ORDER BY {order}")).mappings():
                row = {k: (v if isinstance(v, (int, float, str, bool, type(None), list)) else str(v))
                       for k, v in row.items() if k != "id"}
                out.write(json.dumps({"table": table, **row}, sort_keys=True) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--dump")
    args = parser.parse_args()
    fresh_database()
    app = make_app()
    from flask_migrate import upgrade

    from advocacy.core.timeutil import clock
    from advocacy.demo import seed
    from advocacy.extensions import db
    from advocacy.kpi import rollup

    with app.app_context():
        upgrade(directory=str(Path(__file__).resolve().parent.parent / "migrations"))
        timings = {"rollups": 0.0}
        batch = getattr(rollup, "rollup_days", None)

        def timed(fn):
            def wrapper(*a, **k):
                start = time.perf_counter()
                try:
                    return fn(*a, **k)
                finally:
                    timings["rollups"] += time.perf_counter() - start
            return wrapper

        from advocacy.kpi import demo as kpi_demo
        for name in ("rollup_day", "rollup_days"):
            if hasattr(kpi_demo, name):
                setattr(kpi_demo, name, timed(getattr(kpi_demo, name)))
        profiler = None
        if args.profile:
            from pyinstrument import Profiler
            profiler = Profiler()
            profiler.start()
        start = time.perf_counter()
        with clock(NOW):
            seed()
        total = time.perf_counter() - start
        if profiler is not None:
            profiler.stop()
            print(profiler.output_text(unicode=True, color=False, show_all=False))
        print(f"seed: {total:.1f} s, of which KPI rollups {timings['rollups']:.1f} s", flush=True)
        if args.dump:
            dump(args.dump)
            print(f"rollup tables written to {args.dump}")
        # Baseline: the per-day loop over the same 120 days, in a savepoint rolled back.
        from advocacy.core.democlock import HISTORY_DAYS, anchored
        from datetime import timedelta
        with clock(NOW), anchored() as today:
            rules = rollup.current_annex()
            days = [today - timedelta(days=n) for n in range(HISTORY_DAYS - 1, -1, -1)]
            nested = db.session.begin_nested()
            start = time.perf_counter()
            for day in days:
                rollup.rollup_day(day, rules)
            loop = time.perf_counter() - start
            nested.rollback()
            if batch is not None:
                nested = db.session.begin_nested()
                start = time.perf_counter()
                batch(days, rules)
                batched = time.perf_counter() - start
                nested.rollback()
                print(f"120 days: per-day loop {loop:.1f} s, batched {batched:.1f} s "
                      f"(ratio {loop / batched:.1f}x)")
            else:
                print(f"120 days: per-day loop {loop:.1f} s (no batched rollup in this version)")
        print(f"load average: {os.getloadavg()}")


if __name__ == "__main__":
    main()
