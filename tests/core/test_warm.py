"""Long-lived processes compile the checker once before they serve: a web worker before its first
request, the RQ worker before it forks its first work horse (``advocacy.core.setup.warm``)."""
from __future__ import annotations

from gunicorn.workers.gthread import ThreadWorker

from advocacy import disclosure
from advocacy.core.setup import WARM_KEY, warm
from advocacy.core.web import Worker


def test_the_checker_is_among_what_the_app_warms(app):
    assert disclosure.warm in app.extensions[WARM_KEY]


def test_a_web_worker_warms_the_app_once_it_is_loaded(app, monkeypatch):
    calls = []
    monkeypatch.setitem(app.extensions, WARM_KEY, [lambda: calls.append("warmed")])
    monkeypatch.setattr(ThreadWorker, "load_wsgi", lambda self: setattr(self, "wsgi", app))
    worker = Worker.__new__(Worker)  # gunicorn builds it from its arbiter; only load_wsgi is under test
    worker.load_wsgi()
    assert calls == ["warmed"]


def test_the_rq_worker_warms_the_app_it_creates(app, monkeypatch):
    from advocacy import jobs, run

    calls = []
    monkeypatch.setattr(jobs, "get_installed_app", lambda: None)
    monkeypatch.setattr(run, "configure_logging", lambda settings: None)
    monkeypatch.setattr(jobs, "set_app", lambda created: None)
    monkeypatch.setattr(run, "create_app", lambda: app)
    monkeypatch.setattr(run, "warm", lambda created: calls.append(created))
    monkeypatch.setattr(run.Worker, "__init__", lambda self, *args, **kwargs: None)
    run.AppWorker(["default"])
    assert calls == [app]


def test_warm_runs_nothing_for_an_app_that_asked_for_nothing():
    class Bare:
        extensions: dict = {}

    warm(Bare())
    warm(object())
