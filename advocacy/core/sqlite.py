"""SQLite tuning for the embedded mode: WAL journal and foreign keys."""
from sqlalchemy import event
from sqlalchemy.engine import Engine

_enabled = False


def enable_wal() -> None:
    global _enabled
    if _enabled:
        return
    _enabled = True

    @event.listens_for(Engine, "connect")
    def _on_connect(dbapi_connection, _record):  # pragma: no cover - exercised in embedded tests
        module = type(dbapi_connection).__module__
        if not module.startswith("sqlite3"):
            return
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=5000")
        cursor.close()
