"""The single job wrapper: every RQ job runs inside the app with a job-aware logger.

Jobs are plain functions of the domains (``advocacy/<domain>/tasks.py``, or beside the logic
they run) decorated with ``@job``; they are enqueued by callable, take ids, re-read the
database, are idempotent and commit their own work. The worker process (``advocacy.run.AppWorker``)
builds the app once and installs it with ``set_app`` before forking work horses.

This module sits below every domain: it imports nothing of ours but the extensions.
"""
from __future__ import annotations

import functools
import logging
import os
from contextlib import contextmanager

from flask import has_app_context
from rq import get_current_job
from sqlalchemy import text

from advocacy.extensions import db

_app = None
_app_pid = None


def get_app():
    """The app installed in this process (by the worker class, or a test)."""
    if _app is None:
        raise RuntimeError("no app for jobs: run them in advocacy.run.AppWorker, or call set_app(app) first")
    return _app


def get_installed_app():
    """The installed app, or None (the worker class installs one if a test did not)."""
    return _app


def set_app(app) -> None:
    """Tests and the worker class install their app explicitly."""
    global _app, _app_pid
    _app, _app_pid = app, os.getpid()


@contextmanager
def app_context():
    if has_app_context():
        yield
        return
    app = get_app()
    with app.app_context():
        if os.getpid() != _app_pid:
            # A forked work horse must not share the parent's pooled connections.
            db.engine.dispose(close=False)
        yield


class JobLogger(logging.LoggerAdapter):
    """Prefixes messages with the job; passes ``job_id`` to the JSON formatter (``extra``)."""

    def process(self, msg, kwargs):
        kwargs.setdefault("extra", {}).update(job_id=self.extra.get("job_id"), job=self.extra["name"])
        return f"[job {self.extra.get('job_id') or '-'} {self.extra['name']}] {msg}", kwargs


def job_logger(name: str) -> JobLogger:
    try:
        current = get_current_job()
    except Exception:  # noqa: BLE001 - outside a worker
        current = None
    return JobLogger(logging.getLogger(f"advocacy.jobs.{name}"), {"job_id": current.id if current else None, "name": name})


def job(func):
    """Run ``func`` inside the app context; roll back on failure and re-raise (RQ retries)."""

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        with app_context():
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


@job
def ping(value: str = "pong") -> str:
    """The heartbeat cron queues every 10 minutes: proves a worker reaches the app and the database."""
    db.session.execute(text("SELECT 1"))
    return value
