"""Read models of the API: applications (ranked rows and the full record), candidates, and the funnel report."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, time
from typing import Any

from flask import url_for
from sqlalchemy import distinct, func, select

from ats.applications.models import Application, StageEvent
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.jobs.access import restrict_jobs
from ats.jobs.models import Job, JobStage
from ats.review.ranking import Row

SCORE_KEYS = (
    "total", "tier", "total_years", "relevant_years", "stated_years", "required_coverage", "knockout_failed",
    "scorer_version", "components",
)  # fmt: skip


def _stage(stage: Any) -> dict[str, Any]:
    return {"id": stage.id, "name": stage.name, "kind": stage.kind}


def _base(application: Application, name: str) -> dict[str, Any]:
    fields = (
        "id", "job_id", "candidate_id", "version", "score", "tier", "years_experience", "required_coverage",
        "knockout_failed", "screening_status", "source", "tags", "applied_at",
    )  # fmt: skip
    data = {key: getattr(application, key) for key in fields}
    data.update(candidate_name=name, stage=_stage(application.stage))
    return data


def row_out(row: Row) -> dict[str, Any]:
    """A ranked row: the score's components as bars and the required skills matched and missing."""
    data = _base(row.application, row.name)
    data["components"] = [{"name": b.name, "label": b.label, "weight": b.weight, "points": b.points} for b in row.bars]
    data.update(required_matched=row.required_matched, required_missing=row.required_missing)
    return data


def application_out(application: Application) -> dict[str, Any]:
    """The full record: score explained with evidence, documents with their download links, answers."""
    candidate = application.candidate
    data = _base(application, candidate.name)
    score = application.screening.score_data if application.screening else None
    data["screening"] = {k: score.get(k) for k in SCORE_KEYS} if score else None
    components: list[dict[str, Any]] = (score or {}).get("components") or []
    data["components"] = [{k: c.get(k) for k in ("name", "weight", "points")} for c in components]
    required: dict[str, Any] = next((c for c in components if c.get("name") == "required_skills"), {})
    data["required_matched"] = [m.get("label", "") for m in required.get("matched") or ()]
    data["required_missing"] = list(required.get("missing") or ())
    data["candidate"] = candidate
    data["answers"] = {str(k): str(v) for k, v in (application.answers or {}).items()}
    data["rejection_reason"] = application.rejection_reason
    data["documents"] = [
        {
            "id": d.id,
            "kind": d.kind,
            "original_name": d.original_name,
            "content_type": d.content_type,
            "size": d.size,
            "extraction_status": d.extraction_status,
            "download_url": url_for("api_people.download_document", document_id=d.id, _external=True),
        }
        for d in application.documents
    ]
    return data


def visible_candidates(user: Any) -> Any:
    """select(Candidate) of people with at least one application on a job the user may see."""
    apps = restrict_jobs(select(Application.candidate_id), user, Application.job_id)
    return select(Candidate).where(Candidate.id.in_(apps))


def candidate_out(candidate: Candidate, user: Any) -> dict[str, Any]:
    """The candidate and only the applications on jobs the user may see."""
    query = restrict_jobs(
        select(Application).where(Application.candidate_id == candidate.id), user, Application.job_id
    ).order_by(Application.id)
    applications = [
        {
            "id": a.id,
            "job_id": a.job_id,
            "job_title": a.job.title,
            "stage": _stage(a.stage),
            "applied_at": a.applied_at,
        }
        for a in db.session.scalars(query)
    ]
    fields = ("id", "name", "email", "phone", "location", "created_at")
    return {**{k: getattr(candidate, k) for k in fields}, "applications": applications}


def funnel(job: Job, applied_from: date | None = None, applied_to: date | None = None) -> dict[str, Any]:
    """Applications reaching each stage or a later one (read from the stage history, never from personal
    fields), how many are in it now, and the share that went on to the next stage."""
    apps = select(Application.id).where(Application.job_id == job.id)
    if applied_from:
        apps = apps.where(Application.applied_at >= datetime.combine(applied_from, time.min, UTC))
    if applied_to:
        apps = apps.where(Application.applied_at <= datetime.combine(applied_to, time.max, UTC))
    furthest = Counter(
        position
        for _, position in db.session.execute(
            select(StageEvent.application_id, func.max(JobStage.position))
            .join(JobStage, JobStage.id == StageEvent.to_stage_id)
            .where(StageEvent.application_id.in_(apps), JobStage.kind.in_(("active", "hired")))
            .group_by(StageEvent.application_id)
        )
    )
    exited = dict(
        db.session.execute(
            select(StageEvent.to_stage_id, func.count(distinct(StageEvent.application_id)))
            .where(StageEvent.application_id.in_(apps))
            .group_by(StageEvent.to_stage_id)
        ).all()
    )
    current = dict(
        db.session.execute(
            select(Application.stage_id, func.count()).where(Application.id.in_(apps)).group_by(Application.stage_id)
        ).all()
    )
    total = db.session.scalar(select(func.count()).select_from(apps.subquery())) or 0
    path = [s for s in job.stages if s.kind in ("active", "hired") and not s.archived]
    rows: list[dict[str, Any]] = [
        {
            "stage_id": s.id,
            "name": s.name,
            "kind": s.kind,
            "reached": sum(n for position, n in furthest.items() if position >= s.position),
            "current": current.get(s.id, 0),
        }
        for s in path
    ]
    for here, after in zip(rows, [*rows[1:], None], strict=True):
        here["pass_through"] = round(after["reached"] / here["reached"], 3) if after and here["reached"] else None
    rows += [
        {"stage_id": s.id, "name": s.name, "kind": s.kind, "reached": exited.get(s.id, 0),
         "current": current.get(s.id, 0), "pass_through": None}
        for s in job.stages if s.is_exit
    ]  # fmt: skip
    return {"job_id": job.id, "applications": total, "stages": rows}
