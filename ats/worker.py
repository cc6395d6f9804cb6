"""Background work behind one interface: an embedded thread pool, inline (tests) or RQ on Redis.

A task is a row in `tasks`; enqueue() adds it to the caller's transaction and it is dispatched only
after that transaction commits, so a worker never sees work whose data is not yet saved. Domains register
the function behind each task kind in their init_app (every process, RQ workers included, builds the app).
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from flask import Flask, current_app
from redis import Redis
from rq import Queue
from sqlalchemy import event, select
from sqlalchemy.orm import Session

from ats.db import utcnow
from ats.extensions import db
from ats.tasks.models import Task

log = logging.getLogger("ats.worker")
Handler = Callable[[Task], dict[str, Any] | None]
_HANDLERS: dict[str, Handler] = {}
_PENDING_KEY = "ats_pending_tasks"
_pool_lock = threading.Lock()


def register_handler(kind: str, func: Handler) -> None:
    """The function that runs tasks of this kind (called from a domain's init_app)."""
    _HANDLERS[kind] = func


def enqueue(kind: str, payload: dict[str, Any] | None = None, *, total: int = 0) -> Task:
    """Add a task to the current transaction; it is dispatched when the caller commits."""
    task = Task(kind=kind, payload=payload or {}, progress_total=total)
    db.session.add(task)
    db.session.flush()
    session = db.session()
    session.info.setdefault(_PENDING_KEY, []).append((current_app._get_current_object(), task.id))  # type: ignore[attr-defined]
    return task


@event.listens_for(Session, "after_commit")
def _dispatch_after_commit(session: Session) -> None:
    for app, task_id in session.info.pop(_PENDING_KEY, []):
        dispatch(app, task_id)


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(_PENDING_KEY, None)


def dispatch(app: Flask, task_id: int) -> None:
    """Hand a committed task to the configured runner."""
    mode = app.config.get("WORKER_MODE", "thread")
    if mode == "sync":
        run_task(app, task_id)
    elif mode == "rq":  # RQ imports the entry point by name in its own process; ats.wsgi builds the app there
        _rq_queue(app).enqueue("ats.wsgi.rq_entry", task_id, job_timeout=3600)
    else:
        _thread_pool(app).submit(run_task, app, task_id)


def run_task(app: Flask, task_id: int) -> None:
    """Run one task in a fresh app context, recording its outcome; never raises."""
    with app.app_context():
        task = db.session.get(Task, task_id)
        if task is None or task.status in ("running", "done"):
            return
        func = _HANDLERS.get(task.kind)
        task.status, task.started_at, task.attempts = "running", utcnow(), task.attempts + 1
        db.session.commit()
        try:
            result = func(task) if func else None
            if func is None:
                raise LookupError(f"no handler for task kind {task.kind!r}")
        except Exception as exc:  # the task failed; record it, keep the worker alive
            db.session.rollback()
            task = db.session.get_one(Task, task_id)
            task.status, task.error, task.finished_at = "failed", f"{type(exc).__name__}: {exc}"[:2000], utcnow()
            db.session.commit()
            log.warning("task %s (%s) failed: %s", task_id, task.kind, traceback.format_exc(limit=3))
            return
        task = db.session.get_one(Task, task_id)
        task.status, task.finished_at, task.result = "done", utcnow(), result or {}
        db.session.commit()


def _thread_pool(app: Flask) -> ThreadPoolExecutor:
    with _pool_lock:
        pool = app.extensions.get("ats_worker_pool")
        if pool is None:
            pool = ThreadPoolExecutor(max_workers=int(app.config["WORKER_THREADS"]), thread_name_prefix="ats-worker")
            app.extensions["ats_worker_pool"] = pool
        return pool


def wait_idle(app: Flask, timeout: float = 60.0) -> None:
    """Block until the embedded pool has run everything submitted so far (tests, CLI)."""
    pool = app.extensions.get("ats_worker_pool")
    if pool is None:
        return
    pool.submit(lambda: None).result(timeout=timeout)
    with _pool_lock:
        app.extensions.pop("ats_worker_pool", None)
    pool.shutdown(wait=True)


def requeue_unfinished(app: Flask) -> int:
    """Dispatch tasks left queued or running by a stopped process (start-up of the embedded worker)."""
    with app.app_context():
        ids = list(db.session.scalars(select(Task.id).where(Task.status.in_(("queued", "running")))))
        for task in db.session.scalars(select(Task).where(Task.id.in_(ids))):
            task.status = "queued"
        db.session.commit()
    for task_id in ids:
        dispatch(app, task_id)
    return len(ids)


def _rq_queue(app: Flask) -> Queue:
    queue = app.extensions.get("ats_rq_queue")
    if queue is None:
        queue = Queue("ats", connection=Redis.from_url(app.config["REDIS_URL"]))
        app.extensions["ats_rq_queue"] = queue
    return queue
