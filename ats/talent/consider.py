"""'Consider for another job': the candidate's resume becomes a sourced application there, screened as any other."""

from __future__ import annotations

import secrets
from typing import Any

from sqlalchemy import select

from ats.applications.files import file_store
from ats.applications.models import Application
from ats.applications.services import ApplicationInput, FileRejected, Upload, submit_application
from ats.audit.services import record
from ats.extensions import db
from ats.jobs.access import restrict_jobs
from ats.jobs.models import Job

SOURCED = "sourced"


class ConsiderError(ValueError):
    """Why the candidate could not be added to that job, in plain words."""


def jobs_to_consider(user: Any, application: Application) -> list[Job]:
    """Open jobs the user may see that the candidate has not applied to yet."""
    applied = select(Application.job_id).where(Application.candidate_id == application.candidate_id)
    query = select(Job).where(Job.status == "open", Job.id.not_in(applied)).order_by(Job.title, Job.id)
    return list(db.session.scalars(restrict_jobs(query, user, Job.id)))


def consider_for_job(actor: Any, application: Application, job_id: object) -> Application:
    """Create an application (source "sourced") for another open job from this one's resume; screening follows.

    It goes through submit_application, so the new application gets its stage event, audit, documents and
    screening task like any other; no email goes to the candidate.
    """
    job = next((j for j in jobs_to_consider(actor, application) if str(j.id) == str(job_id)), None)
    if job is None:
        raise ConsiderError("Choose an open job this candidate has not applied to.")
    resume = application.document("resume")
    if resume is None or resume.storage_key is None or not file_store().exists(resume.storage_key):
        raise ConsiderError("This application has no stored resume to send to another job.")
    with file_store().open(resume.storage_key) as handle:
        data = handle.read()
    candidate = application.candidate
    try:
        result = submit_application(
            job,
            ApplicationInput(
                name=candidate.name,
                email=candidate.email,
                phone=candidate.phone or "",
                location=candidate.location or "",
                resume=Upload(resume.original_name or "resume", data, resume.content_type),
                source=SOURCED,
                submission_id=secrets.token_hex(16),
            ),
            actor=actor,
            notify=False,
            candidate=candidate,
        )
    except FileRejected as exc:
        raise ConsiderError(exc.message) from exc
    created = result.application
    record(actor, "application.sourced", "application", created.id, from_application=application.id, job_id=job.id)
    db.session.commit()
    return created
