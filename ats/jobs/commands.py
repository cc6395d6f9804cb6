"""`flask --app ats rescore`: bring stored scores up to date after a scorer upgrade or a data change."""
from __future__ import annotations

import click
from flask import Flask
from flask.cli import with_appcontext


@click.command("rescore")
@click.option("--job", "job_id", type=int, default=None, help="Only this job (by id).")
@click.option("--all", "everything", is_flag=True, help="Rescore even scores that are up to date.")
@with_appcontext
def rescore(job_id: int | None, everything: bool) -> None:
    """Rescore, from the stored analyses, the jobs whose scores came from another scorer version or
    other requirements (no file is read again)."""
    from sqlalchemy import select

    from ats.applications.screening import out_of_date, rescore_job
    from ats.extensions import db
    from ats.jobs.models import Job

    query = select(Job).where(Job.screening_enabled.is_(True)).order_by(Job.id)
    if job_id is not None:
        query = query.where(Job.id == job_id)
    jobs = list(db.session.scalars(query))
    if job_id is not None and not jobs:
        raise click.ClickException(f"No job with id {job_id} that has screening switched on.")
    total = 0
    for job in jobs:
        stale = out_of_date(job)
        if not stale and not everything:
            click.echo(f"{job.title} (#{job.id}): up to date")
            continue
        count = rescore_job(job)  # commits per chunk
        total += count
        click.echo(f"{job.title} (#{job.id}): {count} rescored ({stale} were out of date)")
    click.echo(f"{total} applications rescored")


def register_commands(app: Flask) -> None:
    app.cli.add_command(rescore)
