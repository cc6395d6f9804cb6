"""The recruiter's reading work: the ranked list and its CSV, the application page, the staff download."""

from __future__ import annotations

from flask import Blueprint, Response, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ats.applications.models import Application, Document
from ats.auth.access import RECRUITING_ROLES, STAFF_ROLES, roles_required
from ats.jobs.access import job_or_404, job_row_or_404
from ats.review.application_page import build_page
from ats.review.exports import ExportError, export_filtered, export_selected, staff_download
from ats.review.ranking import FILTER_KEYS, Filters, facets, ranked_page
from ats.security import safe_next

bp = Blueprint("review", __name__, template_folder="templates")


def _csv(body: str, filename: str) -> Response:
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )


@bp.get("/jobs/<int:job_id>/applicants")
@roles_required(*STAFF_ROLES)
def applicants(job_id: int):
    """Ranked list: recruiters act on it; the job's hiring team reads it."""
    job = job_or_404(current_user, job_id)
    filters = Filters.parse(request.args)
    page = ranked_page(job, filters, request.args.get("after"))
    return render_template(
        "review/applicants.html",
        job=job,
        filters=filters,
        page=page,
        facets=facets(job),
        can_act=current_user.role in RECRUITING_ROLES,
    )


@bp.get("/jobs/<int:job_id>/applicants.csv")
@roles_required(*RECRUITING_ROLES)
def export(job_id: int):
    job = job_or_404(current_user, job_id)
    return _csv(export_filtered(job, current_user, Filters.parse(request.args)), f"applicants-job-{job.id}.csv")


@bp.post("/jobs/<int:job_id>/applicants/export", endpoint="export_selected")
@roles_required(*RECRUITING_ROLES)
def export_selected_view(job_id: int):
    """The 'Export selected' button of the bulk forms (ranked list and board)."""
    job = job_or_404(current_user, job_id)
    try:
        body = export_selected(job, current_user, request.form.getlist("application_ids"))
    except ExportError as exc:
        flash(str(exc), "error")
        return redirect(safe_next(request.form.get("next"), url_for("review.applicants", job_id=job.id)), code=303)
    return _csv(body, f"job-{job.id}-selected.csv")


@bp.get("/applications/<int:application_id>")
@roles_required(*STAFF_ROLES)
def application(application_id: int):
    """One application with its evidence, score breakdown, documents and timeline."""
    app_row = job_row_or_404(current_user, Application, application_id)
    page = build_page(app_row, current_user, request.args)
    list_args = {k: v for k, v in request.args.items() if k in FILTER_KEYS and v}
    return render_template(
        "review/application.html",
        page=page,
        application=app_row,
        list_args=list_args,
        can_act=current_user.role in RECRUITING_ROLES,
    )


@bp.get("/documents/<int:document_id>/download")
@roles_required(*STAFF_ROLES)
def download(document_id: int):
    """Staff download; access follows the document's job (404 when not allowed)."""
    document = job_row_or_404(current_user, Document, document_id, job_of=lambda d: d.application.job_id)
    return staff_download(current_user, document)
