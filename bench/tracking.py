"""Tracking worker benchmarks (issue 7, item 9 b and c). Prints figures beside a baseline.

    .venv/bin/python bench/tracking.py [throughput|memory|all]

(b) one ``rq worker`` process polling a loopback Mastodon that answers in 50 ms: posts per
    second with batched jobs (one job polls up to 200 posts, 32 at a time) beside the
    one-post-per-job baseline measured in the same run. Goal: >= 300 posts/s.
(c) worker memory while tracking 100,000 posts (schedules in the database; a reconcile, a
    dispatch and 5,000 due polls run): peak RSS of the worker and of its work horses.
    Goal: <= 200 MB.

Uses its own PostgreSQL database (``BENCH_DATABASE_URL``, default ``bench_tracking`` on the
machine's server, created if missing) and Redis (``BENCH_REDIS_URL``, default db 5); the
tables it fills are emptied at the end.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATABASE_URL = os.environ.get("BENCH_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/bench_tracking")
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/5")
SECRET = "bench-secret-key-that-is-long-enough-0123456789"


def environ(**extra) -> dict:
    env = dict(os.environ, ADVOCACY_DATABASE_URL=DATABASE_URL, ADVOCACY_REDIS_URL=REDIS_URL,
               ADVOCACY_SECRET_KEY=SECRET, ADVOCACY_ENCRYPTION_KEYS="YmVuY2gtZW5jcnlwdGlvbi1rZXktMDEyMzQ1Njc4OWE=",
               ADVOCACY_VAPID_PRIVATE_KEY="KmbvRCS1u69WBSDyfmvPeIVeBzRQAHXZCSlHh_VmHOc", ADVOCACY_PUBLIC_BASE_URL="http://127.0.0.1:5000",
               ADVOCACY_LOG_LEVEL="WARNING", ADVOCACY_INSTANCE_PATH=str(ROOT / "instance" / "bench"),
               ADVOCACY_CONTROLLER_NAME="Bench SAS", ADVOCACY_CONTROLLER_ADDRESS="Bench address",
               ADVOCACY_CONTROLLER_DPO_EMAIL="dpo@bench.test")
    env.update(extra)
    return env


def ensure_database() -> None:
    import psycopg

    name = DATABASE_URL.rsplit("/", 1)[1]
    admin = DATABASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')


def make_app(**extra):
    os.environ.update(environ(**extra))
    from advocacy import create_app
    from advocacy.extensions import db

    from sqlalchemy import text

    app = create_app()
    with app.app_context():
        with db.engine.begin() as conn:  # the bench's own database: rebuilt from the models each run
            conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        db.create_all()
    return app


def wipe(app) -> None:
    from sqlalchemy import text

    from advocacy.extensions import db

    with app.app_context():
        names = ", ".join(f'"{t.name}"' for t in db.metadata.sorted_tables)
        db.session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
        db.session.commit()


def seed_member_and_variant(app, purposes=("program", "post_metrics", "link_clicks")):
    """One member (consents as state rows), one live kit variant; returns (person_id, variant_id)."""
    from datetime import timedelta

    from advocacy.auth.models import Person
    from advocacy.campaigns.models import Campaign, Kit, KitVariant
    from advocacy.consent.models import ConsentState
    from advocacy.core.timeutil import utcnow
    from advocacy.extensions import db

    with app.app_context():
        now = utcnow()
        person = Person(email=f"bench-{time.time_ns()}@example.test", display_name="Bench", password_hash=None)
        campaign = Campaign(name="Bench", starts_at=now - timedelta(days=1), ends_at=now + timedelta(days=30),
                            networks=["mastodon"], landing_urls=["https://www.example.com/"], utm_campaign="bench")
        kit = Kit(campaign=campaign, title="Bench kit", links=[
            "https://www.example.com/service?utm_source=porte-voix&utm_medium=employee-advocacy&utm_campaign=bench"],
            status="approved")
        kit.variants.append(KitVariant(network="mastodon", lang="fr", text="Je travaille chez Exemple."))
        db.session.add_all([person, campaign, kit])
        db.session.flush()
        for purpose in purposes:
            db.session.add(ConsentState(person_id=person.id, purpose=purpose, given=True, since=now, event_id=0))
        db.session.commit()
        return person.id, kit.variants[0].id


def seed_shares(app, person_id: int, variant_id: int, base_url: str, count: int, due: int) -> None:
    """``count`` registered Mastodon shares with schedules; the first ``due`` are due now."""
    from sqlalchemy import text

    from advocacy.extensions import db

    host = base_url.split("://", 1)[1]
    with app.app_context():
        db.session.execute(text(
            "INSERT INTO shares (person_id, kit_variant_id, network, url, text, status, authenticity, check_verdict,"
            " created_at, registered_at, updated_at) "
            "SELECT :person, :variant, 'mastodon', :base || '/@bench/' || (100000000 + g), 'Je travaille chez Exemple.',"
            " 'pending', 0.5, 'pass', now(), now(), now() FROM generate_series(1, :n) AS g"),
            {"person": person_id, "variant": variant_id, "base": base_url, "n": count})
        db.session.execute(text(
            "INSERT INTO tracking_poll_schedules (share_id, person_id, network, post_url, provider_key, registered_at,"
            " next_slot, due_at, state, attempts) "
            "SELECT s.id, s.person_id, 'mastodon', s.url, :key, now(), 0,"
            " CASE WHEN row_number() OVER (ORDER BY s.id) <= :due THEN now() - interval '1 second'"
            "      ELSE now() + interval '1 hour' END, 'active', 0 "
            "FROM shares s LEFT JOIN tracking_poll_schedules p ON p.share_id = s.id WHERE p.id IS NULL"),
            {"key": f"mastodon:{host}", "due": due})
        db.session.execute(text("ANALYZE shares"))
        db.session.execute(text("ANALYZE tracking_poll_schedules"))
        db.session.commit()


class FakeStatuses:
    """The loopback Mastodon of the tests, answering any status id after ``latency`` seconds."""

    def __init__(self, latency: float):
        from tests.fixtures.tracking import FakeProviders

        self.providers = FakeProviders()
        self.providers.mastodon.latency = latency
        statuses = self.providers.statuses

        class Any(dict):
            def get(self, key, default=None):
                return {"favourites_count": int(key) % 97, "reblogs_count": 3, "replies_count": 1,
                        "content": "<p>Je travaille chez Exemple.</p>", "visibility": "public", "user": "bench"}

        self.providers.statuses = Any(statuses)
        self.server = self.providers.mastodon

    def close(self):
        self.providers.close()


def run_worker(env: dict, sample_rss: bool = False):
    """One ``rq worker --burst`` on the tracking queue.

    Returns (seconds, peak worker RSS MB, peak horse RSS MB, CPU seconds of the work horses)."""
    rq = Path(sys.executable).parent / "rq"
    proc = subprocess.Popen([str(rq), "worker", "--burst", "--url", REDIS_URL, "-w", "advocacy.run.AppWorker",
                             "-P", str(ROOT), "tracking"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    peaks = {"worker": 0, "horse": 0}
    horse_ticks: dict[int, int] = {}
    stop = threading.Event()

    def sampler():
        while not stop.is_set():
            if sample_rss:
                peaks["worker"] = max(peaks["worker"], rss_kb(proc.pid))
            for child in children(proc.pid):
                if sample_rss:
                    peaks["horse"] = max(peaks["horse"], rss_kb(child))
                horse_ticks[child] = max(horse_ticks.get(child, 0), cpu_ticks(child))
            time.sleep(0.02)

    thread = threading.Thread(target=sampler, daemon=True)
    thread.start()
    start = time.perf_counter()
    _out, err = proc.communicate(timeout=1800)
    elapsed = time.perf_counter() - start
    stop.set()
    thread.join()
    if proc.returncode != 0:
        raise SystemExit(f"worker failed: {err[-2000:]}")
    horse_cpu = sum(horse_ticks.values()) / os.sysconf("SC_CLK_TCK")
    return elapsed, peaks["worker"] / 1024, peaks["horse"] / 1024, horse_cpu


def cpu_ticks(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        return int(fields[11]) + int(fields[12])
    except (OSError, IndexError, ValueError):
        return 0


def rss_kb(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as handle:
                    if int(handle.read().rsplit(")", 1)[1].split()[1]) == pid:
                        found.append(int(entry))
            except (OSError, IndexError, ValueError):
                continue
    return found


def job_window(jobs) -> float:
    """Seconds from the first job's start to the last job's end (worker start-up excluded)."""
    for job in jobs:
        job.refresh()
    failed = [j for j in jobs if j.get_status() != "finished"]
    if failed:
        raise SystemExit(f"{len(failed)} jobs did not finish: {failed[0].exc_info}")
    return (max(j.ended_at for j in jobs) - min(j.started_at for j in jobs)).total_seconds()


def enqueue(jobs: int, limit: int, budget=None):
    from redis import Redis
    from rq import Queue

    connection = Redis.from_url(REDIS_URL)
    connection.flushdb()
    queue = Queue("tracking", connection=connection)
    return [queue.enqueue("advocacy.tracking.tasks.poll_batch", limit, budget, result_ttl=3600) for _ in range(jobs)]


def snapshots(app) -> int:
    from sqlalchemy import func, select

    from advocacy.extensions import db
    from advocacy.tracking.models import MetricSnapshot

    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(MetricSnapshot))


def throughput(posts: int = 3000, baseline_posts: int = 60, latency: float = 0.05) -> dict:
    fake = FakeStatuses(latency)
    try:
        env = environ(ADVOCACY_OUTBOUND_ALLOW=fake.server.hostport)
        app = make_app(ADVOCACY_OUTBOUND_ALLOW=fake.server.hostport)
        wipe(app)
        person, variant = seed_member_and_variant(app)

        seed_shares(app, person, variant, fake.server.base, baseline_posts, baseline_posts)
        jobs = enqueue(baseline_posts, 1, 0)  # budget 0: exactly one post per job
        wall, _w, _h, _c = run_worker(env)
        base_window = job_window(jobs)
        assert snapshots(app) == baseline_posts
        base_rate = baseline_posts / base_window

        wipe(app)
        person, variant = seed_member_and_variant(app)
        seed_shares(app, person, variant, fake.server.base, posts, posts)
        from advocacy.tracking.polling import BATCH_SIZE, CONCURRENCY

        from advocacy.tracking.tasks import POSTS_PER_JOB

        jobs = enqueue(-(-posts // POSTS_PER_JOB), BATCH_SIZE)  # what the cron's dispatch queues
        wall2, _w, _h, cpu = run_worker(env)
        window = job_window(jobs)
        done = snapshots(app)
        assert done == posts, (done, posts)
        rate = posts / window
        print(f"(b) provider latency {latency * 1000:.0f} ms, one worker process")
        print(f"    baseline, one post per job : {base_rate:8.1f} posts/s  ({baseline_posts} posts in {base_window:.2f} s)")
        print(f"    batched ({BATCH_SIZE}/claim, {CONCURRENCY} concurrent): {rate:8.1f} posts/s  ({posts} posts in {window:.2f} s;"
              f" {posts / wall2:.1f} posts/s counting worker start-up)")
        print(f"    speed-up {rate / base_rate:.1f}x; goal >= 300 posts/s: {'met' if rate >= 300 else 'NOT met'}")
        print(f"    work horse CPU {cpu * 1000 / posts:.2f} ms/post (CPU-bound ceiling {posts / cpu:.0f} posts/s on one free core);"
              f" machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        wipe(app)
        return {"baseline": base_rate, "batched": rate}
    finally:
        fake.close()


def memory(posts: int = 100_000, due: int = 5000) -> dict:
    fake = FakeStatuses(0.0)
    try:
        env = environ(ADVOCACY_OUTBOUND_ALLOW=fake.server.hostport)
        app = make_app(ADVOCACY_OUTBOUND_ALLOW=fake.server.hostport)
        wipe(app)
        person, variant = seed_member_and_variant(app)
        start = time.perf_counter()
        seed_shares(app, person, variant, fake.server.base, posts, due)
        seeded = time.perf_counter() - start
        from redis import Redis
        from rq import Queue

        from advocacy.tracking.polling import BATCH_SIZE

        connection = Redis.from_url(REDIS_URL)
        connection.flushdb()
        queue = Queue("tracking", connection=connection)
        queue.enqueue("advocacy.tracking.tasks.reconcile")
        from advocacy.tracking.tasks import POSTS_PER_JOB

        for _ in range(-(-due // POSTS_PER_JOB)):
            queue.enqueue("advocacy.tracking.tasks.poll_batch", BATCH_SIZE)
        elapsed, worker_mb, horse_mb, _cpu = run_worker(env, sample_rss=True)
        done = snapshots(app)
        print(f"(c) {posts:,} tracked posts ({due:,} due now; seeded in {seeded:.1f} s), one worker: reconcile + polls"
              f" of {done:,} posts in {elapsed:.1f} s")
        print(f"    peak RSS: worker {worker_mb:.0f} MB, work horse {horse_mb:.0f} MB;"
              f" goal <= 200 MB: {'met' if max(worker_mb, horse_mb) <= 200 else 'NOT met'}")
        wipe(app)
        return {"worker_mb": worker_mb, "horse_mb": horse_mb}
    finally:
        fake.close()


if __name__ == "__main__":
    what = sys.argv[1] if len(sys.argv) > 1 else "all"
    ensure_database()
    if what in ("throughput", "all"):
        throughput()
    if what in ("memory", "all"):
        memory()
