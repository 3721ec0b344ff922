"""Mixed load on loopback against gunicorn: tracked-link redirects, feed pages, checker API.

    .venv/bin/python bench/load.py --duration 60            # the reference run
    .venv/bin/python bench/load.py --duration 10 --concurrency 4

Prepares ``<test database>_bench`` (migrations + ``flask demo seed`` + a few tracked shares), starts
gunicorn on a free 127.0.0.1 port, measures a baseline (the static stylesheet: no database, no
session) for a few seconds, then the mixed traffic for ``--duration`` seconds, and prints
throughput, error count and p50/p90/p99 latency per kind. Goal: zero errors. Sends nothing beyond
127.0.0.1 and stops by itself.
"""
from __future__ import annotations

import argparse
import os
import random
import re
import sys
import threading
import time
from collections import defaultdict
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.e2e.server import (
    LiveServer,
    base_environ,
    derived_database_url,
    ensure_database,
)

DEMO_PASSWORD = "porte-voix-demo"
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126 Safari/537.36"
POSTS = [
    ("linkedin", "fr", "Fier·e de l'équipe ! Nous lançons notre nouvelle offre aujourd'hui. #innovation"),
    ("linkedin", "fr", "Collaboration commerciale avec Exemple — je travaille chez Exemple et je recommande."),
    ("x", "en", "Loving the new release from my team at Example! #ad"),
    ("bluesky", "fr", "Publicité — Découvrez notre dernier produit, testé par toute l'équipe."),
    ("mastodon", "en", "Not sponsored, just love it: the new Example app is great."),
]


def percentile(values: list[float], p: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = min(len(ordered) - 1, max(0, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies: dict[str, list[float]] = defaultdict(list)
        self.errors: dict[str, int] = defaultdict(int)
        self.limited: dict[str, int] = defaultdict(int)
        self.samples: dict[str, str] = {}

    def add_limited(self, kind: str) -> None:
        """A 429: the per-person rate limit answering as designed (one token sends all the checks)."""
        with self.lock:
            self.limited[kind] += 1

    def add(self, kind: str, seconds: float, ok: bool, detail: str = "") -> None:
        with self.lock:
            self.latencies[kind].append(seconds)
            if not ok:
                self.errors[kind] += 1
                self.samples.setdefault(kind, detail)

    def report(self, title: str, elapsed: float) -> None:
        total = sum(len(v) for v in self.latencies.values())
        errors = sum(self.errors.values())
        every = [x for v in self.latencies.values() for x in v]
        print(f"\n== {title}: {elapsed:.1f} s, {total} requests, {total / elapsed:.1f} req/s, {errors} errors")
        print(f"   {'kind':<12}{'requests':>9}{'req/s':>8}{'errors':>8}{'p50 ms':>9}{'p90 ms':>9}{'p99 ms':>9}")
        for kind in sorted(self.latencies):
            values = self.latencies[kind]
            print(f"   {kind:<12}{len(values):>9}{len(values) / elapsed:>8.1f}{self.errors[kind]:>8}"
                  f"{percentile(values, 50) * 1000:>9.1f}{percentile(values, 90) * 1000:>9.1f}"
                  f"{percentile(values, 99) * 1000:>9.1f}")
        print(f"   {'all':<12}{total:>9}{total / elapsed:>8.1f}{errors:>8}{percentile(every, 50) * 1000:>9.1f}"
              f"{percentile(every, 90) * 1000:>9.1f}{percentile(every, 99) * 1000:>9.1f}")
        for kind, detail in self.samples.items():
            print(f"   first {kind} error: {detail}")
        for kind, count in sorted(self.limited.items()):
            print(f"   {kind}: {count} more answered 429 (per-person rate limit; not errors, not in the figures)")


def prepare_shares(env: dict, count: int = 20) -> list[str]:
    """Tracked links to follow: shares of demo employees on the demo kits (created in-process)."""
    from sqlalchemy import select

    from advocacy import create_app
    from advocacy.extensions import db

    app = create_app({"INSTANCE_PATH": env["ADVOCACY_INSTANCE_PATH"], "ENVIRON": env})
    codes: list[str] = []
    with app.app_context():
        try:
            from advocacy.campaigns.models import KitVariant, Share
            from advocacy.tracking.models import TrackedLink
            from advocacy.tracking.services import ensure_tracked_link
        except ImportError as exc:
            print(f"(no tracked links: {exc})")
            return []
        from advocacy.auth.models import Person
        from advocacy.core.timeutil import utcnow

        codes = list(db.session.scalars(select(TrackedLink.code).limit(count)))
        variants = db.session.scalars(select(KitVariant)).all()
        people = db.session.scalars(select(Person).where(Person.email.like("employee%@demo.test"))).all()
        for n in range(max(0, count - len(codes))):
            if not variants or not people:
                break
            variant, person = variants[n % len(variants)], people[n % len(people)]
            share = Share(person_id=person.id, kit_variant_id=variant.id, network=variant.network,
                          url=f"https://social.example/@bench/{n}", text=variant.text, status="pending",
                          created_at=utcnow(), registered_at=utcnow())
            db.session.add(share)
            db.session.flush()
            ensure_tracked_link(share)
        db.session.commit()
        codes = list(db.session.scalars(select(TrackedLink.code).limit(count)))
        db.session.remove()
        db.engine.dispose()
    return codes


def login(base: str, email: str) -> requests.Session:
    session = requests.Session()
    page = session.get(base + "/login", timeout=30).text
    token = re.search(r'name="csrf_token" (?:type="hidden" )?value="([^"]+)"', page).group(1)
    response = session.post(base + "/login", data={"email": email, "password": DEMO_PASSWORD, "csrf_token": token},
                            allow_redirects=False, timeout=30)
    if response.status_code != 302:
        raise SystemExit(f"could not log in {email}: {response.status_code}")
    return session


def api_token(env: dict, email: str) -> str:
    import subprocess

    result = subprocess.run([str(Path(sys.executable).parent / "flask"), "--app", "app", "people", "token", email,
                             "--label", "bench"], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    return result.stdout.strip().splitlines()[-1]


def run_phase(duration: float, concurrency: int, make_request) -> tuple[Stats, float]:
    stats = Stats()
    deadline = time.monotonic() + duration
    started = time.monotonic()

    def loop(index: int):
        rng = random.Random(index)
        state: dict = {}
        while time.monotonic() < deadline:
            kind, call, check = make_request(rng, index, state)
            t0 = time.monotonic()
            try:
                response = call()
                if response.status_code == 429 and "Retry-After" in response.headers:
                    stats.add_limited(kind)
                    continue
                ok, detail = check(response), f"HTTP {response.status_code}"
            except requests.RequestException as exc:
                ok, detail = False, type(exc).__name__
            stats.add(kind, time.monotonic() - t0, ok, detail)

    threads = [threading.Thread(target=loop, args=(i,), daemon=True) for i in range(concurrency)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=duration + 120)
    return stats, time.monotonic() - started


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--duration", type=float, default=60.0, help="seconds of mixed traffic (default 60)")
    parser.add_argument("--baseline", type=float, default=None, help="seconds of baseline (default duration/6, ≥3)")
    parser.add_argument("--concurrency", type=int, default=8, help="client threads (default 8)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2)")
    parser.add_argument("--threads", type=int, default=4, help="gunicorn threads per worker (default 4)")
    parser.add_argument("--database-url", default=None, help="PostgreSQL database to (re)create and seed")
    parser.add_argument("--redis-url", default=os.environ.get("ADVOCACY_TEST_REDIS_URL", "redis://127.0.0.1:6379/0"))
    parser.add_argument("--url", default=None, help="drive an already running, seeded server (with --database-url)")
    args = parser.parse_args(argv)

    base_db = os.environ.get("ADVOCACY_TEST_DATABASE_URL", "postgresql://postgres@127.0.0.1:5432/test")
    database_url = args.database_url or derived_database_url(base_db, "bench")
    server = None
    if args.url:
        import tempfile

        base = args.url.rstrip("/")
        env = base_environ(database_url, args.redis_url, tempfile.mkdtemp(prefix="bench-"), base)
    else:
        ensure_database(database_url)
        server = LiveServer(database_url, args.redis_url, workers=args.workers, threads=args.threads)
        print(f"preparing {database_url.rsplit('/', 1)[-1]} (migrations, demo seed, tracked shares)…", flush=True)
        server.prepare(seed=True)
        env = base_environ(database_url, args.redis_url, server.instance_path, server.url)
    codes = prepare_shares(env)
    token = api_token(env, "employee1@demo.test")
    if server is not None:
        server.start()
        base = server.url
    try:
        feeds = [login(base, f"employee{n}@demo.test") for n in range(1, 5)]
        print(f"gunicorn {'(given)' if server is None else f'{args.workers}×{args.threads}'} on {base}; "
              f"{args.concurrency} client threads; "
              f"{len(codes)} tracked links", flush=True)

        def baseline(rng, index, state):
            session = state.setdefault("s", requests.Session())
            return ("static", lambda: session.get(base + "/static/css/app.css", timeout=30),
                    lambda r: r.status_code == 200)

        def mixed(rng, index, state):
            roll = rng.random()
            if codes and roll < 0.5:
                session = state.setdefault("anon", requests.Session())
                code = rng.choice(codes)
                return ("redirect", lambda: session.get(f"{base}/l/{code}", headers={"User-Agent": BROWSER},
                                                        allow_redirects=False, timeout=30),
                        lambda r: r.status_code == 302)
            if roll < 0.75:
                session = feeds[index % len(feeds)]
                return ("feed", lambda: session.get(base + "/feed", timeout=30, allow_redirects=False),
                        lambda r: r.status_code == 200)
            network, lang, text = rng.choice(POSTS)
            session = state.setdefault("api", requests.Session())
            body = {"text": text, "network": network, "lang": lang, "context": {"employee": True, "rewarded": False}}
            return ("checker", lambda: session.post(base + "/api/v1/disclosure/check", json=body, timeout=30,
                                                    headers={"Authorization": f"Bearer {token}"}),
                    lambda r: r.status_code == 200 and "verdict" in r.json())

        base_seconds = args.baseline if args.baseline is not None else max(3.0, args.duration / 6)
        stats, elapsed = run_phase(base_seconds, args.concurrency, baseline)
        stats.report("baseline (static file, same server, same run)", elapsed)
        stats, elapsed = run_phase(args.duration, args.concurrency, mixed)
        stats.report("mixed traffic (50% redirects, 25% feed pages, 25% checker API)", elapsed)
        errors = sum(stats.errors.values())
        expected = ("redirect", "feed", "checker") if codes else ("feed", "checker")
        starved = [kind for kind in expected if not stats.latencies.get(kind)]
        if starved:  # a kind answered only 429 (or never ran): that is not a load result
            print(f"   no answered request for: {', '.join(starved)}")
            errors += len(starved)
    finally:
        if server is not None:
            server.stop()
    print("\nzero errors: goal met" if errors == 0 else f"\n{errors} errors: goal NOT met")
    return 0 if errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
