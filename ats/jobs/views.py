"""Recruiter job pages: list, create, import from a description, edit, duplicate, status, team."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user
from sqlalchemy import select

from ats.auth.access import RECRUITING_ROLES, roles_required
from ats.extensions import db
from ats.jobs import editing
from ats.jobs.access import job_or_404
from ats.jobs.importing import DescriptionError, description_text, draft_form
from ats.jobs.models import ASSIGNMENT_ROLES, EMPLOYMENT_LABELS, Job
from ats.jobs.requirements_form import EDUCATION_CHOICES, WEIGHT_NAMES, JobForm
from ats.jobs.services import JobError, applicant_counts, set_status

bp = Blueprint("jobs", __name__, template_folder="templates", url_prefix="/jobs")


def _form_page(form: JobForm, *, job: Job | None = None, imported: bool = False, status: int = 200):
    return render_template(
        "jobs/form.html",
        form=form,
        job=job,
        imported=imported,
        education_choices=EDUCATION_CHOICES,
        weight_names=WEIGHT_NAMES,
        employment_labels=EMPLOYMENT_LABELS,
    ), status


@bp.route("")
@roles_required(*RECRUITING_ROLES)
def index():
    jobs = list(db.session.scalars(select(Job).order_by(Job.status.desc(), Job.title)))
    return render_template("jobs/index.html", jobs=jobs, counts=applicant_counts())


@bp.route("/new", methods=["GET", "POST"])
@roles_required(*RECRUITING_ROLES)
def new():
    if request.method == "GET":
        return _form_page(JobForm.blank())
    form = JobForm.from_request(request.form)
    imported = request.form.get("imported") == "1"
    data = form.validate(with_stages=True)
    if data is None:
        return _form_page(form, imported=imported, status=400)
    data["status"] = request.form.get("status") if request.form.get("status") in ("draft", "open") else "draft"
    try:
        job = editing.create_from_form(data, actor=current_user, source="import" if imported else "form")
    except JobError as exc:
        db.session.rollback()
        form.errors["form"] = str(exc)
        return _form_page(form, imported=imported, status=400)
    flash(f"Job “{job.title}” saved.", "success")
    return redirect(url_for("review.applicants", job_id=job.id))


@bp.route("/import", methods=["GET", "POST"])
@roles_required(*RECRUITING_ROLES)
def import_description():
    if request.method == "GET":
        return render_template("jobs/import.html", text="", error=None)
    pasted = request.form.get("description", "")
    try:
        text = description_text(pasted, request.files.get("file"))
    except DescriptionError as exc:
        return render_template("jobs/import.html", text=pasted, error=str(exc)), 400
    flash("Review the draft below: check the skills, weights, tiers and questions, then save.", "info")
    return _form_page(draft_form(text), imported=True)


@bp.route("/<int:job_id>/edit", methods=["GET", "POST"])
@roles_required(*RECRUITING_ROLES)
def edit(job_id: int):
    job = job_or_404(current_user, job_id)
    if request.method == "GET":
        return _form_page(JobForm.from_job(job), job=job)
    form = JobForm.from_request(request.form)
    data = form.validate()
    if data is None:
        return _form_page(form, job=job, status=400)
    try:
        rescored = editing.update_job(job, data, actor=current_user)
    except JobError as exc:
        form.errors["form"] = str(exc)
        return _form_page(form, job=job, status=400)
    flash(
        "Job saved." + (" Applications are being rescored against the new requirements." if rescored else ""), "success"
    )
    return redirect(url_for("review.applicants", job_id=job.id))


@bp.route("/<int:job_id>/duplicate", methods=["POST"])
@roles_required(*RECRUITING_ROLES)
def duplicate(job_id: int):
    copy = editing.duplicate_job(job_or_404(current_user, job_id), actor=current_user)
    flash(f"Created the draft “{copy.title}”.", "success")
    return redirect(url_for("jobs.edit", job_id=copy.id))


@bp.route("/<int:job_id>/status", methods=["POST"])
@roles_required(*RECRUITING_ROLES)
def status(job_id: int):
    job = job_or_404(current_user, job_id)
    try:
        set_status(job, request.form.get("status", ""), actor=current_user)
    except JobError as exc:
        flash(str(exc), "error")
    else:
        flash(f"“{job.title}” is now {job.status}.", "success")
    back_to_list = request.form.get("next") == "list"
    return redirect(url_for("jobs.index") if back_to_list else url_for("review.applicants", job_id=job.id))


@bp.route("/<int:job_id>/team", methods=["GET", "POST"])
@roles_required(*RECRUITING_ROLES)
def team(job_id: int):
    job = job_or_404(current_user, job_id)
    people = editing.team_candidates()
    current = {a.user_id: a.role for a in job.assignments}
    error = None
    if request.method == "POST":
        wanted = {}
        for user in people:
            role = request.form.get(f"role-{user.id}", "")
            if role:
                wanted[user.id] = role
        try:
            editing.set_team(job, wanted, actor=current_user)
        except JobError as exc:
            db.session.rollback()
            error, current = str(exc), wanted
        else:
            flash("Team saved.", "success")
            return redirect(url_for("jobs.team", job_id=job.id))
    return render_template(
        "jobs/team.html", job=job, people=people, current=current, roles=ASSIGNMENT_ROLES, error=error
    ), 400 if error else 200


@bp.route("/<int:job_id>/blind-review", methods=["POST"])
@roles_required(*RECRUITING_ROLES)
def blind_review(job_id: int):
    """The per-job blind review switch, on the team page."""
    job = job_or_404(current_user, job_id)
    try:
        editing.set_blind_review(
            job,
            enabled=request.form.get("enabled") == "1",
            until_stage_id=request.form.get("until_stage_id"),
            actor=current_user,
        )
    except JobError as exc:
        flash(str(exc), "error")
    else:
        flash("Blind review is on." if job.blind_review else "Blind review is off.", "success")
    return redirect(url_for("jobs.team", job_id=job.id), 303)
