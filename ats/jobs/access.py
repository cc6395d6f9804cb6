"""Object-level access, beside the job assignments it reads: admins and recruiters see every job,
hiring managers and interviewers only the jobs they are assigned to. Everything else is a 404."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from flask import abort
from sqlalchemy import Select, select

from ats.auth.access import RECRUITING_ROLES
from ats.extensions import db
from ats.jobs.models import Job, JobAssignment

Row = TypeVar("Row")
Query = TypeVar("Query", bound=Select)


def assigned_job_ids(user: Any) -> Select[Any]:
    """Subquery of job ids a non-recruiting user is assigned to."""
    return select(JobAssignment.job_id).where(JobAssignment.user_id == user.id)


def restrict_jobs(query: Query, user: Any, job_id_column: Any) -> Query:
    """Limit any query on job-owned rows to what the user may see."""
    if user.role in RECRUITING_ROLES:
        return query
    return query.where(job_id_column.in_(assigned_job_ids(user)))


def can_view_job(user: Any, job_id: int) -> bool:
    if user.role in RECRUITING_ROLES:
        return True
    return (
        db.session.scalar(
            select(JobAssignment.id).where(JobAssignment.user_id == user.id, JobAssignment.job_id == job_id)
        )
        is not None
    )


def can_manage(user: Any, job_id: int) -> bool:
    """Recruiters, admins and the job's hiring managers schedule, plan and decide."""
    if user.role in RECRUITING_ROLES:
        return True
    return (
        user.role == "hiring_manager"
        and db.session.scalar(
            select(JobAssignment.role).where(JobAssignment.user_id == user.id, JobAssignment.job_id == job_id)
        )
        == "hiring_manager"
    )


def job_or_404(user: Any, job_id: int) -> Job:
    """The job if it exists and the user may see it; 404 otherwise (never reveal existence)."""
    job = db.session.get(Job, job_id)
    if job is None or not can_view_job(user, job.id):
        abort(404)
    return job


def job_row_or_404(
    user: Any, model: type[Row], row_id: int, job_of: Callable[[Any], int] = lambda row: row.job_id
) -> Row:
    """A row that belongs to a job (an application, a document, an interview...) if the user may see that job."""
    row = db.session.get(model, row_id)
    if row is None or not can_view_job(user, job_of(row)):
        abort(404)
    return row
