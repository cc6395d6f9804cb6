"""The whole apply flow through the test client: rows, files, consent, EEO, screening, confirmation."""

import io
import re

import pytest
from sqlalchemy import func, select

from ats.applications.models import Application, Document
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.privacy.models import Consent, EeoResponse
from ats.tasks.models import Task


def count(model):
    return db.session.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize(
    "fmt,mime",
    [("pdf", "application/pdf"), ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")],
)
def test_apply_creates_every_row_and_screens(client, make_job, apply_data, resume_bytes, outbox, fmt, mime):
    job = make_job(
        questions=[
            {"id": "shift", "text": "Which shift?", "kind": "choice", "choices": ["Day", "Night"], "required": True},
            {"id": "years", "text": "Years in support?", "kind": "number", "required": True},
        ]
    )
    page = client.get(f"/careers/{job.slug}/apply").get_data(as_text=True)
    assert "An automated tool helps our recruiters" in page and "People review every application" in page
    data = apply_data(
        job,
        client,
        resume=(io.BytesIO(resume_bytes(fmt)), f"cv.{fmt}", mime),
        q_shift="Night",
        q_years="10",
        cover_letter_text="",
        cover_letter_file=(io.BytesIO(resume_bytes("docx", extra="Dear team")), "letter.docx", mime),
    )
    response = client.post(f"/careers/{job.slug}/apply", data=data, content_type="multipart/form-data")
    assert response.status_code == 303, response.get_data(as_text=True)
    confirmation = client.get(response.headers["Location"])
    html = confirmation.get_data(as_text=True)
    assert confirmation.status_code == 200 and "your application has been received" in html
    assert confirmation.headers["Referrer-Policy"] == "no-referrer"
    assert "/status/" in html
    application = db.session.scalar(select(Application))
    assert application.candidate.email_normalized == "dana@example.org" and application.source == "linkedin"
    assert application.answers == {"weekends": "yes", "shift": "Night", "years": "10"}
    assert {d.kind for d in application.documents} == {"resume", "cover_letter"}
    assert application.document("resume").file_kind == fmt
    assert application.screening_status == "done" and application.score is not None
    assert db.session.scalar(select(Task.status).where(Task.kind == "screen_application")) == "done"
    consent = db.session.scalar(select(Consent))
    assert consent.application_id == application.id and "privacy notice" in consent.text
    eeo = db.session.scalar(select(EeoResponse))
    assert eeo.application_id == application.id and eeo.gender == "female" and eeo.veteran_status is None
    assert (count(Candidate), count(Application), count(Document), count(Consent)) == (1, 1, 2, 1)
    assert any("We received your application" in m["Subject"] for m in outbox)


def test_no_eeo_answers_store_no_eeo_row(client, make_job, apply_data):
    job = make_job()
    response = client.post(f"/careers/{job.slug}/apply", data=apply_data(job, client, eeo_gender=""))
    assert response.status_code == 303
    assert count(EeoResponse) == 0 and count(Application) == 1


def test_screening_off_hides_the_notice(client, make_job):
    job = make_job(screening_enabled=False)
    assert "An automated tool" not in client.get(f"/careers/{job.slug}/apply").get_data(as_text=True)


def test_screening_failure_keeps_the_application(client, make_job, apply_data, monkeypatch):
    import ats.applications.screening as screening

    def boom(*args, **kwargs):
        raise RuntimeError("scorer exploded")

    monkeypatch.setattr(screening, "screen", boom)
    job = make_job()
    response = client.post(f"/careers/{job.slug}/apply", data=apply_data(job, client))
    assert response.status_code == 303
    application = db.session.scalar(select(Application))
    db.session.refresh(application)
    assert application.screening_status == "failed" and application.document("resume") is not None


def test_reapply_same_job_same_email_changes_nothing_and_mails_the_link(client, make_job, apply_data, outbox):
    job = make_job()
    assert client.post(f"/careers/{job.slug}/apply", data=apply_data(job, client)).status_code == 303
    before = db.session.scalar(select(Application)).answers
    again = client.post(f"/careers/{job.slug}/apply", data=apply_data(job, client, q_weekends="no", name="Other Name"))
    html = again.get_data(as_text=True)
    assert again.status_code == 200 and "already applied" in html
    assert count(Application) == 1
    application = db.session.scalar(select(Application))
    assert application.answers == before and application.candidate.name == "Dana Example"
    assert any("Your application for" in m["Subject"] and "/status-link/" in m.get_content() for m in outbox)


def test_same_email_two_jobs_is_two_records_until_the_email_is_verified(client, make_job, apply_data, outbox):
    one, two = make_job("Job One"), make_job("Job Two")
    for job in (one, two):
        assert (
            client.post(
                f"/careers/{job.slug}/apply", data=apply_data(job, client, email="Dana@Example.org ")
            ).status_code
            == 303
        )
    assert count(Candidate) == 2 and count(Application) == 2
    second = db.session.scalar(select(Application).where(Application.job_id == two.id))
    assert "possible duplicate" in second.tags
    for message in [m for m in outbox if "We received your application" in m["Subject"]]:
        link = re.search(r"http://localhost(/verify-email/\S+)", message.get_content()).group(1)
        assert client.get(link).status_code == 200  # a page with a button: link scanners change nothing
        assert client.post(link).status_code == 200
    assert count(Candidate) == 1 and count(Application) == 2
    db.session.expire_all()
    assert "possible duplicate" not in db.session.get(Application, second.id).tags
    other = client.post(f"/careers/{one.slug}/apply", data=apply_data(one, client, email="dana.other@example.org"))
    assert other.status_code == 303
    flagged = db.session.scalar(
        select(Application).join(Candidate).where(Candidate.email_normalized == "dana.other@example.org")
    )
    assert "possible duplicate" in flagged.tags
    first = db.session.scalar(select(Application).where(Application.job_id == two.id))
    assert "possible duplicate" not in first.tags


def test_staff_email_apply_leaves_the_staff_user_alone(client, make_job, make_user, apply_data):
    """A5: the public flow never touches or links a staff account."""
    from ats.auth.models import User

    staff = make_user("recruiter", name="Real Recruiter")
    job = make_job()
    response = client.post(
        f"/careers/{job.slug}/apply", data=apply_data(job, client, email=staff.email, name="Evil Name")
    )
    assert response.status_code == 303
    user = db.session.get(User, staff.id)
    db.session.refresh(user)
    assert user.name == "Real Recruiter" and user.role == "recruiter"
    candidate = db.session.scalar(select(Candidate))
    assert candidate.name == "Evil Name"
    assert client.get("/home").status_code in (302, 303)  # applying signs nobody in
