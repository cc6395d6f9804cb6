"""Degraded, not down: with Redis unreachable the application and its file are saved and the work waits."""

from __future__ import annotations

import socket

import pytest
from redis import Redis
from rq.worker import SimpleWorker
from sqlalchemy import select

from ats import worker
from ats.applications.files import file_store
from ats.applications.models import Application
from ats.extensions import db
from ats.tasks.models import Task
from tests.services import require_redis

REDIS_TEST_DB = 13


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_down(app):
    """RQ mode with a Redis URL that nobody listens on."""
    app.config.update(WORKER_MODE="rq", REDIS_URL=f"redis://127.0.0.1:{closed_port()}/0")
    app.extensions.pop("ats_redis", None)
    return app


def _apply(client, job, apply_data):
    response = client.post(
        f"/careers/{job.slug}/apply", data=apply_data(job, client), content_type="multipart/form-data"
    )
    assert response.status_code == 303, response.get_data(as_text=True)[:500]
    return response


def test_apply_succeeds_and_keeps_the_file_when_redis_is_unreachable(redis_down, client, make_job, apply_data):
    job = make_job()
    _apply(client, job, apply_data)
    application = db.session.scalar(select(Application))
    assert application is not None and application.screening_status == "pending"
    resume = application.document("resume")
    assert resume is not None and file_store().exists(resume.storage_key)
    tasks = db.session.scalars(select(Task).execution_options(populate_existing=True)).all()
    assert {t.kind for t in tasks} == {"screen_application", "deliver_outbox"}
    assert all(t.status == "queued" and t.dispatched_at is None for t in tasks)


def test_tasks_left_waiting_by_a_redis_outage_are_dispatched_and_run_later(
    redis_down, client, make_job, apply_data, outbox
):
    require_redis()
    job = make_job()
    _apply(client, job, apply_data)
    app = redis_down
    app.config["REDIS_URL"] = f"redis://127.0.0.1:6379/{REDIS_TEST_DB}"
    app.extensions.pop("ats_redis", None)
    connection = Redis.from_url(app.config["REDIS_URL"])
    connection.flushdb()
    assert worker.dispatch_due(app) == 2
    assert worker.dispatch_due(app) == 0  # handed off already: not sent twice
    worker.set_rq_app(app)
    SimpleWorker(list(worker.QUEUES.values()), connection=connection).work(burst=True)
    application = db.session.scalar(select(Application).execution_options(populate_existing=True))
    assert application.screening_status == "done"
    assert {t.status for t in db.session.scalars(select(Task).execution_options(populate_existing=True))} == {"done"}
    assert [str(m["To"]) for m in outbox] == ["dana@example.org"]
    connection.flushdb()
