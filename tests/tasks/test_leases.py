"""Tasks are claimed once, retried with backoff, failed after N tries, and found again when a runner dies."""

from __future__ import annotations

import threading
from datetime import timedelta

import pytest
from sqlalchemy import select

from ats import worker
from ats.db import utcnow
from ats.extensions import db
from ats.tasks import leases
from ats.tasks.models import Task


@pytest.fixture
def kind():
    """A task kind whose handler does what the test asks (raise or record its runs)."""
    runs: list[int] = []
    behaviour: dict[str, object] = {"raise": None}

    def handler(task):
        runs.append(task.id)
        if behaviour["raise"]:
            raise behaviour["raise"]  # type: ignore[misc]
        return {"ok": True}

    worker.register_handler("test_kind", handler)
    yield runs, behaviour
    worker._HANDLERS.pop("test_kind", None)


def _queued_task(app, **fields) -> int:
    with app.app_context():
        task = Task(kind="test_kind", payload={}, **fields)
        db.session.add(task)
        db.session.commit()
        return task.id


def test_only_one_of_many_concurrent_claims_wins(app):
    task_id = _queued_task(app)
    barrier = threading.Barrier(8)
    wins: list[bool] = []

    def contender(n: int) -> None:
        with app.app_context():
            barrier.wait()
            wins.append(leases.claim(task_id, f"owner-{n}", 30))
            db.session.remove()

    threads = [threading.Thread(target=contender, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wins.count(True) == 1
    task = db.session.get_one(Task, task_id, populate_existing=True)
    assert task.status == "running" and task.attempts == 1 and task.lease_until is not None


def test_a_task_runs_once_even_when_dispatched_twice(app, kind):
    runs, _ = kind
    task_id = _queued_task(app)
    worker.run_task(app, task_id)
    worker.run_task(app, task_id)
    assert runs == [task_id]
    assert db.session.get_one(Task, task_id, populate_existing=True).status == "done"


def test_a_failing_task_is_retried_with_backoff_then_failed_with_its_error(app, kind):
    runs, behaviour = kind
    app.config.update(TASK_MAX_ATTEMPTS=2, TASK_RETRY_SECONDS=30)
    behaviour["raise"] = RuntimeError("parser exploded")
    task_id = _queued_task(app)
    worker.run_task(app, task_id)
    task = db.session.get_one(Task, task_id, populate_existing=True)
    assert task.status == "queued" and task.attempts == 1 and "parser exploded" in (task.error or "")
    assert task.next_try_at is not None and task.next_try_at > utcnow() + timedelta(seconds=20)
    worker.run_task(app, task_id)  # not due yet: nothing runs
    assert len(runs) == 1
    task.next_try_at = utcnow() - timedelta(seconds=1)
    db.session.commit()
    worker.run_task(app, task_id)
    task = db.session.get_one(Task, task_id, populate_existing=True)
    assert len(runs) == 2 and task.status == "failed" and task.attempts == 2
    assert task.error == "RuntimeError: parser exploded"


def test_an_expired_lease_is_requeued_and_fails_after_the_last_try(app, kind):
    runs, _ = kind
    past = utcnow() - timedelta(seconds=5)
    dead = _queued_task(app, status="running", attempts=1, lease_until=past, claimed_by="gone:1:1")
    last = _queued_task(app, status="running", attempts=3, lease_until=past, claimed_by="gone:1:1")
    alive = _queued_task(app, status="running", attempts=1, lease_until=utcnow() + timedelta(seconds=60))
    assert leases.requeue_expired(max_attempts=3, retry_seconds=0) == 2
    rows = {t.id: t for t in db.session.scalars(select(Task).execution_options(populate_existing=True))}
    assert rows[dead].status == "queued" and "lease expired" in (rows[dead].error or "")
    assert rows[last].status == "failed" and rows[alive].status == "running"
    worker.run_task(app, dead)
    assert runs == [dead] and db.session.get_one(Task, dead, populate_existing=True).attempts == 2


def test_heartbeat_keeps_a_long_task_leased(app):
    app.config["TASK_LEASE_SECONDS"] = 1.5
    seen: list[object] = []

    def slow(task):
        import time

        time.sleep(2.5)  # longer than the lease: only the heartbeat keeps it
        with app.app_context():
            seen.append(leases.requeue_expired(max_attempts=5, retry_seconds=0))
        return {}

    worker.register_handler("test_slow", slow)
    try:
        with app.app_context():
            task = Task(kind="test_slow", payload={})
            db.session.add(task)
            db.session.commit()
            task_id = task.id
        worker.run_task(app, task_id)
    finally:
        worker._HANDLERS.pop("test_slow", None)
    assert seen == [0]
    assert db.session.get_one(Task, task_id, populate_existing=True).status == "done"


def test_dispatch_due_sends_waiting_tasks_once(app, kind):
    runs, _ = kind
    never = _queued_task(app)
    recent = _queued_task(app, dispatched_at=utcnow())
    long_ago = _queued_task(app, dispatched_at=utcnow() - timedelta(hours=1))
    later = _queued_task(app, next_try_at=utcnow() + timedelta(hours=1))
    assert worker.dispatch_due(app) == 2
    assert sorted(runs) == sorted([never, long_ago])
    assert worker.dispatch_due(app) == 0
    assert db.session.get_one(Task, recent, populate_existing=True).status == "queued"
    assert db.session.get_one(Task, later, populate_existing=True).status == "queued"
