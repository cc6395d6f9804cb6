"""Staff accounts: sign-in (password, second factor, OpenID Connect), sessions, own account, role checks."""

from __future__ import annotations

from flask import Flask

from ats.auth import commands, oidc, views


def init_app(app: Flask) -> None:
    """The sign-in and account pages (and the session loader they carry), the provider, `flask create-user`."""
    app.register_blueprint(views.bp)
    oidc.init_app(app)
    for command in commands.COMMANDS:
        app.cli.add_command(command)
