"""Recruiter changes to jobs beyond ats.jobs.services: save with rescoring, duplicate, team; one commit each."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from ats import worker
from ats.audit.services import record
from ats.auth.models import User
from ats.extensions import db
from ats.jobs.models import ASSIGNMENT_ROLES, Job, JobAssignment, JobStage
from ats.jobs.services import JOB_FIELDS, JobError, _apply_fields, _unique_slug, build_job
from ats.screening import Requirements


def _check_requirements(data: dict[str, Any]) -> None:
    """Let the screening library refuse requirements it cannot score (before anything is saved)."""
    try:
        Requirements.from_dict(data.get("requirements_data") or {})
    except (ValueError, KeyError, TypeError) as exc:
        raise JobError(f"The requirements are not valid: {exc}") from exc


def create_from_form(data: dict[str, Any], *, actor, source: str = "form") -> Job:
    """Create a job from the reviewed form (typed or imported from a description)."""
    data = dict(data)
    stages = data.pop("_stages", None)
    _check_requirements(data)
    job = build_job(data, stages=stages)
    job.created_by_id = getattr(actor, "id", None)
    db.session.flush()
    record(actor, "job.created", "job", job.id, title=job.title, source=source)
    db.session.commit()
    return job


def update_job(job: Job, data: dict[str, Any], *, actor) -> bool:
    """Save edits; when requirements or screening change, rescore the job's applications. Returns rescoring."""
    data = {k: v for k, v in data.items() if k in JOB_FIELDS}
    _check_requirements(data)
    before_requirements = job.requirements_data or {}
    before_screening = job.screening_enabled
    changed = sorted(k for k in data if getattr(job, k) != data[k])
    try:
        _apply_fields(job, data)
    except JobError:
        db.session.rollback()
        raise
    rescore = job.screening_enabled and (job.requirements_data != before_requirements or not before_screening)
    if rescore:  # the task also screens applications that arrived while screening was off
        worker.enqueue("rescore_job", {"job_id": job.id})
    record(actor, "job.updated", "job", job.id, fields=changed, rescored=rescore)
    db.session.commit()
    return rescore


def duplicate_job(job: Job, *, actor) -> Job:
    """A draft copy with the same text, requirements and stages (no applications, no team)."""
    copy = Job(slug=_unique_slug(f"{job.title} copy"), status="draft")
    for name in JOB_FIELDS:
        value = getattr(job, name)
        setattr(
            copy, name, dict(value) if isinstance(value, dict) else list(value) if isinstance(value, list) else value
        )
    copy.title = f"Copy of {job.title}"[:200]
    copy.created_by_id = getattr(actor, "id", None)
    for position, stage in enumerate(s for s in job.stages if not s.archived):
        copy.stages.append(JobStage(name=stage.name, kind=stage.kind, position=position))
    db.session.add(copy)
    db.session.flush()
    record(actor, "job.duplicated", "job", copy.id, source_job_id=job.id)
    db.session.commit()
    return copy


def team_candidates() -> list[User]:
    """Active hiring managers and interviewers who can be assigned to a job."""
    return list(
        db.session.scalars(
            select(User).where(User.role.in_(ASSIGNMENT_ROLES), User.is_active_flag.is_(True)).order_by(User.name)
        )
    )


def set_team(job: Job, wanted: dict[int, str], *, actor) -> None:
    """Make the job's assignments exactly `wanted` (user id -> role); unknown users are refused."""
    eligible = {u.id: u for u in team_candidates()}
    for user_id, role in wanted.items():
        if user_id not in eligible or role not in ASSIGNMENT_ROLES:
            raise JobError("Choose hiring managers and interviewers from the list.")
    current = {a.user_id: a for a in job.assignments}
    for user_id, assignment in current.items():
        if user_id not in wanted:
            db.session.delete(assignment)
            record(actor, "job.unassigned", "job", job.id, user_id=user_id)
        elif assignment.role != wanted[user_id]:
            assignment.role = wanted[user_id]
            record(actor, "job.assigned", "job", job.id, user_id=user_id, role=wanted[user_id])
    for user_id, role in wanted.items():
        if user_id not in current:
            db.session.add(JobAssignment(job_id=job.id, user_id=user_id, role=role))
            record(actor, "job.assigned", "job", job.id, user_id=user_id, role=role)
    db.session.commit()


def set_blind_review(job: Job, *, enabled: bool, until_stage_id: object, actor: Any) -> Job:
    """Switch blind review for a job: names and contact details stay hidden until the chosen stage (audited)."""
    stage = None
    if enabled:
        wanted = str(until_stage_id or "")
        stage = next((s for s in job.stages if str(s.id) == wanted and not s.is_exit and not s.archived), None)
        if stage is None:
            raise JobError("Choose the stage at which reviewers may see who the applicant is.")
    job.blind_review, job.blind_until_stage_id = enabled, stage.id if stage else None
    record(actor, "job.blind_review", "job", job.id, enabled=enabled, until=stage.name if stage else None)
    db.session.commit()
    return job
