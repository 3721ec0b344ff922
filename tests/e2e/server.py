"""A live Porte-voix: gunicorn serving ``app:app`` on a free loopback port, against a real
PostgreSQL database prepared from the migrations and seeded with ``flask demo seed``.

Used by the browser journeys (``tests/e2e``), the fault tests (``tests/faults``) and
``bench/load.py``. Nothing here talks to anything but loopback addresses.
"""
from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import requests

from advocacy.core.web import gunicorn_command

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent
SECRET = "live-server-secret-key-that-is-long-enough-0123456789"


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def derived_database_url(base_url: str, suffix: str) -> str:
    """``postgresql://…/test_proof`` + ``live`` → ``postgresql://…/test_proof_live``."""
    parts = urlsplit(base_url)
    name = parts.path.lstrip("/") or "test"
    return urlunsplit(parts._replace(path=f"/{name}_{suffix}"))


def ensure_database(url: str) -> None:
    """Create the PostgreSQL database named by ``url`` if it does not exist."""
    import psycopg

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
        if not exists:
            conn.execute(f'CREATE DATABASE "{name}"')


def base_environ(database_url: str, redis_url: str, instance_path: str, public_base_url: str,
                 **extra: str) -> dict:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCACY_")}
    env.update({
        "ADVOCACY_DATABASE_URL": database_url,
        "ADVOCACY_REDIS_URL": redis_url,
        "ADVOCACY_SECRET_KEY": SECRET,
        "ADVOCACY_ENCRYPTION_KEYS": "ZTJlLWVuY3J5cHRpb24ta2V5LTAxMjM0NTY3ODlhYmM=",
        "ADVOCACY_VAPID_PRIVATE_KEY": "VfkGiw6xIb0W5I4LaRNiCCr8hL-qCcftdENxGmgz3aw",
        "ADVOCACY_PUBLIC_BASE_URL": public_base_url,
        "ADVOCACY_INSTANCE_PATH": instance_path,
        "ADVOCACY_LOG_LEVEL": "WARNING",
        "ADVOCACY_CONTROLLER_NAME": "Exemple SAS",
        "ADVOCACY_CONTROLLER_ADDRESS": "1 rue de l'Exemple, 75001 Paris",
        "ADVOCACY_CONTROLLER_DPO_EMAIL": "dpo@exemple.test",
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
    })
    env.update(extra)
    return env


def reset_database(env: dict) -> None:
    """Empty the database, run the migrations, create any table they lack (like the test suite)."""
    from advocacy import create_app
    from advocacy.extensions import db
    from tests.conftest import reset_schema

    app = create_app({"INSTANCE_PATH": env["ADVOCACY_INSTANCE_PATH"], "ENVIRON": env})
    reset_schema(app)
    with app.app_context():
        db.engine.dispose()


def seed_demo(env: dict) -> str:
    """``flask demo seed`` in a subprocess, as an operator would run it."""
    result = subprocess.run([str(BIN / "flask"), "--app", "app", "demo", "seed"], env=env, cwd=ROOT,
                            capture_output=True, text=True, timeout=900)  # a hang guard: a loaded CI machine seeds slowly
    if result.returncode != 0:
        raise RuntimeError(f"flask demo seed failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return result.stdout


class LiveServer:
    """gunicorn on 127.0.0.1:<free port>; ``start()`` waits for ``/healthz``; ``stop()`` ends it."""

    def __init__(self, database_url: str, redis_url: str, *, instance_path: str | None = None,
                 workers: int = 2, threads: int = 4, extra_env: dict | None = None, log_path: str | None = None):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.instance_path = instance_path or tempfile.mkdtemp(prefix="porte-voix-live-")
        self.env = base_environ(database_url, redis_url, self.instance_path, self.url, **(extra_env or {}))
        self.workers, self.threads = workers, threads
        self.log_path = log_path or os.path.join(self.instance_path, "gunicorn.log")
        self.proc: subprocess.Popen | None = None

    def prepare(self, seed: bool = True) -> None:
        reset_database(self.env)
        if seed:
            seed_demo(self.env)

    def start(self, timeout: float = 240.0) -> LiveServer:
        log = open(self.log_path, "ab")
        command = gunicorn_command(str(BIN / "gunicorn"), f"127.0.0.1:{self.port}", self.instance_path,
                                   workers=self.workers, threads=self.threads,
                                   extra=["--graceful-timeout", "5", "--timeout", "60"])
        self.proc = subprocess.Popen(
            command, env=self.env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.proc.returncode}:\n{self.log_tail()}")
            try:
                if requests.get(self.url + "/healthz", timeout=2).status_code == 200:
                    return self
            except requests.RequestException:
                pass
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"gunicorn did not answer /healthz within {timeout:.0f}s:\n{self.log_tail()}")

    def log_tail(self, chars: int = 4000) -> str:
        try:
            return Path(self.log_path).read_text(errors="replace")[-chars:]
        except OSError:
            return ""

    def stop(self) -> None:
        if self.proc is None or self.proc.poll() is not None:
            return
        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()
