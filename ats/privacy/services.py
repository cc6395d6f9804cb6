"""Consent and EEO rows for a new application, and the admins' queue of candidates' data requests."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from flask import current_app
from sqlalchemy import select

from ats import worker
from ats.audit.services import record
from ats.db import utcnow
from ats.extensions import db
from ats.notifications.services import queue_email
from ats.privacy.models import PRIVACY_NOTICE_VERSION, REQUEST_KINDS, Consent, DataRequest, EeoResponse
from ats.security import read_link, sign_link

EEO_FIELDS = ("gender", "race_ethnicity", "veteran_status", "disability_status")
EXPORT_TASK = "privacy_export"  # the handler is registered by ats.retention, which builds the zip
QUEUE_STATUSES = ("open", "processing")
CONFIRM_PURPOSE, CONFIRM_PATH, CONFIRM_MAX_AGE = "confirm-data-request", "/data-request/confirm/{token}", 7 * 86400


class PrivacyError(ValueError):
    """A user-facing reason why a data request could not be recorded or handled."""


def add_consent(candidate, application, text: str) -> Consent:
    """Record the consent in the caller's transaction (the apply service commits)."""
    consent = Consent(
        candidate_id=candidate.id,
        application_id=application.id,
        purpose="processing_and_retention",
        notice_version=PRIVACY_NOTICE_VERSION,
        text=text[:2000],
    )
    db.session.add(consent)
    return consent


def add_eeo(application, answers: dict[str, Any]) -> EeoResponse | None:
    """Store only answered questions; an all-blank section leaves no row at all."""
    values = {name: (str(answers.get(name) or "").strip()[:60] or None) for name in EEO_FIELDS}
    if not any(values.values()):
        return None
    row = EeoResponse(application_id=application.id, job_id=application.job_id, **values)
    db.session.add(row)
    return row


def request_data(application, kind: str) -> tuple[DataRequest, bool]:
    """A candidate asks for an export or erasure from the status page; it reaches the admins' queue only after
    they follow the link emailed to the candidate's address (a status link alone does not prove who they are).
    A second identical request is not duplicated (an unconfirmed one gets its email again)."""
    if kind not in REQUEST_KINDS:
        raise PrivacyError("Choose an export or an erasure.")
    existing = db.session.scalar(
        select(DataRequest).where(
            DataRequest.candidate_id == application.candidate_id,
            DataRequest.kind == kind,
            DataRequest.status.in_(("pending", *QUEUE_STATUSES)),
        )
    )
    row = existing
    if row is None:
        row = DataRequest(
            candidate_id=application.candidate_id, application_id=application.id, kind=kind, status="pending"
        )
        db.session.add(row)
        db.session.flush()
        record(None, f"privacy.{kind}_requested", "data_request", row.id, candidate_id=application.candidate_id)
    if row.status == "pending":
        _email_confirmation(row, application)
    db.session.commit()
    return row, existing is None


def _email_confirmation(row: DataRequest, application) -> None:
    what = "a copy of your personal data" if row.kind == "export" else "the deletion of your personal data"
    link = current_app.config["BASE_URL"].rstrip("/") + CONFIRM_PATH.format(
        token=sign_link(CONFIRM_PURPOSE, {"r": row.id, "c": row.candidate_id})
    )
    queue_email(
        application.candidate.email,
        "Please confirm your request",
        f"Hello,\n\nWe received a request for {what} from the status page of your application for "
        f"{application.job.title}. To make sure it comes from you, please confirm it here (the link works for "
        f"7 days):\n\n{link}\n\nIf you did not ask for this, ignore this email and nothing will happen.\n",
        template="data_request_confirm",
        candidate_id=row.candidate_id,
        application_id=application.id,
    )


def confirm_request(token: str) -> DataRequest | None:
    """Follow the emailed link: the request goes to the admins' queue with its due date, and an export starts
    being built at once (the confirmed email is the identity check); None when the link is not valid."""
    payload = read_link(CONFIRM_PURPOSE, token, CONFIRM_MAX_AGE)
    if not isinstance(payload, dict):
        return None
    row = db.session.get(DataRequest, int(payload.get("r", 0)))
    if row is None or row.candidate_id != payload.get("c"):
        return None
    if row.status == "pending":
        row.status, row.confirmed_at = "open", utcnow()
        row.due_at = row.confirmed_at + timedelta(days=int(current_app.config["PRIVACY_REQUEST_DUE_DAYS"]))
        if row.kind == "export":
            row.status = "processing"
            worker.enqueue(EXPORT_TASK, {"request_id": row.id})
        record(None, "privacy.request_confirmed", "data_request", row.id, candidate_id=row.candidate_id)
        db.session.commit()
    return row


def open_requests() -> list[DataRequest]:
    """The admins' queue, the most urgent first (due date, then age)."""
    return list(
        db.session.scalars(
            select(DataRequest)
            .where(DataRequest.status.in_(QUEUE_STATUSES))
            .order_by(DataRequest.due_at, DataRequest.created_at, DataRequest.id)
        )
    )


def recent_exports(limit: int = 20) -> list[DataRequest]:
    """Built exports that can still be downloaded (admins may fetch them too, audited)."""
    return list(
        db.session.scalars(
            select(DataRequest)
            .where(DataRequest.export_key.is_not(None), DataRequest.export_expires_at > utcnow())
            .order_by(DataRequest.handled_at.desc(), DataRequest.id.desc())
            .limit(limit)
        )
    )


def close_request(request_id: int, *, actor, status: str = "done", note: str = "") -> DataRequest:
    """Mark a request handled (done or rejected), audited in the same commit."""
    if status not in ("done", "rejected"):
        raise PrivacyError("A request can only be marked done or rejected.")
    row = db.session.get(DataRequest, request_id)
    if row is None or row.status not in QUEUE_STATUSES:
        raise PrivacyError("That request is no longer open.")
    if status == "done" and row.kind == "erasure" and row.candidate.erased_at is None:
        raise PrivacyError("Erase the candidate's data first (the Erase button); marking it done erases nothing.")
    if status == "done" and row.kind == "export" and row.export_key is None:
        raise PrivacyError("The export is not built yet; it is marked done when it is ready.")
    row.status, row.handled_by_id, row.handled_at = status, actor.id, utcnow()
    row.note = note.strip()[:2000] or None
    record(actor, f"privacy.request_{status}", "data_request", row.id, kind=row.kind, candidate_id=row.candidate_id)
    db.session.commit()
    return row


def downloadable_exports(application) -> list[DataRequest]:
    """The candidate's built exports not yet downloaded and not expired (shown on their status page)."""
    return list(
        db.session.scalars(
            select(DataRequest).where(
                DataRequest.candidate_id == application.candidate_id,
                DataRequest.export_key.is_not(None),
                DataRequest.export_downloaded_at.is_(None),
                DataRequest.export_expires_at > utcnow(),
            )
        )
    )


def take_export(application, request_id: int) -> DataRequest | None:
    """The candidate downloads their export: allowed once, before it expires; marked and audited here."""
    row = next((r for r in downloadable_exports(application) if r.id == request_id), None)
    if row is None:
        return None
    row.export_downloaded_at = utcnow()
    record(None, "privacy.export_downloaded", "data_request", row.id, by="candidate", candidate_id=row.candidate_id)
    return row
