"""U2 and the container pre-checks: type by content, hostile archives refused before any parser runs."""

from __future__ import annotations

import io
import zipfile

import pytest

from ats.screening import filetypes
from ats.screening.extract import (
    ACCEPTED_SENTENCE,
    Corrupt,
    ExtractionError,
    PasswordProtected,
    TooLarge,
    UnsupportedType,
    detect_kind,
    extract_text,
)
from tests import docfactory as f


@pytest.mark.parametrize(
    "data,name",
    [
        (f.HTML_AS_PDF, "cv.pdf"),
        (b"<!DOCTYPE html><p>resume</p>", "cv.pdf"),
        (b"  <svg onload=alert(1)>", "cv.txt"),
        (b"#!/bin/sh\nrm -rf /", "cv.txt"),
        (b"<?php system($_GET['c']); ?>", "cv.pdf"),
        (b"<html>%PDF-1.4 polyglot", "cv.pdf"),
        (f.exe_bytes(), "cv.docx"),
        (b"\x7fELF\x02\x01\x01" + b"\x00" * 40, "cv.pdf"),
        (f.docx_macro(), "cv.docx"),
        (f.docx_external_rel(), "cv.docx"),
        (f.docx_external_rel("oleObject", "file:///etc/passwd"), "cv.docx"),
        (b"Resume\x00with NUL", "cv.txt"),
        (bytes(range(256)) * 4, "cv.txt"),
        (f.rezip(f.plain_docx(), drop=("word/document.xml",)), "cv.docx"),
    ],
)
def test_u2_rejected_with_a_message(data: bytes, name: str) -> None:
    with pytest.raises(UnsupportedType) as info:
        extract_text(data, name)
    assert info.value.code == "unsupported_type" and info.value.message.endswith((".", "PDF."))
    with pytest.raises(ExtractionError):
        detect_kind(data)


def test_u2_wrong_name_valid_bytes_is_accepted() -> None:
    pdf = f.to_pdf(f.sample_resume())
    assert detect_kind(pdf) == "pdf"
    assert extract_text(pdf, "photo.jpg").kind == "pdf"
    assert extract_text(f.to_docx(f.sample_resume()), "resume.pdf").kind == "docx"


def test_macro_message_is_specific() -> None:
    with pytest.raises(UnsupportedType, match="macros"):
        detect_kind(f.docx_macro())


def test_legacy_doc_lists_accepted_formats() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    with pytest.raises(UnsupportedType) as info:
        detect_kind(ole)
    assert ".doc" in info.value.message and ACCEPTED_SENTENCE in info.value.message


def test_encrypted_office_file_is_password_protected() -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    with pytest.raises(PasswordProtected):
        detect_kind(ole)


def test_other_zip_is_unsupported() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("xl/workbook.xml", "<a/>")
    with pytest.raises(UnsupportedType):
        detect_kind(buffer.getvalue())


@pytest.mark.parametrize("name", ["../evil.xml", "/etc/evil.xml", "word/../../evil.xml", "C:/evil.xml", "..\\evil.xml"])
def test_zip_unsafe_names(name: str) -> None:
    with pytest.raises(Corrupt):
        detect_kind(f.zip_with_member_name(name))


def test_zip_symlink_member() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(f.plain_docx())) as src, zipfile.ZipFile(buffer, "w") as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        link = zipfile.ZipInfo("word/link.xml")
        link.external_attr = 0o120777 << 16
        dst.writestr(link, "/etc/passwd")
    with pytest.raises(Corrupt):
        detect_kind(buffer.getvalue())


def test_zip_entry_count() -> None:
    with pytest.raises(TooLarge):
        detect_kind(f.zip_many_entries(filetypes.MAX_ZIP_ENTRIES + 1))


def test_zip_ratio_and_total() -> None:
    with pytest.raises(TooLarge):
        detect_kind(f.docx_many_paragraphs())
    with pytest.raises(TooLarge):
        detect_kind(f.docx_huge_comment())


def test_single_xml_part_too_big(monkeypatch: pytest.MonkeyPatch) -> None:
    data = f.docx_with_body(f.para("x" * 5000))
    monkeypatch.setattr(filetypes, "MAX_XML_PART", 4000)
    with pytest.raises(TooLarge):
        detect_kind(data)


def test_forged_sizes_are_caught_before_parsing() -> None:
    with pytest.raises(Corrupt):
        extract_text(f.zip_forged_size())


def test_truncated_zip() -> None:
    with pytest.raises(Corrupt):
        extract_text(f.plain_docx()[:-100])


def test_file_size_cap(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(filetypes, "MAX_FILE_BYTES", 100)
    with pytest.raises(TooLarge):
        detect_kind(b"a" * 101)


@pytest.mark.parametrize("text", ["Skills: HTML, <b>CSS</b> and a < b", "C++ <3 Python"])
def test_plain_text_with_angle_brackets_is_fine(text: str) -> None:
    assert detect_kind(text.encode()) == "txt"


def test_odt_macros_rejected() -> None:
    with pytest.raises(UnsupportedType, match="macros"):
        detect_kind(f.odt("<text:p>x</text:p>", extra={"Basic/Standard/Module1.xml": b"<a/>"}))
