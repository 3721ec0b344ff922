"""Log records as JSON lines (``ADVOCACY_LOG_FORMAT=json``), with the request id and the job id.

The runner (``advocacy/run.py``) installs these with ``logging.config.dictConfig``; the app factory
configures no logging. ``RequestIdFilter`` adds ``request_id`` (set per request by ``core.setup``)
and ``job_id`` (the RQ job, passed by ``advocacy.jobs.JobLogger``) to every record.
"""
from __future__ import annotations

import json
import logging
from datetime import UTC, datetime

from flask import g, has_request_context

#: LogRecord attributes that are not ``extra`` fields.
_STANDARD = set(vars(logging.LogRecord("", 0, "", 0, "", (), None))) | {"message", "asctime", "taskName"}


class RequestIdFilter(logging.Filter):
    """Puts ``request_id`` and ``job_id`` on every record (None when not in a request / job)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "request_id"):
            record.request_id = g.get("request_id") if has_request_context() else None
        if not hasattr(record, "job_id"):
            record.job_id = None
        return True


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC, ISO 8601), level, logger, message, ids, extras."""

    def format(self, record: logging.LogRecord) -> str:
        body = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": getattr(record, "request_id", None),
            "job_id": getattr(record, "job_id", None),
        }
        for key, value in vars(record).items():
            if key not in _STANDARD and key not in body:
                body[key] = value if isinstance(value, (str, int, float, bool, type(None))) else repr(value)
        if record.exc_info:
            body["exception"] = self.formatException(record.exc_info)
        return json.dumps(body, ensure_ascii=False)


#: third-party loggers kept at WARNING (their INFO lines are not about our service)
QUIET_LIBRARIES = ("xmlschema",)


def logging_config(level: str = "INFO", fmt: str = "text") -> dict:
    """The ``dictConfig`` of every process: one stderr handler, text or JSON lines."""
    formatter = {"()": JsonFormatter} if fmt == "json" else {
        "format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {"ids": {"()": RequestIdFilter}},
        "formatters": {"main": formatter},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "main", "filters": ["ids"],
                                "stream": "ext://sys.stderr"}},
        "root": {"level": level, "handlers": ["stderr"]},
        # Libraries that narrate their own start-up at INFO (xmlschema, loaded by pysaml2, prints
        # "Resource 'XMLSchema.xsd' is already loaded" on every `flask …` command): warnings only,
        # unless ADVOCACY_LOG_LEVEL=DEBUG asks for everything.
        "loggers": {name: {"level": level if level == "DEBUG" else "WARNING"} for name in QUIET_LIBRARIES},
    }
