"""Applications, their stage history, documents and screening results; background screening."""

from __future__ import annotations

from flask import Flask

from ats import worker
from ats.applications import commands, rescoring, screening


def init_app(app: Flask) -> None:
    """The screening tasks, `flask rescore` and `flask check-storage` (no pages: review and portal show them)."""
    worker.register_handler("screen_application", screening.screen_task)
    worker.register_handler("rescore_job", rescoring.rescore_task)
    for command in commands.COMMANDS:
        app.cli.add_command(command)
