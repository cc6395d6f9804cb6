"""Consent and EEO rows for a new application, and the admins' queue of candidates' data requests."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ats.audit.services import record
from ats.db import utcnow
from ats.extensions import db
from ats.privacy.models import PRIVACY_NOTICE_VERSION, REQUEST_KINDS, Consent, DataRequest, EeoResponse

EEO_FIELDS = ("gender", "race_ethnicity", "veteran_status", "disability_status")


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
    """A candidate asks for an export or erasure; a second identical open request is not duplicated."""
    if kind not in REQUEST_KINDS:
        raise PrivacyError("Choose an export or an erasure.")
    existing = db.session.scalar(
        select(DataRequest).where(
            DataRequest.candidate_id == application.candidate_id, DataRequest.kind == kind, DataRequest.status == "open"
        )
    )
    if existing is not None:
        return existing, False
    row = DataRequest(candidate_id=application.candidate_id, application_id=application.id, kind=kind, status="open")
    db.session.add(row)
    db.session.flush()
    record(None, f"privacy.{kind}_requested", "data_request", row.id, candidate_id=application.candidate_id)
    db.session.commit()
    return row, True


def open_requests() -> list[DataRequest]:
    """The admins' queue, oldest first."""
    return list(
        db.session.scalars(
            select(DataRequest).where(DataRequest.status == "open").order_by(DataRequest.created_at, DataRequest.id)
        )
    )


def close_request(request_id: int, *, actor, status: str = "done", note: str = "") -> DataRequest:
    """Mark a request handled (done or rejected), audited in the same commit."""
    if status not in ("done", "rejected"):
        raise PrivacyError("A request can only be marked done or rejected.")
    row = db.session.get(DataRequest, request_id)
    if row is None or row.status != "open":
        raise PrivacyError("That request is no longer open.")
    row.status, row.handled_by_id, row.handled_at = status, actor.id, utcnow()
    row.note = note.strip()[:2000] or None
    record(actor, f"privacy.request_{status}", "data_request", row.id, kind=row.kind, candidate_id=row.candidate_id)
    db.session.commit()
    return row
