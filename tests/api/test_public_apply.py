"""The public apply endpoint: the portal's validation, idempotency key, limits and honeypot, through its services."""

from __future__ import annotations

import io
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select

from ats.applications.models import Application
from ats.extensions import db


def count_applications() -> int:
    db.session.remove()
    return db.session.scalar(select(func.count()).select_from(Application)) or 0


def _url(job) -> str:
    return f"/api/v1/public/jobs/{job.slug}/applications"


def test_an_application_by_api_is_saved_screened_and_confirmed_like_one_from_the_form(
    client, make_job, apply_data, outbox
):
    job = make_job()
    body = apply_data(job, submission_id="")
    response = client.post(_url(job), data=body, headers={"Idempotency-Key": "board-12345678"})
    assert response.status_code == 202
    assert response.json == {"received": True, "submission_id": "board-12345678", "job": job.slug}
    application = db.session.scalar(select(Application))
    assert application.submission_id == "board-12345678" and application.answers == {"weekends": "yes"}
    assert application.source == "linkedin" and application.screening_status == "done"
    assert [d.kind for d in application.documents] == ["resume", "cover_letter"]
    assert any("/status/" in m.get_content() for m in outbox if m["To"] == "dana@example.org")
    assert "status" not in response.get_data(as_text=True).replace('"submission_id"', "")  # the link goes by email


def test_the_same_key_twice_gives_one_application_and_the_same_answer(client, make_job, apply_data):
    job = make_job()
    first = client.post(_url(job), data=apply_data(job), headers={"Idempotency-Key": "retry-key-001"})
    again = client.post(_url(job), data=apply_data(job), headers={"Idempotency-Key": "retry-key-001"})
    assert first.status_code == again.status_code == 202 and first.json == again.json
    assert count_applications() == 1


def test_five_concurrent_posts_with_one_key_give_one_application(app, make_job, apply_data):
    job = make_job()
    slug = job.slug
    bodies = [apply_data(job) for _ in range(5)]
    barrier = threading.Barrier(5)

    def post(body):
        barrier.wait()
        response = app.test_client().post(
            f"/api/v1/public/jobs/{slug}/applications", data=body, headers={"Idempotency-Key": "same-key-5x"}
        )
        return response.status_code, response.get_data(as_text=True)

    with ThreadPoolExecutor(max_workers=5) as pool:
        results = list(pool.map(post, bodies))
    assert {code for code, _ in results} == {202}, results
    assert len({text for _, text in results}) == 1
    assert count_applications() == 1


def test_the_form_rules_refuse_bad_input_field_by_field(client, make_job, apply_data):
    job = make_job()
    body = apply_data(job, email="not-an-email", consent=None, q_weekends=None)
    response = client.post(_url(job), data=body)
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    errors = {e["pointer"]: e["detail"] for e in response.json["errors"]}
    assert errors["/email"] == "Enter an email address like name@example.com."
    assert errors["/consent"].startswith("You need to agree")
    assert errors["/q_weekends"] == "Answer this question."
    assert count_applications() == 0


def test_files_are_checked_by_content_as_on_the_portal(client, make_job, apply_data):
    job = make_job()
    no_file = client.post(_url(job), data=apply_data(job, files=False))
    assert no_file.status_code == 422
    assert {e["pointer"] for e in no_file.json["errors"]} == {"/resume"}
    html = (io.BytesIO(b"<html><script>alert(1)</script></html>"), "cv.pdf", "application/pdf")
    disguised = client.post(_url(job), data=apply_data(job, resume=html))
    assert disguised.status_code == 422 and disguised.json["errors"][0]["pointer"] == "/resume"
    assert count_applications() == 0


def test_honeypot_answers_the_same_and_saves_nothing(client, make_job, apply_data):
    job = make_job()
    response = client.post(_url(job), data=apply_data(job, website="http://spam.example"))
    assert response.status_code == 202 and response.json["received"] is True
    assert count_applications() == 0


def test_closed_jobs_and_bad_keys_are_refused(client, make_job, apply_data):
    closed = make_job("Closed", status="closed")
    assert client.post(_url(closed), data=apply_data(closed)).status_code == 404
    job = make_job()
    bad = client.post(_url(job), data=apply_data(job), headers={"Idempotency-Key": "no spaces allowed"})
    assert bad.status_code == 400 and bad.json["code"] == "bad_idempotency_key"
    assert count_applications() == 0


@pytest.fixture
def limited_config(app_config):
    app_config.update({"RATELIMIT_ENABLED": True, "APPLY_RATE_LIMIT": "2 per minute"})
    return app_config


def test_the_portal_limit_per_address_applies_to_the_api_too(limited_config, app, make_job, apply_data):
    job = make_job()
    client = app.test_client()
    codes = [
        client.post(
            _url(job), data=apply_data(job, email=f"p{n}@example.org"), headers={"Idempotency-Key": f"k-{n}-xxxx"}
        ).status_code
        for n in range(3)
    ]
    assert codes == [202, 202, 429]
    portal = client.post(f"/careers/{job.slug}/apply", data=apply_data(job, email="p9@example.org"))
    assert portal.status_code == 429  # one budget per address, whichever door is used
    assert count_applications() == 2


def test_a_full_disk_is_a_507_problem_and_nothing_is_saved(client, make_job, apply_data, monkeypatch):
    import errno

    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("ats.storage.os.fsync", full)  # the file cannot be made durable
    job = make_job()
    response = client.post(_url(job), data=apply_data(job), headers={"Idempotency-Key": "full-disk-0001"})
    assert response.status_code == 507 and "storage is full" in response.json["detail"]
    assert count_applications() == 0
