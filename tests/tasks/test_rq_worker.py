"""`flask worker` in a real subprocess against real Redis: jobs run there, and a killed worker loses nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from ats import worker
from ats.applications.models import Application
from ats.extensions import db
from ats.tasks.models import Task
from tests.services import REDIS_TEST_URL as REDIS_URL
from tests.services import require_redis, rq_namespace

SLEEPY_HANDLER = """
import pathlib, time
from ats import worker as _worker

def _sleepy(task):
    marker = pathlib.Path(task.payload["marker"])
    if not marker.exists():  # the first run hangs until it is killed; the retry completes
        marker.write_text("started")
        time.sleep(300)
    return {"completed_by_retry": True}

_worker.register_handler("test_sleepy", _sleepy)
TASK_LEASE_SECONDS = 2
TASK_RETRY_SECONDS = 0
BACKGROUND_INTERVAL_SECONDS = 1
"""


@pytest.fixture
def rq_app(app, app_config):
    """The test app in RQ mode, on queues of its own (a prefix no other test run uses)."""
    require_redis()
    with rq_namespace() as prefix:
        app.config.update(WORKER_MODE="rq", REDIS_URL=REDIS_URL, RQ_QUEUE_PREFIX=prefix, MAIL_BACKEND="file")
        app.extensions.pop("ats_redis", None)
        yield app


def _worker_env(app) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        FLASK_APP="ats",
        ATS_INSTANCE_PATH=app.instance_path,
        ATS_DATABASE_URL=app.config["DATABASE_URL"],
        ATS_STORAGE_DIR=app.config["STORAGE_DIR"],
        ATS_REDIS_URL=REDIS_URL,
        ATS_RQ_QUEUE_PREFIX=app.config["RQ_QUEUE_PREFIX"],
        ATS_SECRET_KEY="test-secret-key-not-for-production",
        ATS_MAIL_BACKEND="file",
    )
    return env


def _flask_worker(app, *args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "flask", "worker", *args],
        env=_worker_env(app),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _task(task_id: int) -> Task:
    db.session.remove()
    return db.session.get_one(Task, task_id)


def test_a_job_queued_by_the_app_runs_in_a_flask_worker_process(rq_app, make_job, make_application):
    application_id = make_application(make_job()).id
    tasks = db.session.scalars(select(Task)).all()
    assert {t.status for t in tasks} == {"queued"} and len(tasks) == 2
    assert sum(worker.rq_queue(rq_app, name).count for name in worker.QUEUES) == 2
    process = _flask_worker(rq_app, "--burst")
    started = time.monotonic()
    output, _ = process.communicate(timeout=180)
    assert process.returncode == 0, output
    print(f"flask worker --burst took {time.monotonic() - started:.1f} s\n{output}")
    db.session.remove()
    assert {t.status for t in db.session.scalars(select(Task))} == {"done"}
    assert db.session.get_one(Application, application_id).screening_status == "done"
    emails = list((Path(rq_app.instance_path) / "outbox").glob("*.eml"))
    assert len(emails) == 1


def test_a_worker_killed_mid_job_leaves_the_task_retriable_and_another_worker_completes_it(rq_app, tmp_path):
    Path(rq_app.instance_path).mkdir(parents=True, exist_ok=True)
    Path(rq_app.instance_path, "config.py").write_text(SLEEPY_HANDLER)
    marker = tmp_path / "started.txt"
    with rq_app.app_context():
        task_id = worker.enqueue("test_sleepy", {"marker": str(marker)}).id
        db.session.commit()
    first = _flask_worker(rq_app, "--no-warm-up")
    try:
        deadline = time.monotonic() + 60
        while not marker.exists() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert marker.exists(), "the first worker never started the task"
        assert _task(task_id).status == "running"
    finally:
        os.kill(first.pid, signal.SIGKILL)
        first.communicate(timeout=30)
    assert _task(task_id).status == "running"  # nobody knows yet that its runner is dead
    time.sleep(2.5)  # the lease (2 s) runs out
    second = _flask_worker(rq_app, "--burst", "--no-warm-up")
    output, _ = second.communicate(timeout=120)
    print(output)
    assert second.returncode == 0, output
    task = _task(task_id)
    assert task.status == "done", (task.status, task.error, output)
    assert task.attempts == 2 and task.result == {"completed_by_retry": True}


QUICK_HANDLER = """
from ats import worker as _worker

_worker.register_handler("test_quick", lambda task: {"ran": task.payload["n"]})
"""


def test_a_worker_with_max_jobs_exits_after_that_many_and_leaves_the_rest_queued(rq_app):
    Path(rq_app.instance_path).mkdir(parents=True, exist_ok=True)
    Path(rq_app.instance_path, "config.py").write_text(QUICK_HANDLER)
    with rq_app.app_context():
        ids = [worker.enqueue("test_quick", {"n": n}).id for n in (1, 2)]
        db.session.commit()
    process = _flask_worker(rq_app, "--max-jobs", "1", "--no-warm-up")  # no --burst: it stops by itself
    output, _ = process.communicate(timeout=120)
    assert process.returncode == 0, output
    statuses = sorted(_task(task_id).status for task_id in ids)
    assert statuses == ["done", "queued"], (statuses, output)
    assert sum(worker.rq_queue(rq_app, name).count for name in worker.QUEUES) == 1  # the other one waits


def test_the_command_listener_stops_within_its_poll_and_rq_alone_would_wait_a_minute(rq_app):
    """RQ's own listener polls every 60 s; ours every second, so unsubscribing never waits long."""
    from redis import Redis
    from rq.worker import SimpleWorker

    from ats.rqworker import PUBSUB_POLL_SECONDS, Worker

    connection = Redis.from_url(REDIS_URL)
    queue = worker.rq_queue(rq_app, "fast")
    ours, theirs = Worker([queue], connection=connection), SimpleWorker([queue], connection=connection)
    theirs.subscribe()
    try:
        assert theirs.pubsub_thread.sleep_time == 60  # what this worker is for: if RQ changes, look again
    finally:
        theirs.pubsub_thread._running.clear()  # let it end on its next poll, without waiting for it here
    for _ in range(5):  # each try is a fresh race between the unsubscribe reply and the stop
        ours.subscribe()
        assert ours.pubsub_thread.sleep_time == PUBSUB_POLL_SECONDS
        time.sleep(0.2)  # the listener is waiting for a message
        started = time.monotonic()
        ours.unsubscribe()
        assert time.monotonic() - started < PUBSUB_POLL_SECONDS + 2
        assert not ours.pubsub_thread.is_alive()


def _read_into(process: subprocess.Popen, lines: list[str]) -> None:
    lines.extend(iter(process.stdout.readline, ""))


def test_a_flask_worker_told_to_stop_exits_within_seconds(rq_app):
    """SIGTERM between jobs: the worker exits cleanly well inside a supervisor's grace period (10 s). Run as
    it is deployed, with its warm-up and rescoring fork server: with RQ's 60 s listener, that worker did not
    exit within 30 s in 4 tries of 4 (without the fork server it exited in time in 6 of 6)."""
    for _ in range(2):
        process = _flask_worker(rq_app)
        lines: list[str] = []
        reader = threading.Thread(target=_read_into, args=(process, lines), daemon=True)
        reader.start()
        deadline = time.monotonic() + 60
        while not any("subscribing to channel" in line for line in lines) and time.monotonic() < deadline:
            assert process.poll() is None, "".join(lines)
            time.sleep(0.1)
        assert any("subscribing to channel" in line for line in lines), "".join(lines)
        time.sleep(0.5)  # past subscribing: listening and waiting for jobs
        started = time.monotonic()
        process.send_signal(signal.SIGTERM)
        try:
            code = process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
        took = time.monotonic() - started
        reader.join(timeout=5)
        print(f"flask worker stopped {took:.1f} s after SIGTERM")
        assert code == 0 and took < 10, (code, took, "".join(lines))
