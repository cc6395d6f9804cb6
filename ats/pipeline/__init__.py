"""Moving applications through a job's stages, with history: every change goes through services.py."""

from __future__ import annotations

from typing import Any

from flask import Flask

from ats import nav
from ats.applications.models import Application
from ats.applications.signals import application_screened
from ats.extensions import db
from ats.pipeline import admin_views, services, views


def _reject_on_knockout(sender: Flask, *, application_id: int, auto_reject: bool, **_: Any) -> None:
    """After screening: reject when the job auto-rejects the knockout answer given (a human move since wins)."""
    application = db.session.get(Application, application_id)
    if not auto_reject or application is None:
        return
    try:
        services.auto_reject(application, expected_version=application.version)
    except services.StageConflict:
        pass  # a recruiter moved it in the meantime: their decision stands


def init_app(app: Flask) -> None:
    """The pipeline pages, the rejection-reasons admin page and the knockout auto-reject."""
    app.register_blueprint(views.bp)
    app.register_blueprint(admin_views.bp)
    application_screened.connect(_reject_on_knockout)
    nav.register("pipeline_admin.reasons", "Rejection reasons", ("admin",), order=85)
