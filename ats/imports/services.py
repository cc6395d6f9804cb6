"""Bulk resume import: files (or a zip) staged in the file store, then one application per file in the background."""

from __future__ import annotations

import hashlib
import io
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import select

from ats import screening_adapter, worker
from ats.applications.files import file_store
from ats.applications.models import Application, Document
from ats.applications.services import (
    ApplicationInput,
    FileRejected,
    Upload,
    check_upload,
    clean_filename,
    normalise_email,
    submit_application,
)
from ats.audit.services import record
from ats.auth.models import User
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.jobs.models import Job
from ats.screening import ExtractionError, check_zip, find_contact
from ats.tasks.models import Task

TASK_KIND = "import_resumes"
ARCHIVE_SUFFIXES = (".zip", ".tar", ".gz", ".tgz", ".bz2", ".xz", ".7z", ".rar")
MAX_FILES = 200


class ImportRefused(ValueError):
    """An upload the importer refuses as a whole (e.g. an unsafe zip); `message` is plain words."""


@dataclass
class ImportReport:
    """Per-file outcome: created applications, duplicates and failures, each with the file name and why."""

    created: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, str]] = field(default_factory=list)
    failures: list[dict[str, str]] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"created": self.created, "duplicates": self.duplicates, "failures": self.failures}


def expand(files: Iterable[tuple[str, bytes]]) -> tuple[list[tuple[str, bytes]], list[dict[str, str]]]:
    """Unpack zips (with the screening library's bomb checks); nested archives are refused, not opened."""
    out, failures = [], []
    for name, data in files:
        name = clean_filename(name)
        if not name.lower().endswith(".zip"):
            out.append((name, data))
            continue
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                infos = check_zip(zf, len(data))
                for info in infos:
                    member = info.filename
                    base = member.replace("\\", "/").rsplit("/", 1)[-1]
                    if info.is_dir() or not base or base.startswith(".") or member.startswith("__MACOSX/"):
                        continue
                    if base.lower().endswith(ARCHIVE_SUFFIXES):
                        failures.append(
                            {"file": f"{name}/{member}", "reason": "Archives inside archives are not imported."}
                        )
                        continue
                    out.append((clean_filename(base), zf.read(info)))
        except (zipfile.BadZipFile, ExtractionError, OSError) as exc:
            message = getattr(exc, "message", None) or "The zip file could not be read."
            failures.append({"file": name, "reason": message})
    return out, failures


def start_import(job: Job, files: list[tuple[str, bytes]], *, actor) -> Task:
    """Stage every file in the file store (not in memory across requests) and queue the import task."""
    items, failures = expand(files)
    if not items and not failures:
        raise ImportRefused("Choose at least one resume file or a zip of resumes.")
    if len(items) > MAX_FILES:
        raise ImportRefused(f"Import at most {MAX_FILES} files at a time ({len(items)} given).")
    store = file_store()
    staged = [store.stage(data) for _, data in items]
    payload = {
        "job_id": job.id,
        "actor_id": getattr(actor, "id", None),
        "early_failures": failures,
        "items": [{"name": name, "key": s.key} for (name, _), s in zip(items, staged, strict=True)],
    }
    task = worker.enqueue(TASK_KIND, payload, total=len(items))
    record(actor, "resumes.import_started", "job", job.id, task_id=task.id, files=len(items))
    store.persist(staged, db.session.commit)
    return task


def _contact(data: bytes, filename: str) -> tuple[str | None, str | None]:
    """Name and email from the resume text (extracted in the sandbox); ExtractionError when unreadable."""
    contact = find_contact(screening_adapter.extract(data, filename))
    return contact.name, contact.email


def import_one(job: Job, filename: str, data: bytes, *, actor, report: ImportReport, seen: set[str]) -> None:
    """One file -> one candidate and application (source 'imported'), or a duplicate or failure with its reason."""
    digest = hashlib.sha256(data).hexdigest()
    if digest in seen or db.session.scalar(
        select(Document.id).join(Application).where(Application.job_id == job.id, Document.sha256 == digest).limit(1)
    ):
        report.duplicates.append({"file": filename, "reason": "The same file is already on this job."})
        return
    seen.add(digest)
    try:
        check_upload("resume", Upload(filename, data))
        name, email = _contact(data, filename)
    except FileRejected as exc:
        report.failures.append({"file": filename, "reason": exc.message})
        return
    except ExtractionError as exc:
        report.failures.append({"file": filename, "reason": exc.message})
        return
    if email and db.session.scalar(
        select(Application.id)
        .join(Candidate)
        .where(Application.job_id == job.id, Candidate.email_normalized == normalise_email(email))
    ):
        report.duplicates.append({"file": filename, "reason": f"{email} has already applied for this job."})
        return
    if not name:
        name = filename.rsplit(".", 1)[0].replace("_", " ").replace("-", " ").strip() or "Imported candidate"
    email = email or f"unknown+{digest[:8]}@import.invalid"
    try:
        result = submit_application(
            job,
            ApplicationInput(name=name, email=email, resume=Upload(filename, data), source="imported"),
            actor=actor,
            notify=False,
        )
    except FileRejected as exc:
        report.failures.append({"file": filename, "reason": exc.message})
        return
    if not result.created:
        report.duplicates.append({"file": filename, "reason": f"{email} has already applied for this job."})
        return
    report.created.append(
        {
            "file": filename,
            "application_id": result.application.id,
            "name": name,
            "email": email,
            "placeholder_email": email.endswith("@import.invalid"),
        }
    )


def run_import(
    job: Job, files: Iterable[tuple[str, Callable[[], bytes]]], *, actor, progress: Callable[[int], None] | None = None
) -> ImportReport:
    """Import files one by one (each its own commit); `progress(done)` after each one."""
    report, seen = ImportReport(), set[str]()
    for done, (filename, read) in enumerate(files, start=1):
        try:
            import_one(job, filename, read(), actor=actor, report=report, seen=seen)
        except Exception as exc:  # one bad file never stops the batch
            db.session.rollback()
            current_app.logger.warning("import of %r failed: %s", filename, exc)
            report.failures.append({"file": filename, "reason": "The file could not be imported."})
        if progress:
            progress(done)
    return report


def import_task(task: Task) -> dict[str, Any]:
    """Task entry point: progress_done follows the files, staged copies are removed as they are read."""
    payload, task_id = dict(task.payload), task.id
    job = db.session.get_one(Job, payload["job_id"])
    actor = db.session.get(User, payload["actor_id"]) if payload.get("actor_id") else None
    store = file_store()

    def reader(key: str) -> Callable[[], bytes]:
        def read() -> bytes:
            with store.open(key) as fh:
                data = fh.read()
            store.delete(key)
            return data

        return read

    def progress(done: int) -> None:
        db.session.get_one(Task, task_id).progress_done = done
        db.session.commit()

    report = run_import(job, [(i["name"], reader(i["key"])) for i in payload["items"]], actor=actor, progress=progress)
    report.failures[:0] = payload.get("early_failures", [])
    record(
        actor,
        "resumes.imported",
        "job",
        job.id,
        created=len(report.created),
        duplicates=len(report.duplicates),
        failures=len(report.failures),
    )
    db.session.commit()
    return report.as_dict()
