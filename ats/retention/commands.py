"""Admins' shell commands: export-candidate, erase-candidate, purge-expired, legal-hold (all audited)."""

from __future__ import annotations

from pathlib import Path

import click
from flask.cli import with_appcontext

from ats.audit.services import record
from ats.db import utcnow
from ats.extensions import db
from ats.retention.erasure import LegalHold, candidates_by_email, erase_candidate
from ats.retention.export import build_zip
from ats.retention.holds import HoldError, place_hold, release_hold
from ats.retention.purge import purge_expired


def _found(email: str):
    candidates = candidates_by_email(email)
    if not candidates:
        raise click.ClickException(f"No candidate with the email {email} (or their data was already erased).")
    return candidates


@click.command("export-candidate")
@click.argument("email")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="The zip to write.")
@with_appcontext
def export_candidate(email: str, out: Path) -> None:
    """Write a zip of everything held about the candidate(s) with this email; refused under legal hold."""
    candidates = _found(email)
    try:
        data = build_zip(candidates)
    except LegalHold as exc:
        raise click.ClickException(f"Refused: {exc}") from exc
    out.write_bytes(data)
    for candidate in candidates:
        record(None, "privacy.exported", "candidate", candidate.id, via="cli")
    db.session.commit()
    click.echo(f"Wrote {out} ({len(data)} bytes, {len(candidates)} candidate record(s)).")


@click.command("erase-candidate")
@click.argument("email")
@click.option("--yes", is_flag=True, help="Confirm: the erasure cannot be undone.")
@click.option("--reason", default="erasure requested", help="Recorded in the audit log.")
@with_appcontext
def erase_candidate_command(email: str, yes: bool, reason: str) -> None:
    """Erase every record of the candidate with this email, keeping a pseudonymous record for reports."""
    candidates = _found(email)
    held = [c for c in candidates if c.on_legal_hold]
    if held:
        raise click.ClickException(
            f"Refused: candidate {held[0].id} is under legal hold ({held[0].legal_hold_reason})."
        )
    if not yes:
        raise click.ClickException(
            f"This erases {len(candidates)} candidate record(s) for good; add --yes to go ahead."
        )
    for candidate in candidates:
        report = erase_candidate(candidate, actor=None, reason=f"{reason} (cli)")
        click.echo(
            f"Erased candidate {report.candidate_id}: "
            f"{report.applications} application(s), {len(report.files)} file(s)."
        )


@click.command("purge-expired")
@click.option("--apply", "apply", is_flag=True, help="Act; without it nothing changes (a dry run).")
@with_appcontext
def purge_expired_command(apply: bool) -> None:
    """Erase candidates past their retention period, expired exports and stale temporary uploads."""
    plan = purge_expired(apply=apply)
    click.echo(plan.summary())
    if not apply:
        click.echo("Dry run: nothing was changed. Run with --apply to act.")


@click.command("legal-hold")
@click.argument("email")
@click.option("--reason", default="", help="Why the data must be kept (required to place a hold).")
@click.option("--release", is_flag=True, help="End the hold instead.")
@with_appcontext
def legal_hold(email: str, reason: str, release: bool) -> None:
    """Place (or with --release end) a legal hold on the candidate(s) with this email."""
    for candidate in _found(email):
        try:
            if release:
                release_hold(candidate, actor=None)
            else:
                place_hold(candidate, actor=None, reason=reason)
        except HoldError as exc:
            raise click.ClickException(str(exc)) from exc
        click.echo(f"Candidate {candidate.id}: {'hold released' if release else 'under legal hold'}")


@click.command("talent-pool")
@click.argument("email")
@click.option("--remove", is_flag=True, help="Take them out of the talent pool (the shorter retention applies).")
@with_appcontext
def talent_pool(email: str, remove: bool) -> None:
    """Keep an unsuccessful candidate for the talent pool's longer retention (with their consent); audited."""
    for candidate in _found(email):
        candidate.talent_pool_at = None if remove else utcnow()
        record(None, "privacy.talent_pool", "candidate", candidate.id, kept=not remove, via="cli")
        db.session.commit()
        click.echo(f"Candidate {candidate.id}: {'out of' if remove else 'in'} the talent pool")


COMMANDS = (export_candidate, erase_candidate_command, purge_expired_command, legal_hold, talent_pool)
