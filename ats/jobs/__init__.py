"""Job postings, their requirements, stages, hiring teams, and who may see which job (access.py)."""

from __future__ import annotations

from flask import Flask

from ats import nav
from ats.auth.access import RECRUITING_ROLES
from ats.jobs import commands, views


def init_app(app: Flask) -> None:
    """The job pages, `flask parse-job` and `flask screen`."""
    app.register_blueprint(views.bp)
    for command in commands.COMMANDS:
        app.cli.add_command(command)
    nav.register("jobs.index", "Jobs", RECRUITING_ROLES, order=10)
