"""The ranked applicant list and its CSV export (routes on the jobs blueprint)."""
from __future__ import annotations

from flask import Response, render_template, request
from flask_login import current_user

from ats.audit.services import record
from ats.auth.access import RECRUITING_ROLES, STAFF_ROLES, job_or_404, roles_required
from ats.extensions import db
from ats.jobs.ranking import Filters, facets, ranked_page
from ats.jobs.views import bp
from ats.reports.exports import ranked_csv


@bp.route("/<int:job_id>/applicants")
@roles_required(*STAFF_ROLES)
def applicants(job_id: int):
    job = job_or_404(current_user, job_id)
    filters = Filters.parse(request.args)
    page = ranked_page(job, filters, request.args.get("after"))
    return render_template("jobs/applicants.html", job=job, filters=filters, page=page, facets=facets(job),
                           can_act=current_user.role in RECRUITING_ROLES)


@bp.route("/<int:job_id>/applicants.csv")
@roles_required(*RECRUITING_ROLES)
def export(job_id: int):
    job = job_or_404(current_user, job_id)
    filters = Filters.parse(request.args)
    body = ranked_csv(job, current_user, filters=filters)
    record(current_user, "job.exported", "job", job.id, filters=filters.query_args())
    db.session.commit()
    filename = f"applicants-job-{job.id}.csv"
    return Response("\ufeff" + body, mimetype="text/csv",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"', "Cache-Control": "no-store"})
