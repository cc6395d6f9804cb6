"""One-archive backups: the SQLite database (online backup API, a consistent snapshot taken while the app
runs) and then every stored file, with a manifest of SHA-256 checksums; restore verifies all of it first.

Files are written before the database commit that names them, so a snapshot taken first and files copied
second can only have extra files, never a row without its file. On PostgreSQL the archive holds the files
only: dump the database with pg_dump (README, "Backups").
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import sqlite3
import tarfile
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from ats.db import utcnow

FORMAT = 1
DB_MEMBER = "database.sqlite"
MANIFEST = "manifest.json"
FILE_MEMBER = re.compile(r"files/([0-9a-f]{32})")


class BackupError(Exception):
    """The archive cannot be trusted or used (checksum mismatch, unexpected member, target not empty)."""


@dataclass(frozen=True)
class BackupSummary:
    """What an archive holds."""

    database: bool
    files: int


def sqlite_path(database_uri: str) -> Path | None:
    """The database file of a sqlite:/// URI (None for other databases)."""
    prefix = "sqlite:///"
    return Path(database_uri[len(prefix) :]) if database_uri.startswith(prefix) else None


def _sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1024 * 1024), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _snapshot(db_file: Path, target: Path) -> None:
    """Copy a live SQLite database through the online backup API (a consistent point in time)."""
    source = sqlite3.connect(f"file:{db_file}?mode=ro", uri=True, timeout=30)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()


def _add(tar: tarfile.TarFile, name: str, handle: IO[bytes], size: int) -> None:
    info = tarfile.TarInfo(name)
    info.size, info.mode, info.mtime = size, 0o600, int(utcnow().timestamp())
    tar.addfile(info, handle)


def backup(database_uri: str, store: Any, out: Path) -> BackupSummary:
    """Write the archive to `out` (atomically: a temp file renamed at the end)."""
    db_file = sqlite_path(database_uri)
    checksums: dict[str, str] = {}
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=".backup-", dir=out.parent)
    os.close(fd)
    try:
        with tempfile.TemporaryDirectory() as work, tarfile.open(partial, "w") as tar:
            if db_file is not None:
                snapshot = Path(work) / DB_MEMBER
                _snapshot(db_file, snapshot)
                checksums[DB_MEMBER] = _sha256_file(snapshot)
                with open(snapshot, "rb") as handle:
                    _add(tar, DB_MEMBER, handle, snapshot.stat().st_size)
            for key in list(store.keys()):
                try:
                    data = store.read(key)
                except FileNotFoundError:  # deleted since it was listed (erasure): its row is gone too
                    continue
                checksums[f"files/{key}"] = hashlib.sha256(data).hexdigest()
                _add(tar, f"files/{key}", io.BytesIO(data), len(data))
            manifest = {
                "format": FORMAT,
                "created_at": utcnow().isoformat(),
                "database": "sqlite" if db_file is not None else "external (pg_dump)",
                "sha256": checksums,
            }
            body = json.dumps(manifest, indent=1, sort_keys=True).encode()
            _add(tar, MANIFEST, io.BytesIO(body), len(body))
        os.replace(partial, out)
    except BaseException:
        Path(partial).unlink(missing_ok=True)
        raise
    return BackupSummary(database=db_file is not None, files=sum(1 for k in checksums if k.startswith("files/")))


def _verified_members(tar: tarfile.TarFile) -> tuple[dict[str, Any], dict[str, tarfile.TarInfo]]:
    """The manifest and the members, after checking every checksum and that nothing is missing or extra."""
    members = {m.name: m for m in tar.getmembers()}
    if MANIFEST not in members or len(members) != len(tar.getmembers()):
        raise BackupError("not an ATS backup (no manifest, or a member twice)")
    manifest = json.loads(_read(tar, members.pop(MANIFEST)))
    expected: dict[str, str] = manifest.get("sha256", {})
    if manifest.get("format") != FORMAT or set(expected) != set(members):
        raise BackupError("the archive's members do not match its manifest")
    for name, member in members.items():
        if not member.isfile() or not (name == DB_MEMBER or FILE_MEMBER.fullmatch(name)):
            raise BackupError(f"unexpected member {name!r}")
        if hashlib.sha256(_read(tar, member)).hexdigest() != expected[name]:
            raise BackupError(f"checksum mismatch for {name}: the archive is damaged or was changed")
    return manifest, members


def _read(tar: tarfile.TarFile, member: tarfile.TarInfo) -> bytes:
    handle = tar.extractfile(member)
    if handle is None:
        raise BackupError(f"unreadable member {member.name!r}")
    return handle.read()


def restore(archive: Path, database_uri: str, store: Any, *, force: bool = False) -> BackupSummary:
    """Verify the whole archive, then put the database and the files in place; nothing is written if it fails."""
    db_file = sqlite_path(database_uri)
    with tarfile.open(archive, "r") as tar:
        manifest, members = _verified_members(tar)
        has_db = DB_MEMBER in members
        if has_db and db_file is None:
            raise BackupError("the archive holds a SQLite database but this instance uses another database")
        if has_db and db_file is not None and db_file.exists() and db_file.stat().st_size > 0 and not force:
            raise BackupError(f"{db_file} already exists: restore into a fresh instance, or pass --force")
        keys = [FILE_MEMBER.fullmatch(name).group(1) for name in members if name != DB_MEMBER]  # type: ignore[union-attr]
        if has_db and db_file is not None:
            db_file.parent.mkdir(parents=True, exist_ok=True)
            temp = db_file.with_name(db_file.name + ".restoring")
            temp.write_bytes(_read(tar, members[DB_MEMBER]))
            check = sqlite3.connect(temp)
            try:
                if check.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                    raise BackupError("the database in the archive fails its integrity check")
            finally:
                check.close()
            for suffix in ("-wal", "-shm"):
                Path(str(db_file) + suffix).unlink(missing_ok=True)
            os.replace(temp, db_file)
        for key in keys:
            store.put(key, _read(tar, members[f"files/{key}"]))
    return BackupSummary(database=has_db, files=len(keys))
