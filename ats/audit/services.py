"""Record audit events inside the caller's transaction (callers commit)."""

from __future__ import annotations

from typing import Any

from ats.audit.models import AuditEvent
from ats.extensions import db


def record(actor, action: str, obj_type: str, obj_id: int | None, **data: Any) -> AuditEvent:
    """Add an audit row to the current session; the service that owns the transaction commits it."""
    event = AuditEvent(
        actor_id=getattr(actor, "id", None), action=action, object_type=obj_type, object_id=obj_id, data=data
    )
    db.session.add(event)
    return event
