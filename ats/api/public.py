"""Public endpoints for job boards: open jobs as JSON, RSS and board XML, sitemap.xml, and applying by API."""

from __future__ import annotations

import re
import secrets
from typing import Any

from flask import Blueprint as FlaskBlueprint
from flask import Response, current_app, request, url_for
from flask_smorest import Blueprint
from marshmallow import Schema, fields
from sqlalchemy import select

from ats.api import feeds
from ats.api.auth import limit_public
from ats.api.problems import fail, refuse_nul
from ats.applications.services import FileRejected
from ats.extensions import db
from ats.jobs.models import Job
from ats.portal import intake
from ats.portal.applying import build_input, collect_files
from ats.portal.forms import SOURCES, apply_form
from ats.portal.services import live, public_job_or_404
from ats.storage import StorageFull

blp = Blueprint("api_public", __name__, url_prefix="/api/v1/public", description="Open jobs, for job boards")
pages = FlaskBlueprint("feeds", __name__)
pages.before_request(limit_public)
_KEY = re.compile(r"^[A-Za-z0-9_\-.:]{8,64}$")


blp.before_request(refuse_nul)


@blp.before_request
def _limit() -> None:
    if request.method == "GET":
        limit_public()


def _open_jobs() -> list[Job]:
    return list(db.session.scalars(select(Job).where(live()).order_by(Job.posted_at.desc(), Job.id.desc())))


def _cached(body: bytes, mimetype: str) -> Response:
    response = Response(body, mimetype=mimetype)
    response.headers["Cache-Control"] = f"public, max-age={int(current_app.config['FEED_CACHE_SECONDS'])}"
    return response


class PublicJobSchema(Schema):
    slug = fields.String()
    title = fields.String()
    department = fields.String(allow_none=True)
    location = fields.String(allow_none=True)
    region = fields.String(allow_none=True)
    country = fields.String()
    remote = fields.Boolean()
    employment_type = fields.String()
    salary = fields.Dict(allow_none=True, metadata={"description": "min, max, currency, period, text; null if hidden"})
    summary = fields.String()
    description_html = fields.String()
    posted_at = fields.DateTime()
    valid_through = fields.Date()
    url = fields.String()
    apply_url = fields.String()
    api_apply_url = fields.String()
    posting = fields.Dict(metadata={"description": "schema.org JobPosting (JSON-LD), as on the job's page"})


class PublicJobListSchema(Schema):
    items = fields.List(fields.Nested(PublicJobSchema))


class ReceivedSchema(Schema):
    received = fields.Boolean()
    submission_id = fields.String()
    job = fields.String()


def _feed_doc(media_type: str, what: str) -> dict[int, Any]:
    return {200: {"description": what, "content": {media_type: {"schema": {"type": "string"}}}}}


@blp.route("/jobs", methods=["GET"])
@blp.response(200, PublicJobListSchema)
def jobs():
    """Every open job, newest first, with its JobPosting markup."""
    body = PublicJobListSchema().dumps({"items": [feeds.public_job(j) for j in _open_jobs()]})
    return _cached(body.encode(), "application/json")


@blp.route("/jobs.rss", methods=["GET"])
@blp.doc(responses=_feed_doc("application/rss+xml", "RSS 2.0 feed of open jobs"))
def jobs_rss():
    """Open jobs as an RSS 2.0 feed."""
    return _cached(feeds.rss(_open_jobs()), "application/rss+xml")


@blp.route("/jobs.xml", methods=["GET"])
@blp.doc(responses=_feed_doc("application/xml", "One <job> per opening"))
def jobs_xml():
    """Open jobs in the XML feed format job boards ingest."""
    return _cached(feeds.job_board_xml(_open_jobs()), "application/xml")


APPLY_BODY = {
    "required": True,
    "content": {
        "multipart/form-data": {
            "schema": {
                "type": "object",
                "required": ["name", "email", "resume", "consent"],
                "properties": {
                    "name": {"type": "string", "maxLength": 200},
                    "email": {"type": "string", "format": "email", "maxLength": 254},
                    "phone": {"type": "string", "maxLength": 40},
                    "location": {"type": "string", "maxLength": 200},
                    "resume": {"type": "string", "format": "binary", "description": "PDF, DOCX, ODT, RTF or TXT"},
                    "cover_letter_file": {"type": "string", "format": "binary"},
                    "cover_letter_text": {"type": "string", "maxLength": 20000},
                    "source": {"type": "string", "enum": [v for v, _ in SOURCES if v]},
                    "consent": {"type": "string", "enum": ["y"], "description": "The candidate agreed to the notice"},
                },
                "additionalProperties": {
                    "type": "string",
                    "description": "q_<id>: the answer to the job's question <id> (knockouts: yes or no)",
                },
            }
        }
    },
}
IDEMPOTENCY = {
    "in": "header",
    "name": "Idempotency-Key",
    "required": False,
    "schema": {"type": "string", "pattern": _KEY.pattern},
    "description": "The same key sent again gives the same answer and never a second application",
}


@blp.route("/jobs/<slug>/applications", methods=["POST"])
@blp.response(202, ReceivedSchema)
@blp.doc(requestBody=APPLY_BODY, parameters=[IDEMPOTENCY])
def apply(slug: str):
    """Apply to an open job: the careers form's fields and checks, limits and idempotency; the candidate gets
    the same confirmation email with their private status link."""
    job = public_job_or_404(slug)
    key = request.headers.get("Idempotency-Key", "").strip()
    if key and not _KEY.match(key):
        fail(400, "Idempotency-Key must be 8 to 64 letters, digits or - _ . :", code="bad_idempotency_key")
    form = apply_form(job, csrf=False)
    form.submission_id.data = key or secrets.token_urlsafe(24)
    received = {"received": True, "submission_id": form.submission_id.data, "job": job.slug}
    wait = intake.retry_after(job, form.email.data or "")
    if wait:
        fail(429, f"Too many applications. Wait {wait} seconds.", {"Retry-After": str(wait)}, retry_after=wait)
    if form.website.data:  # the portal's honeypot: the same answer, nothing saved
        return received, 202
    valid = form.validate()
    files = collect_files(form)
    if not valid or files.errors:
        errors = [{"pointer": f"/{name}", "detail": " ".join(texts)} for name, texts in form.errors.items() if texts]
        fail(422, "The application was not sent: correct the fields listed in errors.", errors=errors)
    try:
        intake.submit(job, build_input(form, job, files))
    except FileRejected as exc:
        fail(422, exc.message, errors=[{"pointer": f"/{exc.field}", "detail": exc.message}])
    except StorageFull:
        fail(507, "The application was not saved: our file storage is full. Send it again in a few minutes.")
    return received, 202


@pages.get("/sitemap.xml")
def sitemap():
    """The careers page and every open job's page."""
    return _cached(feeds.sitemap(_open_jobs()), "application/xml")


@pages.get("/robots.txt")
def robots():
    """Where the sitemap is."""
    body = f"User-agent: *\nAllow: /careers\nSitemap: {url_for('feeds.sitemap', _external=True)}\n"
    return _cached(body.encode(), "text/plain")
