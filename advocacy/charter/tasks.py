"""Jobs of the charter domain (RQ)."""
from __future__ import annotations

from advocacy.jobs import job, job_logger
from advocacy.charter import services
from advocacy.extensions import db


@job
def announce_in_force() -> int | None:
    """Announce the version in force once it is (``charter_in_force`` signal); idempotent."""
    version = services.announce_in_force()
    db.session.commit()
    if version is not None:
        job_logger("announce_in_force").info("charter version %s announced in force", version.number)
    return version.id if version is not None else None
