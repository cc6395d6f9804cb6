"""What a stage change may do, where it goes and what it did: errors, lookups, outcome. Nothing here writes."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import select

from ats.applications.models import Application, StageEvent
from ats.db import utcnow
from ats.extensions import db
from ats.jobs.models import Job, JobStage
from ats.notifications.templates_service import REJECTION_TEMPLATES
from ats.pipeline.reasons import valid_reason

REJECTION_DELAYS_HOURS = (0, 1, 4, 24, 48, 72)
MAX_BULK = 500


class StageError(ValueError):
    """A user-facing reason why a stage change was refused (nothing was saved)."""


class StageConflict(RuntimeError):
    """Someone else changed the application since the caller loaded it."""

    message = "This application was changed by someone else. Reload the page and try again."


class StageForbidden(PermissionError):
    """The actor may not make this change (views answer 404, as for any object they may not see)."""


@dataclass
class Outcome:
    """What one action did: who moved, how many emails were queued (or why none), who was left alone and why."""

    moved: list[Application] = field(default_factory=list)
    emailed: int = 0
    no_template: bool = False
    send_after: datetime | None = None
    skipped: list[str] = field(default_factory=list)


def parse_version(value: object) -> int:
    """The version the user saw; a missing or garbled value is refused rather than ignored."""
    try:
        return int(value)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise StageError("The form is missing the application's version; reload the page.") from None


def stage_of(job: Job, stage_id: object) -> JobStage:
    """A live stage of the job, or StageError."""
    stage = next((s for s in job.stages if str(s.id) == str(stage_id) and not s.archived), None)
    if stage is None:
        raise StageError("Choose a stage of this job.")
    return stage


def rejection_target(job: Job, reason_label: str) -> tuple[str, JobStage]:
    """The one rejection-reason rule: a listed reason; 'they withdrew' reasons go to Withdrawn, others to Rejected."""
    reason = valid_reason(reason_label)
    if reason is None:
        raise StageError("Choose a reason for the rejection from the list.")
    kind = "withdrawn" if reason.category == "they_withdrew" else "rejected"
    stage = next((s for s in job.stages if s.kind == kind and not s.archived), None)
    if stage is None:
        raise StageError(f"This job has no {kind} stage.")
    return reason.label, stage


def send_after(delay_hours: object) -> datetime | None:
    """When a rejection email may go out: now (None) or after one of the offered delays."""
    try:
        hours = int(delay_hours or 0)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        raise StageError("Choose when to send the email.") from None
    if hours not in REJECTION_DELAYS_HOURS:
        raise StageError("Choose when to send the email.")
    return utcnow() + timedelta(hours=hours) if hours else None


def rejection_template(key: object) -> str | None:
    """The rejection email the recruiter chose (None: the stage's own); only rejection templates are offered."""
    if key in (None, ""):
        return None
    if key not in REJECTION_TEMPLATES:
        raise StageError("Choose one of the rejection emails.")
    return str(key)


def previous_stage(application: Application) -> JobStage:
    """The stage the application was in before its exit (the first stage if that one is gone)."""
    event = db.session.scalar(
        select(StageEvent)
        .where(StageEvent.application_id == application.id, StageEvent.to_stage_id == application.stage_id)
        .order_by(StageEvent.id.desc())
        .limit(1)
    )
    stage = db.session.get(JobStage, event.from_stage_id) if event and event.from_stage_id else None
    if stage is None or stage.archived or stage.is_exit:
        return application.job.first_stage
    return stage


def can_withdraw(application: Application) -> bool:
    """Candidates may withdraw while no final decision was made, from a job that has a Withdrawn stage."""
    return application.stage.kind == "active" and "withdrawn" in application.job.stage_by_kind


def selected(job: Job, ids: Iterable[object]) -> list[Application]:
    """The job's applications among the ids (ids of other jobs are ignored, never acted on)."""
    clean = sorted({int(str(i)) for i in ids if str(i).strip().isdigit()})[:MAX_BULK]
    rows = list(
        db.session.scalars(
            select(Application).where(Application.job_id == job.id, Application.id.in_(clean)).order_by(Application.id)
        )
    )
    if not rows:
        raise StageError("Select at least one application.")
    return rows
