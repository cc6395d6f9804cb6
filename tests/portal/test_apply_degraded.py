"""Degraded, not down: with Redis unreachable the application and its file are saved and the work waits."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest
from sqlalchemy import select

from ats import worker
from ats.applications.files import file_store
from ats.applications.models import Application
from ats.extensions import db
from ats.tasks.models import Task
from tests.services import REDIS_TEST_URL, require_redis, rq_namespace


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
    with rq_namespace() as prefix:
        app.config.update(REDIS_URL=REDIS_TEST_URL, RQ_QUEUE_PREFIX=prefix)
        app.extensions.pop("ats_redis", None)
        assert worker.dispatch_due(app) == 2
        assert worker.dispatch_due(app) == 0  # handed off already: not sent twice
        worker.set_rq_app(app)
        jobs = [job for name in worker.QUEUES for job in worker.rq_queue(app, name).jobs]
        assert len(jobs) == 2
        for job in jobs:  # run here, as a worker would (no worker threads left behind in the test process)
            job.perform()
    application = db.session.scalar(select(Application).execution_options(populate_existing=True))
    assert application.screening_status == "done"
    assert {t.status for t in db.session.scalars(select(Task).execution_options(populate_existing=True))} == {"done"}
    assert [str(m["To"]) for m in outbox] == ["dana@example.org"]


@pytest.fixture
def limits_on_dead_redis(app_config):
    """Rate limits on, counted in a Redis nobody listens on."""
    app_config.update(RATELIMIT_ENABLED=True, RATELIMIT_STORAGE_URI=f"redis://127.0.0.1:{closed_port()}/0")
    return app_config


def test_apply_and_staff_sign_in_work_when_the_rate_limit_storage_is_down(
    limits_on_dead_redis, app, client, make_job, make_user, apply_data, caplog
):
    job = make_job()
    _apply(client, job, apply_data)
    assert db.session.scalar(select(Application)) is not None
    assert "rate-limit storage unreachable" in caplog.text
    user = make_user("recruiter")
    staff = app.test_client()
    response = staff.post("/login", data={"email": user.email, "password": "correct horse battery staple"})
    assert response.status_code == 302 and "/login" not in response.headers["Location"]


def test_limits_still_apply_in_memory_while_redis_is_down(limits_on_dead_redis, app, client, make_job, apply_data):
    app.config["APPLY_RATE_LIMIT"] = "1 per minute"
    job = make_job()
    _apply(client, job, apply_data)
    second = client.post(
        f"/careers/{job.slug}/apply",
        data=apply_data(job, client, email="other@example.org"),
        content_type="multipart/form-data",
    )
    assert second.status_code == 429 and 'value="other@example.org"' in second.get_data(as_text=True)


def test_a_full_disk_gives_a_clear_message_and_keeps_what_was_typed(app, client, make_job, apply_data, monkeypatch):
    import errno

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ats.storage.os.fsync", full)
    job = make_job()
    response = client.post(
        f"/careers/{job.slug}/apply",
        data=apply_data(job, client, name="Ada Typed", cover_letter_text="My careful letter"),
        content_type="multipart/form-data",
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 507
    assert "our file storage is full" in html
    assert 'value="Ada Typed"' in html and "My careful letter" in html
    assert db.session.scalar(select(Application)) is None
    assert not any(p.is_file() for p in (Path(app.config["STORAGE_DIR"])).rglob("*"))
