"""Background work behind one interface: an embedded thread pool, inline (tests) or RQ on Redis.

A task is a row in `tasks`; enqueue() adds it to the caller's transaction and it is handed to a runner
only after that transaction commits. The hand-off can fail (Redis down, process killed): that is logged,
never raised into the commit, and the dispatcher (dispatch_due, run by every background loop) sends the
row again. Whoever runs a task first claims it with a lease (ats.tasks.leases), so it runs once at a time
and is requeued if its runner dies. Domains register the function behind each kind in their init_app.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta
from typing import Any

from flask import Flask, current_app
from redis import Redis
from rq import Queue
from rq.job import Job
from sqlalchemy import event
from sqlalchemy.orm import Session

from ats.db import utcnow
from ats.extensions import db
from ats.tasks import leases
from ats.tasks.models import Task

log = logging.getLogger("ats.worker")
Handler = Callable[[Task], dict[str, Any] | None]
_HANDLERS: dict[str, Handler] = {}
_QUEUE_OF: dict[str, str] = {}
QUEUES = ("fast", "slow")  # emails and webhooks; screening, imports, rescoring
_PENDING_KEY = "ats_pending_tasks"
_ALIVE_RQ = ("queued", "scheduled", "deferred")
_pool_lock = threading.Lock()


def register_handler(kind: str, func: Handler, *, queue: str = "slow") -> None:
    """The function that runs tasks of this kind and its RQ queue (called from a domain's init_app)."""
    _HANDLERS[kind] = func
    _QUEUE_OF[kind] = queue


def enqueue(kind: str, payload: dict[str, Any] | None = None, *, total: int = 0) -> Task:
    """Add a task to the current transaction; it is dispatched when the caller commits."""
    task = Task(kind=kind, payload=payload or {}, progress_total=total, dispatched_at=utcnow())
    db.session.add(task)
    db.session.flush()
    dispatch_after_commit(task.id)
    return task


def dispatch_after_commit(task_id: int) -> None:
    """Hand this task to its runner once the current transaction commits."""
    session = db.session()
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    session.info.setdefault(_PENDING_KEY, []).append((app, task_id))


@event.listens_for(Session, "after_commit")
def _dispatch_after_commit(session: Session) -> None:
    for app, task_id in session.info.pop(_PENDING_KEY, []):
        safe_dispatch(app, task_id)


@event.listens_for(Session, "after_rollback")
def _forget_after_rollback(session: Session) -> None:
    session.info.pop(_PENDING_KEY, None)


def safe_dispatch(app: Flask, task_id: int) -> bool:
    """dispatch() that never raises: the row stays queued and the dispatcher sends it later."""
    try:
        dispatch(app, task_id)
        return True
    except Exception as exc:  # Redis down or a pool shut down: the task waits in the database
        log.warning("task %s not dispatched (%s: %s); it waits in the database", task_id, type(exc).__name__, exc)
        try:
            with app.app_context():
                leases.mark_dispatched(task_id, None)
        except Exception:  # the dispatcher will still find it once REDISPATCH_SECONDS have passed
            log.warning("task %s: could not clear its dispatch time", task_id)
        return False


def dispatch(app: Flask, task_id: int) -> None:
    """Hand a committed task to the configured runner (may raise: use safe_dispatch)."""
    mode = app.config.get("WORKER_MODE", "thread")
    if mode == "sync":
        run_task(app, task_id)
    elif mode == "rq":
        with app.app_context():
            task = db.session.get_one(Task, task_id)
            kind, attempts = task.kind, task.attempts
            db.session.rollback()
        queue = rq_queue(app, _QUEUE_OF.get(kind, "slow"))
        queue.enqueue(
            "ats.worker.rq_entry", task_id, job_id=rq_job_id(app, task_id, attempts), job_timeout=-1, result_ttl=600
        )
    else:
        _thread_pool(app).submit(run_task, app, task_id)


def dispatch_due(app: Flask, *, everything: bool = False) -> int:
    """Send queued, due tasks that were never handed off or whose hand-off looks lost; returns how many."""
    redispatch = float(app.config["TASK_REDISPATCH_SECONDS"])
    with app.app_context():
        ids = leases.due_for_dispatch(redispatch, include_dispatched=everything)
    sent = 0
    for task_id in ids:
        now = utcnow()
        with app.app_context():
            previous = db.session.get(Task, task_id)
            was_sent = previous is not None and previous.dispatched_at is not None
            cutoff = now if everything else now - timedelta(seconds=redispatch)
            if not leases.mark_dispatched(task_id, now, only_if_before=cutoff):
                continue  # another dispatcher took it
        if was_sent and _still_in_rq(app, task_id):
            continue
        if not safe_dispatch(app, task_id):
            break  # the runner is down: try again on the next pass
        sent += 1
    return sent


def _still_in_rq(app: Flask, task_id: int) -> bool:
    """Whether an earlier hand-off is still waiting in Redis (then sending it again would only add a no-op)."""
    if app.config.get("WORKER_MODE") != "rq":
        return False
    try:
        with app.app_context():
            attempts = db.session.get_one(Task, task_id).attempts
        job = Job.fetch(rq_job_id(app, task_id, attempts), connection=redis_connection(app))
        return job.get_status(refresh=False) in _ALIVE_RQ
    except Exception:
        return False


def maintain(app: Flask) -> dict[str, int]:
    """One pass of the background loop's task duties: requeue dead runs, dispatch what is due."""
    with app.app_context():
        requeued = leases.requeue_expired(
            max_attempts=int(app.config["TASK_MAX_ATTEMPTS"]), retry_seconds=float(app.config["TASK_RETRY_SECONDS"])
        )
    if requeued:
        log.info("requeued %d task(s) whose lease expired", requeued)
    return {"requeued": requeued, "dispatched": dispatch_due(app)}


class _Heartbeat:
    """Keeps a running task's lease fresh from a side thread while the handler works."""

    def __init__(self, app: Flask, task_id: int, owner: str, lease: float) -> None:
        self.app, self.task_id, self.owner, self.lease = app, task_id, owner, lease
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"ats-lease-{task_id}", daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while not self.stop.wait(max(0.5, self.lease / 3)):
            try:
                with self.app.app_context():
                    if not leases.extend(self.task_id, self.owner, self.lease):
                        return
            except Exception:  # a database blip: try again at the next beat
                log.warning("task %s: lease not extended", self.task_id)

    def close(self) -> None:
        self.stop.set()
        self.thread.join(timeout=5)


def run_task(app: Flask, task_id: int) -> None:
    """Claim a task, run it in a fresh app context, record the outcome; never raises."""
    cfg = app.config
    lease = float(cfg["TASK_LEASE_SECONDS"])
    owner = leases.owner_id()
    with app.app_context():
        try:
            if not leases.claim(task_id, owner, lease):
                return  # done, running elsewhere, not due yet, or gone
        except Exception:
            log.exception("task %s could not be claimed", task_id)
            return
        task = db.session.get_one(Task, task_id)
        func = _HANDLERS.get(task.kind)
        heartbeat = _Heartbeat(app, task_id, owner, lease)
        try:
            if func is None:
                raise LookupError(f"no handler for task kind {task.kind!r}")
            result = func(task) or {}
        except Exception as exc:  # the task failed; record it, keep the worker alive
            db.session.rollback()
            heartbeat.close()
            permanent = func is None
            status = leases.give_back(
                task_id,
                owner,
                f"{type(exc).__name__}: {exc}",
                max_attempts=1 if permanent else int(cfg["TASK_MAX_ATTEMPTS"]),
                retry_seconds=float(cfg["TASK_RETRY_SECONDS"]),
            )
            log.warning("task %s (%s) %s: %s", task_id, task.kind, status, traceback.format_exc(limit=3))
            return
        heartbeat.close()
        if not leases.finish(task_id, owner, result):
            log.warning("task %s finished after its lease was taken over", task_id)


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


def redis_connection(app: Flask) -> Redis:
    """The app's Redis client for enqueueing: short timeouts, so a dead Redis costs a request little."""
    conn = app.extensions.get("ats_redis")
    if conn is None:
        conn = Redis.from_url(app.config["REDIS_URL"], socket_connect_timeout=2, socket_timeout=5)
        app.extensions["ats_redis"] = conn
    return conn


def queue_name(app: Flask, speed: str) -> str:
    """The RQ queue's name for one speed class ('fast' or 'slow') under this instance's prefix."""
    if speed not in QUEUES:
        raise ValueError(f"unknown queue {speed!r}")
    return f"{app.config['RQ_QUEUE_PREFIX']}-{speed}"


def rq_job_id(app: Flask, task_id: int, attempts: int) -> str:
    """One RQ job per try of a task, named under the instance's prefix (task ids repeat across databases)."""
    return f"{app.config['RQ_QUEUE_PREFIX']}-task-{task_id}-{attempts}"


def rq_queue(app: Flask, name: str = "slow") -> Queue:
    """The RQ queue for tasks of one speed class."""
    return Queue(queue_name(app, name), connection=redis_connection(app))


_RQ_APP: dict[str, Flask] = {}


def set_rq_app(app: Flask) -> None:
    """The app that RQ jobs run in, for a worker that built it already (flask worker)."""
    _RQ_APP["app"] = app


def rq_entry(task_id: int) -> None:
    """An RQ job: run one task in this process's app (`flask worker` or ats.wsgi set it)."""
    app = _RQ_APP.get("app")
    if app is None:
        raise RuntimeError("no app in this RQ worker: run `flask worker`, not `rq worker`")
    run_task(app, task_id)
