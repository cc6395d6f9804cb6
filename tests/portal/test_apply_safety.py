"""Validation keeps input and files (D3), idempotent submission (D4), rate limits and honeypot (R1), CSRF."""

import io
import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from ats.applications.models import Application
from ats.extensions import db
from tests.portal.conftest import submission_id_of


def count_applications():
    db.session.remove()
    return db.session.scalar(select(func.count()).select_from(Application))


def kept_token(html: str, name: str) -> str:
    import re

    return re.search(rf'name="{name}" type="hidden" value="([^"]*)"', html).group(1)


def test_validation_error_keeps_typed_input_and_the_file(client, make_job, apply_data):
    """D3: bad email plus a file; fix the email only; the kept file is submitted."""
    job = make_job()
    bad = client.post(f"/careers/{job.slug}/apply", data=apply_data(job, client, email="not-an-email", consent=None))
    html = bad.get_data(as_text=True)
    assert bad.status_code == 422
    assert 'value="Dana Example"' in html and "I love helping customers." in html and 'value="not-an-email"' in html
    assert 'id="email-error"' in html and 'aria-describedby="email-help email-error"' in html
    assert "You need to agree" in html and "We still have your file" in html and "Dana resume.pdf" in html
    assert count_applications() == 0
    token = kept_token(html, "resume_token")
    assert token
    fixed = apply_data(job, files=False, submission_id=submission_id_of(html), resume_token=token)
    response = client.post(f"/careers/{job.slug}/apply", data=fixed)
    assert response.status_code == 303, response.get_data(as_text=True)
    application = db.session.scalar(select(Application))
    assert application.document("resume").original_name == "Dana resume.pdf"
    assert application.document("resume").file_kind == "pdf"


def test_missing_or_forged_file_token_asks_for_the_file_again(client, make_job, apply_data):
    job = make_job()
    response = client.post(
        f"/careers/{job.slug}/apply", data=apply_data(job, client, files=False, resume_token="forged.token")
    )
    html = response.get_data(as_text=True)
    assert response.status_code == 422 and "Choose your resume file" in html and 'id="resume-error"' in html
    assert count_applications() == 0


def test_file_rejected_by_intake_is_explained_at_the_file_field(client, make_job, apply_data):
    job = make_job()
    data = apply_data(job, client, resume=(io.BytesIO(b"<html><script>alert(1)</script>"), "cv.pdf", "application/pdf"))
    html = client.post(f"/careers/{job.slug}/apply", data=data).get_data(as_text=True)
    assert 'id="resume-error"' in html and "We still have your file" not in html
    assert count_applications() == 0


def test_too_large_file_is_refused_with_plain_words(app, client, make_job, apply_data):
    app.config["MAX_UPLOAD_MB"] = 1
    job = make_job()
    data = apply_data(job, client, resume=(io.BytesIO(b"%PDF-1.4\n" + b"0" * 700_000), "big.pdf", "application/pdf"))
    html = client.post(f"/careers/{job.slug}/apply", data=data).get_data(as_text=True)
    assert "larger than" in html and 'value="Dana Example"' in html


def test_same_submission_twice_gives_one_application_and_the_same_confirmation(client, make_job, apply_data):
    job = make_job()
    sid = submission_id_of(client.get(f"/careers/{job.slug}/apply").get_data(as_text=True))
    first = client.post(f"/careers/{job.slug}/apply", data=apply_data(job, submission_id=sid))
    second = client.post(f"/careers/{job.slug}/apply", data=apply_data(job, submission_id=sid))
    assert first.status_code == second.status_code == 303
    assert first.headers["Location"] == second.headers["Location"]
    assert count_applications() == 1
    assert "your application has been received" in client.get(second.headers["Location"]).get_data(as_text=True)


def test_five_concurrent_posts_of_one_submission_give_one_application(app, make_job, apply_data):
    """D4 against the file-backed SQLite (WAL) of the test app."""
    job = make_job()
    slug, sid = job.slug, "concurrent-submission-0001"
    bodies = [apply_data(job, submission_id=sid) for _ in range(5)]
    barrier = threading.Barrier(5)

    def post(body):
        barrier.wait()
        response = app.test_client().post(f"/careers/{slug}/apply", data=body)
        return response.status_code, response.headers.get("Location")

    with ThreadPoolExecutor(max_workers=5) as pool:
        results = list(pool.map(post, bodies))
    assert {code for code, _ in results} == {303}, results
    assert len({location for _, location in results}) == 1
    assert count_applications() == 1


def test_closed_and_draft_jobs_are_404(client, make_job):
    for status in ("closed", "draft"):
        job = make_job(f"Hidden {status}", status=status)
        for path in (f"/careers/{job.slug}", f"/careers/{job.slug}/apply"):
            assert client.get(path).status_code == 404
        assert job.title not in client.get("/careers").get_data(as_text=True)


def test_honeypot_looks_successful_and_saves_nothing(client, make_job, apply_data):
    job = make_job()
    response = client.post(f"/careers/{job.slug}/apply", data=apply_data(job, client, website="http://spam.example"))
    assert response.status_code == 303
    page = client.get(response.headers["Location"])
    assert page.status_code == 200 and "your application has been received" in page.get_data(as_text=True)
    assert count_applications() == 0
