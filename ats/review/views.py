"""The recruiter's reading work: the ranked list with its review panel, the application page, CSV, downloads."""

from __future__ import annotations

import json
from urllib.parse import parse_qsl, urlencode

from flask import Blueprint, Response, abort, flash, redirect, render_template, request, url_for
from flask_login import current_user

from ats.applications.models import Application, Document
from ats.auth.access import RECRUITING_ROLES, STAFF_ROLES, roles_required
from ats.extensions import db
from ats.jobs.access import job_or_404, job_row_or_404
from ats.review.application_page import build_page
from ats.review.exports import ExportError, export_filtered, export_selected, staff_download
from ats.review.facets import facets
from ats.review.panel import ACTIONS, ActionError, StageConflict, StageForbidden
from ats.review.ranking import FILTER_KEYS, TABS, Filters, load_rows, ranked_page, tab_counts
from ats.security import safe_next
from ats.talent.consider import jobs_to_consider
from ats.talent.saved import views_for
from ats.talent.tags import known_tags

bp = Blueprint("review", __name__, template_folder="templates")


def _csv(body: str, filename: str) -> Response:
    return Response(
        body,
        mimetype="text/csv",
        headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"},
    )


@bp.app_template_global()
def review_tabs() -> dict:
    """The ranked list's tabs (key -> (name, stage kinds)), for the tab bar."""
    return TABS


def _open_application(job_id: int) -> Application | None:
    """The application named by ?open= when it belongs to this job (anything else opens nothing)."""
    raw = request.args.get("open", "")
    found = db.session.get(Application, int(raw)) if raw.isdigit() and len(raw) < 12 else None
    return found if found is not None and found.job_id == job_id else None


def panel_context(application: Application, list_query: str = "", **extra) -> dict:
    """What _panel.html needs, for the viewer."""
    can_act = current_user.role in RECRUITING_ROLES
    return {
        "page": build_page(application, current_user, with_neighbours=False),
        "application": application,
        "can_act": can_act,
        "list_query": list_query,
        "consider_jobs": jobs_to_consider(current_user, application) if can_act else [],
        "known_tags": known_tags() if can_act else [],
        **extra,
    }


@bp.get("/jobs/<int:job_id>/applicants")
@roles_required(*STAFF_ROLES)
def applicants(job_id: int):
    """Ranked list: recruiters act on it; the job's hiring team reads it. ?open=<id> shows that application."""
    job = job_or_404(current_user, job_id)
    filters = Filters.parse(request.args)
    page = ranked_page(job, filters, request.args.get("after"))
    opened = _open_application(job.id)
    list_query = urlencode(filters.query_args())
    return render_template(
        "review/applicants.html",
        job=job,
        filters=filters,
        page=page,
        facets=facets(job, None if filters.narrowed else page.by_stage),
        can_act=current_user.role in RECRUITING_ROLES,
        saved_views=views_for(current_user, f"job:{job.id}"),
        panel=panel_context(opened, list_query) if opened is not None else None,
    )


@bp.get("/applications/<int:application_id>/panel")
@roles_required(*STAFF_ROLES)
def panel(application_id: int):
    """The review panel alone (htmx swaps it beside the list or the board)."""
    app_row = job_row_or_404(current_user, Application, application_id)
    return render_template("review/_panel.html", **panel_context(app_row, request.args.get("list", "")))


@bp.post("/applications/<int:application_id>/panel/<action>")
@roles_required(*RECRUITING_ROLES)
def panel_action(application_id: int, action: str):
    """One action from the panel; the panel comes back with what happened, and the list's row and counts too."""
    app_row = job_row_or_404(current_user, Application, application_id)
    run = ACTIONS.get(action)
    if run is None:
        abort(404)
    form = request.form
    list_query = form.get("list", "")
    status, extra, said_text = 200, {}, ""
    try:
        said = run(current_user, app_row, form)
    except StageForbidden:
        abort(404)
    except StageConflict as exc:
        db.session.expire_all()
        status, extra, said_text = 409, {"error": (action, str(exc))}, str(exc)
    except ActionError as exc:
        db.session.rollback()
        status, extra, said_text = 400, {"error": (action, str(exc))}, str(exc)
    else:
        said_text, link = said if isinstance(said, tuple) else (said, None)
        extra = {"message": said_text, "message_link": link}
    if not request.headers.get("HX-Request"):
        flash(said_text, "success" if status == 200 else "error")
        back = url_for("review.applicants", job_id=app_row.job_id, open=app_row.id)
        return redirect(safe_next(form.get("next"), back), code=303)
    db.session.refresh(app_row)
    filters = Filters.parse(dict(parse_qsl(list_query)))
    body = render_template(
        "review/_panel_response.html",
        rows=load_rows([app_row.id]),
        filters=filters,
        counts=tab_counts(app_row.job, filters),
        typed=form if status != 200 else {},
        **panel_context(app_row, list_query, **extra),
    )
    changed = {"id": app_row.id, "stage_id": app_row.stage_id, "version": app_row.version, "status": status}
    return Response(body, status=status, headers={"HX-Trigger": json.dumps({"ats:application-changed": changed})})


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
    """One application on its own page: the panel, with j/k walking the list it came from."""
    app_row = job_row_or_404(current_user, Application, application_id)
    list_args = {k: v for k, v in request.args.items() if k in FILTER_KEYS and v}
    context = panel_context(app_row, urlencode(list_args), full_page=True)
    context["page"] = build_page(app_row, current_user, request.args)
    return render_template("review/application.html", list_args=list_args, **context)


@bp.get("/documents/<int:document_id>/download")
@roles_required(*STAFF_ROLES)
def download(document_id: int):
    """Staff download; access follows the document's job (404 when not allowed)."""
    document = job_row_or_404(current_user, Document, document_id, job_of=lambda d: d.application.job_id)
    return staff_download(current_user, document)
