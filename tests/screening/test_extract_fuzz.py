"""P6: random and mutated bytes into each extractor raise only ExtractionError subclasses, quickly."""

from __future__ import annotations

import functools
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ats.screening.extract import ExtractionError, extract_text
from tests import docfactory as f

FUZZ = settings(
    max_examples=100, deadline=timedelta(seconds=3), suppress_health_check=[HealthCheck.too_slow], database=None
)


def _only_extraction_errors(data: bytes, engine: str = "pdfminer") -> None:
    try:
        result = extract_text(data, "fuzz", max_chars=5_000, max_pages=3, engine=engine)
    except ExtractionError as exc:
        assert exc.code and exc.message
    else:
        assert result.chars == len(result.text) <= 5_000


@functools.cache
def _seeds() -> dict[str, bytes]:
    return {
        "pdf": f.to_pdf(f.sample_resume("table")),
        "docx": f.to_docx(f.sample_resume("table")),
        "odt": f.odt(
            "<text:p>Hello</text:p><table:table><table:table-row><table:table-cell><text:p>x</text:p></table:table-cell></table:table-row></table:table>"
        ),
    }


def _mutate(seed: bytes, edits: list[tuple[int, int]], cut: int) -> bytes:
    data = bytearray(seed)
    for position, value in edits:
        data[position % len(data)] = value
    return bytes(data[: max(8, len(data) - cut)])


EDITS = st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), max_size=20)


@FUZZ
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    _only_extraction_errors(data)


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(["pdfminer", "pdfium"]))
def test_random_pdf_body(data: bytes, engine: str) -> None:
    _only_extraction_errors(b"%PDF-1.7\n" + data, engine)


@FUZZ
@given(EDITS, st.integers(0, 2000), st.sampled_from(["pdfminer", "pdfium"]))
def test_mutated_pdf(edits: list[tuple[int, int]], cut: int, engine: str) -> None:
    _only_extraction_errors(_mutate(_seeds()["pdf"], edits, cut), engine)


@FUZZ
@given(EDITS, st.integers(0, 2000))
def test_mutated_docx(edits: list[tuple[int, int]], cut: int) -> None:
    _only_extraction_errors(_mutate(_seeds()["docx"], edits, cut))


@FUZZ
@given(EDITS, st.integers(0, 300))
def test_mutated_odt(edits: list[tuple[int, int]], cut: int) -> None:
    _only_extraction_errors(_mutate(_seeds()["odt"], edits, cut))


@FUZZ
@given(st.text(max_size=2000))
def test_random_rtf(body: str) -> None:
    _only_extraction_errors(b"{\\rtf1\\ansi " + body.encode("utf-8", "surrogatepass") + b"}")


@FUZZ
@given(st.text(max_size=2000), st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1"]))
def test_random_text(body: str, encoding: str) -> None:
    _only_extraction_errors(body.encode(encoding, "ignore"))
