"""Reports read from stage events and screening outcomes (never from personal fields): the hiring funnel,
timings, sources, scores; the adverse impact report; the admins' audit log viewer."""

from __future__ import annotations

import click
from flask import Flask
from flask.cli import with_appcontext

from ats import background, nav
from ats.reports import facts, views


@click.command("refresh-reports")
@click.option("--rebuild", is_flag=True, help="Start over from every stage event instead of catching up.")
@with_appcontext
def refresh_reports(rebuild: bool) -> None:
    """Fold new stage events into the reports' read model (the background loop does this every 30 s)."""
    count = facts.rebuild() if rebuild else facts.refresh()
    click.echo(f"{count} stage event(s) read")


def init_app(app: Flask) -> None:
    app.register_blueprint(views.bp)
    app.cli.add_command(refresh_reports)
    background.register_periodic(facts.refresh)
    nav.register("reports.index", "Reports", ("admin", "recruiter"), order=80)
    nav.register("reports.audit_log", "Audit log", ("admin",), order=95)
