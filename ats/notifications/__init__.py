"""Outgoing email through an outbox table, delivered by a backend (file, locmem, SMTP)."""

from __future__ import annotations

from flask import Flask

from ats import nav, worker
from ats.auth.access import RECRUITING_ROLES
from ats.notifications import commands, services, views


def init_app(app: Flask) -> None:
    """The outbox and template pages, the delivery task and `flask send-outbox`."""
    app.register_blueprint(views.bp)
    worker.register_handler("deliver_outbox", services.deliver_task, queue="fast")
    for command in commands.COMMANDS:
        app.cli.add_command(command)
    nav.register("notifications.outbox", "Outbox", RECRUITING_ROLES, order=80)
    nav.register("notifications.templates", "Email templates", ("admin",), order=86)
