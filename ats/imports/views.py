"""Bulk resume import page: upload files or a zip, then a progress bar that follows the background task."""

from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user

from ats.auth.access import RECRUITING_ROLES, roles_required
from ats.extensions import db
from ats.imports.services import TASK_KIND, ImportRefused, start_import
from ats.jobs.access import job_or_404
from ats.tasks.models import Task

bp = Blueprint("imports", __name__, template_folder="templates")


@bp.route("/jobs/<int:job_id>/import-resumes", methods=["GET", "POST"])
@roles_required(*RECRUITING_ROLES)
def upload(job_id: int):
    job = job_or_404(current_user, job_id)
    error = None
    if request.method == "POST":
        files = [(f.filename or "file", f.read()) for f in request.files.getlist("files") if f and f.filename]
        try:
            task = start_import(job, files, actor=current_user)
        except ImportRefused as exc:
            db.session.rollback()
            error = str(exc)
        else:
            return redirect(url_for("imports.status_page", job_id=job.id, task_id=task.id), code=303)
    return render_template("imports/upload.html", job=job, error=error), (400 if error else 200)


def _task(job_id: int, task_id: int) -> Task:
    task = db.session.get(Task, task_id)
    if task is None or task.kind != TASK_KIND or task.payload.get("job_id") != job_id:
        abort(404)
    return task


@bp.get("/jobs/<int:job_id>/import-resumes/<int:task_id>")
@roles_required(*RECRUITING_ROLES)
def status_page(job_id: int, task_id: int):
    job = job_or_404(current_user, job_id)
    return render_template("imports/status.html", job=job, task=_task(job.id, task_id))


@bp.get("/jobs/<int:job_id>/import-resumes/<int:task_id>/progress")
@roles_required(*RECRUITING_ROLES)
def progress(job_id: int, task_id: int):
    """The htmx-polled fragment; it stops polling once the task is done or failed."""
    job = job_or_404(current_user, job_id)
    return render_template("imports/_progress.html", job=job, task=_task(job.id, task_id))
