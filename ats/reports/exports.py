"""CSV exports of ranked applicants, safe to open in spreadsheet programs (no formula injection)."""
from __future__ import annotations

import csv
import io
from typing import Any, Iterable

from sqlalchemy import select

from ats.applications.models import Application, ScreeningResult
from ats.auth.access import can_view_job
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.jobs.models import JobStage

COMPONENTS = ("required_skills", "preferred_skills", "experience", "education", "knockouts", "cover_letter")
HEADER = ("rank", "application_id", "name", "email", "phone", "stage", "score", "tier", "years_experience",
          "required_coverage", "knockout_failed", *(f"{c}_points" for c in COMPONENTS),
          "required_matched", "required_missing", "preferred_matched", "source", "applied_at", "screening_status")
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
    return [rank, app.id, cand.name, cand.email, cand.phone or "", stage,
            "" if app.score is None else app.score, app.tier or "",
            "" if app.years_experience is None else app.years_experience,
            "" if app.required_coverage is None else round(app.required_coverage, 3),
            "yes" if app.knockout_failed else "no", *points,
            "; ".join(m.get("label", "") for m in req.get("matched") or ()),
            "; ".join(req.get("missing") or ()),
            "; ".join(m.get("label", "") for m in pref.get("matched") or ()),
            app.source, app.applied_at.isoformat(timespec="seconds"), app.screening_status]


def ranked_csv(job, user, application_ids: Iterable[int] | None = None, *, filters=None) -> str:
    """The job's applicants (all, the given ids, or those matching ranking Filters) in rank order.

    Raises LookupError when the user may not see the job (callers answer 404).
    """
    if not can_view_job(user, job.id):
        raise LookupError("job not visible")
    q = (select(Application, Candidate, JobStage.name, ScreeningResult.score_data)
         .join(Candidate, Candidate.id == Application.candidate_id)
         .join(JobStage, JobStage.id == Application.stage_id)
         .outerjoin(ScreeningResult, ScreeningResult.application_id == Application.id)
         .where(Application.job_id == job.id))
    if application_ids is not None:
        q = q.where(Application.id.in_([int(i) for i in application_ids]))
    if filters is not None:
        from ats.jobs.ranking import filtered_query

        q = q.where(Application.id.in_(filtered_query(job, filters)))
    q = q.order_by(Application.score.is_(None), Application.score.desc(), Application.id.desc())
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for rank, (app, cand, stage, score_data) in enumerate(db.session.execute(q.execution_options(yield_per=CHUNK)), 1):
        writer.writerow([safe_cell(v) for v in _row(rank, app, cand, stage, score_data)])
    return out.getvalue()
