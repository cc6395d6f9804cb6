"""Interview plans, scheduling, scorecards, notes and the hiring manager dashboard."""

from __future__ import annotations

from flask import Flask

from ats import nav
from ats.auth.access import STAFF_ROLES
from ats.interviews import views, views_scoring  # noqa: F401  (views_scoring adds its routes to views.bp)


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    nav.register("interviews.dashboard", "Dashboard", ("hiring_manager", "interviewer"), order=10)
    nav.register("interviews.mentions", "Mentions", STAFF_ROLES, order=80)
