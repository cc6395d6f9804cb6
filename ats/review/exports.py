"""Exports of the recruiter's reading work: ranked applicants as CSV (no formula injection) and staff downloads."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from typing import Any

from flask import Response, abort
from sqlalchemy import select

from ats.applications import blind
from ats.applications.files import document_response
from ats.applications.models import Application, Document, ScreeningResult
from ats.audit.services import record
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.jobs.access import can_view_job
from ats.jobs.models import JobStage
from ats.review.ranking import Filters, filtered_query

COMPONENTS = ("required_skills", "preferred_skills", "experience", "education", "knockouts", "cover_letter")
HEADER = (
    "rank",
    "application_id",
    "name",
    "email",
    "phone",
    "stage",
    "score",
    "tier",
    "years_experience",
    "required_coverage",
    "knockout_failed",
    *(f"{c}_points" for c in COMPONENTS),
    "required_matched",
    "required_missing",
    "preferred_matched",
    "source",
    "applied_at",
    "screening_status",
)
DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
CHUNK = 1000


def safe_cell(value: Any) -> Any:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe; numbers pass through."""
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        return "'" + value
    return value


def _component(score_data: dict | None, name: str) -> dict:
    return next((c for c in (score_data or {}).get("components") or () if c.get("name") == name), {})


def _row(rank: int, app: Application, cand: Candidate, stage: str, score_data: dict | None) -> list[Any]:
    req = _component(score_data, "required_skills")
    pref = _component(score_data, "preferred_skills")
    points = [_component(score_data, c).get("points", "") for c in COMPONENTS]
    return [
        rank,
        app.id,
        cand.name,
        cand.email,
        cand.phone or "",
        stage,
        "" if app.score is None else app.score,
        app.tier or "",
        "" if app.years_experience is None else app.years_experience,
        "" if app.required_coverage is None else round(app.required_coverage, 3),
        "yes" if app.knockout_failed else "no",
        *points,
        "; ".join(m.get("label", "") for m in req.get("matched") or ()),
        "; ".join(req.get("missing") or ()),
        "; ".join(m.get("label", "") for m in pref.get("matched") or ()),
        app.source,
        app.applied_at.isoformat(timespec="seconds"),
        app.screening_status,
    ]


def ranked_csv(job, user, application_ids: Iterable[int] | None = None, *, filters: Filters | None = None) -> str:
    """The job's applicants (all, the given ids, or those matching ranking Filters) in rank order.

    Raises LookupError when the user may not see the job (callers answer 404).
    """
    if not can_view_job(user, job.id):
        raise LookupError("job not visible")
    q = (
        select(Application, Candidate, JobStage.name, ScreeningResult.score_data)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .join(JobStage, JobStage.id == Application.stage_id)
        .outerjoin(ScreeningResult, ScreeningResult.application_id == Application.id)
        .where(Application.job_id == job.id)
    )
    if application_ids is not None:
        q = q.where(Application.id.in_([int(i) for i in application_ids]))
    if filters is not None:
        q = q.where(Application.id.in_(filtered_query(job, filters)))
    q = q.order_by(Application.score.is_(None), Application.score.desc(), Application.id.desc())
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    rank = 0
    for rows in db.session.execute(q.execution_options(yield_per=CHUNK)).partitions():  # CHUNK rows in memory
        shown = blind.unmasked_ids(job, [r[0].id for r in rows])
        for app, cand, stage, score_data in rows:
            rank += 1
            row = _row(rank, app, cand, stage, score_data)
            if app.id not in shown:  # blind review: no name or contact details before the job's stage
                row[2:5] = [blind.alias(app), "", ""]
            writer.writerow([safe_cell(v) for v in row])
    return out.getvalue()


class ExportError(ValueError):
    """A user-facing reason why nothing was exported."""


MAX_SELECTED = 500


def export_filtered(job, user, filters: Filters) -> str:
    """The ranked list as filtered on screen, audited in one commit; a BOM so spreadsheets read UTF-8."""
    body = ranked_csv(job, user, filters=filters)
    record(user, "job.exported", "job", job.id, filters=filters.query_args())
    db.session.commit()
    return "\ufeff" + body


def export_selected(job, user, ids: Iterable[str]) -> str:
    """The selected applications of the job (ids of other jobs are ignored), audited in one commit."""
    clean = sorted({int(i) for i in ids if str(i).strip().isdigit()})[:MAX_SELECTED]
    if not clean:
        raise ExportError("Select at least one application.")
    body = ranked_csv(job, user, application_ids=clean)
    record(user, "applications.exported", "job", job.id, count=body.count("\r\n") - 1)
    db.session.commit()
    return body


def staff_download(user, document: Document) -> Response:
    """A stored document for staff who may see its job, audited in one commit; not while blind review hides
    who wrote it (the file itself names them)."""
    if blind.is_masked(document.application):
        abort(404)
    record(user, "document.downloaded", "document", document.id)
    db.session.commit()
    return document_response(document)
