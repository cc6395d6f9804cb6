"""Upload rows U3-U5 and D1-D2 at the application level: storage names, downloads, failures."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from ats.applications.files import file_store
from ats.applications.models import Application, Document
from ats.applications.services import ApplicationInput, Upload, clean_filename, submit_application
from ats.extensions import db

NASTY_NAMES = [
    "../../x",
    "..",
    "履歴書.pdf",
    "CON.pdf",
    "a\x00.php.pdf",
    "n" * 300 + ".pdf",
    "<img src=x onerror=alert(1)>.pdf",
]


def _files(root: Path) -> list[Path]:
    return [p for p in (root / "store").rglob("*") if p.is_file()]


@pytest.mark.parametrize("name", NASTY_NAMES)
def test_stored_under_random_hex_name_with_the_original_kept_clean(app, make_job, resume_bytes, name):
    application = submit_application(
        make_job(), ApplicationInput(name="N", email="n@example.org", resume=Upload(name, resume_bytes("pdf")))
    ).application
    document = application.document("resume")
    root = Path(app.config["STORAGE_DIR"])
    stored = _files(root)
    assert [p.name for p in stored] == [document.storage_key]
    assert len(document.storage_key) == 32 and int(document.storage_key, 16) >= 0
    assert all(root in p.resolve().parents for p in stored)
    assert "\x00" not in document.original_name and len(document.original_name) <= 255
    assert "/" not in document.original_name


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.text(max_size=400))
def test_clean_filename_never_has_paths_nul_or_excess_length(name):
    cleaned = clean_filename(name)
    assert cleaned and len(cleaned) <= 255 and "\x00" not in cleaned and "/" not in cleaned and "\\" not in cleaned


def test_uploads_live_outside_the_static_folder_and_are_not_served(app, client, make_job, make_application):
    application = make_application(make_job())
    key = application.document("resume").storage_key
    storage = Path(app.config["STORAGE_DIR"]).resolve()
    static = Path(app.static_folder).resolve()
    assert static not in storage.parents and storage != static
    for path in (f"/static/{key}", f"/static/../files/store/{key[:2]}/{key}", f"/files/store/{key[:2]}/{key}"):
        assert client.get(path).status_code == 404


def test_authorised_download_has_inert_headers(app, client, make_job, make_application, make_user, login):
    application = make_application(make_job())
    document = application.document("resume")
    document.original_name = 'résumé "final".pdf'
    db.session.commit()
    login(client, make_user("recruiter"))
    response = client.get(f"/documents/{document.id}/download")
    assert response.status_code == 200
    assert response.data[:5] == b"%PDF-"
    disposition = response.headers["Content-Disposition"]
    assert (
        disposition.startswith("attachment;") and "filename*=UTF-8''r%C3%A9sum%C3%A9%20%22final%22.pdf" in disposition
    )
    assert '"final"' not in disposition.split("filename*=")[0]
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Content-Security-Policy"] == "sandbox"
    assert response.headers["Cache-Control"] == "no-store"


@pytest.mark.parametrize(
    "path",
    [
        "/documents/..%2F..%2Fats.sqlite/download",
        "/documents/%2e%2e%2f/download",
        "/documents//etc/passwd/download",
        "/documents/999999/download",
    ],
)
def test_download_by_path_or_unknown_id_is_404(client, make_user, login, path):
    login(client, make_user("recruiter"))
    assert client.get(path).status_code == 404


def test_download_of_another_jobs_file_is_404_for_a_hiring_manager(
    client, make_job, make_application, make_user, login
):
    from ats.jobs.services import assign

    job_a, job_b = make_job("Job A"), make_job("Job B")
    manager = make_user("hiring_manager")
    assign(job_a, manager, "hiring_manager", actor=None)
    doc_a = make_application(job_a).document("resume")
    doc_b = make_application(job_b).document("resume")
    login(client, manager)
    assert client.get(f"/documents/{doc_a.id}/download").status_code == 200
    assert client.get(f"/documents/{doc_b.id}/download").status_code == 404


def test_anonymous_download_goes_to_login(client, make_job, make_application):
    document = make_application(make_job()).document("resume")
    response = client.get(f"/documents/{document.id}/download")
    assert response.status_code == 302 and "/login" in response.headers["Location"]


def _counts():
    return (
        db.session.scalar(select(func.count()).select_from(Application)),
        db.session.scalar(select(func.count()).select_from(Document)),
    )


def test_commit_failure_after_file_write_leaves_no_file_and_no_row(app, make_job, resume_bytes, monkeypatch):
    job = make_job()
    root = Path(app.config["STORAGE_DIR"])

    def broken_commit():
        raise RuntimeError("database went away")

    monkeypatch.setattr(db.session, "commit", broken_commit)
    with pytest.raises(RuntimeError):
        submit_application(
            job, ApplicationInput(name="D", email="d@example.org", resume=Upload("cv.pdf", resume_bytes("pdf")))
        )
    monkeypatch.undo()
    db.session.rollback()
    assert _counts() == (0, 0)
    assert _files(root) == [] and list((root / "tmp").glob("*")) == []


def test_move_failure_before_commit_leaves_no_row(app, make_job, resume_bytes, monkeypatch):
    job = make_job()
    real_replace = os.replace

    def broken_replace(src, dst):
        if "store" in str(dst):
            raise OSError("disk full")
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises(OSError):
        submit_application(
            job, ApplicationInput(name="E", email="e@example.org", resume=Upload("cv.pdf", resume_bytes("pdf")))
        )
    monkeypatch.undo()
    assert _counts() == (0, 0)
    assert _files(Path(app.config["STORAGE_DIR"])) == []


@pytest.mark.parametrize("failure", ["crash", "timeout"])
def test_extraction_failure_keeps_the_application_for_manual_review(app, make_job, resume_bytes, monkeypatch, failure):
    from ats import screening_adapter
    from ats.screening.extract import TimedOut

    def broken(*args, **kwargs):
        if failure == "timeout":
            raise TimedOut()
        raise MemoryError("worker died")

    monkeypatch.setattr(screening_adapter, "extract_in_sandbox", broken)
    result = submit_application(
        make_job(), ApplicationInput(name="F", email="f@example.org", resume=Upload("cv.pdf", resume_bytes("pdf")))
    )
    application = db.session.get(Application, result.application.id)
    assert application.screening_status == "failed"
    document = application.document("resume")
    assert document.extraction_status == "failed" and document.extraction_error
    assert file_store().exists(document.storage_key)
    monkeypatch.undo()
    from ats.applications.screening import retry_screening

    retry_screening(application, actor=None)
    application = db.session.get(Application, result.application.id)
    assert application.screening_status == "done" and application.score is not None
