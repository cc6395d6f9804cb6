"""Public reads for the careers pages and the candidate's status page, and the candidate's own actions."""

from __future__ import annotations

import hmac
from typing import Any

from flask import abort
from sqlalchemy import or_, select

from ats.applications.models import Application, Document
from ats.applications.services import hash_token
from ats.db import utcnow
from ats.extensions import db
from ats.jobs.models import EMPLOYMENT_LABELS, EMPLOYMENT_TYPES, Job
from ats.portal.posting import lines

MIN_TOKEN_LENGTH = 32
PERIOD_LABEL = {"year": "a year", "month": "a month", "week": "a week", "day": "a day", "hour": "an hour"}
CURRENCY_SIGN = {"USD": "$", "EUR": "€", "GBP": "£", "CAD": "CA$", "AUD": "A$", "INR": "₹"}
# Candidate-friendly words for the default stages; other stages fall back on their kind.
STAGE_WORDS = {
    "Applied": ("Received", "We have your application and will review it soon."),
    "Screening": ("Under review", "Our team is reviewing your application."),
    "Phone screen": ("Under review", "We may contact you for a short phone call."),
    "Interview": ("Interviewing", "You are in the interview stage. We will contact you about the next step."),
    "Offer": ("Offer", "We are preparing or discussing an offer with you."),
}
KIND_WORDS = {
    "active": ("Under review", "Our team is reviewing your application."),
    "hired": ("Hired", "Congratulations, and welcome to the team."),
    "rejected": ("Not selected", "We decided not to continue with your application this time. Thank you for applying."),
    "withdrawn": ("Withdrawn", "You withdrew this application. We will not consider it further."),
}


def live() -> Any:
    """The condition of a public posting: open, and its closing date (if any) not passed."""
    return (Job.status == "open") & (Job.valid_through.is_(None) | (Job.valid_through >= utcnow().date()))


def open_jobs(q: str = "", location: str = "", employment_type: str = "") -> list[Job]:
    """Open postings, newest first, matching the free-text search and the filters."""
    query = select(Job).where(live())
    q = q.strip()[:100]
    if q:
        query = query.where(
            or_(
                Job.title.icontains(q, autoescape=True),
                Job.summary.icontains(q, autoescape=True),
                Job.department.icontains(q, autoescape=True),
            )
        )
    if location == "remote":
        query = query.where(Job.remote.is_(True))
    elif location:
        query = query.where(Job.location == location)
    if employment_type in EMPLOYMENT_TYPES:
        query = query.where(Job.employment_type == employment_type)
    return list(db.session.scalars(query.order_by(Job.posted_at.desc(), Job.id.desc())))


def filter_options() -> dict[str, list[tuple[str, str]]]:
    """Locations and employment types that open jobs actually have (value, label)."""
    rows = db.session.execute(select(Job.location, Job.remote, Job.employment_type).where(live())).all()
    locations = sorted({r.location for r in rows if r.location})
    options = [("remote", "Remote")] if any(r.remote for r in rows) else []
    types = [t for t in EMPLOYMENT_TYPES if any(r.employment_type == t for r in rows)]
    return {
        "locations": options + [(loc, loc) for loc in locations],
        "types": [(t, EMPLOYMENT_LABELS[t]) for t in types],
    }


def public_job_or_404(slug: str) -> Job:
    """An open job by slug; drafts, closed jobs and those past their closing date do not exist for the public."""
    job = db.session.scalar(select(Job).where(Job.slug == slug, live()))
    if job is None:
        abort(404)
    return job


def salary_text(job: Job) -> str | None:
    """'$35,000 – $60,000 a year', or None when the range is not published."""
    if not job.salary_published or (job.salary_min is None and job.salary_max is None):
        return None
    sign = CURRENCY_SIGN.get(job.salary_currency, job.salary_currency + " ")
    parts = [f"{sign}{float(v):,.0f}" for v in (job.salary_min, job.salary_max) if v is not None]
    return " – ".join(parts) + " " + PERIOD_LABEL.get(job.salary_period, "per " + job.salary_period)


def qualifications(job: Job) -> dict[str, list[str]]:
    """Split 'Required: …' and 'Preferred: …' lines; unlabelled lines count as required."""
    found: dict[str, list[str]] = {"required": [], "preferred": []}
    for line in lines(job.qualifications):
        head, _, rest = line.partition(":")
        if head.strip().lower() == "preferred" and rest.strip():
            found["preferred"].append(rest.strip())
        elif head.strip().lower() == "required" and rest.strip():
            found["required"].append(rest.strip())
        else:
            found["required"].append(line)
    return found


def application_by_token(token: str) -> Application:
    """The application whose status link this is; any wrong, old or malformed token is the same 404."""
    if not token or len(token) < MIN_TOKEN_LENGTH or len(token) > 200:
        abort(404)
    digest = hash_token(token)
    application = db.session.scalar(select(Application).where(Application.status_token_hash == digest))
    if application is None or not hmac.compare_digest(application.status_token_hash or "", digest):
        abort(404)
    return application


def stage_words(application: Application) -> tuple[str, str]:
    """(label, sentence) a candidate understands; never internal stage notes or scores."""
    stage = application.stage
    if stage.kind == "active" and stage.name in STAGE_WORDS:
        return STAGE_WORDS[stage.name]
    return KIND_WORDS.get(stage.kind, KIND_WORDS["active"])


def own_document_or_404(application: Application, document_id: int) -> Document:
    """A document of this application only (another candidate's id is the same 404)."""
    document = db.session.get(Document, document_id)
    if document is None or document.application_id != application.id:
        abort(404)
    return document


def confirmation_application(job: Job, submission_id: str) -> Application | None:
    if not submission_id or len(submission_id) > 64:
        return None
    return db.session.scalar(
        select(Application).where(Application.submission_id == submission_id, Application.job_id == job.id)
    )
