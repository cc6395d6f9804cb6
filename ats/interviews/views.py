"""Dashboard, interview workspace of an application, plan, notes, mentions and decisions."""

from __future__ import annotations

from typing import Any

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ats.applications.models import Application
from ats.auth.access import STAFF_ROLES, roles_required
from ats.extensions import db
from ats.interviews import dashboard as dash
from ats.interviews import notes as notes_service
from ats.interviews import plan as plan_service
from ats.interviews.models import RATINGS, RECOMMENDATIONS, Mention
from ats.interviews.scheduling import local_time
from ats.interviews.services import panel_data, team_members
from ats.jobs.access import can_manage, job_or_404, job_row_or_404
from ats.pipeline.services import StageConflict, StageError, StageForbidden, decide

bp = Blueprint("interviews", __name__, template_folder="templates")


@bp.app_context_processor
def _interview_helpers():
    """Let any page include the candidate and notes panels with just `application` in context."""

    def interview_panel_data(application):
        return panel_data(current_user, application)

    def interview_notes(application):
        return notes_service.visible_notes(current_user, application)

    def interview_team_handles(application):
        return [(notes_service.handle(u), u.name) for u in team_members(application.job) if u.id != current_user.id]

    return {
        "interview_panel_data": interview_panel_data,
        "interview_notes": interview_notes,
        "interview_team_handles": interview_team_handles,
        "interview_local_time": local_time,
        "RATING_LABELS": RATINGS,
        "RECOMMENDATION_LABELS": RECOMMENDATIONS,
    }


@bp.route("/dashboard")
@roles_required(*STAFF_ROLES)
def dashboard():
    """What a hiring manager or interviewer has to do today, limited to their jobs."""
    return render_template(
        "interviews/dashboard.html",
        board=dash.build(current_user),
        can_manage=lambda job_id: can_manage(current_user, job_id),
    )


@bp.route("/interviews/applications/<int:application_id>")
@roles_required(*STAFF_ROLES)
def application(application_id: int):
    """The interview workspace of one application: decisions, interviews, scorecards, notes."""
    app_row = job_row_or_404(current_user, Application, application_id)
    return _workspace(app_row)


def _workspace(
    app_row, status: int = 200, decision_error: str | None = None, note_errors=None, note_form=None, decision_form=None
):
    return render_template(
        "interviews/application.html",
        application=app_row,
        can_decide=can_manage(current_user, app_row.job_id),
        next_stage=app_row.job.stage_after(app_row.stage),
        decision_error=decision_error,
        decision_form=decision_form or {},
        note_errors=note_errors or {},
        note_form=note_form or {},
    ), status


@bp.route("/interviews/applications/<int:application_id>/decision", methods=["POST"], endpoint="decide")
@roles_required(*STAFF_ROLES)
def decide_view(application_id: int):
    """Advance, or reject with a listed reason and an optional note, through the pipeline; a stale page gets 409."""
    app_row = job_row_or_404(current_user, Application, application_id)
    form = {k: request.form.get(k, "") for k in ("action", "reason", "note", "version")}
    try:
        decide(
            current_user,
            app_row,
            form["action"],
            expected_version=form["version"],
            reason=form["reason"],
            note=form["note"],
        )
    except StageForbidden:
        abort(404)
    except StageConflict as exc:
        db.session.expire_all()
        return _workspace(db.session.get(Application, application_id), 409, str(exc), decision_form=form)
    except StageError as exc:
        return _workspace(app_row, 400, str(exc), decision_form=form)
    flash(f"{app_row.candidate.name} is now in {app_row.stage.name}.", "info")
    return redirect(
        request.form.get("back") == "dashboard"
        and url_for("interviews.dashboard")
        or url_for("interviews.application", application_id=app_row.id)
    )


@bp.route("/interviews/applications/<int:application_id>/notes", methods=["POST"])
@roles_required(*STAFF_ROLES)
def add_note(application_id: int):
    """Add a team or private note; @mentions notify the team."""
    app_row = job_row_or_404(current_user, Application, application_id)
    form = {k: request.form.get(k, "") for k in ("body", "visibility", "about")}
    try:
        notes_service.add_note(
            app_row,
            current_user,
            form["body"],
            visibility=form["visibility"] or "team",
            about=form["about"] or "application",
        )
    except notes_service.NoteError as exc:
        return _workspace(app_row, 400, note_errors=exc.errors, note_form=form)
    flash("Note saved.", "info")
    return redirect(url_for("interviews.application", application_id=app_row.id) + "#notes")


@bp.route("/jobs/<int:job_id>/interview-plan", methods=["GET", "POST"])
@roles_required(*STAFF_ROLES)
def plan(job_id: int):
    """Read the interview plan (anyone on the job) or edit it (those who manage the job)."""
    job = job_or_404(current_user, job_id)
    editable = can_manage(current_user, job.id)
    saved = plan_service.rounds_of(job)
    structured: list[dict[str, Any]] = [
        {"name": r.name, "competencies": r.competencies} for r in saved
    ] or plan_service.suggested_rounds(job)
    rows = [
        {"name": r["name"], "competencies": plan_service.format_competencies(r["competencies"])} for r in structured
    ]
    errors: dict[int, str] = {}
    if request.method == "POST":
        if not editable:
            abort(404)
        count = min(int(request.form.get("count", "0") or 0), 20)
        rows = [
            {"name": request.form.get(f"name-{i}", ""), "competencies": request.form.get(f"competencies-{i}", "")}
            for i in range(count)
        ]
        try:
            plan_service.save_plan(job, rows, actor=current_user)
        except plan_service.PlanErrors as exc:
            errors = exc.errors
        else:
            flash("Interview plan saved.", "info")
            return redirect(url_for("interviews.plan", job_id=job.id))
    if editable:
        rows = rows + [{"name": "", "competencies": ""}]
    return render_template(
        "interviews/plan.html",
        job=job,
        rows=rows,
        structured=structured,
        saved=bool(saved),
        editable=editable,
        errors=errors,
    ), (400 if errors else 200)


@bp.route("/mentions")
@roles_required(*STAFF_ROLES)
def mentions():
    """The in-app list of @mentions for the current user."""
    items = [(m, notes_service.application_for(m, current_user)) for m in notes_service.mentions_for(current_user)]
    return render_template("interviews/mentions.html", items=items)


@bp.route("/mentions/<int:mention_id>/read", methods=["POST"])
@roles_required(*STAFF_ROLES)
def mention_read(mention_id: int):
    """Mark one of my mentions read; anyone else's is a 404."""
    mention = db.session.get(Mention, mention_id)
    if (
        mention is None
        or mention.user_id != current_user.id
        or mention not in notes_service.mentions_for(current_user, limit=10_000)
    ):
        abort(404)
    notes_service.mark_read(mention, current_user)
    return redirect(url_for("interviews.mentions"))


from ats.interviews import views_scoring  # noqa: E402,F401  (routes on the same blueprint)
