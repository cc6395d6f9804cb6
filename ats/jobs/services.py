"""Creating and changing jobs; each public function is one transaction."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from sqlalchemy import func, select

from ats.audit.services import record
from ats.db import utcnow
from ats.extensions import db
from ats.jobs.models import DEFAULT_STAGES, EMPLOYMENT_TYPES, JOB_STATUSES, Job, JobAssignment, JobStage

# Text columns of a job, as typed on the job form.
TEXT_FIELDS = (
    "title", "department", "location", "summary", "responsibilities", "qualifications", "benefits",
    "work_environment", "reporting_line", "how_to_apply", "eeo_statement",
)  # fmt: skip
# Plain columns a job can be created or edited with; anything else in the data is ignored.
JOB_FIELDS = (
    *TEXT_FIELDS, "region", "country", "valid_through", "remote", "employment_type", "salary_min", "salary_max",
    "salary_currency", "salary_period", "salary_published", "requirements_data", "questions", "screening_enabled",
)  # fmt: skip


class JobError(ValueError):
    """A user-facing reason why a job change was refused."""


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:180] or "job"


def _unique_slug(title: str) -> str:
    base = slugify(title)
    slug, n = base, 2
    while db.session.scalar(select(Job.id).where(Job.slug == slug)) is not None:
        slug, n = f"{base}-{n}", n + 1
    return slug


def _apply_fields(job: Job, data: dict[str, Any]) -> None:
    for name in JOB_FIELDS:
        if name in data:
            setattr(job, name, data[name])
    if not (job.title or "").strip():
        raise JobError("A job needs a title.")
    if job.employment_type not in EMPLOYMENT_TYPES:
        raise JobError(f"Employment type must be one of {', '.join(EMPLOYMENT_TYPES)}.")
    if job.salary_min is not None and job.salary_max is not None and float(job.salary_min) > float(job.salary_max):
        raise JobError("The salary minimum is above the maximum.")


def build_job(data: dict[str, Any], *, stages: list[tuple[str, str]] | None = None) -> Job:
    """A new Job with its stages, added to the session but not committed (for composing services)."""
    job = Job(slug=_unique_slug(data.get("title", "")), status=data.get("status", "draft"))
    _apply_fields(job, {"employment_type": "full_time", "remote": False, **data})
    if job.status not in JOB_STATUSES:
        raise JobError(f"Status must be one of {', '.join(JOB_STATUSES)}.")
    if job.status == "open":
        job.posted_at = data.get("posted_at") or utcnow()
    for position, (name, kind) in enumerate(stages or DEFAULT_STAGES):
        job.stages.append(JobStage(name=name, kind=kind, position=position))
    db.session.add(job)
    return job


def applicant_counts() -> dict[int, int]:
    """Applications per job id, for the jobs list (through the Job.applications mapping)."""
    rows = db.session.execute(select(Job.id, func.count()).join(Job.applications).group_by(Job.id))
    return {job_id: n for job_id, n in rows.all()}


def create_job(data: dict[str, Any], *, actor, stages: list[tuple[str, str]] | None = None) -> Job:
    """Create a job with the default (or given) stages; one commit."""
    job = build_job(data, stages=stages)
    job.created_by_id = getattr(actor, "id", None)
    db.session.flush()
    record(actor, "job.created", "job", job.id, title=job.title)
    db.session.commit()
    return job


def set_status(job: Job, status: str, *, actor) -> Job:
    """Open, close or return a job to draft; opening stamps the posted date once."""
    if status not in JOB_STATUSES:
        raise JobError(f"Status must be one of {', '.join(JOB_STATUSES)}.")
    previous, job.status = job.status, status
    if status == "open" and job.posted_at is None:
        job.posted_at = utcnow()
    record(actor, "job.status_changed", "job", job.id, previous=previous, status=status)
    db.session.commit()
    return job


def assign(job: Job, user, role: str, *, actor) -> JobAssignment:
    """Give a hiring manager or interviewer access to a job (idempotent)."""
    existing = db.session.scalar(
        select(JobAssignment).where(JobAssignment.job_id == job.id, JobAssignment.user_id == user.id)
    )
    if existing:
        existing.role = role
        assignment = existing
    else:
        assignment = JobAssignment(job_id=job.id, user_id=user.id, role=role)
        db.session.add(assignment)
    record(actor, "job.assigned", "job", job.id, user_id=user.id, role=role)
    db.session.commit()
    return assignment
