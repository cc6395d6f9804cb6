"""The hiring manager/interviewer dashboard read model (decisions go through ats.pipeline.services.decide)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from ats.applications.models import Application, StageEvent
from ats.extensions import db
from ats.interviews.models import Interview, Scorecard
from ats.interviews.services import interviews_for_user
from ats.jobs.access import restrict_jobs
from ats.jobs.models import JobAssignment, JobStage
from ats.staff.services import job_summaries


@dataclass
class Dashboard:
    jobs: list
    waiting: list[tuple[Application, int]]
    today: list[Interview]
    week: list[Interview]
    owed: list[Interview]
    candidates: dict[int, list[Application]]


def managed_job_ids(user):
    """Jobs whose decisions the user makes: all for recruiters and admins, else the HM assignments."""
    if user.role in ("admin", "recruiter"):
        return select(Application.job_id)
    return select(JobAssignment.job_id).where(JobAssignment.user_id == user.id, JobAssignment.role == "hiring_manager")


def waiting_for_decision(user) -> list[tuple[Application, int]]:
    """Active applications with submitted scorecards newer than their last stage move (and how many)."""
    if user.role == "interviewer":
        return []
    last_move = (
        select(StageEvent.application_id, func.max(StageEvent.created_at).label("moved_at"))
        .group_by(StageEvent.application_id)
        .subquery()
    )
    query = (
        select(Application, func.count(Scorecard.id))
        .join(Scorecard, Scorecard.application_id == Application.id)
        .join(JobStage, JobStage.id == Application.stage_id)
        .outerjoin(last_move, last_move.c.application_id == Application.id)
        .where(
            Scorecard.submitted_at.is_not(None),
            JobStage.kind == "active",
            Application.job_id.in_(managed_job_ids(user)),
            (last_move.c.moved_at.is_(None)) | (Scorecard.submitted_at > last_move.c.moved_at),
        )
        .group_by(Application.id)
        .order_by(Application.id)
    )
    return [(a, n) for a, n in db.session.execute(restrict_jobs(query, user, Application.job_id)).all()]


def _visible_interviews(user):
    """Interviews the user sits on, plus (for managers) every interview of the jobs they manage."""
    base = select(Interview).join(Application, Application.id == Interview.application_id)
    if user.role == "interviewer":
        mine = interviews_for_user(user).with_only_columns(Interview.id)
        base = base.where(Interview.id.in_(mine))
    else:
        mine = interviews_for_user(user).with_only_columns(Interview.id)
        base = base.where(Interview.id.in_(mine) | Application.job_id.in_(managed_job_ids(user)))
    return restrict_jobs(base, user, Application.job_id).where(Interview.status == "scheduled")


def build(user, now: datetime | None = None) -> Dashboard:
    """Everything on the dashboard, restricted to the user's jobs."""
    now = now or datetime.now(UTC)
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    upcoming = list(
        db.session.scalars(
            _visible_interviews(user)
            .where(Interview.starts_at >= day_start, Interview.starts_at < day_start + timedelta(days=7))
            .order_by(Interview.starts_at)
        )
    )
    today = [i for i in upcoming if i.starts_at < day_start + timedelta(days=1)]
    week = [i for i in upcoming if i not in today]
    submitted = select(Scorecard.interview_id).where(
        Scorecard.author_id == user.id, Scorecard.submitted_at.is_not(None), Scorecard.interview_id.is_not(None)
    )
    owed = list(
        db.session.scalars(
            restrict_jobs(
                interviews_for_user(user)
                .join(Application, Application.id == Interview.application_id)
                .where(
                    Interview.status != "cancelled",
                    Interview.starts_at <= now + timedelta(days=7),
                    Interview.id.not_in(submitted),
                ),
                user,
                Application.job_id,
            ).order_by(Interview.starts_at)
        )
    )
    jobs = job_summaries(user, statuses=("open",))
    return Dashboard(
        jobs=jobs,
        waiting=waiting_for_decision(user),
        today=today,
        week=week,
        owed=owed,
        candidates=active_candidates(user, [s.job.id for s in jobs]),
    )


def active_candidates(user, job_ids: list[int], per_job: int = 50) -> dict[int, list[Application]]:
    """Applications still in an active stage of the given jobs, furthest stage first, then best score."""
    query = (
        select(Application)
        .join(JobStage, JobStage.id == Application.stage_id)
        .where(Application.job_id.in_(job_ids), JobStage.kind == "active")
        .order_by(JobStage.position.desc(), Application.score.desc().nulls_last(), Application.id)
    )
    result: dict[int, list[Application]] = {job_id: [] for job_id in job_ids}
    for application in db.session.scalars(restrict_jobs(query, user, Application.job_id)):
        if len(result[application.job_id]) < per_job:
            result[application.job_id].append(application)
    return result
