"""Candidate consent, voluntary EEO answers and data requests (export/erasure) for the admins' queue."""

from __future__ import annotations

from flask import Flask

from ats import nav
from ats.privacy import views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    nav.register("privacy.queue", "Privacy requests", ("admin",), order=90)
