"""Admin page for the rejection reasons recruiters pick from."""

from __future__ import annotations

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ats.auth.access import roles_required
from ats.extensions import db
from ats.pipeline.models import REASON_CATEGORY_LABELS, RejectionReason
from ats.pipeline.reasons import ReasonError, add_reason, list_reasons, update_reason
from ats.security import db_int

bp = Blueprint("pipeline_admin", __name__, template_folder="templates")


@bp.route("/admin/rejection-reasons", methods=["GET", "POST"])
@roles_required("admin")
def reasons():
    error, error_id = None, None
    if request.method == "POST":
        form = request.form
        try:
            if form.get("op") == "add":
                add_reason(form.get("label", ""), form.get("category", ""), actor=current_user)
            else:
                reason = db.session.get(RejectionReason, db_int(form.get("reason_id")) or 0)
                if reason is None:
                    abort(404)
                error_id = reason.id
                update_reason(
                    reason,
                    label=form.get("label", ""),
                    category=form.get("category", ""),
                    active=bool(form.get("active")),
                    actor=current_user,
                )
        except ReasonError as exc:
            db.session.rollback()
            error = str(exc)
        else:
            flash("Rejection reasons saved.", "success")
            return redirect(url_for("pipeline_admin.reasons"), code=303)
    return render_template(
        "pipeline/reasons.html",
        reasons=list_reasons(active_only=False),
        categories=REASON_CATEGORY_LABELS,
        error=error,
        error_id=error_id,
        form=request.form,
    ), (400 if error else 200)
