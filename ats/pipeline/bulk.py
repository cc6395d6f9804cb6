"""Bulk actions on selected applications of one job: all or nothing, in one commit."""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field

from sqlalchemy import select

from ats.applications.models import Application
from ats.audit.services import record
from ats.extensions import db
from ats.pipeline.actions import (
    commit_move, delay_of, rejection_target, stage_move, stage_of,
)
from ats.pipeline.services import StageConflict, StageError, _record_conflict
from ats.db import utcnow

BULK_ACTIONS = ("move", "reject", "tag", "export")
MAX_BULK = 500
_TAG = re.compile(r"^[\w .+#/-]{1,40}$")


@dataclass
class BulkOutcome:
    """How many applications changed, how many emails were queued, and the CSV for an export."""

    action: str
    count: int = 0
    emailed: int = 0
    skipped: list[str] = field(default_factory=list)
    csv_text: str | None = None


def selected(job, ids) -> list[Application]:
    """The job's applications among the ids (ids of other jobs are ignored, never acted on)."""
    clean = sorted({int(i) for i in ids if str(i).strip().isdigit()})[:MAX_BULK]
    if not clean:
        raise StageError("Select at least one application.")
    rows = list(db.session.scalars(select(Application).where(Application.job_id == job.id, Application.id.in_(clean))
                                   .order_by(Application.id)))
    if not rows:
        raise StageError("Select at least one application.")
    return rows


def _check_versions(rows: list[Application], versions: dict[int, int], actor, to_name: str) -> None:
    """Any application changed since the page was loaded stops the whole action (nothing half-saved)."""
    stale = [a for a in rows if a.id in versions and versions[a.id] != a.version]
    if stale:
        ids = [a.id for a in stale]
        db.session.rollback()
        for app_id in ids:
            _record_conflict(app_id, actor, to_name)
        raise StageConflict(StageConflict.message)


def bulk_action(job, *, actor, action: str, ids, versions: dict[int, int] | None = None, stage_id=None,
                reason: str = "", tag: str = "", send_email: bool = False, delay=None, note: str = "") -> BulkOutcome:
    """Run one bulk action; every move writes its own stage event and audit event, all in one commit."""
    if action not in BULK_ACTIONS:
        raise StageError("Choose an action.")
    rows = selected(job, ids)
    versions = versions or {}
    outcome = BulkOutcome(action=action)
    if action == "export":
        outcome.csv_text = export_csv(job, actor, [a.id for a in rows])
        outcome.count = len(rows)
        record(actor, "applications.exported", "job", job.id, count=len(rows))
        db.session.commit()
        return outcome
    if action == "tag":
        return _tag(rows, tag, actor, outcome)
    if action == "move":
        to_stage = stage_of(rows[0], stage_id)
        if to_stage.is_exit:
            raise StageError("Use “Reject” to reject applications; it asks for a reason.")
        _check_versions(rows, versions, actor, to_stage.name)
        send_after = None
    else:
        to_stage, reason = rejection_target(rows[0], reason)
        wait = delay_of(delay)
        send_after = (utcnow() + wait) if wait else None
        _check_versions(rows, versions, actor, to_stage.name)
    for application in rows:
        if application.stage_id == to_stage.id or (action == "reject" and application.stage.is_exit):
            outcome.skipped.append(application.candidate.name)
            continue
        moved = stage_move(application, to_stage, actor=actor, note=note, send_email=send_email,
                           reason=reason if action == "reject" else None, send_after=send_after)
        outcome.count += 1
        outcome.emailed += int(moved.emailed)
    commit_move(rows[0].id, actor, to_stage.name)
    return outcome


def _tag(rows: list[Application], tag: str, actor, outcome: BulkOutcome) -> BulkOutcome:
    tag = " ".join((tag or "").split())
    if not _TAG.match(tag):
        raise StageError("Enter a tag of 1 to 40 letters, digits, spaces or . + # / -")
    for application in rows:
        if tag in (application.tags or []):
            outcome.skipped.append(application.candidate.name)
            continue
        application.tags = [*(application.tags or []), tag]  # a new list, so the JSON change is saved
        record(actor, "application.tagged", "application", application.id, tag=tag)
        outcome.count += 1
    db.session.commit()
    return outcome


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _cell(value) -> str:
    """Neutralise spreadsheet formulas (CSV injection): such cells get a leading apostrophe."""
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def export_csv(job, actor, application_ids: list[int]) -> str:
    """Part A's ranked CSV when it is installed, else a minimal CSV with the same protection."""
    try:
        from ats.reports.exports import ranked_csv
    except ImportError:
        ranked_csv = None
    if ranked_csv is not None:
        result = ranked_csv(job, actor, application_ids=application_ids)
        return result if isinstance(result, str) else getattr(result, "text", str(result))
    rows = db.session.scalars(select(Application).where(Application.id.in_(application_ids))
                              .order_by(Application.score.desc().nulls_last(), Application.id))
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Name", "Email", "Stage", "Score", "Tier", "Tags", "Applied"])
    for a in rows:
        writer.writerow([_cell(v) for v in (a.candidate.name, a.candidate.email, a.stage.name,
                                            "" if a.score is None else round(a.score, 1), a.tier or "",
                                            ", ".join(a.tags or []), a.applied_at.date().isoformat())])
    return out.getvalue()
