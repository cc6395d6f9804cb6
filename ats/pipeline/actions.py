"""One recruiter action on one application (move, reject, un-reject), its email in the same commit."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from ats.applications.models import Application
from ats.db import utcnow
from ats.extensions import db
from ats.jobs.models import JobStage
from ats.notifications.templates_service import queue_templated, template_for_stage
from ats.pipeline.models import StageEvent
from ats.pipeline.reasons import valid_reason
from ats.pipeline.services import StageConflict, StageError, _record_conflict, add_move

REJECTION_DELAYS_HOURS = (0, 1, 4, 24, 48, 72)


@dataclass
class MoveOutcome:
    """What happened: the stage event, and whether an email was queued or there was no template for it."""

    event: StageEvent
    emailed: bool = False
    no_template: bool = False
    send_after: object = None


def stage_of(application: Application, stage_id) -> JobStage:
    """A live stage of the application's job, or StageError."""
    try:
        stage = db.session.get(JobStage, int(stage_id))
    except (TypeError, ValueError):
        stage = None
    if stage is None or stage.job_id != application.job_id or stage.archived:
        raise StageError("Choose a stage of this job.")
    return stage


def parse_version(value) -> int | None:
    """The version the user saw; a missing or garbled value is refused rather than ignored."""
    try:
        return int(value)
    except (TypeError, ValueError):
        raise StageError("The form is missing the application's version; reload the page.") from None


def check_version(application: Application, expected_version: int | None, actor, to_name: str) -> None:
    if expected_version is not None and application.version != expected_version:
        db.session.rollback()
        _record_conflict(application.id, actor, to_name)
        raise StageConflict(StageConflict.message)


def commit_move(application_id: int, actor, to_name: str) -> None:
    """Commit; a concurrent change caught by the version column becomes a StageConflict (audited)."""
    try:
        db.session.commit()
    except StaleDataError as exc:
        db.session.rollback()
        _record_conflict(application_id, actor, to_name)
        raise StageConflict(StageConflict.message) from exc


def stage_move(application: Application, to_stage: JobStage, *, actor, note: str = "", send_email: bool = False,
               reason: str | None = None, send_after=None) -> MoveOutcome:
    """Stage a move and its optional email in the session (no commit); shared by single and bulk actions."""
    if to_stage.id == application.stage_id:
        raise StageError(f"{application.candidate.name} is already in {to_stage.name}.")
    event = add_move(application, to_stage, actor=actor, reason=reason, note=(note or "").strip()[:5000] or None)
    outcome = MoveOutcome(event=event)
    if send_email:
        key = template_for_stage(to_stage)
        if key is None:
            outcome.no_template = True
        else:
            queue_templated(key, application, stage_name=to_stage.name, send_after=send_after)
            outcome.emailed, outcome.send_after = True, send_after
    return outcome


def move_application(application: Application, stage_id, *, actor, expected_version, note: str = "",
                     send_email: bool = False) -> MoveOutcome:
    """Move to an active or hired stage; rejections go through reject_application (they need a reason)."""
    to_stage = stage_of(application, stage_id)
    if to_stage.is_exit:
        raise StageError("Use “Reject” to reject or withdraw an application; it asks for a reason.")
    check_version(application, expected_version, actor, to_stage.name)
    outcome = stage_move(application, to_stage, actor=actor, note=note, send_email=send_email)
    commit_move(application.id, actor, to_stage.name)
    return outcome


def rejection_target(application: Application, reason_label: str) -> tuple[JobStage, str]:
    """The exit stage for a reason: 'they withdrew' reasons go to Withdrawn, the others to Rejected."""
    reason = valid_reason(reason_label)
    if reason is None:
        raise StageError("Choose a reason for the rejection from the list.")
    kind = "withdrawn" if reason.category == "they_withdrew" else "rejected"
    stage = next((s for s in application.job.stages if s.kind == kind and not s.archived), None)
    if stage is None:
        raise StageError(f"This job has no {kind} stage.")
    return stage, reason.label


def delay_of(value) -> timedelta | None:
    """Hours to hold a rejection email back (from a fixed list); None sends at once."""
    try:
        hours = int(value or 0)
    except (TypeError, ValueError):
        raise StageError("Choose when to send the email.") from None
    if hours not in REJECTION_DELAYS_HOURS:
        raise StageError("Choose when to send the email.")
    return timedelta(hours=hours) if hours else None


def reject_application(application: Application, reason_label: str, *, actor, expected_version, note: str = "",
                       send_email: bool = False, delay=None) -> MoveOutcome:
    """Reject (or mark withdrawn) with a reason; the rejection email can be held back for a few hours."""
    if application.stage.is_exit:
        raise StageError(f"{application.candidate.name} is already {application.stage.name.lower()}.")
    to_stage, label = rejection_target(application, reason_label)
    wait = delay_of(delay)
    check_version(application, expected_version, actor, to_stage.name)
    outcome = stage_move(application, to_stage, actor=actor, note=note, send_email=send_email, reason=label,
                         send_after=(utcnow() + wait) if wait else None)
    commit_move(application.id, actor, to_stage.name)
    return outcome


def previous_stage(application: Application) -> JobStage:
    """The stage the application was in before it was rejected (the first stage if that one is gone)."""
    event = db.session.scalar(
        select(StageEvent).where(StageEvent.application_id == application.id,
                                 StageEvent.to_stage_id == application.stage_id).order_by(StageEvent.id.desc()).limit(1))
    stage = db.session.get(JobStage, event.from_stage_id) if event and event.from_stage_id else None
    if stage is None or stage.archived or stage.is_exit:
        return application.job.first_stage
    return stage


def unreject_application(application: Application, *, actor, expected_version, note: str = "") -> MoveOutcome:
    """Undo a rejection: back to the stage before it, as a new event (history is never rewritten)."""
    if not application.stage.is_exit:
        raise StageError(f"{application.candidate.name} is not rejected.")
    to_stage = previous_stage(application)
    check_version(application, expected_version, actor, to_stage.name)
    outcome = stage_move(application, to_stage, actor=actor, note=note or "Rejection undone")
    # a delayed rejection email that has not gone out yet is cancelled with the rejection
    from ats.notifications.models import OutboxMessage

    for message in db.session.scalars(select(OutboxMessage).where(
            OutboxMessage.application_id == application.id, OutboxMessage.template == "rejection",
            OutboxMessage.status == "pending")):
        message.status = "cancelled"
    commit_move(application.id, actor, to_stage.name)
    return outcome
