"""Live-attack defect 3: active content in uploads (PDF scripts and actions, DOCX embeddings and remote fields,
RTF OLE objects) is refused at intake, on the portal and on the staff import path, before anything is stored."""

from __future__ import annotations

import zlib

import pytest

from ats.applications.active_content import REFUSAL, UNCHECKABLE, ActiveContent, check_active_content
from tests.docfactory import docx_with_body, para, plain_docx, raw_pdf, rezip, text_pdf

CATALOG = b"<< /Type /Catalog /Pages 2 0 R %s>>"
PAGES = b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>"
PAGE = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] %s>>"


def pdf(catalog_extra: bytes = b"", page_extra: bytes = b"", more: tuple[bytes, ...] = ()) -> bytes:
    return raw_pdf([CATALOG % catalog_extra, PAGES, PAGE % page_extra, *more])


def objstm_pdf(hidden: bytes, compress=True) -> bytes:
    """A PDF whose catalog lives in a compressed object stream (PDF 1.5), out of sight of a plain byte scan."""
    payload = b"1 0 " + hidden
    body = zlib.compress(payload) if compress else payload
    stream = b"<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length %d >>\nstream\n" % len(body)
    return raw_pdf([PAGES, PAGE % b"", stream + body + b"\nendstream"], root=1)


def fld(instruction: str) -> str:
    """A complex field whose instruction Word split over two runs."""
    half = len(instruction) // 2
    return (
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction[:half]}</w:instrText></w:r>'
        f'<w:r><w:instrText xml:space="preserve">{instruction[half:]}</w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>x</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>'
    )


HOSTILE = {
    "pdf-javascript-names": (
        "pdf",
        pdf(b"/Names << /JavaScript 4 0 R >> ", more=(b"<< /S /JavaScript /JS (app.alert(1)) >>",)),
    ),
    "pdf-openaction-js": ("pdf", pdf(b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >> ")),
    "pdf-openaction-ref-to-action": (
        "pdf",
        pdf(b"/OpenAction 4 0 R ", more=(b"<< /S /URI /URI (http://evil.example/) >>",)),
    ),
    "pdf-launch-annotation": (
        "pdf",
        pdf(page_extra=b"/Annots [<< /Subtype /Link /A << /S /Launch /F (cmd.exe) >> >>] "),
    ),
    "pdf-embedded-files": ("pdf", pdf(b"/Names << /EmbeddedFiles 4 0 R >> ", more=(b"<< /Names [(a.exe) 5 0 R] >>",))),
    "pdf-hex-escaped-name": ("pdf", pdf(b"/Names << /J#61vaScript 4 0 R >> ", more=(b"<< /S /JavaScript /JS (1) >>",))),
    "pdf-additional-actions": ("pdf", pdf(page_extra=b"/AA << /O << /S /JavaScript /JS (1) >> >> ")),
    "pdf-in-object-stream": (
        "pdf",
        objstm_pdf(b"<< /Type /Catalog /Pages 1 0 R /OpenAction << /S /JavaScript /JS (x) >> >>"),
    ),
    "docx-embedded-object": (
        "docx",
        rezip(plain_docx(), {"word/embeddings/oleObject1.bin": b"\xd0\xcf\x11\xe0payload"}),
    ),
    "docx-activex": ("docx", rezip(plain_docx(), {"word/activeX/activeX1.xml": b"<ax/>"})),
    "docx-includepicture-remote": ("docx", docx_with_body(fld(' INCLUDEPICTURE "http://evil.example/t.png" \\d '))),
    "docx-includetext-simple": (
        "docx",
        docx_with_body('<w:p><w:fldSimple w:instr=" INCLUDETEXT &quot;\\\\\\\\evil\\\\share\\\\a.docx&quot; "/></w:p>'),
    ),
    "docx-ddeauto": ("docx", docx_with_body(fld(' DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc" '))),
    "rtf-ole-object": (
        "rtf",
        b"{\\rtf1\\ansi{\\object\\objemb{\\*\\objclass Package}\\objw10\\objh10{\\*\\objdata 01050000020000000b}}}",
    ),
    "rtf-objdata-only": ("rtf", b"{\\rtf1 Resume {\\*\\objdata 0105000002000000}}"),
    "rtf-includepicture": ("rtf", b'{\\rtf1 {\\field{\\*\\fldinst {INCLUDEPICTURE "http://evil.example/a.png"}}}}'),
}

BENIGN = {
    "pdf-plain": ("pdf", text_pdf(["Dana Example", "Customer care"])),
    "pdf-openaction-view": ("pdf", pdf(b"/OpenAction [3 0 R /Fit] ")),
    "pdf-openaction-ref-to-view": ("pdf", pdf(b"/OpenAction 4 0 R ", more=(b"[3 0 R /FitH null]",))),
    "pdf-title-mentions-js": (
        "pdf",
        raw_pdf(
            [CATALOG % b"", PAGES, PAGE % b"", b"<< /Title (HTML/JS \\(and /AA\\) dev) >>"],
            trailer_extra=b"/Info 4 0 R ",
        ),
    ),
    "pdf-clean-object-stream": ("pdf", objstm_pdf(b"<< /Type /Catalog /Pages 1 0 R >>")),
    "docx-plain": ("docx", plain_docx("Customer care with JavaScript and HTML/JS")),
    "docx-page-and-hyperlink-fields": (
        "docx",
        docx_with_body(fld(" PAGE ") + fld(' HYPERLINK "https://example.com" ') + para("ok")),
    ),
    "rtf-plain": ("rtf", b"{\\rtf1\\ansi Dana Example \\par Object-oriented support, linking accounts}"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_active_content_is_detected(name):
    kind, data = HOSTILE[name]
    with pytest.raises(ActiveContent) as caught:
        check_active_content(kind, data)
    assert caught.value.message == REFUSAL and "save it as a plain PDF" in caught.value.message


@pytest.mark.parametrize("name", sorted(BENIGN))
def test_ordinary_documents_pass(name):
    kind, data = BENIGN[name]
    check_active_content(kind, data)


def test_an_object_stream_that_cannot_be_read_is_refused():
    """An encrypted PDF's object streams do not inflate: what cannot be checked is not accepted."""
    with pytest.raises(ActiveContent) as caught:
        check_active_content("pdf", objstm_pdf(b"\x8a\x13 ciphertext, not zlib", compress=False))
    assert caught.value.message == UNCHECKABLE


def test_our_generated_resumes_pass(resume_bytes):
    for fmt in ("pdf", "docx"):
        check_active_content(fmt, resume_bytes(fmt))


def test_the_staff_resume_import_refuses_them(app, make_job, make_user, resume_bytes):
    from ats.imports.services import run_import

    job = make_job()
    files = [("evil.pdf", HOSTILE["pdf-launch-annotation"][1]), ("good.pdf", resume_bytes("pdf"))]
    report = run_import(job, [(name, lambda data=data: data) for name, data in files], actor=make_user("recruiter"))
    assert [f["file"] for f in report.failures] == ["evil.pdf"]
    assert "save it as a plain PDF" in report.failures[0]["reason"]
    assert [c["file"] for c in report.created] == ["good.pdf"]
