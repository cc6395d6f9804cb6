"""Bulk resume import: a folder or a zip of resumes becomes applications, in the background."""

from __future__ import annotations

from flask import Flask

from ats import worker
from ats.imports import commands, services, views


def init_app(app: Flask) -> None:
    """The import page, its background task and `flask import-resumes`."""
    app.register_blueprint(views.bp)
    worker.register_handler(services.TASK_KIND, services.import_task)
    for command in commands.COMMANDS:
        app.cli.add_command(command)
