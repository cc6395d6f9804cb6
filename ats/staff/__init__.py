"""The staff home page: what each role sees first after signing in."""

from __future__ import annotations

from flask import Flask

from ats.staff import views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
