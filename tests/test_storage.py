"""File store: atomic persist under injected failures, traversal-proof keys, reconciliation (D1, D8, U5)."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pytest

from ats.storage import FileStore, InvalidKey, StagedFile


@pytest.fixture
def store(tmp_path: Path) -> FileStore:
    return FileStore(tmp_path / "files")


def _all_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def test_stage_then_persist(store: FileStore) -> None:
    staged = store.stage(b"resume bytes")
    assert staged.temp_path.parent == store.tmp_dir and staged.temp_path.exists()
    assert staged.sha256 == hashlib.sha256(b"resume bytes").hexdigest() and staged.size == 12
    committed: list[bool] = []
    store.persist([staged], lambda: committed.append(store.exists(staged.key)))
    assert committed == [True]  # the file is in place before the commit runs
    assert store.path(staged.key) == store.store_dir / staged.key[:2] / staged.key
    with store.open(staged.key) as fh:
        assert fh.read() == b"resume bytes"
    assert list(store.tmp_dir.iterdir()) == []


def test_stage_from_stream(store: FileStore) -> None:
    data = os.urandom(3 * 1024 * 1024 + 5)
    staged = store.stage(io.BytesIO(data))
    assert staged.size == len(data) and staged.sha256 == hashlib.sha256(data).hexdigest()
    store.discard([staged])
    assert _all_files(store.root) == []


def test_commit_failure_leaves_nothing(store: FileStore) -> None:
    staged = [store.stage(b"cv"), store.stage(b"cover letter")]

    def commit() -> None:
        raise RuntimeError("database down")

    with pytest.raises(RuntimeError):
        store.persist(staged, commit)
    assert _all_files(store.root) == []  # no orphan in store/, no temp left


def test_replace_failure_on_second_file(store: FileStore, monkeypatch: pytest.MonkeyPatch) -> None:
    staged = [store.stage(b"cv"), store.stage(b"cover letter")]
    real_replace = os.replace
    calls: list[str] = []
    committed: list[bool] = []

    def flaky_replace(src: str, dst: str) -> None:
        calls.append(str(dst))
        if len(calls) == 2:
            raise OSError("disk full")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", flaky_replace)
    with pytest.raises(OSError):
        store.persist(staged, lambda: committed.append(True))
    assert committed == []  # no row without its file
    assert _all_files(store.root) == []


def test_fsync_failure(store: FileStore, monkeypatch: pytest.MonkeyPatch) -> None:
    staged = [store.stage(b"cv")]
    committed: list[bool] = []

    def broken_fsync(fd: int) -> None:
        raise OSError("I/O error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        store.persist(staged, lambda: committed.append(True))
    assert committed == [] and _all_files(store.root) == []
    with pytest.raises(OSError):
        store.stage(b"more")
    assert _all_files(store.root) == []  # a failed stage leaves no temp file


def test_discard_is_idempotent(store: FileStore) -> None:
    staged = store.stage(b"x")
    store.discard([staged])
    store.discard([staged])
    assert not staged.temp_path.exists()


@pytest.mark.parametrize(
    "key",
    [
        "../../app.db",
        "..",
        "",
        "/etc/passwd",
        "%2e%2e%2f",
        "A" * 32,
        "0" * 31,
        "0" * 33,
        "0" * 30 + "/x",
        "g" * 32,
        "0" * 32 + "\x00",
    ],
)
def test_traversal_keys_rejected(store: FileStore, key: str) -> None:
    with pytest.raises(InvalidKey):
        store.path(key)
    with pytest.raises(InvalidKey):
        store.open(key)
    with pytest.raises(InvalidKey):
        store.delete(key)
    assert store.exists(key) is False


def test_delete_and_keys(store: FileStore) -> None:
    staged = [store.stage(b"a"), store.stage(b"b")]
    store.persist(staged, lambda: None)
    assert sorted(store.keys()) == sorted(s.key for s in staged)
    assert store.delete(staged[0].key) is True and store.delete(staged[0].key) is False
    assert list(store.keys()) == [staged[1].key]


def test_reconcile_reports_missing_and_stray_and_deletes_nothing(store: FileStore) -> None:
    kept, lost, stray = (store.stage(b) for b in (b"kept", b"lost", b"stray"))
    store.persist([kept, lost, stray], lambda: None)
    store.path(lost.key).unlink()
    (store.store_dir / "zz").mkdir()
    (store.store_dir / "zz" / "not-a-key").write_bytes(b"ignored")
    report = store.reconcile([kept.key, lost.key])
    assert report.missing == [lost.key] and report.stray == [stray.key]
    assert store.exists(stray.key)


def test_keys_are_random_uuid_hex(store: FileStore) -> None:
    keys = {store.stage(b"x").key for _ in range(20)}
    assert len(keys) == 20 and all(len(k) == 32 and int(k, 16) >= 0 for k in keys)


def test_staged_file_is_a_value(store: FileStore) -> None:
    staged = store.stage(b"x")
    assert isinstance(staged, StagedFile)
    with pytest.raises(AttributeError):
        staged.key = "0" * 32  # type: ignore[misc]
