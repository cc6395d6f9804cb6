"""Background screening: extract each document in the sandbox, analyse, score, store the evidence."""
from __future__ import annotations

import logging
from datetime import date
from typing import Any, Callable

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

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
    from ats.screening import nlp
    from ats.screening.analyse import analyse
    from ats.screening.score import score as score_analysis

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
    requirements = job.requirements()
    with nlp.LOCK:  # the worker runs several threads; spaCy's vocab is not thread-safe
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


STALE_RETRIES = 5


def _commit_fresh(application_id: int, change: Callable[[Application], Any]) -> Any:
    """Apply a change to the application and commit; a stage move committed meanwhile means reload and retry."""
    for _ in range(STALE_RETRIES):
        application = db.session.get(Application, application_id)
        try:
            outcome = change(application)
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


@worker.handler("screen_application")
def screen_task(task) -> dict[str, Any]:
    """Task entry point; the application is never lost, and recruiters' moves never make it fail."""
    application_id = task.payload["application_id"]
    if db.session.get(Application, application_id) is None:
        return {"missing": True}
    try:
        _commit_fresh(application_id, _mark("running"))
        _commit_fresh(application_id, _extract_documents)  # extracted text is saved even if scoring fails
        return _commit_fresh(application_id, screen)
    except Exception:
        db.session.rollback()
        _commit_fresh(application_id, _mark_failed)
        raise


def rescore_job(job) -> int:
    """Rescore every screened application of a job from the stored analyses (no file is re-read).

    Commits per chunk; a chunk that races with a stage move is simply scored again.
    """
    requirements = job.requirements()
    count, last_id = 0, 0
    while True:
        ids = list(db.session.scalars(
            select(Application.id)
            .join(ScreeningResult, ScreeningResult.application_id == Application.id)
            .where(Application.job_id == job.id, Application.id > last_id, ScreeningResult.analysis.is_not(None))
            .order_by(Application.id).limit(RESCORE_CHUNK)
        ))
        if not ids:
            return count
        for _ in range(STALE_RETRIES):
            try:
                _rescore_chunk(ids, requirements)
                db.session.commit()
                break
            except StaleDataError:
                db.session.rollback()
        count += len(ids)
        last_id = ids[-1]


def out_of_date(job) -> int:
    """How many of the job's stored scores came from another scorer version or other requirements."""
    from sqlalchemy import func, or_

    from ats.screening.score import SCORER_VERSION

    return db.session.scalar(
        select(func.count()).select_from(ScreeningResult)
        .join(Application, ScreeningResult.application_id == Application.id)
        .where(Application.job_id == job.id, ScreeningResult.analysis.is_not(None),
               or_(ScreeningResult.scorer_version.is_(None), ScreeningResult.scorer_version != SCORER_VERSION,
                   ScreeningResult.requirements_hash.is_(None),
                   ScreeningResult.requirements_hash != job.requirements().fingerprint()))) or 0


def _rescore_chunk(ids: list[int], requirements) -> None:
    from ats.screening.results import ResumeAnalysis
    from ats.screening.score import score as score_analysis

    rows = db.session.execute(
        select(Application, ScreeningResult).join(ScreeningResult, ScreeningResult.application_id == Application.id)
        .where(Application.id.in_(ids))
    ).all()
    for application, result in rows:
        analysis = ResumeAnalysis.from_dict(result.analysis)
        apply_score(application, result, score_analysis(analysis, requirements, _knockout_answers(application)))
    db.session.flush()


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
