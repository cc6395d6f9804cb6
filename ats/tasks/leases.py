"""Task state changes that must be atomic across processes: claim, heartbeat, finish, retry, requeue.

Every change is one conditional UPDATE whose row count says who won, so two workers (threads, processes
or machines) never run the same task at once, and a task whose runner died is found again by its lease.
"""

from __future__ import annotations

import os
import socket
import threading
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, or_, select, update

from ats.db import utcnow
from ats.extensions import db
from ats.tasks.models import Task


def owner_id() -> str:
    """Who holds a lease: host, process and thread, readable by an operator."""
    return f"{socket.gethostname()}:{os.getpid()}:{threading.get_ident() % 100000}"


def _due(now: datetime) -> Any:
    return or_(Task.next_try_at.is_(None), Task.next_try_at <= now)


def claim(task_id: int, owner: str, lease_seconds: float) -> bool:
    """Take a queued, due task for `owner` with a lease; True only for the one caller that won it."""
    now = utcnow()
    result = db.session.execute(
        update(Task)
        .where(Task.id == task_id, Task.status == "queued", _due(now))
        .values(
            status="running",
            claimed_by=owner,
            lease_until=now + timedelta(seconds=lease_seconds),
            attempts=Task.attempts + 1,
            started_at=now,
            error=None,
        )
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def extend(task_id: int, owner: str, lease_seconds: float) -> bool:
    """Push the lease of a running task forward (heartbeat); False when the lease was lost."""
    result = db.session.execute(
        update(Task)
        .where(Task.id == task_id, Task.status == "running", Task.claimed_by == owner)
        .values(lease_until=utcnow() + timedelta(seconds=lease_seconds))
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def finish(task_id: int, owner: str, result: dict[str, Any]) -> bool:
    """Mark the task done, if `owner` still holds it."""
    outcome = db.session.execute(
        update(Task)
        .where(Task.id == task_id, Task.status == "running", Task.claimed_by == owner)
        .values(status="done", finished_at=utcnow(), result=result, lease_until=None, error=None)
        .execution_options(synchronize_session=False)
    )
    db.session.commit()
    return bool(outcome.rowcount)  # type: ignore[attr-defined]


def backoff(attempts: int, base_seconds: float) -> timedelta:
    """Doubling wait before the next try, capped at an hour."""
    return timedelta(seconds=min(3600.0, base_seconds * 2 ** max(0, attempts - 1)))


def give_back(task_id: int, owner: str, error: str, *, max_attempts: int, retry_seconds: float) -> str:
    """After a failed run: queued again with backoff, or failed for good after max_attempts; returns the status."""
    task = db.session.get(Task, task_id, populate_existing=True)
    if task is None or task.status != "running" or task.claimed_by != owner:
        db.session.rollback()
        return "lost"
    now = utcnow()
    task.error, task.lease_until, task.claimed_by = error[:2000], None, None
    if task.attempts >= max_attempts:
        task.status, task.finished_at = "failed", now
    else:
        task.status, task.next_try_at, task.dispatched_at = "queued", now + backoff(task.attempts, retry_seconds), None
    db.session.commit()
    return task.status


def requeue_expired(*, max_attempts: int, retry_seconds: float) -> int:
    """Running tasks whose lease ran out (their process died): queued again with backoff, or failed."""
    now = utcnow()
    ids = list(db.session.scalars(select(Task.id).where(Task.status == "running", Task.lease_until < now)))
    changed = 0
    for task_id in ids:
        task = db.session.get(Task, task_id, populate_existing=True, with_for_update={"skip_locked": True})
        if task is None or task.status != "running" or task.lease_until is None or task.lease_until >= now:
            continue
        note = f"lease expired: {task.claimed_by or 'a worker'} stopped while running it"
        task.error, task.lease_until, task.claimed_by = note, None, None
        if task.attempts >= max_attempts:
            task.status, task.finished_at = "failed", now
        else:
            task.status, task.next_try_at, task.dispatched_at = (
                "queued",
                now + backoff(task.attempts, retry_seconds),
                None,
            )
        changed += 1
    db.session.commit()
    return changed


def due_for_dispatch(redispatch_seconds: float, limit: int = 500, *, include_dispatched: bool = False) -> list[int]:
    """Queued, due tasks never handed to a runner (or handed so long ago that the hand-off may be lost)."""
    now = utcnow()
    conditions = [Task.status == "queued", _due(now)]
    if not include_dispatched:
        cutoff = now - timedelta(seconds=redispatch_seconds)
        conditions.append(or_(Task.dispatched_at.is_(None), Task.dispatched_at < cutoff))
    query = select(Task.id).where(and_(*conditions)).order_by(Task.id).limit(limit)
    return list(db.session.scalars(query))


def mark_dispatched(task_id: int, when: datetime | None, *, only_if_before: datetime | None = None) -> bool:
    """Record a hand-off (or clear it with None); with only_if_before, only one dispatcher wins the row."""
    condition = [Task.id == task_id, Task.status == "queued"]
    if only_if_before is not None:
        condition.append(or_(Task.dispatched_at.is_(None), Task.dispatched_at < only_if_before))
    result = db.session.execute(
        update(Task).where(*condition).values(dispatched_at=when).execution_options(synchronize_session=False)
    )
    db.session.commit()
    return bool(result.rowcount)  # type: ignore[attr-defined]


def retry_failed(task_id: int) -> bool:
    """Put a failed task back in the queue with a fresh try count (admin action; caller audits)."""
    result = db.session.execute(
        update(Task)
        .where(Task.id == task_id, Task.status == "failed")
        .values(status="queued", attempts=0, next_try_at=None, dispatched_at=None, finished_at=None)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
