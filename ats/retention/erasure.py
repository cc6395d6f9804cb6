"""Erasure that really erases: personal data, files, text, index rows, EEO answers, notes and emails go;
a pseudonymous record (job, stages and their dates, source, score) stays so reports still count it.

Files leave the store only after the commit, so a failed commit never leaves rows pointing at deleted files
(a crash in between leaves stray files, which `flask check-storage` reports).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from flask import current_app
from sqlalchemy import ColumnElement, Text, cast, delete, func, or_, select, update

from ats import search
from ats.api.models import WebhookDelivery
from ats.applications.files import file_store
from ats.applications.models import Application, Document, ScreeningAnalysis, ScreeningResult, StageEvent
from ats.audit.services import record
from ats.candidates.models import Candidate, Note
from ats.db import utcnow
from ats.extensions import db
from ats.interviews.models import Scorecard, ScorecardRevision
from ats.notifications.models import OutboxMessage
from ats.notifications.services import forget_copies
from ats.privacy.models import Consent, DataRequest, EeoResponse
from ats.tasks.models import Task

ERASED_NAME = "Erased candidate"


class LegalHold(PermissionError):
    """The candidate is under legal hold: nothing of theirs may be erased or purged."""


@dataclass
class Erased:
    """What one erasure removed, for the audit record and the command's output."""

    candidate_id: int
    applications: int = 0
    files: list[str] = field(default_factory=list)
    emails: list[int] = field(default_factory=list)
    needles: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def erased_email(candidate_id: int) -> str:
    """The placeholder address of an erased candidate (the column is required; .invalid never delivers)."""
    return f"erased-{candidate_id}@erased.invalid"


def candidates_by_email(email: str) -> list[Candidate]:
    """Every record that claims this address (duplicates included), not yet erased."""
    normalized = (email or "").strip().lower()
    return list(
        db.session.scalars(
            select(Candidate)
            .where(Candidate.email_normalized == normalized, Candidate.erased_at.is_(None))
            .order_by(Candidate.id)
        )
    )


def _mentions(column: Any, needles: list[str]) -> ColumnElement[bool]:
    """True where the column's text (JSON included) holds one of the needles, case-insensitively."""
    text_value = func.lower(cast(column, Text))
    return or_(*(text_value.contains(needle.lower(), autoescape=True) for needle in needles))


def erase_candidate(candidate: Candidate, *, actor: Any, reason: str, commit: bool = True) -> Erased:
    """Erase one candidate (refused under legal hold); closes their open erasure requests; audited."""
    if candidate.on_legal_hold:
        raise LegalHold(f"Candidate {candidate.id} is under legal hold: {candidate.legal_hold_reason}")
    report = Erased(candidate.id)
    needles = [n for n in {candidate.email, candidate.email_normalized, candidate.name, candidate.phone or ""} if n]
    app_ids = list(db.session.scalars(select(Application.id).where(Application.candidate_id == candidate.id)))
    report.applications = len(app_ids)
    report.files = [
        key
        for key in db.session.scalars(
            select(Document.storage_key).where(Document.application_id.in_(app_ids), Document.storage_key.is_not(None))
        )
        if key
    ]
    report.files += [
        key
        for key in db.session.scalars(
            select(DataRequest.export_key).where(
                DataRequest.candidate_id == candidate.id, DataRequest.export_key.is_not(None)
            )
        )
        if key
    ]
    _scrub_applications(app_ids, report)
    _scrub_around(candidate, app_ids, needles, report)
    _pseudonymise(candidate)
    for row in db.session.scalars(
        select(DataRequest).where(DataRequest.candidate_id == candidate.id, DataRequest.kind == "erasure")
    ):
        if row.status in ("pending", "open", "processing"):
            row.status, row.handled_by_id, row.handled_at = "done", getattr(actor, "id", None), utcnow()
    record(
        actor,
        "privacy.erased",
        "candidate",
        candidate.id,
        reason=reason,
        applications=report.applications,
        files=len(report.files),
    )
    if commit:
        db.session.commit()
        remove_files(report)
    return report


def remove_files(report: Erased) -> None:
    """Delete the erased files and local email copies (after the commit that dropped their rows)."""
    store = file_store()
    for key in report.files:
        store.delete(key)
    forget_copies(current_app._get_current_object(), report.emails, report.needles)  # type: ignore[attr-defined]


def _count(name: str, result: Any, report: Erased) -> None:
    report.rows[name] = report.rows.get(name, 0) + int(getattr(result, "rowcount", 0) or 0)


def _scrub_applications(app_ids: list[int], report: Erased) -> None:
    """Keep the applications' pseudonymous facts; drop their documents, text, answers and analyses."""
    if not app_ids:
        return
    for app_id in app_ids:
        search.remove_application(app_id)
    _count("documents", db.session.execute(delete(Document).where(Document.application_id.in_(app_ids))), report)
    results = select(ScreeningResult.id).where(ScreeningResult.application_id.in_(app_ids))
    db.session.execute(delete(ScreeningAnalysis).where(ScreeningAnalysis.result_id.in_(results)))
    db.session.execute(
        update(ScreeningResult)
        .where(ScreeningResult.application_id.in_(app_ids))
        .values(score_data=None)  # the error (a plain-words cause) stays
    )
    db.session.execute(
        update(Application)
        .where(Application.id.in_(app_ids))
        .values(answers={}, tags=[], submission_id=None, status_token_hash=None)
        .execution_options(synchronize_session=False)
    )
    db.session.execute(update(StageEvent).where(StageEvent.application_id.in_(app_ids)).values(note=None))
    card_ids = list(db.session.scalars(select(Scorecard.id).where(Scorecard.application_id.in_(app_ids))))
    if card_ids:
        db.session.execute(delete(ScorecardRevision).where(ScorecardRevision.scorecard_id.in_(card_ids)))
        for card in db.session.scalars(select(Scorecard).where(Scorecard.id.in_(card_ids))):
            card.takeaways = ""
            card.ratings = [{**r, "evidence": ""} for r in (card.ratings or [])]
    _count(
        "eeo_responses", db.session.execute(delete(EeoResponse).where(EeoResponse.application_id.in_(app_ids))), report
    )


def _scrub_around(candidate: Candidate, app_ids: list[int], needles: list[str], report: Erased) -> None:
    """Notes, consent, emails, webhook copies and task records that name the candidate."""
    _count("notes", db.session.execute(delete(Note).where(Note.candidate_id == candidate.id)), report)
    _count("consents", db.session.execute(delete(Consent).where(Consent.candidate_id == candidate.id)), report)
    outbox_match = [OutboxMessage.candidate_id == candidate.id]
    if needles:
        outbox_match += [
            _mentions(column, needles)
            for column in (OutboxMessage.to_addr, OutboxMessage.subject, OutboxMessage.body_text)
        ]
    if app_ids:
        outbox_match.append(OutboxMessage.application_id.in_(app_ids))
    report.emails = list(db.session.scalars(select(OutboxMessage.id).where(or_(*outbox_match))))
    _count(
        "outbox_messages", db.session.execute(delete(OutboxMessage).where(OutboxMessage.id.in_(report.emails))), report
    )
    report.needles = needles
    if needles:
        _count(
            "webhook_deliveries",
            db.session.execute(delete(WebhookDelivery).where(_mentions(WebhookDelivery.body, needles))),
            report,
        )
        _count(
            "tasks",
            db.session.execute(
                delete(Task).where(
                    Task.status.in_(("done", "failed")),
                    or_(
                        _mentions(Task.payload, needles),
                        _mentions(Task.result, needles),
                        _mentions(Task.error, needles),
                    ),
                )
            ),
            report,
        )
    db.session.execute(
        update(DataRequest)
        .where(DataRequest.candidate_id == candidate.id)
        .values(export_key=None, export_expires_at=None)
    )


def _pseudonymise(candidate: Candidate) -> None:
    """The candidate row stays (applications point at it) but says nothing about the person."""
    candidate.name = ERASED_NAME
    candidate.email = candidate.email_normalized = erased_email(candidate.id)
    candidate.phone = candidate.phone_normalized = candidate.location = None
    candidate.email_verified_at = candidate.talent_pool_at = None
    candidate.erased_at = utcnow()
