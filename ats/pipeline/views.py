"""Recruiter pipeline pages: moves, rejection, reopening, the kanban board, bulk actions and stage management."""

from __future__ import annotations

from collections.abc import Callable

from flask import Blueprint, abort, flash, jsonify, redirect, render_template, request, url_for
from flask.typing import ResponseReturnValue
from flask_login import current_user

from ats.applications import blind
from ats.applications.models import Application
from ats.auth.access import RECRUITING_ROLES, roles_required
from ats.extensions import db
from ats.jobs.access import job_or_404, job_row_or_404
from ats.notifications.templates_service import DEFAULTS, REJECTION_TEMPLATES
from ats.pipeline import services, stages
from ats.pipeline.board import board_columns, counts
from ats.pipeline.bulk import email_many, tag_many
from ats.pipeline.reasons import grouped_reasons
from ats.pipeline.rules import REJECTION_DELAYS_HOURS
from ats.pipeline.services import Outcome, StageConflict, StageError, StageForbidden
from ats.security import db_int, safe_next

bp = Blueprint("pipeline", __name__, template_folder="templates")


def _outcome_message(outcome: Outcome, verb: str, name: str) -> str:
    text = f"{name} {verb}."
    if outcome.emailed:
        text += " The email is scheduled." if outcome.send_after else " The email was queued."
    elif outcome.no_template:
        text += " No email is set up for that stage, so none was sent."
    return text


def _single_action(application: Application, run: Callable[[str | None], Outcome], verb: str) -> ResponseReturnValue:
    """Run one action; a stale form gets 409 and the conflict message, bad input 400 with what was typed."""
    back = safe_next(request.form.get("next"), url_for("pipeline.board", job_id=application.job_id))
    try:
        outcome = run(request.form.get("version"))
    except StageForbidden:
        abort(404)
    except (StageConflict, StageError) as exc:
        conflict = isinstance(exc, StageConflict)
        return render_template(
            "pipeline/action_error.html",
            application=application,
            message=str(exc),
            conflict=conflict,
            back=back,
            form=request.form,
        ), (409 if conflict else 400)
    flash(_outcome_message(outcome, verb, application.candidate.name), "success")
    return redirect(back, code=303)


@bp.post("/applications/<int:application_id>/move")
@roles_required(*RECRUITING_ROLES)
def move(application_id: int) -> ResponseReturnValue:
    application = job_row_or_404(current_user, Application, application_id)
    form = request.form
    return _single_action(
        application,
        lambda version: services.move(
            current_user,
            application,
            form.get("stage_id"),
            expected_version=version,
            note=form.get("note", ""),
            send_email=bool(form.get("send_email")),
        ),
        "moved",
    )


@bp.post("/applications/<int:application_id>/reject")
@roles_required(*RECRUITING_ROLES)
def reject(application_id: int) -> ResponseReturnValue:
    application = job_row_or_404(current_user, Application, application_id)
    form = request.form
    return _single_action(
        application,
        lambda version: services.reject(
            current_user,
            application,
            expected_version=version,
            reason=form.get("reason", ""),
            note=form.get("note", ""),
            send_email=bool(form.get("send_email")),
            delay_hours=form.get("delay"),
            template=form.get("template") or None,
        ),
        "rejected",
    )


@bp.post("/applications/<int:application_id>/unreject")
@roles_required(*RECRUITING_ROLES)
def unreject(application_id: int) -> ResponseReturnValue:
    application = job_row_or_404(current_user, Application, application_id)
    return _single_action(
        application,
        lambda version: services.unreject(
            current_user, application, expected_version=version, note=request.form.get("note", "")
        ),
        "is back in the pipeline",
    )


@bp.post("/applications/<int:application_id>/reopen")
@roles_required(*RECRUITING_ROLES)
def reopen(application_id: int) -> ResponseReturnValue:
    """Bring back a withdrawn application; the form must carry the confirmation box."""
    application = job_row_or_404(current_user, Application, application_id)
    form = request.form
    return _single_action(
        application,
        lambda version: services.reopen(
            current_user,
            application,
            expected_version=version,
            confirmed=form.get("confirm") == "yes",
            note=form.get("note", ""),
        ),
        "is back in the pipeline",
    )


@bp.get("/jobs/<int:job_id>/board")
@roles_required(*RECRUITING_ROLES)
def board(job_id: int) -> ResponseReturnValue:
    job = job_or_404(current_user, job_id)
    columns = board_columns(job)
    cards = [a for column in columns for a in column.cards]
    shown = blind.unmasked_ids(job, [a.id for a in cards])
    return render_template(
        "pipeline/board.html",
        job=job,
        columns=columns,
        names={a.id: a.candidate.name if a.id in shown else blind.alias(a) for a in cards},
        reason_groups=grouped_reasons(),
        delays=REJECTION_DELAYS_HOURS,
    )


@bp.post("/jobs/<int:job_id>/board/move")
@roles_required(*RECRUITING_ROLES)
def board_move(job_id: int) -> ResponseReturnValue:
    """The drop of a card (SortableJS): JSON in and out, the same service as the form."""
    job = job_or_404(current_user, job_id)
    data = request.get_json(silent=True) or request.form
    application = db.session.get(Application, _int(data.get("application_id")))
    if application is None or application.job_id != job.id:
        return jsonify(error="That application is not on this board."), 404
    try:
        services.move(current_user, application, data.get("stage_id"), expected_version=data.get("version"))
    except StageConflict as exc:
        return jsonify(error=str(exc)), 409
    except (StageError, StageForbidden) as exc:
        return jsonify(error=str(exc)), 400
    return jsonify(
        ok=True,
        version=application.version,
        stage=application.stage.name,
        message=f"{blind.alias(application) if blind.is_masked(application) else application.candidate.name} "
        f"moved to {application.stage.name}.",
        counts={str(k): v for k, v in counts(job).items()},
    )


def _int(value: object) -> int:
    return db_int(value) or 0


@bp.post("/jobs/<int:job_id>/bulk", endpoint="bulk")
@roles_required(*RECRUITING_ROLES)
def bulk_action(job_id: int) -> ResponseReturnValue:
    """Move, reject or tag the selected applications, all or nothing (the CSV export is review's)."""
    job = job_or_404(current_user, job_id)
    form = request.form
    back = safe_next(form.get("next"), url_for("pipeline.board", job_id=job.id))
    ids = form.getlist("application_ids")
    versions = {_int(k[len("version_") :]): v for k, v in form.items() if k.startswith("version_")}
    action, send_email = form.get("action", ""), bool(form.get("send_email"))
    try:
        if action == "move":
            outcome = services.move_many(
                current_user,
                job,
                ids,
                versions=versions,
                to_stage_id=form.get("stage_id"),
                note=form.get("note", ""),
                send_email=send_email,
            )
        elif action == "reject":
            outcome = services.reject_many(
                current_user,
                job,
                ids,
                versions=versions,
                reason=form.get("reason", ""),
                note=form.get("note", ""),
                send_email=send_email or bool(form.get("template")),
                delay_hours=form.get("delay"),
                template=form.get("template") or None,
            )
        elif action == "tag":
            outcome = tag_many(current_user, job, ids, form.get("tag", ""))
        elif action == "email":
            outcome = email_many(current_user, job, ids, form.get("email_template", ""))
        else:
            raise StageError("Choose an action.")
    except StageForbidden:
        abort(404)
    except StageConflict as exc:
        flash(str(exc), "error")
        return render_template("pipeline/bulk_error.html", job=job, message=str(exc), back=back), 409
    except StageError as exc:
        flash(str(exc), "error")
        return redirect(back, code=303)
    flash(bulk_summary(action, outcome), "success")
    return redirect(back, code=303)


BULK_VERBS = {"move": "Moved", "reject": "Rejected", "tag": "Tagged", "email": "Emailed"}


def bulk_summary(action: str, outcome: Outcome, shown: int = 10) -> str:
    """What a bulk action did, in one sentence per part: who changed, the emails, who was left alone and why."""
    names = [a.candidate.name for a in outcome.moved]
    more = f" and {len(names) - shown} more" if len(names) > shown else ""
    text = f"{BULK_VERBS.get(action, 'Updated')} {len(names)}: {', '.join(names[:shown])}{more}." if names else ""
    text = f"{len(names)} application(s) updated. " + text if names else "Nothing was changed. "
    if outcome.emailed:
        when = f" (sent after {outcome.send_after:%Y-%m-%d %H:%M} UTC)" if outcome.send_after else ""
        text += f" {outcome.emailed} email(s) queued{when}."
    elif outcome.no_template:
        text += " No email is set up for that stage, so none was sent."
    if outcome.skipped:
        text += f" Left alone: {', '.join(outcome.skipped[:shown])}."
    return " ".join(text.split())


@bp.route("/jobs/<int:job_id>/stages", methods=["GET", "POST"], endpoint="stages")
@roles_required(*RECRUITING_ROLES)
def stages_page(job_id: int) -> ResponseReturnValue:
    job = job_or_404(current_user, job_id)
    error = None
    if request.method == "POST":
        form, op = request.form, request.form.get("op")
        try:
            if op == "rename":
                stages.rename_stage(job, form.get("stage_id"), form.get("name", ""), actor=current_user)
            elif op == "add":
                stages.add_stage(job, form.get("name", ""), actor=current_user)
            elif op == "remove":
                stages.remove_stage(job, form.get("stage_id"), actor=current_user, move_to=form.get("move_to"))
            elif op in ("up", "down"):
                stages.move_stage(job, form.get("stage_id"), op, actor=current_user)
            elif op == "reorder":
                stages.reorder_stages(job, form.getlist("order"), actor=current_user)
            else:
                raise StageError("Choose what to change.")
        except (StageConflict, StageError) as exc:
            error = str(exc)
            db.session.rollback()
        else:
            flash("Stages saved.", "success")
            return redirect(url_for("pipeline.stages", job_id=job.id), code=303)
    return render_template(
        "pipeline/stages.html",
        job=job,
        live=stages.live_stages(job),
        counts=counts(job),
        error=error,
        form=request.form,
    ), (400 if error else 200)


@bp.app_template_global()
def pipeline_reason_groups() -> list[tuple[str, list[object]]]:
    """Active rejection reasons in their two groups, for every form that rejects (move controls, decisions)."""
    return grouped_reasons()  # type: ignore[return-value]


@bp.app_template_global()
def pipeline_rejection_delays() -> tuple[int, ...]:
    return REJECTION_DELAYS_HOURS


@bp.app_template_global()
def bulk_email_templates() -> list[tuple[str, str]]:
    """The emails the bulk toolbar may send (the receipt is sent by the portal itself)."""
    return [(key, d.label) for key, d in DEFAULTS.items() if key != "application_received"]


@bp.app_template_global()
def pipeline_rejection_templates() -> list[tuple[str, str]]:
    return [(key, DEFAULTS[key].label) for key in REJECTION_TEMPLATES]
