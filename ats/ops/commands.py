"""`flask backup` and `flask restore`: one archive with the database snapshot, the files and checksums."""

from __future__ import annotations

from pathlib import Path

import click
from flask import current_app
from flask.cli import with_appcontext

from ats.applications.files import file_store
from ats.ops import backup as archive


@click.command("backup")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path), help="Archive to write.")
@with_appcontext
def backup_command(out: Path) -> None:
    """Back up the SQLite database (online, while the app runs) and every stored file into one archive."""
    summary = archive.backup(current_app.config["SQLALCHEMY_DATABASE_URI"], file_store(), out)
    what = "database and " if summary.database else "files only (dump PostgreSQL with pg_dump) and "
    click.echo(f"Backed up {what}{summary.files} file(s) to {out}.")


@click.command("restore")
@click.argument("archive_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace an existing database file.")
@with_appcontext
def restore_command(archive_path: Path, force: bool) -> None:
    """Verify a backup archive's checksums, then restore its database and files (stop the app first)."""
    try:
        summary = archive.restore(
            archive_path, current_app.config["SQLALCHEMY_DATABASE_URI"], file_store(), force=force
        )
    except archive.BackupError as exc:
        raise click.ClickException(f"Nothing restored: {exc}") from exc
    click.echo(f"Restored {'the database and ' if summary.database else ''}{summary.files} file(s).")


COMMANDS = (backup_command, restore_command)
