"""/api/v1: a job's ranked applications, one application, its stage moves (If-Match), notes, interviews, scorecards."""

from __future__ import annotations

import re
from typing import Any

from flask import request
from flask_smorest import Blueprint
from sqlalchemy import select

from ats.api import reading
from ats.api.auth import SECURED, actor, require_token
from ats.api.pagination import PageArgs, decode, encode, link_header, page_by_id
from ats.api.problems import fail, refuse_nul
from ats.api.schemas import (
    ApplicationPageSchema,
    ApplicationSchema,
    InterviewListSchema,
    MoveInputSchema,
    MovePageSchema,
    NoteInputSchema,
    NotePageSchema,
    NoteSchema,
    RankedArgs,
    ScorecardListSchema,
)
from ats.applications.models import Application, StageEvent
from ats.auth.access import RECRUITING_ROLES
from ats.interviews.notes import NoteError, add_note, visible_notes
from ats.interviews.services import interviews_of, visible_scorecards
from ats.jobs.access import job_or_404, job_row_or_404
from ats.pipeline import services as pipeline
from ats.pipeline.rules import Outcome, StageConflict, StageError, StageForbidden
from ats.review.ranking import Filters, ranked_page

blp = Blueprint("api_applications", __name__, url_prefix="/api/v1", description="Applications and their pipeline")
blp.before_request(require_token)
blp.before_request(refuse_nul)
_ETAG = re.compile(r'^(?:W/)?"?(\d{1,10})"?$')


def etag(application: Application) -> dict[str, str]:
    return {"ETag": f'"{application.version}"'}


def _application(application_id: int) -> Application:
    return job_row_or_404(actor(), Application, application_id)


@blp.route("/jobs/<id:job_id>/applications", methods=["GET"])
@blp.arguments(RankedArgs, location="query")
@blp.response(200, ApplicationPageSchema)
@blp.doc(security=SECURED)
def ranked(args: dict[str, Any], job_id: int):
    """The job's applications in rank order (score, then required skills, then date), filtered like the page."""
    job = job_or_404(actor(), job_id)
    raw = {k: v.isoformat() if hasattr(v, "isoformat") else str(v) for k, v in args.items() if v is not None}
    raw["knockout"] = "1" if args.get("knockout") else ""
    after = decode(args.get("cursor"))
    if after is not None and not isinstance(after, str):
        fail(400, "The cursor is not one this API gave out; start again without it.", code="bad_cursor")
    page = ranked_page(job, Filters.parse(raw), after, args["limit"])
    cursor = encode(page.next_cursor) if page.next_cursor else None
    items = [reading.row_out(row) for row in page.rows]
    return {"items": items, "next_cursor": cursor, "total": page.total}, 200, link_header(cursor)


@blp.route("/applications/<id:application_id>", methods=["GET"])
@blp.response(200, ApplicationSchema)
@blp.doc(security=SECURED)
def get_application(application_id: int):
    """One application: its score explained with quoted evidence, documents, answers; ETag is its version."""
    application = _application(application_id)
    return reading.application_out(application), 200, etag(application)


def _expected_version(body: dict[str, Any]) -> int:
    """The version the caller saw: If-Match, else the body's version; 428 when neither is sent."""
    header = request.headers.get("If-Match", "").strip()
    if header:
        match = _ETAG.match(header)
        if match is None:
            fail(400, 'If-Match must be the ETag you were given, e.g. "3".', code="bad_if_match")
        return int(match.group(1))
    if body.get("version") is None:
        fail(428, "Send the version you saw (If-Match header or version), so no one's move is overwritten.")
    return int(body["version"])


def _run_move(user: Any, application: Application, body: dict[str, Any], version: int) -> Outcome:
    """The pipeline service the action names; hiring managers decide (advance or reject) like on their page."""
    action, note = body["action"], body["note"]
    if action == "move":
        return pipeline.move(
            user,
            application,
            body.get("to_stage_id"),
            expected_version=version,
            note=note,
            send_email=body["send_email"],
        )
    if action == "advance" or (action == "reject" and user.role not in RECRUITING_ROLES):
        return pipeline.decide(
            user, application, action, expected_version=version, reason=body.get("reason", ""), note=note
        )
    if action == "reject":
        return pipeline.reject(
            user,
            application,
            expected_version=version,
            reason=body.get("reason", ""),
            note=note,
            send_email=body["send_email"],
            delay_hours=body["delay_hours"],
        )
    if action == "unreject":
        return pipeline.unreject(user, application, expected_version=version, note=note)
    return pipeline.reopen(user, application, expected_version=version, confirmed=body["confirmed"], note=note)


@blp.route("/applications/<id:application_id>/moves", methods=["POST"])
@blp.arguments(MoveInputSchema)
@blp.response(200, ApplicationSchema)
@blp.doc(
    security=SECURED,
    parameters=[{"in": "header", "name": "If-Match", "schema": {"type": "string"}, "description": "The ETag you saw"}],
)
def move(body: dict[str, Any], application_id: int):
    """Move, advance, reject, unreject or reopen; a stale version is a 409 and nothing changes."""
    application = _application(application_id)
    user = actor()
    version = _expected_version(body)
    try:
        _run_move(user, application, body, version)
    except StageForbidden as exc:
        fail(403, str(exc), code="role_not_allowed")
    except StageConflict as exc:
        fail(409, str(exc), code="stale_version", current_version=application.version)
    except StageError as exc:
        fail(422, str(exc), code="refused_move")
    return reading.application_out(application), 200, etag(application)


@blp.route("/applications/<id:application_id>/moves", methods=["GET"])
@blp.arguments(PageArgs, location="query")
@blp.response(200, MovePageSchema)
@blp.doc(security=SECURED)
def moves(args: dict[str, Any], application_id: int):
    """The application's stage history, newest first (who, when, from, to, why)."""
    application = _application(application_id)
    rows, cursor = page_by_id(
        select(StageEvent).where(StageEvent.application_id == application.id), StageEvent.id, args
    )
    return {"items": rows, "next_cursor": cursor}, 200, link_header(cursor)


@blp.route("/applications/<id:application_id>/notes", methods=["GET"])
@blp.arguments(PageArgs, location="query")
@blp.response(200, NotePageSchema)
@blp.doc(security=SECURED)
def notes(args: dict[str, Any], application_id: int):
    """Team notes on the application or its candidate, and the token user's private ones, newest first."""
    rows = visible_notes(actor(), _application(application_id))
    after = decode(args.get("cursor"))
    if after is not None and not isinstance(after, int):
        fail(400, "The cursor is not one this API gave out; start again without it.", code="bad_cursor")
    rows = sorted((n for n in rows if after is None or n.id < after), key=lambda n: n.id, reverse=True)
    page = rows[: args["limit"]]
    cursor = encode(page[-1].id) if len(rows) > len(page) else None
    return {"items": page, "next_cursor": cursor}, 200, link_header(cursor)


@blp.route("/applications/<id:application_id>/notes", methods=["POST"])
@blp.arguments(NoteInputSchema)
@blp.response(201, NoteSchema)
@blp.doc(security=SECURED)
def create_note(body: dict[str, Any], application_id: int):
    """Add a note (team or private); @mentions notify team members as on the page."""
    application = _application(application_id)
    try:
        note = add_note(application, actor(), body["body"], visibility=body["visibility"], about=body["about"])
    except NoteError as exc:
        fail(422, str(exc), errors=[{"pointer": f"/{k}", "detail": v} for k, v in exc.errors.items()])
    return note, 201


@blp.route("/applications/<id:application_id>/interviews", methods=["GET"])
@blp.response(200, InterviewListSchema)
@blp.doc(security=SECURED)
def interviews(application_id: int):
    """Interviews of the application, in time order."""
    return {"items": interviews_of(_application(application_id))}


@blp.route("/applications/<id:application_id>/scorecards", methods=["GET"])
@blp.response(200, ScorecardListSchema)
@blp.doc(security=SECURED)
def scorecards(application_id: int):
    """Scorecards the token's user may read: others' stay hidden until they submit their own (as on the page)."""
    cards, hidden = visible_scorecards(actor(), _application(application_id))
    return {"items": cards, "hidden": hidden}
