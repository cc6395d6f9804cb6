"""Scheduling and scorecard routes of the interviews blueprint."""

from __future__ import annotations

from flask import Response, abort, current_app, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ats.applications.models import Application
from ats.auth.access import STAFF_ROLES, roles_required
from ats.extensions import db
from ats.interviews import scheduling, scorecards
from ats.interviews.forms import ScheduleForm, people_choices, round_choices
from ats.interviews.models import Interview, Scorecard
from ats.interviews.plan import rounds_of, suggested_rounds
from ats.interviews.services import can_score, may_read_scorecard, panel_candidates
from ats.interviews.views import bp
from ats.jobs.access import can_manage, job_row_or_404


def interview_or_404(interview_id: int) -> Interview:
    """The interview if the user may see its job; 404 otherwise."""
    return job_row_or_404(current_user, Interview, interview_id, job_of=lambda i: i.application.job_id)


def _form(job, interview: Interview | None = None) -> tuple[ScheduleForm, set[int]]:
    form = ScheduleForm(obj=None)
    rounds = rounds_of(job) or suggested_rounds(job)
    form.round.choices = round_choices(rounds)
    people = panel_candidates(job)
    form.interviewer_ids.choices = people_choices(people)
    if request.method == "GET":
        if interview is not None:
            start = scheduling.local_time(interview)
            form.day.data, form.at.data, form.timezone.data = start.date(), start.time(), interview.timezone
            form.duration_minutes.data = interview.duration_minutes
            form.location.data, form.video_url.data = interview.location, interview.video_url
            form.interviewer_ids.data = [p.user_id for p in interview.panel]
            ids = [r.id for r in rounds_of(job)]
            form.round.data = ids.index(interview.round_id) + 1 if interview.round_id in ids else 1
        else:
            form.timezone.data = current_app.config.get("TIMEZONE") or "UTC"
            form.interviewer_ids.data = [current_user.id] if current_user.id in {u.id for u in people} else []
    return form, {u.id for u in people}


def _input(form: ScheduleForm) -> scheduling.ScheduleInput:
    return scheduling.ScheduleInput(
        round_position=form.round.data - 1,
        day=form.day.data,
        at=form.at.data,
        tz=form.timezone.data,
        duration_minutes=form.duration_minutes.data,
        location=form.location.data or "",
        video_url=form.video_url.data or "",
        interviewer_ids=tuple(form.interviewer_ids.data or ()),
    )


def _attach(form: ScheduleForm, errors: dict[str, str]) -> None:
    for name, message in errors.items():
        field = getattr(form, name, None) or form.round
        field.errors = list(field.errors or []) + [message]


@bp.route("/interviews/applications/<int:application_id>/schedule", methods=["GET", "POST"])
@roles_required(*STAFF_ROLES)
def schedule(application_id: int):
    """Schedule an interview and email the candidate an invitation."""
    application = job_row_or_404(current_user, Application, application_id)
    if not can_manage(current_user, application.job_id):
        abort(404)
    form, allowed = _form(application.job)
    if form.validate_on_submit():
        try:
            interview = scheduling.schedule(application, _input(form), actor=current_user, allowed_ids=allowed)
        except scheduling.ScheduleError as exc:
            db.session.rollback()
            _attach(form, exc.errors)
        else:
            flash(f"Interview scheduled; {application.candidate.name} has been emailed an invitation.", "info")
            return redirect(
                url_for("interviews.application", application_id=application.id, _anchor=f"interview-{interview.id}")
            )
    status = 400 if request.method == "POST" else 200
    return render_template("interviews/schedule.html", form=form, application=application, interview=None), status


@bp.route("/interviews/<int:interview_id>/edit", methods=["GET", "POST"])
@roles_required(*STAFF_ROLES)
def reschedule(interview_id: int):
    """Move an interview; the candidate gets the updated invitation."""
    interview = interview_or_404(interview_id)
    application = interview.application
    if not can_manage(current_user, application.job_id):
        abort(404)
    form, allowed = _form(application.job, interview)
    if form.validate_on_submit():
        try:
            scheduling.reschedule(interview, _input(form), actor=current_user, allowed_ids=allowed)
        except scheduling.ScheduleError as exc:
            db.session.rollback()
            _attach(form, exc.errors)
        else:
            flash("Interview rescheduled; the candidate has been sent the new time.", "info")
            return redirect(url_for("interviews.application", application_id=application.id))
    status = 400 if request.method == "POST" else 200
    return render_template("interviews/schedule.html", form=form, application=application, interview=interview), status


@bp.route("/interviews/<int:interview_id>/cancel", methods=["POST"])
@roles_required(*STAFF_ROLES)
def cancel(interview_id: int):
    """Cancel an interview; the candidate gets a calendar cancellation."""
    interview = interview_or_404(interview_id)
    if not can_manage(current_user, interview.application.job_id):
        abort(404)
    try:
        scheduling.cancel(interview, actor=current_user)
    except scheduling.ScheduleError as exc:
        flash(str(exc), "error")
    else:
        flash("Interview cancelled; the candidate has been told.", "info")
    return redirect(url_for("interviews.application", application_id=interview.application_id))


@bp.route("/interviews/<int:interview_id>/calendar.ics")
@roles_required(*STAFF_ROLES)
def calendar(interview_id: int):
    """The interview's current .ics, for the team's own calendars."""
    interview = interview_or_404(interview_id)
    return Response(
        scheduling.calendar_file(interview),
        mimetype="text/calendar",
        headers={"Content-Disposition": f'attachment; filename="interview-{interview.id}.ics"'},
    )


def _typed_input() -> scorecards.ScorecardInput:
    count = min(int(request.form.get("count", "0") or 0), 50)
    ratings = []
    for i in range(count):
        raw = request.form.get(f"rating-{i}", "")
        ratings.append(
            {
                "competency": request.form.get(f"competency-{i}", ""),
                "rating": int(raw) if raw.isdigit() else None,
                "evidence": request.form.get(f"evidence-{i}", ""),
            }
        )
    return scorecards.ScorecardInput(
        ratings=ratings,
        takeaways=request.form.get("takeaways", ""),
        recommendation=request.form.get("recommendation", ""),
        submit=request.form.get("action") == "submit",
        reason=request.form.get("reason", ""),
    )


@bp.route("/interviews/<int:interview_id>/scorecard", methods=["GET", "POST"])
@roles_required(*STAFF_ROLES)
def scorecard(interview_id: int):
    """Fill, submit or amend my scorecard for an interview."""
    interview = interview_or_404(interview_id)
    if interview.status == "cancelled" or not can_score(current_user, interview):
        abort(404)
    card = scorecards.my_scorecard(interview, current_user)
    competencies = scorecards.competencies_for(interview)
    errors: dict[str, str] = {}
    if request.method == "POST":
        typed = _typed_input()
        try:
            saved = scorecards.save(interview, current_user, typed)
        except scorecards.ScorecardError as exc:
            errors = exc.errors
            values = typed
        else:
            flash("Scorecard submitted." if saved.submitted_at else "Draft saved.", "info")
            return redirect(url_for("interviews.scorecard_view", scorecard_id=saved.id))
    else:
        values = scorecards.ScorecardInput(
            ratings=list(card.ratings) if card else [],
            takeaways=card.takeaways if card else "",
            recommendation=(card.recommendation or "") if card else "",
        )
    by_name = {r["competency"]: r for r in values.ratings}
    rows = [(i, name, by_name.get(name, {})) for i, name in enumerate(competencies)]
    return render_template(
        "interviews/scorecard_form.html",
        interview=interview,
        card=card,
        rows=rows,
        values=values,
        errors=errors,
        application=interview.application,
    ), (400 if errors else 200)


@bp.route("/scorecards/<int:scorecard_id>")
@roles_required(*STAFF_ROLES)
def scorecard_view(scorecard_id: int):
    """One scorecard with its amendment history, if the viewer may read it."""
    card = job_row_or_404(current_user, Scorecard, scorecard_id, job_of=lambda c: c.application.job_id)
    if not may_read_scorecard(current_user, card):
        abort(404)
    return render_template("interviews/scorecard.html", card=card, application=card.application)
