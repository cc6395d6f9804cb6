"""The admins' queue of candidates' export and erasure requests."""

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ats.auth.access import roles_required
from ats.db import utcnow
from ats.privacy import services

bp = Blueprint("privacy", __name__, template_folder="templates")


@bp.route("/admin/privacy-requests")
@roles_required("admin")
def queue():
    return render_template(
        "privacy/queue.html", requests=services.open_requests(), exports=services.recent_exports(), now=utcnow()
    )


@bp.route("/admin/privacy-requests/<int:request_id>/close", methods=["POST"])
@roles_required("admin")
def close(request_id: int):
    status = request.form.get("status", "done")
    if status not in ("done", "rejected"):
        abort(400)
    try:
        row = services.close_request(request_id, actor=current_user, status=status, note=request.form.get("note", ""))
    except services.PrivacyError as exc:
        flash(str(exc), "error")
    else:
        flash(f"Request {row.id} marked {row.status}.", "success")
    return redirect(url_for("privacy.queue"))
