"""/api/v1/jobs: list, read, create, update, publish, close; requirements and drafts from a posting's text."""

from __future__ import annotations

from typing import Any

from flask import url_for
from flask_smorest import Blueprint
from sqlalchemy import select

from ats.api import jobs_input
from ats.api.auth import SECURED, actor, require_token
from ats.api.pagination import link_header, page_by_id
from ats.api.problems import fail, refuse_nul
from ats.api.schemas_jobs import (
    DraftInputSchema,
    DraftSchema,
    JobInputSchema,
    JobListArgs,
    JobPageSchema,
    JobPatchSchema,
    JobSchema,
    RequirementsSchema,
)
from ats.auth.access import RECRUITING_ROLES
from ats.jobs import editing
from ats.jobs.access import job_or_404, restrict_jobs
from ats.jobs.models import Job
from ats.jobs.services import JOB_FIELDS, JobError, set_status

blp = Blueprint("api_jobs", __name__, url_prefix="/api/v1", description="Jobs and their requirements")
blp.before_request(require_token)
blp.before_request(refuse_nul)


def recruiting() -> Any:
    """The token's user, when recruiters' work is asked for; 403 for hiring managers and interviewers."""
    user = actor()
    if user.role not in RECRUITING_ROLES:
        fail(403, "Only recruiters and admins create and change jobs.", code="role_not_allowed")
    return user


def job_out(job: Job, *, full: bool = True) -> dict[str, Any]:
    data: dict[str, Any] = {name: getattr(job, name) for name in JOB_FIELDS if name not in ("questions",)}
    data.update(id=job.id, slug=job.slug, status=job.status, posted_at=job.posted_at)
    data.update(created_at=job.created_at, updated_at=job.updated_at)
    data["stages"] = job.stages
    data["public_url"] = url_for("portal.job", slug=job.slug, _external=True) if job.status == "open" else None
    if full:
        data["requirements"] = jobs_input.requirements_out(job)
    return data


def _validated(form, *, with_stages: bool = False) -> dict[str, Any]:
    data = form.validate(with_stages=with_stages)
    if data is None:
        fail(422, "The job was not saved: correct the fields listed in errors.", errors=jobs_input.form_errors(form))
    return data


@blp.route("/jobs", methods=["GET"])
@blp.arguments(JobListArgs, location="query")
@blp.response(200, JobPageSchema)
@blp.doc(security=SECURED)
def list_jobs(args: dict[str, Any]):
    """Jobs the token's user may see (hiring managers and interviewers: their assigned jobs), newest first."""
    query = restrict_jobs(select(Job), actor(), Job.id)
    if args.get("status"):
        query = query.where(Job.status == args["status"])
    rows, cursor = page_by_id(query, Job.id, args)
    return {"items": [job_out(job, full=False) for job in rows], "next_cursor": cursor}, 200, link_header(cursor)


@blp.route("/jobs", methods=["POST"])
@blp.arguments(JobInputSchema)
@blp.response(201, JobSchema)
@blp.doc(security=SECURED)
def create_job(body: dict[str, Any]):
    """Create a job with the job form's rules (status draft unless "open"); recruiters and admins."""
    user = recruiting()
    data = _validated(jobs_input.fill_form(body), with_stages=True)
    data["status"] = body.get("status", "draft")
    try:
        job = editing.create_from_form(data, actor=user, source="api")
    except JobError as exc:
        fail(422, str(exc))
    return job_out(job), 201, {"Location": url_for("api_jobs.get_job", job_id=job.id)}


@blp.route("/jobs/<id:job_id>", methods=["GET"])
@blp.response(200, JobSchema)
@blp.doc(security=SECURED)
def get_job(job_id: int):
    """One job with its stages and requirements."""
    return job_out(job_or_404(actor(), job_id))


@blp.route("/jobs/<id:job_id>", methods=["PATCH"])
@blp.arguments(JobPatchSchema)
@blp.response(200, JobSchema)
@blp.doc(security=SECURED)
def update_job(body: dict[str, Any], job_id: int):
    """Change the fields given; new requirements rescore the job's applications in the background."""
    if "status" in body or "stages" in body:
        fail(422, "Use publish and close for the status, and the stages page for stages.", code="not_editable")
    return job_out(_save(job_id, body))


def _save(job_id: int, body: dict[str, Any]) -> Job:
    """The job with `body` typed over it, through the job form's rules and editing.update_job (rescoring)."""
    job = job_or_404(actor(), job_id)
    user = recruiting()
    try:
        editing.update_job(job, _validated(jobs_input.fill_form(body, job=job)), actor=user)
    except JobError as exc:
        fail(422, str(exc))
    return job


@blp.route("/jobs/<id:job_id>/publish", methods=["POST"])
@blp.response(200, JobSchema)
@blp.doc(security=SECURED)
def publish_job(job_id: int):
    """Open the job: it appears on the careers pages, the feeds and the sitemap."""
    return _set_status(job_id, "open")


def _set_status(job_id: int, status: str) -> dict[str, Any]:
    job = job_or_404(actor(), job_id)
    set_status(job, status, actor=recruiting())
    return job_out(job)


@blp.route("/jobs/<id:job_id>/close", methods=["POST"])
@blp.response(200, JobSchema)
@blp.doc(security=SECURED)
def close_job(job_id: int):
    """Close the job: it leaves the careers pages and the feeds; its applications stay."""
    return _set_status(job_id, "closed")


@blp.route("/jobs/<id:job_id>/requirements", methods=["GET"])
@blp.response(200, RequirementsSchema)
@blp.doc(security=SECURED)
def get_requirements(job_id: int):
    """What screening scores this job's applications against."""
    return jobs_input.requirements_out(job_or_404(actor(), job_id))


@blp.route("/jobs/<id:job_id>/requirements", methods=["PUT"])
@blp.arguments(RequirementsSchema)
@blp.response(200, RequirementsSchema)
@blp.doc(security=SECURED)
def put_requirements(body: dict[str, Any], job_id: int):
    """Replace the requirements given (same rules as the job form); applications are rescored."""
    return jobs_input.requirements_out(_save(job_id, {"requirements": body}))


@blp.route("/jobs/draft", methods=["POST"])
@blp.arguments(DraftInputSchema)
@blp.response(200, DraftSchema)
@blp.doc(security=SECURED)
def draft_job(body: dict[str, Any]):
    """Draft a job and its requirements from a posting's text; nothing is saved (send it to POST /jobs)."""
    recruiting()
    return jobs_input.draft(body["text"])
