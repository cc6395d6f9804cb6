"""The app's own commands (schema, serving, workers); each domain registers its commands in its init_app."""

from __future__ import annotations

import click
from flask import Flask, current_app
from flask.cli import with_appcontext
from werkzeug.serving import run_simple

from ats.background import start_background
from ats.dbsetup import upgrade
from ats.rqworker import worker_command
from ats.security import QuietRequestHandler


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create or upgrade the database schema through the migrations."""
    upgrade()
    click.echo("Database is up to date.")


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
@with_appcontext
def serve(host: str, port: int) -> None:
    """Serve the app with the embedded worker (development and single-machine use)."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    start_background(app)
    click.echo(f"Serving on http://{host}:{port}  (Ctrl+C to stop)")
    run_simple(host, port, app, threaded=True, use_reloader=False, request_handler=QuietRequestHandler)


def init_app(app: Flask) -> None:
    for command in (init_db, worker_command, serve):
        app.cli.add_command(command)
