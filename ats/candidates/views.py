"""The candidate page: one application with its evidence, score breakdown, documents and timeline."""
from __future__ import annotations

from flask import Blueprint, render_template, request
from flask_login import current_user

from ats.auth.access import RECRUITING_ROLES, STAFF_ROLES, application_or_404, roles_required
from ats.candidates.services import build_page
from ats.jobs.ranking import FILTER_KEYS

bp = Blueprint("candidates", __name__, template_folder="templates")


@bp.route("/applications/<int:application_id>")
@roles_required(*STAFF_ROLES)
def application(application_id: int):
    app_row = application_or_404(current_user, application_id)
    page = build_page(app_row, current_user, request.args)
    list_args = {k: v for k, v in request.args.items() if k in FILTER_KEYS and v}
    return render_template("candidates/application.html", page=page, application=app_row, list_args=list_args,
                           can_act=current_user.role in RECRUITING_ROLES)
