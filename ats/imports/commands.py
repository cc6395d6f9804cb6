"""`flask --app ats import-resumes DIR --job ID`: the bulk import with a progress bar on the terminal."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext
from sqlalchemy import select

from ats import worker
from ats.auth.models import User
from ats.extensions import db
from ats.imports.services import expand, run_import
from ats.jobs.models import Job

RESUME_SUFFIXES = (".pdf", ".docx", ".txt", ".rtf", ".odt")


@click.command("import-resumes")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--job", "job_id", type=int, required=True, help="Id of the job the applications are for.")
@click.option("--as", "actor_email", default=None, help="Staff email recorded as the importer in the audit log.")
@with_appcontext
def import_resumes(directory: Path, job_id: int, actor_email: str | None) -> None:
    """Import every resume file in DIRECTORY (and zips in it) as applications sourced 'imported'."""
    job = db.session.get(Job, job_id)
    if job is None:
        raise click.ClickException(f"No job with id {job_id}.")
    actor = None
    if actor_email:
        actor = db.session.scalar(select(User).where(User.email == actor_email.strip().lower()))
        if actor is None:
            raise click.ClickException(f"No staff account {actor_email}.")
    paths = sorted(p for p in directory.iterdir() if p.is_file() and p.suffix.lower() in (*RESUME_SUFFIXES, ".zip"))
    zips = [p for p in paths if p.suffix.lower() == ".zip"]
    files = [(p.name, (lambda p=p: p.read_bytes())) for p in paths if p not in zips]
    early: list[dict[str, str]] = []
    if zips:
        unpacked, early = expand([(p.name, p.read_bytes()) for p in zips])
        files += [(name, (lambda d=data: d)) for name, data in unpacked]
    if not files and not early:
        raise click.ClickException(f"No resume files (PDF, DOCX, TXT, RTF, ODT or zip) in {directory}.")
    with click.progressbar(length=len(files), label=f"Importing into {job.title}") as bar:
        last = [0]

        def progress(done: int) -> None:
            bar.update(done - last[0])
            last[0] = done

        report = run_import(job, files, actor=actor, progress=progress)
    report.failures[:0] = early
    worker.wait_idle(current_app._get_current_object(), timeout=3600)  # type: ignore[attr-defined]  # the embedded pool screens them
    click.echo(f"{len(report.created)} imported, {len(report.duplicates)} duplicate(s), {len(report.failures)} failed.")
    for item in report.duplicates:
        click.echo(f"duplicate: {item['file']}: {item['reason']}")
    for item in report.failures:
        click.echo(f"failed: {item['file']}: {item['reason']}")
    if report.failures:
        raise SystemExit(1)


COMMANDS = (import_resumes,)
