"""Jobs of the foundation itself."""
from sqlalchemy import text

from workers.jobs import job


@job
def ping(value: str = "pong") -> str:
    """A trivial job: proves the worker reaches the app and the database."""
    from advocacy.extensions import db

    db.session.execute(text("SELECT 1"))
    return value


@job
def record_heartbeat(note: str = "worker heartbeat") -> int:
    """Writes an audit entry from a worker (used by the real-worker test)."""
    from advocacy.audit.services import record
    from advocacy.extensions import db

    entry = record("worker.heartbeat", details={"note": note})
    db.session.commit()
    return entry.id
