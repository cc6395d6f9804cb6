"""What admins do with background tasks: list the failed ones and send one back to the queue."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import select

from ats import worker
from ats.audit.services import record
from ats.extensions import db
from ats.tasks import leases
from ats.tasks.models import Task


def failed_tasks(limit: int = 200) -> Sequence[Task]:
    """Tasks that ran out of tries, newest first, with their last error."""
    return db.session.scalars(select(Task).where(Task.status == "failed").order_by(Task.id.desc()).limit(limit)).all()


def retry(task_id: int, *, actor: Any) -> bool:
    """Queue a failed task again with fresh tries, audited, dispatched after the commit; False if not failed."""
    if not leases.retry_failed(task_id):
        db.session.rollback()
        return False
    record(actor, "task.retried", "task", task_id)
    worker.dispatch_after_commit(task_id)
    db.session.commit()
    return True
