"""The candidate's copy of their data: one zip with data.json (everything we hold about them) and their files.

Voluntary EEO answers are left out on purpose: the zip is also handled by admins, and no staff member may see
one person's answers; data.json says how many were given and how to ask for them.
"""

from __future__ import annotations

import io
import json
import zipfile
from datetime import datetime, timedelta
from typing import Any

from flask import current_app
from sqlalchemy import func, select

from ats.applications.files import file_store
from ats.applications.models import Application, StageEvent
from ats.audit.services import record
from ats.candidates.models import Candidate, Note
from ats.db import utcnow
from ats.extensions import db
from ats.interviews.models import Interview, Scorecard
from ats.notifications.models import OutboxMessage
from ats.notifications.services import queue_email
from ats.privacy.models import Consent, DataRequest, EeoResponse
from ats.retention.erasure import LegalHold
from ats.storage import InvalidKey
from ats.tasks.models import Task

EEO_NOTE = (
    "You answered {n} voluntary equal-opportunity question(s). Those answers are stored apart from your "
    "application, used only in anonymous totals, and never shown to staff, so they are not copied into this "
    "file. Reply to our privacy email to receive them or to have them deleted."
)


def _when(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _application(application: Application) -> dict[str, Any]:
    events = db.session.scalars(
        select(StageEvent).where(StageEvent.application_id == application.id).order_by(StageEvent.id)
    )
    screening = application.screening
    return {
        "job": application.job.title,
        "applied_at": _when(application.applied_at),
        "source": application.source,
        "current_stage": application.stage.name,
        "answers": application.answers,
        "rejection_reason": application.rejection_reason,
        "history": [
            {"at": _when(e.created_at), "from": e.from_name, "to": e.to_name, "reason": e.reason, "note": e.note}
            for e in events
        ],
        "screening": {
            "score": application.score,
            "tier": application.tier,
            "years_experience": application.years_experience,
            "explanation": screening.score_data if screening else None,
        },
        "documents": [
            {"kind": d.kind, "file": _file_name(d), "extracted_text": d.extracted_text} for d in application.documents
        ],
        "interviews": [
            {"starts_at": _when(i.starts_at), "round": i.round_name, "status": i.status}
            for i in db.session.scalars(select(Interview).where(Interview.application_id == application.id))
        ],
        "scorecards": [
            {"ratings": c.ratings, "takeaways": c.takeaways, "recommendation": c.recommendation}
            for c in db.session.scalars(
                select(Scorecard).where(Scorecard.application_id == application.id, Scorecard.submitted_at.is_not(None))
            )
        ],
    }


def _file_name(document) -> str:
    suffix = (document.file_kind or "txt") if document.storage_key else "txt"
    return f"files/{document.application_id}-{document.id}-{document.kind}.{suffix}"


def export_data(candidates: list[Candidate]) -> dict[str, Any]:
    """Everything held about these candidate records (one person, possibly several records), as plain data."""
    records = []
    for candidate in candidates:
        ids = [a.id for a in candidate.applications]
        eeo = db.session.scalar(select(func.count(EeoResponse.id)).where(EeoResponse.application_id.in_(ids))) or 0
        records.append(
            {
                "name": candidate.name,
                "email": candidate.email,
                "phone": candidate.phone,
                "location": candidate.location,
                "created_at": _when(candidate.created_at),
                "email_verified_at": _when(candidate.email_verified_at),
                "applications": [_application(a) for a in candidate.applications],
                "notes": [
                    {"at": _when(n.created_at), "text": n.body}
                    for n in db.session.scalars(select(Note).where(Note.candidate_id == candidate.id))
                ],
                "consents": [
                    {"given_at": _when(c.given_at), "notice_version": c.notice_version, "text": c.text}
                    for c in db.session.scalars(select(Consent).where(Consent.candidate_id == candidate.id))
                ],
                "emails": [
                    {"at": _when(m.created_at), "to": m.to_addr, "subject": m.subject, "body": m.body_text}
                    for m in db.session.scalars(
                        select(OutboxMessage)
                        .where(OutboxMessage.candidate_id == candidate.id)
                        .order_by(OutboxMessage.id)
                    )
                ],
                "data_requests": [
                    {"kind": r.kind, "status": r.status, "at": _when(r.created_at)}
                    for r in db.session.scalars(select(DataRequest).where(DataRequest.candidate_id == candidate.id))
                ],
                "voluntary_self_identification": EEO_NOTE.format(n=eeo) if eeo else None,
            }
        )
    return {"generated_at": _when(utcnow()), "company": current_app.config["COMPANY_NAME"], "records": records}


def build_zip(candidates: list[Candidate]) -> bytes:
    """data.json plus every stored file (typed cover letters as text); refused under legal hold."""
    held = [c for c in candidates if c.on_legal_hold]
    if held:
        raise LegalHold(f"Candidate {held[0].id} is under legal hold: {held[0].legal_hold_reason}")
    store = file_store()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        data = export_data(candidates)
        archive.writestr("data.json", json.dumps(data, indent=2, ensure_ascii=False, default=str))
        for candidate in candidates:
            for application in candidate.applications:
                for document in application.documents:
                    archive.writestr(_file_name(document), _document_bytes(store, document))
    return buffer.getvalue()


def _document_bytes(store, document) -> bytes:
    if document.storage_key:
        try:
            with store.open(document.storage_key) as handle:
                return handle.read()
        except (FileNotFoundError, InvalidKey):
            return b"(the stored file is missing)"
    return (document.extracted_text or "").encode("utf-8")


def export_task(task: Task) -> dict[str, Any]:
    """Worker: build the export of a confirmed request, store it (expiring) and tell the candidate."""
    row = db.session.get(DataRequest, int(task.payload["request_id"]))
    if row is None or row.status != "processing":
        return {"skipped": True}
    candidate = row.candidate
    try:
        data = build_zip([candidate])
    except LegalHold:
        row.status, row.note = "open", "Not built: the candidate is under legal hold; an admin decides."
        record(None, "privacy.export_refused", "data_request", row.id, candidate_id=candidate.id, reason="legal hold")
        db.session.commit()
        return {"held": True}
    store = file_store()
    staged = store.stage(data)
    row.export_key, row.export_downloaded_at = staged.key, None
    row.export_expires_at = utcnow() + timedelta(days=int(current_app.config["EXPORT_TTL_DAYS"]))
    row.status, row.handled_at = "done", utcnow()
    record(None, "privacy.export_built", "data_request", row.id, candidate_id=candidate.id, size=staged.size)
    if row.application is not None:
        queue_email(
            candidate.email,
            "Your copy of your data is ready",
            "Hello,\n\nThe copy of the personal data we hold about you is ready. Open the status link of your "
            f'application and choose "Download my data". It can be downloaded once, within '
            f"{current_app.config['EXPORT_TTL_DAYS']} days.\n",
            template="data_export_ready",
            candidate_id=candidate.id,
            application_id=row.application_id,
        )
    store.persist([staged], db.session.commit)
    return {"size": staged.size}
