"""Object-level access: admins and recruiters see every job; others only jobs assigned to them."""
from __future__ import annotations

from functools import wraps
from typing import Callable

from flask import abort
from flask_login import current_user, login_required
from sqlalchemy import Select, select

from ats.extensions import db

STAFF_ROLES = ("admin", "recruiter", "hiring_manager", "interviewer")
RECRUITING_ROLES = ("admin", "recruiter")


def roles_required(*roles: str) -> Callable:
    """Require a login (anonymous -> login page) and one of the roles (others -> 404)."""

    def decorator(view: Callable) -> Callable:
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if current_user.role not in roles:
                abort(404)
            return view(*args, **kwargs)

        return wrapped

    return decorator


def assigned_job_ids(user) -> Select:
    """Subquery of job ids a non-recruiting user is assigned to."""
    from ats.jobs.models import JobAssignment

    return select(JobAssignment.job_id).where(JobAssignment.user_id == user.id)


def restrict_jobs(query: Select, user, job_id_column) -> Select:
    """Limit any query on job-owned rows to what the user may see."""
    if user.role in RECRUITING_ROLES:
        return query
    return query.where(job_id_column.in_(assigned_job_ids(user)))


def can_view_job(user, job_id: int) -> bool:
    if user.role in RECRUITING_ROLES:
        return True
    from ats.jobs.models import JobAssignment

    return db.session.scalar(
        select(JobAssignment.id).where(JobAssignment.user_id == user.id, JobAssignment.job_id == job_id)
    ) is not None


def job_or_404(user, job_id: int):
    """The job if it exists and the user may see it; 404 otherwise (never reveal existence)."""
    from ats.jobs.models import Job

    job = db.session.get(Job, job_id)
    if job is None or not can_view_job(user, job.id):
        abort(404)
    return job


def application_or_404(user, application_id: int):
    """The application if the user may see its job; 404 otherwise."""
    from ats.applications.models import Application

    application = db.session.get(Application, application_id)
    if application is None or not can_view_job(user, application.job_id):
        abort(404)
    return application
