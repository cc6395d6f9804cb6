"""Background screening: extract each document in the sandbox, analyse, score, store the evidence."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from flask import current_app
from sqlalchemy.orm.exc import StaleDataError

from ats import screening_adapter, search, worker
from ats.applications.files import file_store
from ats.applications.models import Application, Document, ScreeningResult
from ats.applications.signals import application_screened
from ats.audit.services import record
from ats.db import utcnow
from ats.extensions import db
from ats.screening import ExtractionError, Score
from ats.tasks.models import Task

log = logging.getLogger("ats.screening")
STALE_RETRIES = 5


def _extract(document: Document) -> None:
    """Fill extracted_text, or record the intake error in plain words; never raises."""
    try:
        with file_store().open(document.storage_key) as handle:  # type: ignore[arg-type]
            data = handle.read()
        text = screening_adapter.extract(data, document.original_name or "")
    except ExtractionError as exc:
        document.extraction_status, document.extraction_error = "failed", exc.message[:300]
        return
    except Exception as exc:  # a missing file or a bug: the application stays, marked for manual review
        log.warning("extraction of document %s failed: %s", document.id, exc)
        document.extraction_status, document.extraction_error = "failed", "The file could not be read."
        return
    document.extracted_text, document.extraction_status, document.extraction_error = text, "done", None
    search.index_document(document)  # keep the full-text index in step with the stored text


def _new_result(application: Application) -> ScreeningResult:
    """Attach a result row through the parent so the session cascade saves it."""
    application.screening = ScreeningResult()
    return application.screening


def as_of_date(application: Application) -> date:
    """Years of experience are counted up to the application date, so results are reproducible."""
    return application.applied_at.date()


def result_columns(score: Score) -> dict[str, Any]:
    """What a Score writes on its result row (the one mapping, shared with bulk rescoring)."""
    return {
        "score_data": score.as_dict(),
        "scorer_version": score.scorer_version,
        "requirements_hash": score.requirements_hash,
    }


def ranking_columns(score: Score) -> dict[str, Any]:
    """What a Score writes on the application for the ranked list."""
    return {
        "score": score.total,
        "tier": score.tier,
        "years_experience": score.total_years,
        "required_coverage": score.required_coverage,
        "knockout_failed": score.knockout_failed,
    }


def apply_score(application: Application, result: ScreeningResult, score: Score) -> None:
    """Store a Score on the result row and the ranked-list columns of the application."""
    for name, value in result_columns(score).items():
        setattr(result, name, value)
    for name, value in ranking_columns(score).items():
        setattr(application, name, value)


def screen(application: Application) -> dict[str, Any]:
    """Extract, analyse and score one application (the caller commits)."""
    _extract_documents(application)
    job = application.job
    if not job.screening_enabled:
        application.screening_status = "off"
        return {"screened": False}
    resume = application.document("resume")
    result = application.screening or _new_result(application)
    if resume is None or resume.extraction_status != "done" or not (resume.extracted_text or "").strip():
        application.screening_status = "failed"
        result.error = (resume.extraction_error if resume else None) or "No resume text to screen."
        return {"screened": False, "error": result.error}
    cover = application.document("cover_letter")
    cover_text = cover.extracted_text if cover is not None and cover.extraction_status == "done" else None
    analysis, outcome = screening_adapter.analyse_and_score(
        resume.extracted_text or "",
        cover_text,
        job.requirements(),
        knockout_answers(application),
        as_of=as_of_date(application),
    )
    result.store_analysis(analysis.to_dict())
    result.error = None
    result.as_of = utcnow()
    apply_score(application, result, outcome)
    application.screening_status = "done"
    return {"screened": True, "score": outcome.total, "auto_reject": outcome.auto_reject}


def knockout_answers(application: Application) -> dict[str, str]:
    return {str(k): str(v).strip().lower() for k, v in (application.answers or {}).items()}


def _commit_fresh(application_id: int, change: Callable[[Application], Any]) -> Any:
    """Apply a change to the application and commit; a stage move committed meanwhile means reload and retry."""
    for _ in range(STALE_RETRIES):
        application = db.session.get(Application, application_id)
        try:
            outcome = change(application)  # type: ignore[arg-type]
            db.session.commit()
            return outcome
        except StaleDataError:
            db.session.rollback()
    raise StaleDataError(f"application {application_id} kept changing during screening")


def _mark(status: str) -> Callable[[Application], None]:
    def change(application: Application) -> None:
        application.screening_status = status

    return change


def _extract_documents(application: Application) -> None:
    for document in application.documents:
        if document.storage_key and document.extraction_status != "done":
            _extract(document)


def _mark_failed(application: Application) -> None:
    application.screening_status = "failed"
    result = application.screening or _new_result(application)
    result.error = "Screening failed; review this application by hand."


def screen_task(task: Task) -> dict[str, Any]:
    """Task entry point; the application is never lost, and recruiters' moves never make it fail."""
    application_id = task.payload["application_id"]
    if db.session.get(Application, application_id) is None:
        return {"missing": True}
    try:
        _commit_fresh(application_id, _mark("running"))
        _commit_fresh(application_id, _extract_documents)  # extracted text is saved even if scoring fails
        outcome: dict[str, Any] = _commit_fresh(application_id, screen)
    except Exception:
        db.session.rollback()
        _commit_fresh(application_id, _mark_failed)
        raise
    application_screened.send(
        current_app._get_current_object(),  # type: ignore[attr-defined]
        application_id=application_id,
        auto_reject=bool(outcome.get("auto_reject")),
    )
    return outcome


def retry_screening(application: Application, *, actor: Any) -> None:
    """Queue screening again (e.g. after a failure), in one commit."""
    for document in application.documents:
        if document.extraction_status == "failed":
            document.extraction_status = "pending"
    application.screening_status = "pending"
    worker.enqueue("screen_application", {"application_id": application.id})
    record(actor, "application.screening_retried", "application", application.id)
    db.session.commit()
