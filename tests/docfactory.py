"""Crafted benign and hostile documents for tests: resumes, bombs, XXE, macros, encrypted PDFs.

Everything is generated in memory, streaming where sizes are large, so building a 400 MB
Flate bomb costs the test process a few hundred kilobytes, not 400 MB.
"""

from __future__ import annotations

import functools
import io
import zipfile
import zlib

from ats.demo.documents import ResumeDoc, Section, to_docx, to_pdf, to_txt

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# --- benign resumes ---------------------------------------------------------------------------


def sample_resume(layout: str = "single", sidebar_lines: int = 12) -> ResumeDoc:
    """A resume whose sidebar is long enough that two columns overlap vertically on the page."""
    skills = tuple(f"Sidebar skill {i:02d}" for i in range(sidebar_lines))
    return ResumeDoc(
        name="Maria Lopez",
        contact="maria.lopez@example.com | +1 555 0100 | Austin, TX",
        sections=(
            Section("Skills", skills, sidebar=True),
            Section("Languages", ("English (native)", "Spanish (fluent)"), sidebar=True),
            Section(
                "Summary",
                (
                    "Customer care specialist with six years of experience resolving escalations, "
                    "coaching new agents and keeping satisfaction scores above target.",
                ),
            ),
            Section("Experience", ("Contact centre roles, most recent first.",)),
            Section("Education", ("BA Communications, State University, 2016",)),
        ),
        layout=layout,
        experience_rows=(
            ("2020-2024", "Team Lead, Acme Corp", "Led twelve agents handling four hundred tickets a day."),
            ("2016-2020", "Agent, Beta Inc", "Answered billing calls in English and Spanish."),
        ),
    )


def linkedin_profile_pdf() -> bytes:
    """A two-column PDF laid out as LinkedIn's "Save to PDF": a sidebar (contact box, top skills,
    certifications) on the left; the name, headline and town, then summary, experience and education on the
    right, with each date line carrying its length and a group of posts under one company."""
    from fpdf import FPDF

    pdf = FPDF(format="letter")
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    left = ("Contact", "jane.doe@example.org", "www.linkedin.com/in/janedoe (LinkedIn)", "", "Top Skills")
    left += ("Outreach.io", "Negotiation", "Cold Calling", "", "Certifications", "Salesforce Certified Administrator")
    right = (
        ("Jane Doe", 20),
        ("Account Executive at Northwind Traders", 12),
        ("Chicago, Illinois, United States", 10),
        ("", 10),
        ("Summary", 14),
        ("I sell cloud software to mid-market retailers.", 10),
        ("", 10),
        ("Experience", 14),
        ("Northwind Traders", 12),
        ("Account Executive", 10),
        ("March 2020 - Present (4 years 9 months)", 10),
        ("Chicago, Illinois", 10),
        ("Closed 40 new accounts a year.", 10),
        ("", 10),
        ("Salesforce", 12),
        ("2 years 3 months", 10),
        ("Sales Development Representative", 10),
        ("January 2018 - February 2020 (2 years 2 months)", 10),
        ("Chicago, Illinois", 10),
        ("Business Development Representative", 10),
        ("October 2017 - December 2017 (3 months)", 10),
        ("", 10),
        ("Education", 14),
        ("University of Illinois Urbana-Champaign", 12),
        ("Bachelor of Science - BS, Marketing (2013 - 2017)", 10),
    )
    y = 15.0
    for line in left:
        pdf.set_xy(10, y)
        pdf.cell(55, 5, line)
        y += 5.5
    y = 15.0
    for line, size in right:
        pdf.set_font("Helvetica", size=size)
        pdf.set_xy(75, y)
        pdf.cell(125, size * 0.5, line)
        y += size * 0.55
    return bytes(pdf.output())


RENDER = {"pdf": to_pdf, "docx": to_docx, "txt": to_txt}

# --- zip helpers ------------------------------------------------------------------------------


def rezip(base: bytes, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = ()) -> bytes:
    """Copy a zip, replacing or adding members (name -> bytes) and dropping others."""
    replace = dict(replace or {})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in drop:
                continue
            dst.writestr(info.filename, replace.pop(info.filename, None) or src.read(info.filename))
        for name, data in replace.items():
            dst.writestr(name, data)
    return out.getvalue()


def plain_docx(text: str = "Hello from a plain DOCX") -> bytes:
    """A minimal python-docx document with one paragraph."""
    import docx

    document = docx.Document()
    document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def document_xml(body: str, prolog: str = "") -> bytes:
    """A word/document.xml with the given body XML and optional DOCTYPE prolog."""
    return (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
        f'<w:document xmlns:w="{W_NS}" xmlns:r="{REL_NS}" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
        'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
        'xmlns:v="urn:schemas-microsoft-com:vml">'
        f"<w:body>{body}</w:body></w:document>"
    ).encode()


def docx_with_body(body: str, prolog: str = "") -> bytes:
    """A DOCX whose body is replaced by raw WordprocessingML."""
    return rezip(plain_docx(), {"word/document.xml": document_xml(body, prolog)})


def para(text: str) -> str:
    """One w:p with one run."""
    return f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def docx_textbox(box_text: str = "Text inside a box") -> bytes:
    """A paragraph anchoring a DrawingML text box with a VML fallback (the text must appear once)."""
    box = f"<w:txbxContent>{para(box_text)}</w:txbxContent>"
    anchor = (
        "<w:p><w:r><mc:AlternateContent>"
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx>{box}</wps:txbx></w:drawing></mc:Choice>'
        f"<mc:Fallback><w:pict><v:textbox>{box}</v:textbox></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r></w:p>"
    )
    return docx_with_body(para("Before the box") + anchor + para("After the box"))


def docx_xxe(sentinel_path: str, url: str) -> bytes:
    """OpenCATS CVE-2019-13358 shape: external file and http entities used in the body."""
    prolog = f'<!DOCTYPE w:document [<!ENTITY file SYSTEM "file://{sentinel_path}"><!ENTITY web SYSTEM "{url}">]>'
    return docx_with_body(para("X&file;") + para("Y&web;"), prolog)


def docx_billion_laughs() -> bytes:
    """Nested internal entities that expand exponentially."""
    ents = '<!ENTITY lol0 "lol">' + "".join(f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10))
    return docx_with_body(para("&lol9;"), f"<!DOCTYPE w:document [{ents}]>")


def docx_macro() -> bytes:
    """A .docm: vbaProject.bin plus the macro-enabled main content type."""
    base = plain_docx()
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        types = zf.read("[Content_Types].xml").replace(
            b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            b"application/vnd.ms-word.document.macroEnabled.main+xml",
        )
    return rezip(base, {"[Content_Types].xml": types, "word/vbaProject.bin": b"\xd0\xcf\x11\xe0 fake vba"})


def docx_external_rel(rel_type: str = "attachedTemplate", target: str = "http://127.0.0.1:9/t.dotm") -> bytes:
    """A relationship with TargetMode="External" (remote template injection when not a hyperlink)."""
    base = plain_docx()
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        rels = zf.read("word/_rels/document.xml.rels")
    extra = (f'<Relationship Id="rIdX" Type="{REL_NS}/{rel_type}" Target="{target}" TargetMode="External"/>').encode()
    return rezip(base, {"word/_rels/document.xml.rels": rels.replace(b"</Relationships>", extra + b"</Relationships>")})


def _stream_member(zf: zipfile.ZipFile, name: str, head: bytes, filler: bytes, repeat: int, tail: bytes) -> None:
    """Write a big member chunk by chunk so the test process never holds it whole."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with zf.open(info, "w", force_zip64=True) as fh:
        fh.write(head)
        for _ in range(repeat):
            fh.write(filler)
        fh.write(tail)


def _docx_with_streamed_body(head: bytes, filler: bytes, repeat: int, tail: bytes) -> bytes:
    """A DOCX whose document.xml is written streaming (for the big-XML bombs)."""
    base = plain_docx()
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(base)) as src,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst,
    ):
        for info in src.infolist():
            if info.filename == "word/document.xml":
                _stream_member(dst, info.filename, head, filler, repeat, tail)
            else:
                dst.writestr(info.filename, src.read(info.filename))
    return out.getvalue()


@functools.cache
def docx_huge_comment(megabytes: int = 300) -> bytes:
    """About 340 KB on disk, `megabytes` of XML comment once inflated."""
    start, end = document_xml(para("x")).split(b"<w:body>")
    return _docx_with_streamed_body(start + b"<!--", b" " * (1 << 20), megabytes, b"-->" + b"<w:body>" + end)


@functools.cache
def docx_many_paragraphs(count: int = 1_000_000) -> bytes:
    """The 136 KB / 34 MB-of-XML DOCX that python-docx would parse for a minute."""
    start, end = document_xml("").split(b"</w:body>")
    return _docx_with_streamed_body(start, b"<w:p><w:r><w:t>a</w:t></w:r></w:p>", count, b"</w:body>" + end)


def zip_many_entries(count: int = 10_000) -> bytes:
    """A DOCX padded with thousands of tiny members."""
    return rezip(plain_docx(), {f"customXml/item{i}.xml": b"<a/>" for i in range(count)})


def zip_with_member_name(name: str) -> bytes:
    """A DOCX carrying one member with an unsafe name (absolute or ..)."""
    return rezip(plain_docx(), {name: b"<a/>"})


def zip_forged_size() -> bytes:
    """A DOCX whose document.xml declares a smaller uncompressed size than it really has."""
    data = bytearray(docx_with_body(para("forged " * 5000)))
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as zf:
        info = zf.getinfo("word/document.xml")
    real = info.file_size.to_bytes(4, "little")
    fake = (100).to_bytes(4, "little")
    local = info.header_offset
    data[local + 22 : local + 26] = fake  # local header
    central = bytes(data).rfind(b"PK\x01\x02" + bytes(data[local + 4 : local + 6]), 0)
    start = bytes(data).find(b"word/document.xml", bytes(data).find(b"PK\x01\x02")) - 46
    assert data[start + 24 : start + 28] == real, central
    data[start + 24 : start + 28] = fake  # central directory
    return bytes(data)


def odt(body_xml: str, prolog: str = "", extra: dict[str, bytes] | None = None) -> bytes:
    """A minimal ODT text document with the given office:text body."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>{prolog}'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" office:version="1.2">'
        f"<office:body><office:text>{body_xml}</office:text></office:body></office:document-content>"
    ).encode()
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", b"application/vnd.oasis.opendocument.text", compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr(
            "META-INF/manifest.xml",
            b'<?xml version="1.0"?>'
            b'<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>',
        )
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return out.getvalue()


# --- PDFs built by hand -----------------------------------------------------------------------


def raw_pdf(objects: list[bytes], root: int = 1, trailer_extra: bytes = b"") -> bytes:
    """Assemble numbered objects (1-based, in order) with a correct xref table."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        root,
        trailer_extra,
        xref,
    )
    return bytes(out)


def _stream(payload: bytes, extra: bytes = b"") -> bytes:
    """A stream object body."""
    return b"<< /Length %d %s>>\nstream\n" % (len(payload), extra) + payload + b"\nendstream"


_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def text_pdf(lines: list[str], pages: int = 1) -> bytes:
    """A tiny valid PDF drawing the same lines on each page."""
    ops = b"BT /F1 12 Tf 72 720 Td 14 TL " + b" ".join(b"(%s) '" % line.encode("latin-1") for line in lines) + b" ET"
    kids = b" ".join(b"%d 0 R" % (5 + i) for i in range(pages))
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, pages),
        _FONT,
        _stream(ops),
    ]
    objects += [
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>"
    ] * pages
    return raw_pdf(objects)


@functools.cache
def pdf_flate_bomb(megabytes: int = 400) -> bytes:
    """About 400 KB on disk, a `megabytes` content stream once inflated (pdfminer inflates it whole)."""
    comp = zlib.compressobj(9)
    chunk = b" " * (1 << 20)
    payload = b"".join(comp.compress(chunk) for _ in range(megabytes)) + comp.flush()
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
            _stream(payload, b"/Filter /FlateDecode "),
        ]
    )


def pdf_circular() -> bytes:
    """A page tree whose Pages node lists itself, plus a Form XObject that draws itself."""
    return raw_pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
            b"/Resources << /XObject << /X0 5 0 R >> /Font << /F1 6 0 R >> >> /Contents 4 0 R >>",
            _stream(b"BT /F1 12 Tf 72 720 Td (Loop resume) Tj ET /X0 Do"),
            _stream(
                b"/X0 Do",
                b"/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /XObject << /X0 5 0 R >> >> ",
            ),
            _FONT,
        ]
    )


@functools.cache
def pdf_many_pages(pages: int = 20_000) -> bytes:
    """A PDF with `pages` pages sharing one content stream."""
    return text_pdf(["Page text"], pages=pages)


def pdf_encrypted(user_password: str = "secret") -> bytes:
    """A PDF that needs a password to open (fpdf2, RC4)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_encryption(owner_password="owner-pw", user_password=user_password)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(0, 10, "Confidential resume text")
    return bytes(pdf.output())


def exe_bytes() -> bytes:
    """The first bytes of a Windows PE executable."""
    return (
        b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00"
        + b"\x00" * 48
        + b"This program cannot be run in DOS mode."
    )


HTML_AS_PDF = b"<html><body><script>alert(document.cookie)</script>Resume</body></html>"
