"""The public candidate portal: careers pages, the apply form and the private status page."""

from __future__ import annotations

from flask import Flask

from ats.portal import email_links, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    app.register_blueprint(email_links.bp)
