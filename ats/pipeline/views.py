"""Recruiter pipeline pages: moves, rejection, the kanban board, bulk actions and stage management."""
from __future__ import annotations

from flask import Blueprint, Response, flash, jsonify, redirect, render_template, request, url_for
from flask_login import current_user

from ats.auth.access import RECRUITING_ROLES, application_or_404, job_or_404, roles_required
from ats.pipeline import actions, bulk, stages
from ats.pipeline.admin_views import bp as admin_bp
from ats.pipeline.board import board_columns, safe_next
from ats.pipeline.reasons import grouped_reasons
from ats.pipeline.services import StageConflict, StageError

bp = Blueprint("pipeline", __name__, template_folder="templates")
extra_bps = (admin_bp,)


def _outcome_message(outcome, verb: str, name: str) -> str:
    text = f"{name} {verb}."
    if outcome.emailed:
        text += " The email is scheduled." if outcome.send_after else " The email was queued."
    elif outcome.no_template:
        text += " No email is set up for that stage, so none was sent."
    return text


def _single_action(application, run, verb: str):
    """Run one action; a stale form gets 409 and the conflict message, bad input 400 with what was typed."""
    back = safe_next(request.form.get("next"), url_for("pipeline.board", job_id=application.job_id))
    try:
        version = actions.parse_version(request.form.get("version"))
        outcome = run(version)
    except StageConflict as exc:
        return render_template("pipeline/action_error.html", application=application, message=str(exc),
                               conflict=True, back=back, form=request.form), 409
    except StageError as exc:
        return render_template("pipeline/action_error.html", application=application, message=str(exc),
                               conflict=False, back=back, form=request.form), 400
    flash(_outcome_message(outcome, verb, application.candidate.name), "success")
    return redirect(back, code=303)


@bp.post("/applications/<int:application_id>/move")
@roles_required(*RECRUITING_ROLES)
def move(application_id: int):
    application = application_or_404(current_user, application_id)
    form = request.form
    return _single_action(application, lambda version: actions.move_application(
        application, form.get("stage_id"), actor=current_user, expected_version=version, note=form.get("note", ""),
        send_email=bool(form.get("send_email"))), "moved")


@bp.post("/applications/<int:application_id>/reject")
@roles_required(*RECRUITING_ROLES)
def reject(application_id: int):
    application = application_or_404(current_user, application_id)
    form = request.form
    return _single_action(application, lambda version: actions.reject_application(
        application, form.get("reason", ""), actor=current_user, expected_version=version, note=form.get("note", ""),
        send_email=bool(form.get("send_email")), delay=form.get("delay")), "rejected")


@bp.post("/applications/<int:application_id>/unreject")
@roles_required(*RECRUITING_ROLES)
def unreject(application_id: int):
    application = application_or_404(current_user, application_id)
    return _single_action(application, lambda version: actions.unreject_application(
        application, actor=current_user, expected_version=version, note=request.form.get("note", "")), "is back in the pipeline")


@bp.get("/jobs/<int:job_id>/board")
@roles_required(*RECRUITING_ROLES)
def board(job_id: int):
    job = job_or_404(current_user, job_id)
    return render_template("pipeline/board.html", job=job, columns=board_columns(job), reason_groups=grouped_reasons(),
                           delays=actions.REJECTION_DELAYS_HOURS)


@bp.post("/jobs/<int:job_id>/board/move")
@roles_required(*RECRUITING_ROLES)
def board_move(job_id: int):
    """The drop of a card (SortableJS): JSON in and out, the same service as the form."""
    job = job_or_404(current_user, job_id)
    data = request.get_json(silent=True) or request.form
    from ats.applications.models import Application
    from ats.extensions import db

    application = db.session.get(Application, _int(data.get("application_id")))
    if application is None or application.job_id != job.id:
        return jsonify(error="That application is not on this board."), 404
    try:
        actions.move_application(application, data.get("stage_id"), actor=current_user,
                                 expected_version=actions.parse_version(data.get("version")))
    except StageConflict as exc:
        return jsonify(error=str(exc)), 409
    except StageError as exc:
        return jsonify(error=str(exc)), 400
    counts = stages.counts(job)
    return jsonify(ok=True, version=application.version, stage=application.stage.name,
                   message=f"{application.candidate.name} moved to {application.stage.name}.",
                   counts={str(k): v for k, v in counts.items()})


def _int(value) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0


@bp.post("/jobs/<int:job_id>/bulk", endpoint="bulk")
@roles_required(*RECRUITING_ROLES)
def bulk_action(job_id: int):
    job = job_or_404(current_user, job_id)
    form = request.form
    back = safe_next(form.get("next"), url_for("pipeline.board", job_id=job.id))
    versions = {_int(k[len("version_"):]): _int(v) for k, v in form.items() if k.startswith("version_")}
    try:
        outcome = bulk.bulk_action(job, actor=current_user, action=form.get("action", ""),
                                   ids=form.getlist("application_ids"), versions=versions, stage_id=form.get("stage_id"),
                                   reason=form.get("reason", ""), tag=form.get("tag", ""),
                                   send_email=bool(form.get("send_email")), delay=form.get("delay"), note=form.get("note", ""))
    except StageConflict as exc:
        flash(str(exc), "error")
        return render_template("pipeline/bulk_error.html", job=job, message=str(exc), back=back), 409
    except StageError as exc:
        flash(str(exc), "error")
        return redirect(back, code=303)
    if outcome.csv_text is not None:
        return Response(outcome.csv_text, mimetype="text/csv", headers={
            "Content-Disposition": f'attachment; filename="job-{job.id}-selected.csv"', "Cache-Control": "no-store"})
    message = f"{outcome.count} application(s) updated."
    if outcome.emailed:
        message += f" {outcome.emailed} email(s) queued."
    if outcome.skipped:
        message += f" Unchanged: {', '.join(outcome.skipped[:10])}."
    flash(message, "success")
    return redirect(back, code=303)


@bp.route("/jobs/<int:job_id>/stages", methods=["GET", "POST"], endpoint="stages")
@roles_required(*RECRUITING_ROLES)
def stages_page(job_id: int):
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
        except StageConflict as exc:
            error = str(exc)
        except StageError as exc:
            error = str(exc)
        if error is None:
            flash("Stages saved.", "success")
            return redirect(url_for("pipeline.stages", job_id=job.id), code=303)
        from ats.extensions import db

        db.session.rollback()
    return render_template("pipeline/stages.html", job=job, live=stages.live_stages(job), counts=stages.counts(job),
                           error=error, form=request.form), (400 if error else 200)



@bp.app_template_global()
def pipeline_reason_groups():
    """Active rejection reasons in their two groups, for the move controls included by other pages."""
    return grouped_reasons()


@bp.app_template_global()
def pipeline_rejection_delays():
    return actions.REJECTION_DELAYS_HOURS
