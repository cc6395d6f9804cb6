"""`flask parse-job` and `flask screen`: postings and resumes through the screening library, from a terminal."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import click
from flask.cli import with_appcontext

from ats import screening_adapter
from ats.extensions import db
from ats.jobs.models import Job
from ats.jobs.occupation_choice import label
from ats.screening import ExtractionError, Requirements

RESUME_SUFFIXES = {".pdf", ".docx", ".txt", ".rtf", ".odt", ".doc"}


def _read_posting(path: Path) -> str:
    """A posting file's text, read in the sandbox like every other file."""
    try:
        return screening_adapter.extract(path.read_bytes(), path.name)
    except ExtractionError as exc:
        raise click.ClickException(f"{path}: {exc.message}") from exc


def _requirements(job: str) -> Requirements:
    """A stored job (by id) or a posting file parsed into draft requirements."""
    if job.isdigit() and not Path(job).exists():
        found = db.session.get(Job, int(job))
        if found is None:
            raise click.ClickException(f"No job with id {job}.")
        return found.requirements()
    path = Path(job)
    if not path.is_file():
        raise click.ClickException(f"{job} is neither a job id nor a readable posting file.")
    return screening_adapter.parse_posting(_read_posting(path)).requirements


def _as_of(value: str | None) -> date:
    if not value:
        return date.today()
    try:
        year, month = value.split("-")[:2]
        return date(int(year), int(month), 1)
    except ValueError as exc:
        raise click.BadParameter("use YYYY-MM, e.g. 2026-11") from exc


def _expand(paths: tuple[str, ...]) -> Iterator[Path]:
    """Files as given, and resume files found under any directory given."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in RESUME_SUFFIXES)
        else:
            yield path


@click.command("parse-job")
@click.argument("file", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the draft requirements as JSON.")
@with_appcontext
def parse_job(file: str, as_json: bool) -> None:
    """Draft requirements of a job posting (PDF, DOCX or TXT)."""
    draft = screening_adapter.parse_posting(_read_posting(Path(file))).to_json_dict()
    if as_json:
        click.echo(json.dumps(draft, indent=2, ensure_ascii=False))
        return
    click.echo(f"Title: {draft['title']}")
    click.echo(f"Required skills: {', '.join(draft['required_skills']) or '-'}")
    click.echo(f"Preferred skills: {', '.join(draft['preferred_skills']) or '-'}")
    for tier in draft["experience_tiers"]:
        upper = "" if tier["max_years"] is None else f"-{tier['max_years']:g}"
        click.echo(f"Tier: {tier['name']} ({tier['min_years']:g}{upper or '+'} years)")
    click.echo(f"Target tier: {draft['target_tier'] or '-'}")
    click.echo(f"Occupation: {label(draft['occupation']) if draft['occupation'] else '-'}")
    click.echo(f"Related occupations (at half): {'; '.join(map(label, draft['related_occupations'])) or '-'}")
    click.echo(f"Roles or lines of work counted in full: {'; '.join(draft['occupation_titles']) or '-'}")
    click.echo(f"Roles counted at half: {'; '.join(draft['related_titles']) or '-'}")
    click.echo(
        f"Education: minimum {draft['education']['minimum'] or '-'}, preferred {draft['education']['preferred'] or '-'}"
    )
    for knockout in draft["knockout_questions"]:
        click.echo(f"Knockout: {knockout['question']} (fails on {knockout['failing_answer']!r})")
    salary = draft["salary"]
    if salary:
        click.echo(f"Salary: {salary['min']:,.0f}-{salary['max']:,.0f} {salary['currency']} per {salary['period']}")
    click.echo(f"Employment type: {draft['employment_type'] or '-'}; location: {draft['location'] or '-'}")


@click.command("screen")
@click.option("--job", "job", required=True, help="A job id or a posting file.")
@click.option("--as-of", "as_of", default=None, help="Reference month YYYY-MM for 'Present' (default: today).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line and per resume.")
@click.option("--workers", type=int, default=None, help="Processes (default: every core).")
@click.argument("resumes", nargs=-1, required=True)
@with_appcontext
def screen(job: str, as_of: str | None, as_json: bool, workers: int | None, resumes: tuple[str, ...]) -> None:
    """Screen resume files (or folders of them) against a posting file or a stored job."""
    requirements = _requirements(job)
    files = list(_expand(resumes))
    rows = screening_adapter.screen_paths(files, requirements, as_of=_as_of(as_of), workers=workers)
    with click.progressbar(rows, length=len(files), label="Screening", file=sys.stderr) as bar:
        for row in bar:
            if as_json:
                click.echo(json.dumps(row, ensure_ascii=False))
            elif row["error"]:
                click.echo(f"{row['file']}: ERROR {row['error']}")
            else:
                years = "-" if row["years_experience"] is None else f"{row['years_experience']:.1f}y"
                click.echo(f"{row['score']:5.1f}  {row['tier'] or '-':<14} {years:>6}  {row['file']}")


COMMANDS = (parse_job, screen)
