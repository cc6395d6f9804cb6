"""The only owner of stored files: random names outside the web root, atomic two-phase writes.

A file is first staged (written to tmp/ and fsynced), then placed with os.replace and the
directory fsynced, and only then is the database commit run; if the commit fails the placed
files are removed again. So a row never points at a missing file and no orphan stays behind.
"""

from __future__ import annotations

import errno
import hashlib
import os
import re
import shutil
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

_KEY = re.compile(r"[0-9a-f]{32}")
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class StagedFile:
    """A file written and fsynced under tmp/, waiting to be persisted or discarded."""

    key: str
    sha256: str
    size: int
    temp_path: Path


@dataclass(frozen=True)
class Reconciliation:
    """Keys known to the database but absent on disk, and files on disk nobody knows about."""

    missing: list[str]
    stray: list[str]


class StorageFull(OSError):
    """The disk (or quota) is full: nothing was stored; the caller should say so and keep the user's input."""


_FULL = {errno.ENOSPC, errno.EDQUOT}


def _full(exc: BaseException) -> bool:
    return isinstance(exc, OSError) and exc.errno in _FULL


class InvalidKey(ValueError):
    """A key that is not 32 lowercase hex characters (so it could not name one of our files)."""


def _fsync_dir(path: Path) -> None:
    """Make a rename or unlink in `path` durable."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class FileStore:
    """Files under root/store/<2 hex>/<uuid4 hex>, temp files under root/tmp/."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.store_dir = self.root / "store"
        self.tmp_dir = self.root / "tmp"
        for directory in (self.store_dir, self.tmp_dir):
            directory.mkdir(parents=True, exist_ok=True, mode=0o700)

    def path(self, key: str) -> Path:
        """Where `key` lives; rejects anything but 32 lowercase hex, so no traversal is possible."""
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise InvalidKey("invalid storage key")
        return self.store_dir / key[:2] / key

    def stage(self, data: bytes | BinaryIO) -> StagedFile:
        """Write bytes or a stream to tmp/, fsync it, and return its new random key and digest."""
        key = uuid.uuid4().hex
        temp_path = self.tmp_dir / f"{key}.part"
        digest = hashlib.sha256()
        size = 0
        try:
            with open(temp_path, "xb") as fh:
                chunks: Iterable[bytes] = (
                    [bytes(data)]
                    if isinstance(data, (bytes, bytearray, memoryview))
                    else iter(lambda: data.read(_CHUNK), b"")
                )
                for chunk in chunks:
                    digest.update(chunk)
                    fh.write(chunk)
                    size += len(chunk)
                fh.flush()
                os.fsync(fh.fileno())
        except BaseException as exc:
            temp_path.unlink(missing_ok=True)
            if _full(exc):
                raise StorageFull(errno.ENOSPC, "no space left to store the file") from exc
            raise
        return StagedFile(key=key, sha256=digest.hexdigest(), size=size, temp_path=temp_path)

    def persist(self, staged: Sequence[StagedFile], commit: Callable[[], None]) -> None:
        """Move staged files into place, fsync, then run `commit`; undo the moves if anything fails."""
        placed: list[Path] = []
        try:
            for item in staged:
                target = self.path(item.key)
                target.parent.mkdir(exist_ok=True, mode=0o700)
                os.replace(item.temp_path, target)
                placed.append(target)
            for directory in {p.parent for p in placed}:
                _fsync_dir(directory)
            commit()
        except BaseException:
            for target in placed:
                target.unlink(missing_ok=True)
            raise
        finally:
            self.discard(staged)

    def discard(self, staged: Iterable[StagedFile]) -> None:
        """Remove temp files that were not persisted (safe to call twice)."""
        for item in staged:
            item.temp_path.unlink(missing_ok=True)

    def open(self, key: str) -> BinaryIO:
        """Open a stored file for reading (FileNotFoundError if absent)."""
        return open(self.path(key), "rb")

    def read(self, key: str) -> bytes:
        """A stored file's bytes (FileNotFoundError if absent)."""
        with self.open(key) as handle:
            return handle.read()

    def put(self, key: str, data: bytes) -> None:
        """Store bytes under a known key (restoring a backup): temp file, fsync, rename, fsync the folder."""
        target = self.path(key)
        target.parent.mkdir(exist_ok=True, mode=0o700)
        temp_path = self.tmp_dir / f"{key}.restore"
        with open(temp_path, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp_path, target)
        _fsync_dir(target.parent)

    def exists(self, key: str) -> bool:
        """True when the key names a stored file (False for invalid keys)."""
        try:
            return self.path(key).is_file()
        except InvalidKey:
            return False

    def delete(self, key: str) -> bool:
        """Remove a stored file; returns whether it existed."""
        target = self.path(key)
        try:
            target.unlink()
        except FileNotFoundError:
            return False
        _fsync_dir(target.parent)
        return True

    def keys(self) -> Iterator[str]:
        """Every well-formed key on disk, in directory order."""
        for shard in sorted(self.store_dir.iterdir()):
            if shard.is_dir() and re.fullmatch(r"[0-9a-f]{2}", shard.name):
                for entry in sorted(shard.iterdir()):
                    if _KEY.fullmatch(entry.name) and entry.name[:2] == shard.name and entry.is_file():
                        yield entry.name

    def reconcile(self, known_keys: Iterable[str]) -> Reconciliation:
        """Compare the database's keys with the disk; report only, delete nothing."""
        known = set(known_keys)
        on_disk = set(self.keys())
        return Reconciliation(missing=sorted(known - on_disk), stray=sorted(on_disk - known))

    def stale_tmp(self, older_than_seconds: float = 3600.0) -> list[Path]:
        """Temp files (held uploads, crashed writes) not touched for this long."""
        cutoff = time.time() - older_than_seconds
        return [entry for entry in self.tmp_dir.iterdir() if entry.is_file() and entry.stat().st_mtime < cutoff]

    def clean_tmp(self, older_than_seconds: float = 3600.0) -> int:
        """Remove temp files left by a crashed process; returns how many were removed."""
        removed = 0
        for entry in self.stale_tmp(older_than_seconds):
            entry.unlink(missing_ok=True)
            removed += 1
        for entry in self.tmp_dir.iterdir():
            if entry.is_dir():
                shutil.rmtree(entry, ignore_errors=True)
        return removed
