"""Signals between domains (blinker, through Flask's namespace)."""
from blinker import Namespace

_signals = Namespace()

#: sender=person, purpose=str, given=bool — sent after a consent event is recorded.
consent_changed = _signals.signal("consent-changed")
#: sender=charter_version — sent when a charter version comes into force.
charter_in_force = _signals.signal("charter-in-force")
