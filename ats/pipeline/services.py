"""Every stage change of an application happens here, and only here.

Views, the board, bulk actions, the hiring manager's decision, the candidate's withdrawal, the screening
worker's knockout rejection, stage removal and the demo all call one of the functions below. Each checks
access, the version the caller saw (a stale one is a StageConflict, audited), the pipeline's rules, writes a
StageEvent and an AuditEvent per application, queues the emails and commits once.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from typing import Any, NoReturn

from flask import current_app
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from ats.applications.models import Application, StageEvent
from ats.applications.services import hash_token
from ats.audit.services import record
from ats.auth.access import RECRUITING_ROLES
from ats.extensions import db
from ats.jobs.access import can_manage
from ats.jobs.models import Job, JobStage
from ats.notifications.services import cancel_pending
from ats.notifications.templates_service import queue_templated, template_for_stage
from ats.pipeline import rules
from ats.pipeline.reasons import KNOCKOUT_REASON
from ats.pipeline.rules import Outcome, StageConflict, StageError, StageForbidden
from ats.pipeline.signals import stage_changed

WITHDRAW_REASON = "Withdrawn by the candidate"
MAX_NOTE = 5000


# --- the one writer, the one version check -------------------------------------------------------------------


def _apply(
    actor: Any,
    application: Application,
    to_stage: JobStage,
    *,
    reason: str | None = None,
    note: str = "",
    reopening: bool = False,
) -> StageEvent:
    """Change the stage: the rules every change obeys, its StageEvent and its AuditEvent (no commit)."""
    name, from_stage = application.candidate.name, application.stage
    if to_stage.job_id != application.job_id or to_stage.archived:
        raise StageError("Choose a stage of this job.")
    if to_stage.id == from_stage.id:
        raise StageError(f"{name} is already in {to_stage.name}.")
    if from_stage.kind == "withdrawn" and not reopening:
        raise StageError(f"{name} withdrew: reopen the application first (it asks you to confirm).")
    if to_stage.is_exit and not (reason or "").strip():
        raise StageError("Choose a reason for the rejection from the list.")
    event = StageEvent(
        application_id=application.id,
        from_stage_id=from_stage.id,
        to_stage_id=to_stage.id,
        from_name=from_stage.name,
        to_name=to_stage.name,
        actor_id=getattr(actor, "id", None),
        reason=reason or None,
        note=(note or "").strip()[:MAX_NOTE] or None,
    )
    application.stage, application.stage_id = to_stage, to_stage.id
    application.version += 1
    application.rejection_reason = reason if to_stage.is_exit else None
    if from_stage.kind == "rejected":
        cancel_pending(application.id, "rejection")  # a delayed rejection email must not reach someone back in
    db.session.add(event)
    record(
        actor,
        "application.moved",
        "application",
        application.id,
        from_stage=from_stage.name,
        to_stage=to_stage.name,
        reason=reason,
    )
    stage_changed.send(
        current_app._get_current_object(),  # type: ignore[attr-defined]
        application=application,
        event=event,
        from_stage=from_stage,
        to_stage=to_stage,
    )
    return event


def _email(
    outcome: Outcome,
    application: Application,
    to_stage: JobStage,
    wanted: bool,
    when: datetime | None = None,
    template: str | None = None,
) -> None:
    """Queue the stage's template (or the rejection template chosen) to the candidate when the user asked for it."""
    if not wanted:
        return
    key = template if template and to_stage.kind == "rejected" else template_for_stage(to_stage)
    if key is None:
        outcome.no_template = True
        return
    queue_templated(key, application, stage_name=to_stage.name, send_after=when)
    outcome.emailed += 1
    outcome.send_after = when


def _conflict(actor: Any, application_ids: Iterable[int], to_name: str, cause: Exception | None = None) -> NoReturn:
    """Nothing is saved; the refused attempt is audited in its own small commit."""
    db.session.rollback()
    for application_id in application_ids:
        record(actor, "application.move_conflict", "application", application_id, to_stage=to_name)
    db.session.commit()
    raise StageConflict(StageConflict.message) from cause


def _run(actor: Any, seen: list[tuple[Application, object]], to_name: str, change: Callable[[], Outcome]) -> Outcome:
    """The version check, written once: what the caller saw must be current now and still at the commit."""
    ids = [a.id for a, _ in seen]
    stale = [a.id for a, version in seen if a.version != rules.parse_version(version)]
    if stale:
        _conflict(actor, stale, to_name)
    try:
        outcome = change()
        db.session.commit()
    except StaleDataError as exc:  # another commit landed between our check and ours
        _conflict(actor, ids, to_name, exc)
    except BaseException:
        db.session.rollback()
        raise
    return outcome


def _recruiting(actor: Any) -> None:
    if getattr(actor, "role", None) not in RECRUITING_ROLES:
        raise StageForbidden("Only recruiters and admins move applications.")


# --- one application ------------------------------------------------------------------------------------------


def _one(actor: Any, application: Application, expected_version: object, to_stage: JobStage, **change: Any) -> Outcome:
    """One application's change under the version check; `change` holds _apply's and the email's options."""
    email, when, template = change.pop("send_email", False), change.pop("when", None), change.pop("template", None)

    def run() -> Outcome:
        outcome = Outcome(moved=[application])
        _apply(actor, application, to_stage, **change)
        _email(outcome, application, to_stage, email, when, template)
        return outcome

    return _run(actor, [(application, expected_version)], to_stage.name, run)


def move(
    actor: Any,
    application: Application,
    to_stage_id: object,
    *,
    expected_version: object,
    note: str = "",
    send_email: bool = False,
) -> Outcome:
    """Move to an active or hired stage (out of Rejected too); rejections go through reject()."""
    _recruiting(actor)
    to_stage = rules.stage_of(application.job, to_stage_id)
    if to_stage.is_exit:
        raise StageError("Use “Reject” to reject or withdraw an application; it asks for a reason.")
    return _one(actor, application, expected_version, to_stage, note=note, send_email=send_email)


def reject(
    actor: Any,
    application: Application,
    *,
    expected_version: object,
    reason: str,
    note: str = "",
    send_email: bool = False,
    delay_hours: object = 0,
    template: str | None = None,
) -> Outcome:
    """Reject (or mark withdrawn) with a listed reason; the email (a rejection template) can wait a few hours."""
    _recruiting(actor)
    if application.stage.is_exit:
        raise StageError(f"{application.candidate.name} is already {application.stage.name.lower()}.")
    label, to_stage = rules.rejection_target(application.job, reason)
    when, template = rules.send_after(delay_hours), rules.rejection_template(template)
    change = {"reason": label, "note": note, "send_email": send_email, "when": when, "template": template}
    return _one(actor, application, expected_version, to_stage, **change)


def unreject(actor: Any, application: Application, *, expected_version: object, note: str = "") -> Outcome:
    """Undo a rejection: back to the stage before it, as a new event; a pending rejection email is cancelled."""
    _recruiting(actor)
    name = application.candidate.name
    if application.stage.kind == "withdrawn":
        raise StageError(f"{name} withdrew: use “Reopen” (it asks you to confirm).")
    if application.stage.kind != "rejected":
        raise StageError(f"{name} is not rejected.")
    to_stage = rules.previous_stage(application)
    return _one(actor, application, expected_version, to_stage, note=note or "Rejection undone")


def reopen(
    actor: Any, application: Application, *, expected_version: object, confirmed: bool, note: str = ""
) -> Outcome:
    """The only way out of Withdrawn: back to the stage before it, once the recruiter confirms."""
    _recruiting(actor)
    name = application.candidate.name
    if application.stage.kind != "withdrawn":
        raise StageError(f"{name} has not withdrawn.")
    if not confirmed:
        raise StageError(f"Tick the box to confirm that {name} wants to continue.")
    to_stage = rules.previous_stage(application)
    return _one(
        actor, application, expected_version, to_stage, note=note or "Reopened after withdrawal", reopening=True
    )


def withdraw(application: Application, *, token: str, expected_version: object) -> Outcome:
    """The candidate withdraws from their status page; the status token is their access."""
    if not token or not hmac.compare_digest(application.status_token_hash or "", hash_token(token)):
        raise StageForbidden("That status link does not belong to this application.")
    if not rules.can_withdraw(application):
        raise StageError("This application can no longer be withdrawn.")
    to_stage = application.job.stage_by_kind["withdrawn"]
    return _one(None, application, expected_version, to_stage, reason=WITHDRAW_REASON)


def decide(
    actor: Any, application: Application, action: str, *, expected_version: object, reason: str = "", note: str = ""
) -> Outcome:
    """The hiring manager's decision: advance to the next stage, or reject with a listed reason and a note."""
    if not can_manage(actor, application.job_id):
        raise StageForbidden("Only the job's hiring managers, recruiters and admins decide.")
    if application.stage.kind != "active":
        raise StageError("This application is no longer in an active stage.")
    if action == "advance":
        to_stage = application.job.stage_after(application.stage)
        if to_stage is None:
            raise StageError("This application is already at the last stage.")
        return _one(actor, application, expected_version, to_stage, note=note)
    if action == "reject":
        label, to_stage = rules.rejection_target(application.job, reason)
        return _one(actor, application, expected_version, to_stage, reason=label, note=note)
    raise StageError("Choose advance or reject.")


def auto_reject(application: Application, *, expected_version: object) -> Outcome | None:
    """The screening worker's knockout rejection (the actor is the system); None when the rule does not apply.

    Only a job that enabled auto-reject on the failed knockout question gets here (the score says so), and
    only an application still in an active stage: screening never overrules a person's move.
    """
    rejected = application.job.stage_by_kind.get("rejected")
    score_data = application.screening.score_data if application.screening else None
    if rejected is None or application.stage.kind != "active" or not (score_data or {}).get("auto_reject"):
        return None
    note = "Automatic: a knockout answer this job rejects on (auto-reject is on for that question)."
    return _one(None, application, expected_version, rejected, reason=KNOCKOUT_REASON, note=note)


# --- many applications, stages ---------------------------------------------------------------------------------


def _many(
    actor: Any,
    rows: list[Application],
    versions: Mapping[int, object],
    to_stage: JobStage,
    left_alone: Callable[[Application], str | None],
    **change: Any,
) -> Outcome:
    """All or nothing on versions; applications the action does not fit are left alone and reported."""
    email, when, template = change.pop("send_email", False), change.pop("when", None), change.pop("template", None)

    def run() -> Outcome:
        outcome = Outcome()
        for application in rows:
            why = left_alone(application)
            if why:
                outcome.skipped.append(f"{application.candidate.name} ({why})")
                continue
            _apply(actor, application, to_stage, **change)
            _email(outcome, application, to_stage, email, when, template)
            outcome.moved.append(application)
        return outcome

    return _run(actor, [(a, versions.get(a.id)) for a in rows], to_stage.name, run)


def move_many(
    actor: Any,
    job: Job,
    application_ids: Iterable[object],
    *,
    versions: Mapping[int, object],
    to_stage_id: object,
    note: str = "",
    send_email: bool = False,
) -> Outcome:
    """Bulk move; withdrawn applications are never pulled back in (they are reported, to be reopened one by one)."""
    _recruiting(actor)
    rows = rules.selected(job, application_ids)
    to_stage = rules.stage_of(job, to_stage_id)
    if to_stage.is_exit:
        raise StageError("Use “Reject” to reject applications; it asks for a reason.")

    def left_alone(application: Application) -> str | None:
        if application.stage_id == to_stage.id:
            return f"already in {to_stage.name}"
        return "withdrew; reopen it on its own page" if application.stage.kind == "withdrawn" else None

    return _many(actor, rows, versions, to_stage, left_alone, note=note, send_email=send_email)


def reject_many(
    actor: Any,
    job: Job,
    application_ids: Iterable[object],
    *,
    versions: Mapping[int, object],
    reason: str,
    note: str = "",
    send_email: bool = False,
    delay_hours: object = 0,
    template: str | None = None,
) -> Outcome:
    """Bulk rejection with one listed reason; applications already rejected or withdrawn are left alone."""
    _recruiting(actor)
    rows = rules.selected(job, application_ids)
    label, to_stage = rules.rejection_target(job, reason)
    when, template = rules.send_after(delay_hours), rules.rejection_template(template)
    return _many(
        actor,
        rows,
        versions,
        to_stage,
        lambda a: f"already {a.stage.name.lower()}" if a.stage.is_exit else None,
        reason=label,
        note=note,
        send_email=send_email,
        when=when,
        template=template,
    )


def retire_stage(actor: Any, stage: JobStage, target: JobStage | None) -> int:
    """Archive a stage; its applications first move to `target`, each with its own event. Returns how many."""
    _recruiting(actor)
    rows = list(
        db.session.scalars(select(Application).where(Application.stage_id == stage.id).order_by(Application.id))
    )
    if rows and target is None:
        raise StageError(f"{stage.name} still has {len(rows)} application(s): choose where to move them first.")
    destination = target if target is not None else stage  # with no applications, nothing moves

    def change() -> Outcome:
        for application in rows:
            _apply(
                actor,
                application,
                destination,
                reason=f"Stage {stage.name} removed",
                note=f"Moved because the stage {stage.name} was removed",
            )
        stage.archived = True
        record(actor, "stage.removed", "job", stage.job_id, stage_id=stage.id, name=stage.name, moved=len(rows))
        return Outcome(moved=rows)

    return len(_run(actor, [(a, a.version) for a in rows], destination.name, change).moved)
