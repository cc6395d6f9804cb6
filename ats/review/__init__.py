"""The recruiter's reading work: the ranked list and its CSV, the application page, exports, staff downloads."""

from __future__ import annotations

from flask import Flask

from ats.review import views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
