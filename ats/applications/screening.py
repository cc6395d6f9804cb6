"""Background screening: extract each document in the sandbox, analyse, score, store the evidence."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date
from typing import Any

from flask import current_app
from sqlalchemy import func, or_, select
from sqlalchemy.orm.exc import StaleDataError

from ats import screening_adapter, search, worker
from ats.applications.files import file_store
from ats.applications.models import Application, Document, ScreeningResult
from ats.applications.signals import application_screened
from ats.audit.services import record
from ats.db import utcnow
from ats.extensions import db
from ats.jobs.models import Job
from ats.screening import ANALYSER_VERSION, SCORER_VERSION, ExtractionError, Requirements, Score
from ats.tasks.models import Task

log = logging.getLogger("ats.screening")
RESCORE_CHUNK = 500
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


def apply_score(application: Application, result: ScreeningResult, score: Score) -> None:
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
        _knockout_answers(application),
        as_of=as_of_date(application),
    )
    result.analysis = analysis.to_dict()
    result.error = None
    result.as_of = utcnow()
    apply_score(application, result, outcome)
    application.screening_status = "done"
    return {"screened": True, "score": outcome.total, "auto_reject": outcome.auto_reject}


def _knockout_answers(application: Application) -> dict[str, str]:
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


def rescore_job(job: Job) -> int:
    """Rescore every screened application of a job from the stored analyses (no file is re-read);
    an analysis from an older analyser is made again from the stored text first.

    Commits per chunk; a chunk that races with a stage move is simply scored again.
    """
    requirements = job.requirements()
    count, last_id = 0, 0
    while True:
        ids = list(
            db.session.scalars(
                select(Application.id)
                .join(ScreeningResult, ScreeningResult.application_id == Application.id)
                .where(Application.job_id == job.id, Application.id > last_id, ScreeningResult.analysis.is_not(None))
                .order_by(Application.id)
                .limit(RESCORE_CHUNK)
            )
        )
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


def out_of_date(job: Job) -> int:
    """How many of the job's stored scores came from another scorer version or other requirements."""
    return (
        db.session.scalar(
            select(func.count())
            .select_from(ScreeningResult)
            .join(Application, ScreeningResult.application_id == Application.id)
            .where(
                Application.job_id == job.id,
                ScreeningResult.analysis.is_not(None),
                or_(
                    ScreeningResult.scorer_version.is_(None),
                    ScreeningResult.scorer_version != SCORER_VERSION,
                    ScreeningResult.requirements_hash.is_(None),
                    ScreeningResult.requirements_hash != job.requirements().fingerprint(),
                ),
            )
        )
        or 0
    )


def _rescore_chunk(ids: list[int], requirements: Requirements) -> None:
    rows = db.session.execute(
        select(Application, ScreeningResult)
        .join(ScreeningResult, ScreeningResult.application_id == Application.id)
        .where(Application.id.in_(ids))
    ).all()
    for application, result in rows:
        if (result.analysis or {}).get("analyser_version") != ANALYSER_VERSION and _reanalyse(
            application, result, requirements
        ):
            continue
        apply_score(
            application,
            result,
            screening_adapter.rescore(result.analysis or {}, requirements, _knockout_answers(application)),
        )
    db.session.flush()


def _reanalyse(application: Application, result: ScreeningResult, requirements: Requirements) -> bool:
    """An analysis made by an older analyser is made again from the stored text (no file is read)."""
    resume = application.document("resume")
    if resume is None or resume.extraction_status != "done" or not (resume.extracted_text or "").strip():
        return False
    cover = application.document("cover_letter")
    cover_text = cover.extracted_text if cover is not None and cover.extraction_status == "done" else None
    analysis, outcome = screening_adapter.analyse_and_score(
        resume.extracted_text or "",
        cover_text,
        requirements,
        _knockout_answers(application),
        as_of=as_of_date(application),
    )
    result.analysis = analysis.to_dict()
    apply_score(application, result, outcome)
    return True


def queue_unscreened(job: Job) -> int:
    """Applications that arrived while screening was off are screened once it is on again (one commit)."""
    if not job.screening_enabled:
        return 0
    ids = list(
        db.session.scalars(
            select(Application.id).where(Application.job_id == job.id, Application.screening_status == "off")
        )
    )
    for application_id in ids:
        worker.enqueue("screen_application", {"application_id": application_id})
    db.session.commit()
    return len(ids)


def rescore_task(task: Task) -> dict[str, Any]:
    """After a change to a job: rescore what was screened, and screen what never was."""
    job = db.session.get(Job, task.payload["job_id"])
    if job is None:
        return {"rescored": 0}
    count = rescore_job(job)
    db.session.commit()
    return {"rescored": count, "screening_queued": queue_unscreened(job)}


def retry_screening(application: Application, *, actor: Any) -> None:
    """Queue screening again (e.g. after a failure), in one commit."""
    for document in application.documents:
        if document.extraction_status == "failed":
            document.extraction_status = "pending"
    application.screening_status = "pending"
    worker.enqueue("screen_application", {"application_id": application.id})
    record(actor, "application.screening_retried", "application", application.id)
    db.session.commit()
