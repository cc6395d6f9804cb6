"""What we keep and for how long: the data export, erasure, legal hold and the retention purge.

Above privacy (which only records consent, EEO answers and requests): erasing has to reach every package
that holds personal data, and none of them may import it back.
"""

from __future__ import annotations

from flask import Flask

from ats import background, worker
from ats.privacy.services import EXPORT_TASK
from ats.retention import commands, export, purge, views


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    worker.register_handler(EXPORT_TASK, export.export_task)
    background.register_periodic(purge.daily_purge)
    for command in commands.COMMANDS:
        app.cli.add_command(command)
