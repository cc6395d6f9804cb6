"""Generated resumes come back whole and in reading order, in every accepted format."""

from __future__ import annotations

import pytest

from ats.screening import extract as ex
from ats.screening.extract import (
    ACCEPTED,
    ACCEPTED_SENTENCE,
    Corrupt,
    ExtractionError,
    NoTextFound,
    PasswordProtected,
    TimedOut,
    TooLarge,
    UnsupportedType,
    extract_text,
)
from tests import docfactory as f

ENGINES = ("pdfminer", "pdfium")


def assert_in_order(text: str, fragments: list[str]) -> None:
    """Each fragment occurs, after the previous one."""
    position = -1
    for fragment in fragments:
        found = text.find(fragment, position + 1)
        assert found > position, f"{fragment!r} missing or out of order in:\n{text}"
        position = found


def assert_sidebar_not_interleaved(text: str) -> None:
    """The left column comes out as one block: no main-column text between its first and last line."""
    first, last = text.index("Sidebar skill 00"), text.index("Sidebar skill 11")
    block = text[first:last]
    for main in ("Summary", "Customer care specialist", "Experience", "Education"):
        assert main not in block, f"{main!r} interleaved with the sidebar:\n{text}"
    assert_in_order(block + "Sidebar skill 11", [f"Sidebar skill {i:02d}" for i in range(12)])


@pytest.mark.parametrize("layout", ["single", "two-column", "table"])
@pytest.mark.parametrize(
    "fmt,engine", [("pdf", "pdfminer"), ("pdf", "pdfium"), ("docx", "pdfminer"), ("txt", "pdfminer")]
)
def test_generated_resume_reading_order(fmt: str, engine: str, layout: str) -> None:
    doc = f.sample_resume(layout)
    result = extract_text(f.RENDER[fmt](doc), f"cv.{fmt}", engine=engine)
    assert result.kind == fmt and not result.truncated and result.chars == len(result.text)
    assert (result.pages == 1) if fmt == "pdf" else result.pages is None
    text = result.text
    assert_in_order(text, ["Maria Lopez", "maria.lopez@example.com"])
    assert_sidebar_not_interleaved(text)
    assert_in_order(
        text, ["Summary", "Customer care specialist with six years", "Experience", "Education", "BA Communications"]
    )
    if layout == "table" and fmt != "txt":
        assert_in_order(
            text,
            [
                "Dates",
                "Role",
                "Details",
                "2020-2024",
                "Team Lead, Acme Corp",
                "Led twelve agents",
                "2016-2020",
                "Agent, Beta Inc",
                "Answered billing calls",
            ],
        )
    else:
        assert_in_order(text, ["Team Lead, Acme Corp, 2020-2024", "Led twelve agents", "Agent, Beta Inc, 2016-2020"])


def test_docx_table_rows_are_single_lines() -> None:
    text = extract_text(f.to_docx(f.sample_resume("table"))).text
    assert (
        "2020-2024 | Team Lead, Acme Corp | Led twelve agents handling four hundred tickets a day." in text.splitlines()
    )


def test_docx_header_textbox_and_fallback_once() -> None:
    text = extract_text(f.to_docx(f.sample_resume())).text
    assert text.splitlines()[0] == "Maria Lopez - Resume"  # header first
    boxed = extract_text(f.docx_textbox("Boxed certification")).text
    assert boxed.count("Boxed certification") == 1
    assert_in_order(boxed, ["Before the box", "Boxed certification", "After the box"])


def test_docx_hyperlink_relationship_is_accepted() -> None:
    data = f.docx_external_rel("hyperlink", "https://www.linkedin.com/in/maria")
    assert extract_text(data).text == "Hello from a plain DOCX"


def test_odt_paragraphs_and_tables() -> None:
    body = (
        '<text:h>Experience</text:h><text:p>Team<text:s text:c="2"/>Lead<text:tab/>Acme</text:p>'
        "<table:table><table:table-row><table:table-cell><text:p>2020</text:p></table:table-cell>"
        "<table:table-cell><text:p>Agent</text:p></table:table-cell></table:table-row></table:table>"
    )
    result = extract_text(f.odt(body), "cv.odt")
    assert result.kind == "odt"
    assert result.text.splitlines() == ["Experience", "Team Lead Acme", "2020 | Agent"]


def test_rtf() -> None:
    result = extract_text(rb"{\rtf1\ansi{\fonttbl\f0 Arial;}\f0 Caf\'e9 Manager\par Skills: Zendesk\par}")
    assert result.kind == "rtf"
    assert result.text.splitlines() == ["Café Manager", "Skills: Zendesk"]


@pytest.mark.parametrize(
    "data",
    [
        "Café résumé – naïve".encode(),
        "\ufeffCafé résumé – naïve".encode("utf-8"),
        "Café résumé – naïve".encode("utf-16"),
        "Café résumé – naïve".encode("utf-16-be").join([b"\xfe\xff", b""]),
        "Café résumé – naïve".encode("cp1252"),
    ],
)
def test_txt_encodings(data: bytes) -> None:
    assert extract_text(data, "cv.txt").text == "Café résumé – naïve"


def test_latin1_fallback_for_bytes_undefined_in_cp1252() -> None:
    assert extract_text(b"Caf\xe9 \x81ok").text == "Café ok"


def test_p5_five_million_characters_are_capped_quickly() -> None:
    data = ("Customer service and Zendesk experience. " * 125_000).encode()
    assert len(data) > 5_000_000
    result = extract_text(data, max_chars=100_000)
    assert result.truncated and result.chars <= 100_000 and len(result.text) == result.chars
    assert result.text.endswith("experience.") or result.text.endswith("Zendesk")


def test_page_cap_marks_truncation() -> None:
    result = extract_text(f.text_pdf(["Resume page"], pages=40), max_pages=30)
    assert result.pages == 40 and result.truncated
    assert result.text.count("Resume page") == 30


def test_no_text_pdf_says_scanned() -> None:
    with pytest.raises(NoTextFound) as info:
        extract_text(f.text_pdf([]))
    assert "scanned" in info.value.message and info.value.code == "no_text"


def test_empty_file() -> None:
    with pytest.raises(NoTextFound):
        extract_text(b"   \n")


def test_password_protected_pdf_message() -> None:
    with pytest.raises(PasswordProtected) as info:
        extract_text(f.pdf_encrypted("secret"))
    assert info.value.message.startswith("This PDF is password-protected")


@pytest.mark.parametrize("engine", ENGINES)
def test_owner_password_only_pdf_is_readable(engine: str) -> None:
    assert "Confidential resume text" in extract_text(f.pdf_encrypted(""), engine=engine).text


def test_pdfium_password() -> None:
    with pytest.raises(PasswordProtected):
        extract_text(f.pdf_encrypted("secret"), engine="pdfium")


def test_unknown_engine_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError):
        extract_text(f.text_pdf(["x"]), engine="nope")


def test_public_names_and_messages() -> None:
    assert ACCEPTED[:3] == ("pdf", "docx", "txt") and "PDF" in ACCEPTED_SENTENCE
    codes = set()
    for cls in (UnsupportedType, PasswordProtected, NoTextFound, TooLarge, TimedOut, Corrupt):
        error = cls()
        assert isinstance(error, ExtractionError) and error.message and error.code
        codes.add(error.code)
    assert len(codes) == 6
    assert ex.detect_kind(f.text_pdf(["x"])) == "pdf"
