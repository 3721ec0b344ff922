"""Jobs of the auth domain (RQ).

The forgot-password page looks the address up and queues ``send_reset_link`` whether or not the
address is known (with id 0 when it is not), so it answers in the same time either way; issuing the
link, writing the e-mail and committing happen here, out of the request.
"""
from __future__ import annotations

from advocacy.auth import passwords
from advocacy.extensions import db
from advocacy.jobs import job


@job
def send_reset_link(person_id: int) -> bool:
    """Queue the reset e-mail of ``person_id`` (0: an unknown address, nothing to do)."""
    sent = passwords.reset_requested(person_id)
    db.session.commit()
    return sent
