"""A backup taken during writes restores into a fresh instance with every file; a changed archive is refused."""

from __future__ import annotations

import hashlib
import io
import sqlite3
import tarfile
import threading
from pathlib import Path

import pytest
from sqlalchemy import func, select

from ats import create_app
from ats.applications.models import Application
from ats.applications.services import ApplicationInput, Upload, submit_application
from ats.extensions import db
from ats.jobs.models import Job
from tests.conftest import PG_URL, base_config

pytestmark = pytest.mark.skipif(bool(PG_URL), reason="the archive holds a SQLite database; PostgreSQL uses pg_dump")


def _writer(app, job_id: int, pdf: bytes, stop: threading.Event, done: list[int]) -> None:
    """Keep applying until told to stop, like candidates during the backup."""
    with app.app_context():
        n = 0
        while not stop.is_set():
            n += 1
            job = db.session.get_one(Job, job_id)
            data = ApplicationInput(
                name=f"Writer {n}", email=f"writer{n}@example.org", resume=Upload("cv.pdf", pdf, None)
            )
            done.append(submit_application(job, data, notify=False).application.id)
        db.session.remove()


def _fresh(tmp_path: Path, name: str):
    folder = tmp_path / name
    folder.mkdir()
    return create_app(base_config(folder, f"sqlite:///{folder / 'ats.sqlite'}")), folder


def test_backup_taken_during_writes_restores_with_integrity_and_matching_files(app, make_job, resume_bytes, tmp_path):
    app.config["WORKER_MODE"] = "rq"  # screening would run inline; here only the writes matter
    app.config["REDIS_URL"] = "redis://127.0.0.1:1/0"
    job_id = make_job().id
    stop, done = threading.Event(), []
    thread = threading.Thread(target=_writer, args=(app, job_id, resume_bytes("pdf"), stop, done))
    thread.start()
    try:
        while len(done) < 3:
            stop.wait(0.05)
        archive = tmp_path / "backup.tar"
        result = app.test_cli_runner().invoke(args=["backup", "--out", str(archive)])
        assert result.exit_code == 0, result.output
        written_before_end = len(done)
    finally:
        stop.set()
        thread.join()
    assert "Backed up database and" in result.output

    fresh, folder = _fresh(tmp_path, "restored")
    with fresh.app_context():  # the CLI runs in the active app context: the fresh instance's
        restored = fresh.test_cli_runner().invoke(args=["restore", str(archive)])
    assert restored.exit_code == 0, restored.output
    with sqlite3.connect(folder / "ats.sqlite") as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        count = conn.execute("SELECT count(*) FROM applications").fetchone()[0]
        documents = conn.execute("SELECT storage_key, sha256 FROM documents WHERE storage_key IS NOT NULL").fetchall()
    assert 3 <= count <= written_before_end + 1
    assert len(documents) == count
    for key, sha in documents:
        stored = folder / "files" / "store" / key[:2] / key
        assert hashlib.sha256(stored.read_bytes()).hexdigest() == sha
    with fresh.app_context():
        assert db.session.scalar(select(func.count()).select_from(Application)) == count
        db.engine.dispose()


def _tampered(archive: Path, target: Path) -> None:
    """The same archive with one byte of one stored file changed (manifest untouched)."""
    with tarfile.open(archive) as src, tarfile.open(target, "w") as dst:
        for member in src.getmembers():
            data = src.extractfile(member).read()
            if member.name.startswith("files/"):
                data = bytes([data[0] ^ 1]) + data[1:]
            dst.addfile(member, io.BytesIO(data))


def test_restore_refuses_a_changed_archive_and_writes_nothing(app, make_job, make_application, tmp_path):
    make_application(make_job())
    archive = tmp_path / "backup.tar"
    assert app.test_cli_runner().invoke(args=["backup", "--out", str(archive)]).exit_code == 0
    bad = tmp_path / "tampered.tar"
    _tampered(archive, bad)
    fresh, folder = _fresh(tmp_path, "target")
    with fresh.app_context():
        result = fresh.test_cli_runner().invoke(args=["restore", str(bad)])
    assert result.exit_code != 0 and "checksum mismatch" in result.output
    assert not (folder / "ats.sqlite").exists() or (folder / "ats.sqlite").stat().st_size == 0
    assert not any((folder / "files" / "store").rglob("*")) if (folder / "files").exists() else True
    again = app.test_cli_runner().invoke(args=["restore", str(archive)])  # the live instance is not fresh
    assert again.exit_code != 0 and "already exists" in again.output
