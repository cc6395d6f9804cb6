"""/api/v1: candidates, document downloads, the funnel report, and who the token is."""

from __future__ import annotations

from typing import Any

from flask import abort
from flask_smorest import Blueprint

from ats.api import reading
from ats.api.auth import SECURED, actor, require_token, token
from ats.api.pagination import link_header, page_by_id
from ats.api.problems import refuse_nul
from ats.api.schemas import CandidateArgs, CandidatePageSchema, CandidateSchema, FunnelArgs, FunnelSchema, MeSchema
from ats.applications.models import Document
from ats.applications.services import normalise_email
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.jobs.access import job_or_404, job_row_or_404
from ats.review.exports import staff_download

blp = Blueprint("api_people", __name__, url_prefix="/api/v1", description="Candidates, documents, reports")
blp.before_request(require_token)
blp.before_request(refuse_nul)
FILE_RESPONSE = {
    200: {
        "description": "The file as it was sent (attachment; audited)",
        "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
    }
}


@blp.route("/candidates", methods=["GET"])
@blp.arguments(CandidateArgs, location="query")
@blp.response(200, CandidatePageSchema)
@blp.doc(security=SECURED)
def candidates(args: dict[str, Any]):
    """People with an application on a job the token's user may see, newest first; ?email= finds one."""
    user = actor()
    query = reading.visible_candidates(user)
    if args.get("email"):
        query = query.where(Candidate.email_normalized == normalise_email(args["email"]))
    rows, cursor = page_by_id(query, Candidate.id, args)
    items = [reading.candidate_out(c, user) for c in rows]
    return {"items": items, "next_cursor": cursor}, 200, link_header(cursor)


@blp.route("/candidates/<id:candidate_id>", methods=["GET"])
@blp.response(200, CandidateSchema)
@blp.doc(security=SECURED)
def candidate(candidate_id: int):
    """A candidate and their applications on the jobs the token's user may see (404 when there are none)."""
    user = actor()
    found = db.session.scalar(reading.visible_candidates(user).where(Candidate.id == candidate_id))
    if found is None:
        abort(404)
    return reading.candidate_out(found, user)


@blp.route("/documents/<id:document_id>/download", methods=["GET"])
@blp.doc(security=SECURED, responses=FILE_RESPONSE)
def download_document(document_id: int):
    """A resume or cover letter, for staff who may see its job; nosniff, sandboxed, never cached."""
    user = actor()
    document = job_row_or_404(user, Document, document_id, job_of=lambda d: d.application.job_id)
    return staff_download(user, document)


@blp.route("/reports/funnel", methods=["GET"])
@blp.arguments(FunnelArgs, location="query")
@blp.response(200, FunnelSchema)
@blp.doc(security=SECURED)
def funnel(args: dict[str, Any]):
    """A job's funnel: applications reaching each stage and the share passing to the next, by date applied."""
    job = job_or_404(actor(), args["job_id"])
    return reading.funnel(job, args.get("applied_from"), args.get("applied_to"))


@blp.route("/me", methods=["GET"])
@blp.response(200, MeSchema)
@blp.doc(security=SECURED)
def me():
    """The user this token acts as, and the token's scope and expiry."""
    return {"user": actor(), "token": token()}
