"""Catch the read model up with the stage events written since the last run (a watermark on the event id).

Runs before every report and in the background loop; normally only a handful of new events. Events of one
application are written in time order, so processing by id replays each application's history in order.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from ats.applications.models import Application, StageEvent
from ats.extensions import db
from ats.jobs.models import JobStage
from ats.reports.models import ReportFact, ReportState, ReportStay

BATCH = 20_000
PROGRESS_KINDS = ("active", "hired")
FACT_FIELDS = (
    "reach",
    "interviewed",
    "hired_hours",
    "exit_kind",
    "exit_reason",
    "last_stage_name",
    "last_stage_kind",
    "last_stage_position",
    "last_event_at",
)


def _hours(start: datetime, end: datetime) -> int:
    return max(0, math.floor((end - start).total_seconds() / 3600))


def refresh() -> int:
    """Fold new stage events into the facts and stays; returns how many events were read (commits)."""
    done = 0
    while True:
        count = _batch()
        done += count
        if count < BATCH:
            return done


def _last() -> int:
    state = db.session.get(ReportState, 1)
    if state is None:
        db.session.add(ReportState(id=1, last_event_id=0))
        try:
            db.session.commit()
        except IntegrityError:  # another process made it first
            db.session.rollback()
        return 0
    return state.last_event_id


def _batch() -> int:
    last = _last()
    events = db.session.execute(
        select(
            StageEvent.id,
            StageEvent.application_id,
            StageEvent.created_at,
            StageEvent.reason,
            StageEvent.to_name,
            JobStage.kind,
            JobStage.position,
        )
        .outerjoin(JobStage, JobStage.id == StageEvent.to_stage_id)
        .where(StageEvent.id > last)
        .order_by(StageEvent.id)
        .limit(BATCH)
    ).all()
    if not events:
        db.session.rollback()
        return 0
    # Claim the batch first: a second process that read the same watermark finds it moved and backs off.
    try:
        claimed = db.session.execute(
            update(ReportState)
            .where(ReportState.id == 1, ReportState.last_event_id == last)
            .values(last_event_id=events[-1].id)
        )
    except OperationalError:  # SQLite: another writer moved on since our read began
        db.session.rollback()
        return 0
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        db.session.rollback()
        return 0
    app_ids = sorted({e.application_id for e in events})
    facts: dict[int, dict[str, Any]] = {}
    for chunk in range(0, len(app_ids), 5000):
        ids = app_ids[chunk : chunk + 5000]
        for row in db.session.scalars(select(ReportFact).where(ReportFact.application_id.in_(ids))):
            facts[row.application_id] = {
                "_old": True,
                "application_id": row.application_id,
                "job_id": row.job_id,
                "applied_at": row.applied_at,
                "source": row.source,
                **{f: getattr(row, f) for f in FACT_FIELDS},
            }
        missing = [i for i in ids if i not in facts]
        for app_id, job_id, applied_at, source in db.session.execute(
            select(Application.id, Application.job_id, Application.applied_at, Application.source).where(
                Application.id.in_(missing)
            )
        ):
            facts[app_id] = {
                "_old": False,
                "application_id": app_id,
                "job_id": job_id,
                "applied_at": applied_at,
                "source": source,
                "reach": -1,
                "interviewed": False,
                "hired_hours": None,
                "exit_kind": None,
                "exit_reason": None,
                "last_stage_name": None,
                "last_stage_kind": None,
                "last_stage_position": None,
                "last_event_at": None,
            }
    stays = []
    for event in events:
        fact = facts.get(event.application_id)
        if fact is None:  # the application is gone (deleted with its events in between)
            continue
        if fact["last_stage_kind"] == "active" and fact["last_event_at"] is not None:
            stays.append(
                {
                    "application_id": fact["application_id"],
                    "job_id": fact["job_id"],
                    "applied_at": fact["applied_at"],
                    "stage_name": fact["last_stage_name"],
                    "position": fact["last_stage_position"],
                    "hours": _hours(fact["last_event_at"], event.created_at),
                }
            )
        kind = event.kind or "active"
        if kind in PROGRESS_KINDS and event.position is not None:
            fact["reach"] = max(fact["reach"], event.position)
        if "interview" in (event.to_name or "").lower():
            fact["interviewed"] = True
        if kind == "hired" and fact["hired_hours"] is None:
            fact["hired_hours"] = _hours(fact["applied_at"], event.created_at)
        exited = kind in ("rejected", "withdrawn")
        fact["exit_kind"], fact["exit_reason"] = (kind, event.reason) if exited else (None, None)
        fact["last_stage_name"], fact["last_stage_kind"] = event.to_name, kind
        fact["last_stage_position"], fact["last_event_at"] = event.position, event.created_at
    new = [{k: v for k, v in f.items() if k != "_old"} for f in facts.values() if not f["_old"]]
    old = [{k: v for k, v in f.items() if k != "_old"} for f in facts.values() if f["_old"]]
    if new:
        db.session.execute(insert(ReportFact), new)
    if old:
        db.session.execute(update(ReportFact), old)
    if stays:
        db.session.execute(insert(ReportStay), stays)
    db.session.commit()
    return len(events)


def rebuild() -> int:
    """Start over from every stage event (after a restore, or to check the incremental result)."""
    db.session.execute(delete(ReportStay))
    db.session.execute(delete(ReportFact))
    db.session.execute(delete(ReportState))
    db.session.commit()
    return refresh()
