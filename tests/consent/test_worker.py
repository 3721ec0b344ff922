"""Real `rq worker` processes run the consent jobs: purge after withdrawal, GDPR export."""
import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import select

from advocacy.core.models import AuditEntry
from advocacy.consent import services
from advocacy.consent.models import ConsentState
from tests.conftest import TEST_INSTANCE, TEST_REDIS_URL, test_environ

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.slow


def run_worker_burst(queues=("default",), timeout=240):
    env = dict(os.environ, **test_environ())
    env["ADVOCACY_INSTANCE_PATH"] = TEST_INSTANCE
    rq = Path(sys.executable).parent / "rq"
    result = subprocess.run(
        [str(rq), "worker", "--burst", "--url", TEST_REDIS_URL, "-w", "advocacy.run.AppWorker",
         "-P", str(ROOT), *queues],
        check=False, env=env, cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert result.returncode == 0, result.stderr[-3000:]
    return result


def test_withdrawing_post_metrics_queues_a_purge_that_a_real_worker_runs(committed, redis_client, make_member):
    person = make_member(purposes=("program", "post_metrics", "link_clicks"))
    committed.commit()
    assert redis_client.llen("rq:queue:default") == 0
    services.withdraw(person, "post_metrics")
    services.withdraw(person, "leaderboard")  # never given: nothing to purge
    committed.commit()  # the purge is queued only now, once the withdrawal is committed
    assert redis_client.llen("rq:queue:default") == 1
    output = run_worker_burst()
    committed.expire_all()
    state = committed.scalar(select(ConsentState).where(ConsentState.person_id == person.id,
                                                        ConsentState.purpose == "post_metrics"))
    assert not state.purge_pending, output.stderr[-2000:]
    entry = committed.scalar(select(AuditEntry).where(AuditEntry.action == "consent.purged"))
    assert entry.details == {"purposes": ["post_metrics"]} and entry.object_id == str(person.id)
    assert services.has_consent(person, "link_clicks")  # the other consents are untouched


def test_reconcile_requeues_purges_and_exports_lost_with_redis(committed, redis_client, make_member):
    from datetime import timedelta

    from advocacy.consent import gdpr
    from advocacy.consent.models import DataRequest
    from advocacy.consent.tasks import reconcile_purges
    from advocacy.core.timeutil import utcnow

    person = make_member(purposes=("program", "link_clicks"))
    services.withdraw(person, "link_clicks")
    request = gdpr.start(person, gdpr.EXPORT)
    request.created_at = utcnow() - timedelta(minutes=10)
    committed.commit()
    person_id, request_id = person.id, request.id
    redis_client.flushdb()  # Redis lost both jobs: the database still says they are due
    assert reconcile_purges() == 2
    assert reconcile_purges() == 1  # the export job exists again; the purge is still pending (idempotent)
    run_worker_burst()
    committed.expire_all()
    state = committed.scalar(select(ConsentState).where(ConsentState.person_id == person_id,
                                                        ConsentState.purpose == "link_clicks"))
    assert not state.purge_pending
    assert committed.get(DataRequest, request_id).status == "done"


def test_export_through_the_api_runs_on_a_real_worker(committed, redis_client, make_member, client, api_headers):
    person = make_member(purposes=("program", "notifications"))
    headers = api_headers(person)
    committed.commit()
    started = client.post("/api/v1/me/export", headers=headers)
    assert started.status_code == 202
    body = started.get_json()
    run_worker_burst()
    committed.expire_all()
    status = client.get(body["status_url"], headers=headers).get_json()
    assert status["status"] == "done" and status["progress"] == 100, status
    download = client.get(status["download_url"], headers=headers)
    assert download.status_code == 200 and download.mimetype == "application/zip"
    data = download.data
    download.close()
    archive = zipfile.ZipFile(io.BytesIO(data))
    assert json.loads(archive.read("consents/current.json"))["notifications"] is True
    receipts = [n for n in archive.namelist() if n.startswith("consents/receipts/")]
    assert len(receipts) == 2
