"""The worker pool: same results as in-process, limits enforced, workers replaced, thread-safe, cheap."""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from ats.screening import sandbox
from ats.screening.extract import PasswordProtected, TimedOut, TooLarge, UnsupportedType, extract_text
from ats.screening.sandbox import extract_in_sandbox, shutdown_pool
from tests import docfactory as f


def _worker_pids() -> set[int]:
    pool = sandbox._POOL
    return {w.process.pid for w in pool.idle} if pool else set()


def test_same_result_as_direct_call() -> None:
    for data in (f.to_pdf(f.sample_resume("two-column")), f.to_docx(f.sample_resume("table")), b"Plain resume"):
        assert extract_in_sandbox(data) == extract_text(data)


def test_typed_errors_cross_the_boundary() -> None:
    with pytest.raises(UnsupportedType) as info:
        extract_in_sandbox(f.HTML_AS_PDF, "cv.pdf")
    assert info.value.message == UnsupportedType().message
    with pytest.raises(PasswordProtected):
        extract_in_sandbox(f.pdf_encrypted())


def test_caps_are_applied() -> None:
    result = extract_in_sandbox(b"word " * 10_000, max_chars=500)
    assert result.truncated and result.chars <= 500


def test_workers_are_reused() -> None:
    data = f.text_pdf(["Reuse"])
    extract_in_sandbox(data)
    before = _worker_pids()
    for _ in range(5):
        extract_in_sandbox(data)
    assert _worker_pids() <= before | _worker_pids() and len(_worker_pids()) <= sandbox.POOL_SIZE
    assert before & _worker_pids()


def test_timeout_kills_and_replaces_the_worker() -> None:
    with pytest.raises(TimedOut):
        extract_in_sandbox(f.pdf_many_pages(20_000), max_pages=1_000_000, timeout=0.5)
    assert extract_in_sandbox(b"Still working").text == "Still working"


def test_cpu_limit() -> None:
    start = time.monotonic()
    with pytest.raises(TimedOut):
        extract_in_sandbox(f.pdf_many_pages(20_000), max_pages=1_000_000, timeout=30, cpu_seconds=1)
    assert time.monotonic() - start < 10
    assert extract_in_sandbox(b"After CPU limit").text == "After CPU limit"


def test_memory_limit() -> None:
    with pytest.raises(TooLarge):
        extract_in_sandbox(f.pdf_flate_bomb(200), memory_mb=256)
    assert extract_in_sandbox(b"After memory limit").text == "After memory limit"


def test_many_threads_at_once() -> None:
    docs = [f.text_pdf([f"Candidate {i}"]) for i in range(12)] + [f.HTML_AS_PDF] * 4

    def run(data: bytes) -> str:
        try:
            return extract_in_sandbox(data).text
        except UnsupportedType:
            return "rejected"

    with ThreadPoolExecutor(max_workers=8) as executor:
        results = list(executor.map(run, docs))
    assert results == [f"Candidate {i}" for i in range(12)] + ["rejected"] * 4


def test_worker_environment_has_no_secrets(monkeypatch: pytest.MonkeyPatch) -> None:
    shutdown_pool()
    monkeypatch.setenv("ATS_SECRET_KEY", "do-not-leak")
    extract_in_sandbox(b"env check")
    for pid in _worker_pids():
        environ = Path(f"/proc/{pid}/environ").read_bytes()
        assert b"do-not-leak" not in environ and b"CMAP_PATH" not in environ


def test_shutdown_then_reuse() -> None:
    extract_in_sandbox(b"before")
    shutdown_pool()
    assert sandbox._POOL is None
    assert extract_in_sandbox(b"after").text == "after"


# The sandbox's cost over a direct call is a speed target: bench/extract.py measures and prints it.
