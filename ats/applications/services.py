"""Submitting an application: files staged, one transaction for every row, screening after commit."""

from __future__ import annotations

import hashlib
import logging
import re
import secrets
from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from ats import worker
from ats.applications.active_content import ActiveContent, check_active_content
from ats.applications.files import file_store
from ats.applications.identity import flag_duplicates, verification_url
from ats.applications.models import Application, Document, StageEvent
from ats.applications.signals import application_created
from ats.audit.services import record
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.jobs.models import Job
from ats.notifications.services import one_line, queue_email
from ats.notifications.templates_service import context_for, get_template, render
from ats.privacy.services import add_consent, add_eeo
from ats.screening import ExtractionError, detect_kind
from ats.security import read_link, sign_link

log = logging.getLogger("ats.intake")
MAX_NAME = 255
STATUS_PATH = "/status/{token}"  # the portal's status route; built without a request so workers can mail it
RENEW_PURPOSE, RENEW_PATH, RENEW_MAX_AGE = "renew-status", "/status-link/{token}", 86400


@dataclass(frozen=True)
class Upload:
    """A file as received: original name (display only), bytes, and the browser's claimed type."""

    filename: str
    data: bytes
    content_type: str | None = None


@dataclass
class ApplicationInput:
    """What a candidate (or an importer) submits for one job."""

    name: str
    email: str
    resume: Upload
    phone: str = ""
    location: str = ""
    cover_letter_file: Upload | None = None
    cover_letter_text: str = ""
    answers: dict[str, Any] = field(default_factory=dict)
    source: str = "careers_page"
    submission_id: str | None = None
    consent_text: str | None = None  # the consent wording the candidate ticked; None for imports
    eeo: dict[str, str] | None = None  # voluntary self-identification, stored apart from the application


@dataclass
class SubmitResult:
    """created=False means nothing new was saved: a replay (same submission) or an earlier application."""

    application: Application
    created: bool
    status_token: str | None = None
    already_applied: bool = False


class FileRejected(ValueError):
    """An uploaded file that intake refuses; `field` names the form field, `message` is plain words."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name
        self.message = message


def normalise_email(email: str) -> str:
    return email.strip().lower()


def normalise_phone(phone: str) -> str | None:
    digits = re.sub(r"\D", "", phone or "")
    return digits[-10:] if len(digits) >= 7 else None


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def clean_filename(name: str) -> str:
    """Display-only original name: no path, no control characters, at most 255 characters."""
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(ch for ch in name if ch.isprintable() and ch not in "\x00")
    return name[-MAX_NAME:] or "document"


def check_upload(field_name: str, upload: Upload) -> str:
    """The file's kind decided by its content, without active content; FileRejected with a plain message otherwise."""
    if not upload.data:
        raise FileRejected(field_name, "The file is empty.")
    try:
        kind = detect_kind(upload.data)
        check_active_content(kind, upload.data)
    except ExtractionError as exc:
        raise FileRejected(field_name, exc.message) from exc
    except ActiveContent as exc:
        log.info("upload refused for active content: %s", exc.detail)
        raise FileRejected(field_name, exc.message) from exc
    return kind


CONTENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "txt": "text/plain; charset=utf-8",
    "rtf": "application/rtf",
    "odt": "application/vnd.oasis.opendocument.text",
}


def status_url(token: str) -> str:
    """The candidate's private status link, absolute so it works in emails."""
    return current_app.config["BASE_URL"].rstrip("/") + STATUS_PATH.format(token=token)


def _existing(job: Job, data: ApplicationInput) -> Application | None:
    if data.submission_id:
        found = db.session.scalar(select(Application).where(Application.submission_id == data.submission_id))
        if found is not None:
            return found
    return db.session.scalar(
        select(Application)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .where(Application.job_id == job.id, Candidate.email_normalized == normalise_email(data.email))
    )


def _documents(data: ApplicationInput, kinds: dict[str, str], staged: dict[str, Any]) -> list[Document]:
    docs = []
    for field_name, doc_kind, upload in (
        ("resume", "resume", data.resume),
        ("cover_letter_file", "cover_letter", data.cover_letter_file),
    ):
        if upload is None:
            continue
        item = staged[field_name]
        docs.append(
            Document(
                kind=doc_kind,
                storage_key=item.key,
                original_name=clean_filename(upload.filename),
                content_type=CONTENT_TYPES.get(kinds[field_name], "application/octet-stream"),
                file_kind=kinds[field_name],
                sha256=item.sha256,
                size=item.size,
            )
        )
    if data.cover_letter_text.strip() and data.cover_letter_file is None:
        text = data.cover_letter_text.strip()[:20_000]
        docs.append(
            Document(
                kind="cover_letter",
                original_name="cover-letter.txt",
                content_type="text/plain; charset=utf-8",
                file_kind="text",
                sha256=hashlib.sha256(text.encode()).hexdigest(),
                size=len(text.encode()),
                extracted_text=text,
                extraction_status="done",
            )
        )
    return docs


def submit_application(
    job: Job, data: ApplicationInput, *, actor=None, notify: bool = True, candidate: Candidate | None = None
) -> SubmitResult:
    """Save the files and every row in one unit of work, then queue screening and the confirmation.

    A staff member sending a known candidate to another job names the candidate; a form never does.
    """
    existing = _existing(job, data)
    if existing is not None:
        return _already(existing, data)
    kinds = {"resume": check_upload("resume", data.resume)}
    if data.cover_letter_file is not None:
        kinds["cover_letter_file"] = check_upload("cover_letter_file", data.cover_letter_file)
    store = file_store()
    staged = {}
    try:
        staged = {
            name: store.stage(upload.data)
            for name, upload in (("resume", data.resume), ("cover_letter_file", data.cover_letter_file))
            if upload is not None
        }
        token = secrets.token_urlsafe(32)
        application = _build_rows(job, data, kinds, staged, token, actor, candidate)
        if notify:
            _queue_confirmation(application, token)
        store.persist(list(staged.values()), db.session.commit)
    except IntegrityError:
        db.session.rollback()
        store.discard(list(staged.values()))
        existing = _existing(job, data)
        if existing is None:
            raise
        return _already(existing, data)
    except BaseException:
        db.session.rollback()
        store.discard(list(staged.values()))
        raise
    return SubmitResult(application=application, created=True, status_token=token)


def _build_rows(job: Job, data: ApplicationInput, kinds, staged, token: str, actor, known) -> Application:
    # A form's applicant is always a record of its own: an email typed into a form proves nothing
    # (identity.verify_email joins them).
    candidate = known or Candidate(
        email=data.email.strip(),
        email_normalized=normalise_email(data.email),
        name=one_line(data.name)[:200] or "Unnamed candidate",
        phone=(data.phone or "").strip()[:40] or None,
        phone_normalized=normalise_phone(data.phone),
        location=(data.location or "").strip()[:200] or None,
    )
    if known is None:
        db.session.add(candidate)
    application = Application(
        job_id=job.id,
        candidate=candidate,
        stage_id=job.first_stage.id,
        submission_id=data.submission_id,
        source=data.source,
        answers=dict(data.answers),
        status_token_hash=hash_token(token),
        screening_status="pending" if job.screening_enabled else "off",
    )
    application.documents = _documents(data, kinds, staged)
    db.session.add(application)
    db.session.flush()
    if data.consent_text:
        add_consent(candidate, application, data.consent_text)
    if data.eeo:
        add_eeo(application, data.eeo)
    flag_duplicates(candidate, application)
    db.session.add(
        StageEvent(
            application_id=application.id,
            to_stage_id=job.first_stage.id,
            to_name=job.first_stage.name,
            actor_id=getattr(actor, "id", None),
            reason="Applied",
        )
    )
    record(actor, "application.submitted", "application", application.id, job_id=job.id, source=data.source)
    application_created.send(current_app._get_current_object(), application=application)  # type: ignore[attr-defined]
    worker.enqueue("screen_application", {"application_id": application.id})
    return application


def _queue_confirmation(application: Application, token: str) -> None:
    """The admins' "application received" template, plus the private status link (always appended)."""
    template, context = get_template("application_received"), context_for(application)
    body = (
        f"{render(template.body, context).rstrip()}\n\nYou can follow your application, withdraw it, or ask for your "
        f"data here:\n\n{status_url(token)}\n\n"
        "Keep this link private: anyone with it can see your application's status.\n\n"
        "Please also confirm that this email address is yours (then your applications are kept together):\n\n"
        f"{verification_url(application.candidate)}\n"
    )
    queue_email(
        application.candidate.email,
        render(template.subject, context),
        body,
        template="application_received",
        candidate_id=application.candidate_id,
        application_id=application.id,
    )


def _already(application: Application, data: ApplicationInput) -> SubmitResult:
    """A replay of the same submission, or a second application to the same job by the same email.

    Nothing changes: the existing status link keeps working (a stranger typing someone's email must not be
    able to cut them off). The address is told, with a link that gives a fresh status link if they lost theirs.
    """
    same_submission = bool(data.submission_id) and application.submission_id == data.submission_id
    if same_submission:
        return SubmitResult(application=application, created=False)
    candidate = application.candidate
    queue_email(
        candidate.email,
        f"Your application for {application.job.title}",
        f"Hello,\n\nSomeone (hopefully you) tried to apply again for {application.job.title} with this email "
        "address. We did not change your application, and your private status link still works.\n\n"
        f"If you lost it, this link sends you to a new one (it works once, for a day, and the old link then "
        f"stops):\n\n{renew_url(application)}\n\nIf it was not you, you can ignore this email.\n",
        template="already_applied",
        candidate_id=candidate.id,
        application_id=application.id,
    )
    db.session.commit()
    return SubmitResult(application=application, created=False, already_applied=True)


def renew_url(application: Application) -> str:
    """A one-day link to a fresh status link; it dies once the status link changes (so it works once)."""
    token = sign_link(RENEW_PURPOSE, {"a": application.id, "h": (application.status_token_hash or "")[:16]})
    return current_app.config["BASE_URL"].rstrip("/") + RENEW_PATH.format(token=token)


def renew_status_token(token: str) -> tuple[Application, str] | None:
    """Follow a renew link from the inbox: a new status token for the application (the old one stops)."""
    payload = read_link(RENEW_PURPOSE, token, RENEW_MAX_AGE)
    if not isinstance(payload, dict):
        return None
    application = db.session.get(Application, int(payload.get("a", 0)))
    if application is None or (application.status_token_hash or "")[:16] != payload.get("h"):
        return None
    status_token = secrets.token_urlsafe(32)
    application.status_token_hash = hash_token(status_token)
    record(None, "application.status_link_renewed", "application", application.id)
    db.session.commit()
    return application, status_token
