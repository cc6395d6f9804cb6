"""Reports pages: one report per page (chart, accessible table, CSV with the same filter)."""

from __future__ import annotations

from flask import Blueprint, Response, abort, render_template, request
from flask_login import current_user
from sqlalchemy import select

from ats.audit.services import record
from ats.auth.access import roles_required
from ats.extensions import db
from ats.jobs.models import Job
from ats.reports import audit_log as audit_log_service
from ats.reports import fairness
from ats.reports.base import Report, ReportFilter
from ats.reports.catalog import REPORTS

bp = Blueprint("reports", __name__, template_folder="templates")
REPORT_ROLES = ("admin", "recruiter")  # both see every job; hiring teams read their own job pages


def _jobs() -> list[Job]:
    return list(db.session.scalars(select(Job).order_by(Job.title, Job.id)))


@bp.route("/reports")
@roles_required(*REPORT_ROLES)
def index():
    return render_template("reports/index.html", reports=REPORTS)


@bp.route("/reports/<report>")
@roles_required(*REPORT_ROLES)
def show(report: str):
    result, flt = _run(report)
    return render_template("reports/report.html", report=result, flt=flt, jobs=_jobs(), reports=REPORTS)


@bp.route("/reports/<report>.csv")
@roles_required(*REPORT_ROLES)
def download(report: str):
    result, flt = _run(report)
    record(current_user, "report.exported", "report", None, report=report, **flt.args())
    db.session.commit()
    return csv_response(result)


def _fairness_or_404() -> None:
    """Adverse impact: admins who were also granted the dedicated permission; everyone else gets a 404."""
    if current_user.role != "admin" or not current_user.has_permission(fairness.PERMISSION):
        abort(404)


def _fairness_report() -> tuple[Report, ReportFilter, fairness.ScreenChoice, str]:
    flt = ReportFilter.from_args(request.args)
    screen = fairness.ScreenChoice.from_args(request.args)
    dimension = request.args.get("dimension", "gender")
    dimension = dimension if dimension in fairness.DIMENSIONS else "gender"
    return fairness.adverse_impact(dimension, flt, screen), flt, screen, dimension


@bp.route("/reports/fairness/adverse-impact")
@roles_required("admin")
def adverse_impact():
    _fairness_or_404()
    report, flt, screen, dimension = _fairness_report()
    return render_template(
        "reports/adverse_impact.html",
        report=report,
        flt=flt,
        screen=screen,
        dimension=dimension,
        dimensions=fairness.DIMENSIONS,
        jobs=_jobs(),
    )


@bp.route("/reports/fairness/adverse-impact.csv")
@roles_required("admin")
def adverse_impact_csv():
    _fairness_or_404()
    report, flt, _, dimension = _fairness_report()
    record(current_user, "report.exported", "report", None, report="adverse-impact", dimension=dimension, **flt.args())
    db.session.commit()
    return csv_response(report)


@bp.route("/admin/audit-log")
@roles_required("admin")
def audit_log():
    flt = audit_log_service.AuditFilter.from_args(request.args)
    rows, more = audit_log_service.events(flt)
    return render_template(
        "reports/audit_log.html",
        rows=rows,
        more=more,
        flt=flt,
        actions=audit_log_service.actions(),
        details=audit_log_service.details,
    )


def _run(key: str) -> tuple[Report, ReportFilter]:
    if key not in REPORTS:
        abort(404)
    flt = ReportFilter.from_args(request.args)
    return REPORTS[key][1](flt), flt


def csv_response(report: Report) -> Response:
    response = Response(report.csv(), content_type="text/csv; charset=utf-8")
    response.headers["Content-Disposition"] = f'attachment; filename="{report.key}.csv"'
    response.headers["Cache-Control"] = "no-store"
    return response
