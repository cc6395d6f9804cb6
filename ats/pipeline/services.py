"""Stage moves: one StageEvent and one AuditEvent in the same commit; stale moves conflict."""
from __future__ import annotations

from sqlalchemy.orm.exc import StaleDataError

from ats.applications.models import Application
from ats.audit.services import record
from ats.extensions import db
from ats.jobs.models import JobStage
from ats.pipeline.models import StageEvent


class StageConflict(RuntimeError):
    """Someone else changed the application since it was loaded."""

    message = "This application was changed by someone else. Reload the page and try again."


class StageError(ValueError):
    """A user-facing reason why a move was refused."""


def add_move(application: Application, to_stage: JobStage, *, actor, reason: str | None = None,
             note: str | None = None) -> StageEvent:
    """Stage the move in the current session (no commit), for services that compose several changes."""
    if to_stage.job_id != application.job_id:
        raise StageError("That stage belongs to another job.")
    if to_stage.archived:
        raise StageError(f"The stage {to_stage.name!r} has been removed.")
    if to_stage.kind == "rejected" and not (reason or "").strip():
        raise StageError("Choose a reason for the rejection.")
    from_stage = application.stage
    event = StageEvent(
        application_id=application.id,
        from_stage_id=from_stage.id if from_stage else None,
        to_stage_id=to_stage.id,
        from_name=from_stage.name if from_stage else None,
        to_name=to_stage.name,
        actor_id=getattr(actor, "id", None),
        reason=(reason or None),
        note=(note or None),
    )
    application.stage_id = to_stage.id
    application.stage = to_stage
    application.version = application.version + 1
    application.rejection_reason = reason if to_stage.kind in ("rejected", "withdrawn") else None
    db.session.add(event)
    record(actor, "application.moved", "application", application.id,
           from_stage=event.from_name, to_stage=to_stage.name, reason=reason)
    return event


def move(application: Application, to_stage: JobStage, *, actor, reason: str | None = None,
         note: str | None = None, expected_version: int | None = None) -> StageEvent:
    """Move an application to a stage of its job, refusing if it changed since the caller loaded it."""
    if expected_version is not None and application.version != expected_version:
        db.session.rollback()
        _record_conflict(application.id, actor, to_stage.name)
        raise StageConflict(StageConflict.message)
    event = add_move(application, to_stage, actor=actor, reason=reason, note=note)
    try:
        db.session.commit()
    except StaleDataError as exc:
        db.session.rollback()
        _record_conflict(application.id, actor, to_stage.name)
        raise StageConflict(StageConflict.message) from exc
    return event


def _record_conflict(application_id: int, actor, to_name: str) -> None:
    """The refused attempt is audited too, in its own small commit."""
    record(actor, "application.move_conflict", "application", application_id, to_stage=to_name)
    db.session.commit()
