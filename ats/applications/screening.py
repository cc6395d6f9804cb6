"""Background screening: extract each document in the sandbox, analyse, score, store the evidence."""
from __future__ import annotations

import logging
from datetime import date
from typing import Any

from flask import current_app
from sqlalchemy import select

from ats import search, worker
from ats.applications.files import file_store
from ats.applications.models import Application, Document, ScreeningResult
from ats.db import utcnow
from ats.extensions import db

log = logging.getLogger("ats.screening")
RESCORE_CHUNK = 500


def _extract(document: Document) -> None:
    """Fill extracted_text, or record the intake error in plain words; never raises."""
    from ats.screening.extract import ExtractionError
    from ats.screening.sandbox import extract_in_sandbox

    cfg = current_app.config
    try:
        with file_store().open(document.storage_key) as handle:
            data = handle.read()
        result = extract_in_sandbox(data, document.original_name or "", timeout=float(cfg["EXTRACT_TIMEOUT_SECONDS"]),
                                    memory_mb=int(cfg["EXTRACT_MEMORY_MB"]))
    except ExtractionError as exc:
        document.extraction_status, document.extraction_error = "failed", exc.message[:300]
        return
    except Exception as exc:  # a missing file or a bug: the application stays, marked for manual review
        log.warning("extraction of document %s failed: %s", document.id, exc)
        document.extraction_status, document.extraction_error = "failed", "The file could not be read."
        return
    document.extracted_text, document.extraction_status, document.extraction_error = result.text, "done", None
    search.index_document(document)  # keep the full-text index in step with the stored text


def _new_result(application: Application) -> ScreeningResult:
    """Attach a result row through the parent so the session cascade saves it."""
    application.screening = ScreeningResult()
    return application.screening


def as_of_date(application: Application) -> date:
    """Years of experience are counted up to the application date, so results are reproducible."""
    return application.applied_at.date()


def apply_score(application: Application, result: ScreeningResult, score) -> None:
    """Store a Score on the result row and the ranked-list columns of the application."""
    result.score_data = score.as_dict()
    result.scorer_version = score.scorer_version
    result.requirements_hash = score.requirements_hash
    application.score = score.total
    application.tier = score.tier
    application.years_experience = score.total_years
    application.required_coverage = score.required_coverage
    application.knockout_failed = score.knockout_failed


def screen(application: Application) -> dict[str, Any]:
    """Extract, analyse and score one application (the caller commits)."""
    from ats.screening.analyse import analyse
    from ats.screening.score import score as score_analysis

    for document in application.documents:
        if document.storage_key and document.extraction_status != "done":
            _extract(document)
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
    requirements = job.requirements()
    analysis = analyse(resume.extracted_text, cover_text, as_of=as_of_date(application),
                       custom_skills=requirements.skill_defs())
    outcome = score_analysis(analysis, requirements, _knockout_answers(application))
    result.analysis = analysis.to_dict()
    result.error = None
    result.as_of = utcnow()
    apply_score(application, result, outcome)
    application.screening_status = "done"
    if outcome.auto_reject:
        _auto_reject(application)
    return {"screened": True, "score": outcome.total}


def _knockout_answers(application: Application) -> dict[str, str]:
    return {str(k): str(v).strip().lower() for k, v in (application.answers or {}).items()}


def _auto_reject(application: Application) -> None:
    """Only when the job enabled auto-reject on that knockout question (never on the score alone)."""
    from ats.pipeline.services import add_move

    rejected = application.job.stage_by_kind.get("rejected")
    if rejected is not None and application.stage.kind == "active":
        add_move(application, rejected, actor=None, reason="Knockout answer (automatic, as configured for this job)")


@worker.handler("screen_application")
def screen_task(task) -> dict[str, Any]:
    """Task entry point; the application is never lost, whatever happens here."""
    application = db.session.get(Application, task.payload["application_id"])
    if application is None:
        return {"missing": True}
    application.screening_status = "running"
    db.session.commit()
    try:
        outcome = screen(application)
        db.session.commit()
        return outcome
    except Exception:
        db.session.rollback()
        application = db.session.get(Application, task.payload["application_id"])
        application.screening_status = "failed"
        result = application.screening or _new_result(application)
        result.error = "Screening failed; review this application by hand."
        db.session.commit()
        raise


def rescore_job(job) -> int:
    """Rescore every screened application of a job from the stored analyses (no file is re-read)."""
    from ats.screening.results import ResumeAnalysis
    from ats.screening.score import score as score_analysis

    requirements = job.requirements()
    count, last_id = 0, 0
    while True:
        rows = db.session.execute(
            select(Application, ScreeningResult)
            .join(ScreeningResult, ScreeningResult.application_id == Application.id)
            .where(Application.job_id == job.id, Application.id > last_id, ScreeningResult.analysis.is_not(None))
            .order_by(Application.id).limit(RESCORE_CHUNK)
        ).all()
        if not rows:
            break
        for application, result in rows:
            analysis = ResumeAnalysis.from_dict(result.analysis)
            apply_score(application, result, score_analysis(analysis, requirements, _knockout_answers(application)))
            count += 1
            last_id = application.id
        db.session.flush()
    return count


@worker.handler("rescore_job")
def rescore_task(task) -> dict[str, Any]:
    from ats.jobs.models import Job

    job = db.session.get(Job, task.payload["job_id"])
    count = rescore_job(job) if job else 0
    db.session.commit()
    return {"rescored": count}


def retry_screening(application: Application, *, actor) -> None:
    """Queue screening again (e.g. after a failure), in one commit."""
    from ats.audit.services import record

    for document in application.documents:
        if document.extraction_status == "failed":
            document.extraction_status = "pending"
    application.screening_status = "pending"
    worker.enqueue("screen_application", {"application_id": application.id})
    record(actor, "application.screening_retried", "application", application.id)
    db.session.commit()
