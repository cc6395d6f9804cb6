"""Operations: health and readiness checks, failed-task admin page."""

from __future__ import annotations

from flask import Flask

from ats import nav
from ats.ops import views


def init_app(app: Flask) -> None:
    """The admin page of failed tasks."""
    app.register_blueprint(views.bp)
    nav.register("ops_admin.failed_tasks", "Failed tasks", ("admin",), order=92)
