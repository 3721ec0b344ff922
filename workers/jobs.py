"""The single job wrapper: every RQ job runs inside the app with a job-aware logger.

Jobs are plain functions in ``advocacy/<domain>/tasks.py`` decorated with ``@job``;
they take ids, re-read the database, and commit their own work.
"""
from __future__ import annotations

import functools
import logging
import os
from contextlib import contextmanager

_app = None
_app_pid = None


def get_app():
    """One app per process (created lazily; re-used by forked work horses)."""
    global _app, _app_pid
    if _app is None:
        from advocacy import create_app

        _app = create_app()
        _app_pid = os.getpid()
    return _app


def set_app(app) -> None:
    """Tests and the worker class install their app explicitly."""
    global _app, _app_pid
    _app, _app_pid = app, os.getpid()


@contextmanager
def app_context():
    from flask import has_app_context

    if has_app_context():
        yield
        return
    app = get_app()
    with app.app_context():
        if os.getpid() != _app_pid:
            # A forked work horse must not share the parent's pooled connections.
            from advocacy.extensions import db

            db.engine.dispose(close=False)
        yield


class JobLogger(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return f"[job {self.extra.get('job_id') or '-'} {self.extra['name']}] {msg}", kwargs


def job_logger(name: str) -> JobLogger:
    try:
        from rq import get_current_job

        current = get_current_job()
    except Exception:  # noqa: BLE001 - outside a worker
        current = None
    return JobLogger(logging.getLogger(f"advocacy.jobs.{name}"), {"job_id": current.id if current else None, "name": name})


def job(func):
    """Run ``func`` inside the app context; roll back on failure and re-raise (RQ retries)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with app_context():
            from advocacy.extensions import db

            log = job_logger(func.__name__)
            log.info("start")
            try:
                result = func(*args, **kwargs)
            except Exception:
                db.session.rollback()
                log.exception("failed")
                raise
            db.session.remove()
            log.info("done")
            return result

    wrapper.is_job = True
    return wrapper
