"""Reports read from stage events and screening outcomes (never from personal fields): the hiring funnel,
timings, sources, scores; the adverse impact report; the admins' audit log viewer."""

from __future__ import annotations

from flask import Flask

from ats import nav
from ats.reports import views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    nav.register("reports.index", "Reports", ("admin", "recruiter"), order=80)
    nav.register("reports.audit_log", "Audit log", ("admin",), order=95)
