"""Bulk import: a folder through the CLI and a zip through the browser; duplicates and failures reported."""

import io
import zipfile

from sqlalchemy import func, select

from ats.applications.models import Application
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.notifications.models import OutboxMessage
from ats.tasks.models import Task


def count_apps(job):
    return db.session.scalar(select(func.count()).select_from(Application).where(Application.job_id == job.id))


def test_cli_imports_a_folder_with_progress_duplicates_and_failures(app, make_job, distinct_resume, tmp_path):
    job = make_job()
    folder = tmp_path / "resumes"
    folder.mkdir()
    (folder / "ana.pdf").write_bytes(distinct_resume("Ana Lima", "ana@example.org"))
    (folder / "ben.docx").write_bytes(distinct_resume("Ben Okafor", "ben@example.org", "docx"))
    (folder / "cleo.txt").write_bytes(distinct_resume("Cleo Park", None, "txt"))
    (folder / "ana-again.pdf").write_bytes((folder / "ana.pdf").read_bytes())
    (folder / "fake.pdf").write_bytes(b"<html><script>alert(1)</script></html>")
    result = app.test_cli_runner().invoke(args=["import-resumes", str(folder), "--job", str(job.id)])
    assert "Importing into" in result.output
    assert "3 imported, 1 duplicate(s), 1 failed." in result.output
    assert "duplicate: ana.pdf: The same file" in result.output and "failed: fake.pdf" in result.output
    assert result.exit_code == 1  # failures make the command exit non-zero
    db.session.expire_all()
    apps = list(db.session.scalars(select(Application).where(Application.job_id == job.id)))
    assert len(apps) == 3 and {a.source for a in apps} == {"imported"}
    emails = {a.candidate.email for a in apps}
    assert {"ana@example.org", "ben@example.org"} <= emails
    placeholder = next(e for e in emails if e.endswith("@import.invalid"))
    assert placeholder.startswith("unknown+")
    assert {a.candidate.name for a in apps} >= {"Ana Lima", "Ben Okafor"}
    assert db.session.scalar(select(func.count()).select_from(OutboxMessage)) == 0  # imported people are not emailed
    assert {a.screening_status for a in apps} == {"done"}


def test_same_email_already_on_the_job_is_a_duplicate(app, make_job, make_application, distinct_resume, tmp_path):
    job = make_job()
    make_application(job, email="ana@example.org", fmt="txt")
    (tmp_path / "ana.pdf").write_bytes(distinct_resume("Ana Lima", "ana@example.org"))
    result = app.test_cli_runner().invoke(args=["import-resumes", str(tmp_path), "--job", str(job.id)])
    assert "0 imported, 1 duplicate(s), 0 failed." in result.output
    assert "ana@example.org has already applied" in result.output
    assert count_apps(job) == 1


def make_zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def test_browser_upload_of_a_zip_runs_in_the_background_with_progress(
    client, login, make_user, make_job, distinct_resume
):
    login(client, make_user("recruiter"))
    job = make_job()
    inner = make_zip({"x.pdf": distinct_resume("Zed Quinn", "zed@example.org")})
    archive = make_zip(
        {
            "batch/dora.pdf": distinct_resume("Dora Mills", "dora@example.org"),
            "batch/eli.docx": distinct_resume("Eli Stone", "eli@example.org", "docx"),
            "batch/nested.zip": inner,
            "__MACOSX/._dora.pdf": b"junk",
        }
    )
    assert client.get(f"/jobs/{job.id}/import-resumes").status_code == 200
    resp = client.post(
        f"/jobs/{job.id}/import-resumes",
        data={"files": [(io.BytesIO(archive), "batch.zip")]},
        content_type="multipart/form-data",
    )
    assert resp.status_code == 303
    task = db.session.scalar(select(Task).where(Task.kind == "import_resumes"))
    db.session.refresh(task)
    assert task.status == "done" and (task.progress_done, task.progress_total) == (2, 2)
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "2 imported, 0 duplicate(s), 1 failed." in page
    assert "Archives inside archives are not imported." in page
    assert "<progress" in page and 'hx-trigger="every 1s"' not in page  # finished: polling stops
    assert {c.email for c in db.session.scalars(select(Candidate))} == {"dora@example.org", "eli@example.org"}
    from ats.applications.files import file_store

    assert list(file_store().tmp_dir.iterdir()) == []


def test_progress_fragment_polls_while_running(client, login, make_user, make_job):
    login(client, make_user("recruiter"))
    job = make_job()
    task = Task(kind="import_resumes", payload={"job_id": job.id}, status="running", progress_done=1, progress_total=4)
    db.session.add(task)
    db.session.commit()
    html = client.get(f"/jobs/{job.id}/import-resumes/{task.id}/progress").get_data(as_text=True)
    assert 'hx-trigger="every 1s"' in html and 'value="1"' in html and "1 of 4" in html
    other = make_job(title="Other")
    assert client.get(f"/jobs/{other.id}/import-resumes/{task.id}/progress").status_code == 404


def test_a_zip_bomb_is_refused_with_a_reason(client, login, make_user, make_job):
    login(client, make_user("recruiter"))
    job = make_job()
    bomb = make_zip({"big.txt": b"a" * (60 * 1024 * 1024)})
    resp = client.post(
        f"/jobs/{job.id}/import-resumes",
        data={"files": [(io.BytesIO(bomb), "bomb.zip")]},
        content_type="multipart/form-data",
    )
    assert resp.status_code == 303
    page = client.get(resp.headers["Location"]).get_data(as_text=True)
    assert "0 imported, 0 duplicate(s), 1 failed." in page and "bomb.zip" in page
    assert count_apps(job) == 0


def test_empty_upload_keeps_the_page_with_an_error(client, login, make_user, make_job):
    login(client, make_user("recruiter"))
    job = make_job()
    resp = client.post(f"/jobs/{job.id}/import-resumes", data={}, content_type="multipart/form-data")
    assert resp.status_code == 400 and b"Choose at least one resume file" in resp.data
