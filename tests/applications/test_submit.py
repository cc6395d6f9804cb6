"""submit_application: files stored, rows in one transaction, screening after commit."""

from sqlalchemy import func, select

from ats.applications.models import Application, Document, StageEvent
from ats.applications.services import ApplicationInput, FileRejected, Upload, submit_application
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.tasks.models import Task


def test_submit_stores_files_rows_and_screens(app, make_job, resume_bytes, outbox):
    job = make_job()
    data = ApplicationInput(
        name="Dana Example",
        email="Dana@Example.org",
        resume=Upload("cv.pdf", resume_bytes("pdf")),
        cover_letter_text="I love helping customers.",
        answers={"weekends": "yes"},
        submission_id="s-1",
    )
    result = submit_application(job, data)
    assert result.created and result.status_token and len(result.status_token) >= 43
    application = db.session.get(Application, result.application.id)
    assert application.candidate.email_normalized == "dana@example.org"
    assert application.stage.name == "Applied"
    kinds = {d.kind: d for d in application.documents}
    resume = kinds["resume"]
    assert resume.file_kind == "pdf" and resume.size > 1000 and len(resume.sha256) == 64
    from ats.applications.files import file_store

    assert file_store().exists(resume.storage_key)
    assert "Customer care specialist" in resume.extracted_text
    assert kinds["cover_letter"].extracted_text == "I love helping customers."
    assert application.screening_status == "done", application.screening and application.screening.error
    assert application.score is not None and 0 <= application.score <= 100
    assert db.session.scalar(select(func.count()).select_from(StageEvent)) == 1
    assert db.session.scalar(select(Task.status).where(Task.kind == "screen_application")) == "done"
    assert any("We received your application" in m["Subject"] for m in outbox)


def test_same_submission_id_twice_gives_one_application(app, make_job, resume_bytes):
    job = make_job()
    data = ApplicationInput(
        name="A", email="a@example.org", resume=Upload("cv.txt", resume_bytes("txt")), submission_id="same"
    )
    first = submit_application(job, data)
    second = submit_application(job, data)
    assert first.created and not second.created and second.application.id == first.application.id
    assert db.session.scalar(select(func.count()).select_from(Application)) == 1


def test_two_jobs_same_email_are_two_records_until_verified(app, make_job, resume_bytes):
    one, two = make_job("Job One"), make_job("Job Two")
    for job in (one, two):
        submit_application(
            job, ApplicationInput(name="B", email="b@example.org", resume=Upload("cv.docx", resume_bytes("docx")))
        )
    assert db.session.scalar(select(func.count()).select_from(Candidate)) == 2
    assert db.session.scalar(select(func.count()).select_from(Application)) == 2


def test_html_named_pdf_is_rejected_before_anything_is_saved(app, make_job, tmp_path):
    job = make_job()
    data = ApplicationInput(
        name="C", email="c@example.org", resume=Upload("cv.pdf", b"<html><script>alert(1)</script></html>")
    )
    try:
        submit_application(job, data)
    except FileRejected as exc:
        assert exc.field == "resume" and exc.message
    else:
        raise AssertionError("an HTML file named .pdf was accepted")
    assert db.session.scalar(select(func.count()).select_from(Document)) == 0


def test_a_stage_move_during_screening_does_not_make_screening_fail(app, make_job, resume_bytes, monkeypatch):
    """The worker reloads and scores again when a recruiter's move bumped the version meanwhile."""
    from sqlalchemy import update

    from ats.applications import screening

    real_as_of, calls = screening.as_of_date, []

    def move_meanwhile(application):
        if not calls:
            with db.engine.begin() as conn:  # another process commits a move
                conn.execute(
                    update(Application).where(Application.id == application.id).values(version=Application.version + 1)
                )
        calls.append(application.id)
        return real_as_of(application)

    monkeypatch.setattr(screening, "as_of_date", move_meanwhile)
    result = submit_application(
        make_job(), ApplicationInput(name="G", email="g@example.org", resume=Upload("cv.pdf", resume_bytes("pdf")))
    )
    application = db.session.get(Application, result.application.id)
    db.session.refresh(application)
    assert len(calls) == 2
    assert application.screening_status == "done" and application.version == 2


def test_embedded_thread_worker_screens_concurrent_applications(app_config, resume_bytes):
    """With the real thread pool (two threads), every application is screened and none fails."""
    from ats import create_app, worker
    from tests.conftest import _counter  # noqa: F401  (same factories as the fixtures)

    app_config["WORKER_MODE"] = "thread"
    threaded = create_app(app_config)
    with threaded.app_context():
        from ats.jobs.services import create_job

        job = create_job({"title": "Support Agent", "status": "open"}, actor=None)
        ids = [
            submit_application(
                job,
                ApplicationInput(
                    name=f"T{i}", email=f"t{i}@example.org", resume=Upload("cv.docx", resume_bytes("docx"))
                ),
            ).application.id
            for i in range(6)
        ]
        worker.wait_idle(threaded, timeout=120)
        db.session.expire_all()
        statuses = [db.session.get(Application, i).screening_status for i in ids]
        assert statuses == ["done"] * 6
        assert db.session.scalar(select(func.count()).select_from(Task).where(Task.status == "failed")) == 0
        db.session.remove()
