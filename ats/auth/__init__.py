"""Staff accounts, login sessions and role checks."""

from __future__ import annotations

from flask import Flask

from ats.auth import commands, views


def init_app(app: Flask) -> None:
    """The login pages (and the session loader they carry) and `flask create-user`."""
    app.register_blueprint(views.bp)
    for command in commands.COMMANDS:
        app.cli.add_command(command)
