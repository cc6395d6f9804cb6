"""Checklist rows P1-P5 at the library level: XXE, bombs, hostile PDFs, parser configuration drift."""

from __future__ import annotations

import importlib.metadata
import os
import resource
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from lxml import etree

from ats.screening.extract import Corrupt, ExtractionError, PasswordProtected, TimedOut, TooLarge, extract_text
from ats.screening.extract_office import docx_text, odt_text
from ats.screening.sandbox import extract_in_sandbox
from tests import docfactory as f


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split(".")[:3] if part.isdigit())


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


@pytest.fixture
def listener() -> Iterator[tuple[str, list[bytes]]]:
    """A local TCP listener recording any connection (there must be none)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            hits.append(conn.recv(1024))
            conn.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}/dtd", hits
    stop.set()
    thread.join(2)
    server.close()


@pytest.fixture
def sentinel(tmp_path: Path) -> Path:
    path = tmp_path / "sentinel.txt"
    path.write_text("SENTINEL-7f3a-SECRET")
    return path


def test_p1_docx_xxe_is_refused_and_nothing_leaks(sentinel: Path, listener: tuple[str, list[bytes]]) -> None:
    url, hits = listener
    data = f.docx_xxe(str(sentinel), url)
    for run in (extract_text, extract_in_sandbox):
        with pytest.raises(ExtractionError) as info:
            run(data, "cv.docx")
        assert "SENTINEL" not in str(info.value) and "SENTINEL" not in info.value.detail
    time.sleep(0.3)
    assert hits == []


def test_p1_python_docx_does_not_resolve_even_without_the_precheck(
    sentinel: Path, listener: tuple[str, list[bytes]]
) -> None:
    url, hits = listener
    text, _ = docx_text(f.docx_xxe(str(sentinel), url), max_chars=1000)
    assert "SENTINEL" not in text and "X" in text
    time.sleep(0.3)
    assert hits == []


def test_p1_odt_xxe(sentinel: Path, listener: tuple[str, list[bytes]]) -> None:
    url, hits = listener
    prolog = (
        f'<!DOCTYPE office:document-content [<!ENTITY file SYSTEM "file://{sentinel}"><!ENTITY web SYSTEM "{url}">]>'
    )
    data = f.odt("<text:p>A&file;B&web;</text:p>", prolog)
    with pytest.raises(ExtractionError):
        extract_text(data)
    text, _ = odt_text(data, max_chars=1000)  # the parser itself, past the precheck
    assert "SENTINEL" not in text
    time.sleep(0.3)
    assert hits == []


def test_p2_billion_laughs() -> None:
    with pytest.raises(ExtractionError):
        extract_text(f.docx_billion_laughs())
    with pytest.raises(etree.XMLSyntaxError, match="amplification"):
        docx_text(f.docx_billion_laughs(), max_chars=1000)  # libxml2 guard, past the precheck


BOMBS = {
    "docx 300 MB comment": (lambda: f.docx_huge_comment(300), TooLarge),
    "docx 1M paragraphs": (f.docx_many_paragraphs, TooLarge),
    "zip 10k entries": (lambda: f.zip_many_entries(10_000), TooLarge),
    "zip forged size": (f.zip_forged_size, Corrupt),
    "pdf 400 MB flate": (lambda: f.pdf_flate_bomb(400), TooLarge),
    "pdf encrypted": (f.pdf_encrypted, PasswordProtected),
    "pdf truncated": (lambda: f.text_pdf(["Hello"])[:200], Corrupt),
    "pdf garbage": (lambda: b"%PDF-1.7\n" + os.urandom(4000), ExtractionError),
}


@pytest.mark.parametrize("name", list(BOMBS))
def test_p2_p3_bombs_fail_cleanly_in_the_sandbox(name: str) -> None:
    build, expected = BOMBS[name]
    data = build()
    rss_before, peak_before = _rss_kb(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    start = time.monotonic()
    with pytest.raises(expected) as info:
        extract_in_sandbox(data, name, timeout=15)
    assert time.monotonic() - start < 15
    assert info.value.message and info.value.code
    assert _rss_kb() - rss_before < 50_000  # the web process never inflates the bomb
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - peak_before < 50_000


def test_p3_circular_pdf_and_page_cap() -> None:
    assert "Loop resume" in extract_in_sandbox(f.pdf_circular()).text
    start = time.monotonic()
    result = extract_in_sandbox(f.pdf_many_pages(20_000), max_pages=20)
    assert result.truncated and result.pages == 20_000 and time.monotonic() - start < 5


def test_p3_uncapped_20k_pages_hit_the_wall_clock() -> None:
    start = time.monotonic()
    with pytest.raises(TimedOut):
        extract_in_sandbox(f.pdf_many_pages(20_000), max_pages=1_000_000, timeout=1.5)
    assert time.monotonic() - start < 5


def test_p4_python_docx_parser_options() -> None:
    from docx.oxml.parser import oxml_parser, parse_xml

    internal = b'<!DOCTYPE a [<!ENTITY e "EXPANDED">]><a>&e;</a>'
    assert b"EXPANDED" not in etree.tostring(etree.fromstring(internal, oxml_parser))  # resolve_entities=False
    huge_text = b"<a>" + b"x" * (11 * 1024 * 1024) + b"</a>"  # above libxml2's 10 MB text limit
    with pytest.raises(etree.XMLSyntaxError):
        parse_xml(huge_text)  # fails only while huge_tree is off


def test_p4_minimum_versions() -> None:
    version = importlib.metadata.version
    assert int(version("pdfminer.six").split(".")[0]) >= 20251107  # CVE-2025-64512
    assert _version_tuple(version("werkzeug")) >= (3, 0, 1)  # CVE-2023-46136
    assert _version_tuple(version("python-docx")) >= (1, 1, 2)
    assert _version_tuple(version("lxml")) >= (5, 2)
    assert etree.LIBXML_VERSION >= (2, 11)  # entity amplification guard


def test_p4_cmap_path_is_not_configurable_in_workers(monkeypatch: pytest.MonkeyPatch) -> None:
    from ats.screening import sandbox

    monkeypatch.setenv("CMAP_PATH", "/tmp")
    assert "CMAP_PATH" not in sandbox._worker_env()
    monkeypatch.setenv("ATS_SECRET_KEY", "do-not-leak")
    assert not any("SECRET" in key for key in sandbox._worker_env())
