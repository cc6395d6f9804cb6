"""Admin page of failed background tasks, each with a Retry button."""

from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ats.auth.access import roles_required
from ats.ops import failed_tasks as services

bp = Blueprint("ops_admin", __name__, template_folder="templates", url_prefix="/admin")


@bp.get("/tasks")
@roles_required("admin")
def failed_tasks():
    return render_template("ops/failed_tasks.html", tasks=services.failed_tasks())


@bp.post("/tasks/retry")
@roles_required("admin")
def retry_task():
    task_id = request.form.get("task_id", type=int)
    if task_id is not None and services.retry(task_id, actor=current_user):
        flash(f"Task {task_id} is queued again.", "success")
    else:
        flash("That task is not failed (it may have been retried already).", "error")
    return redirect(url_for("ops_admin.failed_tasks"), code=303)
