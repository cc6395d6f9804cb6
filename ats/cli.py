"""Thin click wrappers over services: `flask --app ats <command>`."""
from __future__ import annotations

import importlib

import click
from flask import Flask, current_app
from flask.cli import with_appcontext

# Domain modules that add their own commands through a `register_commands(app)` function.
COMMAND_MODULES = (
    "ats.screening_cli",
    "ats.applications.commands",
    "ats.jobs.commands",
    "ats.privacy.commands",
)


@click.command("init-db")
@with_appcontext
def init_db() -> None:
    """Create or upgrade the database schema through the migrations."""
    from ats.dbsetup import upgrade

    upgrade()
    click.echo("Database is up to date.")


@click.command("create-user")
@click.argument("email")
@click.option("--role", type=click.Choice(["admin", "recruiter", "hiring_manager", "interviewer"]), required=True)
@click.option("--name", default="", help="Display name (defaults to the email).")
@click.option("--generate-password", is_flag=True, help="Generate a random password instead of prompting.")
@with_appcontext
def create_user(email: str, role: str, name: str, generate_password: bool) -> None:
    """Create a staff account; prompts for the password unless --generate-password."""
    from ats.auth.services import AccountError
    from ats.auth.services import create_user as create

    password = None
    if not generate_password:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user, password = create(email, name or email, role, password)
    except AccountError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"Created {user.role} {user.email}")
    if generate_password:
        click.echo(f"Password: {password}")


@click.command("seed-demo")
@click.option("--applicants", default=24, show_default=True, help="Applicants per job.")
@with_appcontext
def seed_demo(applicants: int) -> None:
    """Load the demo jobs, applicants and accounts once; print the demo logins."""
    from ats.demo.seed import seed

    logins = seed(applicants_per_job=applicants)
    click.echo("Demo logins (also in instance/demo-logins.txt):")
    for role, email, password in logins:
        click.echo(f"  {role:<15} {email:<32} {password}")


@click.command("send-outbox")
@with_appcontext
def send_outbox() -> None:
    """Deliver every due email in the outbox (delayed rejection emails included)."""
    from ats.notifications.services import deliver

    click.echo(f"Sent {deliver()} email(s).")


@click.command("worker")
@with_appcontext
def rq_worker() -> None:
    """Run an RQ worker for background tasks (needs ATS_REDIS_URL)."""
    url = current_app.config.get("REDIS_URL")
    if not url:
        raise click.ClickException("Set ATS_REDIS_URL to run RQ workers; without it the web process runs tasks itself.")
    from redis import Redis
    from rq import Queue, Worker

    connection = Redis.from_url(url)
    Worker([Queue("ats", connection=connection)], connection=connection).work()


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=5000, show_default=True)
def serve(host: str, port: int) -> None:
    """Serve the app with the embedded worker (development and single-machine use)."""
    from werkzeug.serving import run_simple

    from ats.background import start_background

    app = current_app._get_current_object()
    start_background(app)
    click.echo(f"Serving on http://{host}:{port}  (Ctrl+C to stop)")
    run_simple(host, port, app, threaded=True, use_reloader=False)


def register(app: Flask) -> None:
    for command in (init_db, create_user, seed_demo, send_outbox, rq_worker, serve, check_storage):
        app.cli.add_command(command)
    for dotted in COMMAND_MODULES:
        try:
            module = importlib.import_module(dotted)
        except ModuleNotFoundError as exc:
            if exc.name and dotted.startswith(exc.name):
                continue  # that domain is not installed
            raise
        module.register_commands(app)


@click.command("check-storage")
@with_appcontext
def check_storage() -> None:
    """Report document rows whose file is missing and stored files no row points to (deletes nothing)."""
    from sqlalchemy import select

    from ats.applications.files import file_store
    from ats.applications.models import Document
    from ats.extensions import db

    keys = db.session.scalars(select(Document.storage_key).where(Document.storage_key.is_not(None)))
    report = file_store().reconcile(keys)
    for key in report.missing:
        click.echo(f"missing file for row: {key}")
    for key in report.stray:
        click.echo(f"file without row: {key}")
    click.echo(f"{len(report.missing)} missing, {len(report.stray)} stray")
    if report.missing or report.stray:
        raise SystemExit(1)
