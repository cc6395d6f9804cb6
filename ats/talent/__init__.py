"""Candidates across jobs: global search, the candidates page with saved views, tags, and sourcing to another job."""

from __future__ import annotations

from flask import Flask

from ats import nav
from ats.talent import views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    nav.register("talent.candidates", "Candidates", ("admin", "recruiter", "hiring_manager", "interviewer"), order=15)
