"""Redirect benchmark (issue 7 item 9 a, issue 14 item 8): ``GET /l/<code>`` under gunicorn with
two threaded workers (the production command line), loaded from a second process, beside a bare
Flask redirect app under the same command, measured in the same run.

    .venv/bin/python bench/redirect.py [seconds-per-round] [rounds] [client-threads]

Durable clicks use group commit: the click rows of concurrent requests share one transaction.

The real app looks the code up and commits the click (consented sharer, browser user agent)
before answering; the bare app answers a 302 from a dict in memory (no database). Rounds
alternate between the two so that the machine's load drifts evenly. Goal: >= 0.8x the bare app.
Database and Redis: as in ``bench/tracking.py`` (``BENCH_DATABASE_URL``, ``BENCH_REDIS_URL``).
"""
from __future__ import annotations

import json
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from flask import Flask, abort, redirect

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36"


def _bare_app() -> Flask:
    """The baseline: a bare Flask app answering 302 from a dict (gunicorn ``redirect:bare_app``)."""
    app = Flask("bare")
    targets = json.loads(os.environ.get("BENCH_TARGETS", "{}"))

    @app.route("/l/<code>")
    def go(code):
        target = targets.get(code)
        if target is None:
            abort(404)
        return redirect(target, 302)

    return app


bare_app = _bare_app()


def async_app():
    """The real app with asynchronous click commits (gunicorn ``redirect:async_app()``)."""
    sys.path.insert(0, str(ROOT))
    from advocacy import create_app

    return create_app({"TRACKING_CLICK_SYNC_COMMIT": False})


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_up(port: int, path: str, timeout: float = 240) -> None:
    import http.client

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=2)
            conn.request("GET", path, headers={"User-Agent": "bench-probe-bot"})
            conn.getresponse().read()
            conn.close()
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"server on {port} did not start")


def load(port: int, codes: list[str], seconds: float, threads: int) -> tuple[int, int]:
    """Run in the load process: GET random codes for ``seconds``; returns (302s, others)."""
    import http.client
    import random
    import threading

    ok = [0] * threads
    bad = [0] * threads
    stop = time.monotonic() + seconds

    def run(i):
        rnd = random.Random(i)
        while time.monotonic() < stop:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
            try:
                # Each request is another visitor (its own browser build): every one is recorded.
                conn.request("GET", f"/l/{rnd.choice(codes)}",
                             headers={"User-Agent": f"{BROWSER} v/{rnd.randrange(10**9)}",
                                      "X-Forwarded-For": f"198.51.100.{rnd.randrange(250)}"})
                response = conn.getresponse()
                response.read()
                if response.status == 302:
                    ok[i] += 1
                else:
                    bad[i] += 1
            except OSError:
                bad[i] += 1
            finally:
                conn.close()

    workers = [threading.Thread(target=run, args=(i,)) for i in range(threads)]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    return sum(ok), sum(bad)


def measure(port: int, codes: list[str], seconds: float, threads: int) -> tuple[float, int, int]:
    """Load ``port`` from a second process; returns (requests/s, 302s, errors)."""
    out = subprocess.run([sys.executable, str(Path(__file__)), "--load", str(port), json.dumps(codes), str(seconds),
                          str(threads)], capture_output=True, text=True, check=True, cwd=ROOT)
    ok, bad = json.loads(out.stdout.strip().splitlines()[-1])
    return ok / seconds, ok, bad


def main(seconds: float = 8.0, rounds: int = 3, threads: int = 48, server_threads: int = 32) -> None:
    sys.path.insert(0, str(ROOT))
    sys.path.insert(0, str(HERE))
    import tracking as common
    from sqlalchemy import func, select, update

    from advocacy.extensions import db
    from advocacy.tracking.models import Click, TrackedLink

    common.ensure_database()
    app = common.make_app()
    common.wipe(app)
    person, variant = common.seed_member_and_variant(app)
    common.seed_shares(app, person, variant, "https://mastodon.example", 50, 0)
    from advocacy.campaigns.models import Share
    from advocacy.tracking.services import ensure_tracked_link

    with app.app_context():
        for share in db.session.scalars(select(Share)).all():
            ensure_tracked_link(share)
        db.session.execute(update(TrackedLink).values(count_clicks=True))
        db.session.commit()
        links = {code: target for code, target in db.session.execute(select(TrackedLink.code, TrackedLink.target_url))}
    codes = list(links)
    gunicorn = str(Path(sys.executable).parent / "gunicorn")
    real_port, bare_port, async_port = free_port(), free_port(), free_port()
    env = common.environ()
    from advocacy.core.web import gunicorn_command

    instance = tempfile.mkdtemp(prefix="bench-redirect-")

    def serve(port, app, name, extra_env=None, chdir=None):
        """The production command line (threaded workers), one control socket per server."""
        command = gunicorn_command(gunicorn, f"127.0.0.1:{port}", os.path.join(instance, name), workers=2,
                                   threads=server_threads, app=app,
                                   extra=["--log-level", "warning"] + (["--chdir", chdir] if chdir else []))
        os.makedirs(os.path.join(instance, name), exist_ok=True)
        return subprocess.Popen(command, cwd=chdir or ROOT, env=dict(env, **(extra_env or {})))

    servers = [
        serve(real_port, "app:app", "real"),
        serve(bare_port, "redirect:bare_app", "bare", {"BENCH_TARGETS": json.dumps(links)}, str(HERE)),
        serve(async_port, "redirect:async_app()", "async", None, str(HERE)),
    ]
    try:
        wait_up(real_port, f"/l/{codes[0]}")
        wait_up(bare_port, f"/l/{codes[0]}")
        wait_up(async_port, f"/l/{codes[0]}")
        results = {"bare": [], "real": [], "async": []}
        served = 0
        for _ in range(rounds):
            for label, port in (("bare", bare_port), ("real", real_port), ("async", async_port)):
                rate, ok, bad = measure(port, codes, seconds, threads)
                results[label].append(rate)
                if label != "bare":
                    served += ok
                if bad:
                    print(f"    {label}: {bad} failed requests")
        with app.app_context():
            stored = db.session.scalar(select(func.count()).select_from(Click))
        bare, real = statistics.median(results["bare"]), statistics.median(results["real"])
        fast = statistics.median(results["async"])
        print(f"(a) GET /l/<code>, gunicorn 2 threaded workers x {server_threads} threads (production command), "
              f"{threads} client threads in a second process, "
              f"{rounds} x {seconds:.0f} s rounds")
        print(f"    baseline, bare Flask redirect (dict, no database): {bare:8.0f} req/s  "
              f"(rounds: {', '.join(f'{r:.0f}' for r in results['bare'])})")
        print(f"    Porte-voix, click flushed to disk (default)      : {real:8.0f} req/s  "
              f"(rounds: {', '.join(f'{r:.0f}' for r in results['real'])})  ratio {real / bare:.2f}x")
        print(f"    Porte-voix, asynchronous commit (opt-in)         : {fast:8.0f} req/s  "
              f"(rounds: {', '.join(f'{r:.0f}' for r in results['async'])})  ratio {fast / bare:.2f}x")
        print(f"    goal >= 0.8x: default {'met' if real / bare >= 0.8 else 'NOT met'}, "
              f"opt-in {'met' if fast / bare >= 0.8 else 'NOT met'}; "
              f"clicks committed {stored} for {served} redirects answered (+ probes);"
              f" load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    finally:
        for server in servers:
            server.terminate()
        for server in servers:
            server.wait(timeout=30)
        common.wipe(app)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--load":
        print(json.dumps(load(int(sys.argv[2]), json.loads(sys.argv[3]), float(sys.argv[4]), int(sys.argv[5]))))
    else:
        main(*(float(a) if i == 0 else int(a) for i, a in enumerate(sys.argv[1:4])))
