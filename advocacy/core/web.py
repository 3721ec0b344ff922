"""The web server's worker: gunicorn's threaded ``gthread`` worker plus a request-header deadline.

gunicorn bounds how long a new connection may stay silent, but once a client has sent a first
byte a worker thread reads its request line and headers for as long as the client keeps dripping
them (one header line every 5 s kept the old sync workers busy for good). Here the request line
and headers of every request must arrive within ``WEB_HEADER_TIMEOUT`` seconds (default 10);
otherwise the connection is shut down and the thread is free again. The body and the response are
not concerned (uploads may be slow; the view's own limits apply).

``gunicorn_command()`` is the one command line used by ``make run``, the README's production
command and the benchmarks.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from gunicorn.workers.gthread import ThreadWorker

from advocacy.core.outbound import Deadline, watchdog
from advocacy.core.setup import warm

WORKER_CLASS = "advocacy.core.web.Worker"


def header_timeout() -> float:
    return float(os.environ.get("WEB_HEADER_TIMEOUT", "10"))


class Worker(ThreadWorker):
    def load_wsgi(self):
        super().load_wsgi()
        warm(self.wsgi)  # before the first request: no visitor pays the checker's compilation

    def handle(self, conn):
        deadline = Deadline(time.monotonic() + header_timeout())
        deadline.add(conn.sock)
        conn.header_deadline = deadline
        watchdog.watch(deadline)
        try:
            return super().handle(conn)
        finally:
            deadline.finish()

    def handle_request(self, req, conn):
        deadline = getattr(conn, "header_deadline", None)
        if deadline is not None:
            deadline.finish()  # the request line and headers are in
        return super().handle_request(req, conn)


def gunicorn_command(gunicorn: str, bind: str, instance_path: str, *, workers: int | None = None,
                     threads: int | None = None, app: str = "app:app", extra: list[str] | None = None) -> list[str]:
    """gunicorn with threaded workers, slow-client limits and a control socket of this instance's own."""
    workers = workers or int(os.environ.get("WEB_CONCURRENCY", "2"))
    threads = threads or int(os.environ.get("WEB_THREADS", "32"))
    return [
        gunicorn, "--bind", bind, "--workers", str(workers),
        "--worker-class", WORKER_CLASS, "--threads", str(threads),
        "--timeout", "30", "--graceful-timeout", "20", "--keep-alive", "5",
        "--limit-request-line", "4094", "--limit-request-fields", "60", "--limit-request-field_size", "8190",
        "--control-socket", str(Path(instance_path).resolve() / "gunicorn.ctl"),
        *(extra or []), app,
    ]
