"""Signals of the applications domain. Higher domains connect to them in their init_app, so this package
never imports them (the pipeline rejects on a knockout answer when a job asks it to)."""

from __future__ import annotations

from blinker import Namespace

_signals = Namespace()

# Sent inside the transaction that creates an application (listeners add rows to it; the caller commits):
# sender is the Flask app; keyword argument application (the new, flushed Application).
application_created = _signals.signal("application-created")

# Sent after an application's screening result is committed: sender is the Flask app; keyword arguments
# application_id (int) and auto_reject (bool: the job enabled auto-reject on a knockout question it failed).
application_screened = _signals.signal("application-screened")
