"""`flask rescore` and `flask check-storage`: keep stored scores and stored files in step with the database."""

from __future__ import annotations

import click
from flask.cli import with_appcontext
from sqlalchemy import select

from ats.applications.files import file_store
from ats.applications.models import Document
from ats.applications.rescoring import out_of_date, rescore_job
from ats.extensions import db
from ats.jobs.models import Job


@click.command("rescore")
@click.option("--job", "job_id", type=int, default=None, help="Only this job (by id).")
@click.option("--all", "everything", is_flag=True, help="Rescore even scores that are up to date.")
@with_appcontext
def rescore(job_id: int | None, everything: bool) -> None:
    """Rescore, from the stored analyses, the jobs whose scores came from another scorer version or
    other requirements (no file is read again)."""
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


@click.command("check-storage")
@with_appcontext
def check_storage() -> None:
    """Report document rows whose file is missing and stored files no row points to (deletes nothing)."""
    keys = db.session.scalars(select(Document.storage_key).where(Document.storage_key.is_not(None)))
    report = file_store().reconcile(k for k in keys if k)
    for key in report.missing:
        click.echo(f"missing file for row: {key}")
    for key in report.stray:
        click.echo(f"file without row: {key}")
    click.echo(f"{len(report.missing)} missing, {len(report.stray)} stray")
    if report.missing or report.stray:
        raise SystemExit(1)


COMMANDS = (rescore, check_storage)
