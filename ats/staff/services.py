"""Read models for the staff home page."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from ats.applications.models import Application
from ats.extensions import db
from ats.jobs.access import restrict_jobs
from ats.jobs.models import Job, JobStage


@dataclass(frozen=True)
class JobSummary:
    """A job with its applicant count per stage, in the job's stage order."""

    job: Job
    stage_counts: list[tuple[JobStage, int]]
    total: int


def job_summaries(user, statuses: tuple[str, ...] = ("open", "draft", "closed")) -> list[JobSummary]:
    """Jobs the user may see with counts per stage, two queries whatever the number of jobs."""
    jobs_q = restrict_jobs(select(Job).where(Job.status.in_(statuses)), user, Job.id).order_by(
        Job.status.desc(), Job.title
    )
    jobs = list(db.session.scalars(jobs_q))
    if not jobs:
        return []
    counts_q = (
        select(Application.stage_id, func.count())
        .where(Application.job_id.in_([j.id for j in jobs]))
        .group_by(Application.stage_id)
    )
    counts = dict(db.session.execute(counts_q).all())
    result = []
    for job in jobs:
        pairs = [(stage, counts.get(stage.id, 0)) for stage in job.stages if not stage.archived]
        result.append(JobSummary(job=job, stage_counts=pairs, total=sum(n for _, n in pairs)))
    return result
