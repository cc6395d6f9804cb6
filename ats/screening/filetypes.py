"""Decide a file's type from its bytes and refuse hostile containers before any parser sees them."""

from __future__ import annotations

import io
import re
import stat
import zipfile

from lxml import etree

from ats.screening.extract_types import (
    LEGACY_DOC_MESSAGE,
    Corrupt,
    PasswordProtected,
    TooLarge,
    UnsupportedType,
)

MAX_FILE_BYTES = 20 * 1024 * 1024  # the web layer caps uploads lower; this guards direct callers
MAX_ZIP_ENTRIES = 200
MAX_ZIP_TOTAL = 50 * 1024 * 1024
MAX_ZIP_RATIO = 100
MAX_XML_PART = 20 * 1024 * 1024
RATIO_FLOOR = 1024 * 1024  # tiny members may compress very well; judge ratios above this size
PROLOG_BYTES = 64 * 1024

ODT_MIME = b"application/vnd.oasis.opendocument.text"
HYPERLINK_REL = "/relationships/hyperlink"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_OOXML = "EncryptedPackage".encode("utf-16-le")
_EXECUTABLE_MAGIC = (
    b"MZ",
    b"\x7fELF",
    b"\xfe\xed\xfa",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
    b"\x00asm",
)
_MARKUP_START = re.compile(rb"(<\s*(!doctype|html|head|body|\?|%|[a-z]+[^>]*>)|#!)", re.IGNORECASE)
_MARKUP_ANY = re.compile(rb"<\s*(script|svg|iframe|object|embed|\?php|\?=|%)", re.IGNORECASE)
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


def safe_xml_parser() -> etree.XMLParser:
    """An lxml parser that never loads DTDs, resolves entities, touches the network or lifts size limits."""
    return etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, dtd_validation=False, huge_tree=False
    )


def detect_kind(data: bytes) -> str:
    """Name the format of `data` ("pdf", "docx", "odt", "rtf", "txt") judging only by content.

    Raises UnsupportedType for formats we refuse (HTML, scripts, executables, legacy .doc, macros,
    external references, binary data), PasswordProtected for encrypted Office files, and TooLarge or
    Corrupt for archives that fail the zip limits. No document parser runs here.
    """
    if len(data) > MAX_FILE_BYTES:
        raise TooLarge(detail=f"{len(data)} bytes")
    head = data[:1024]
    if data.startswith(_OLE_MAGIC):
        if _ENCRYPTED_OOXML in data[: 1024 * 1024]:
            raise PasswordProtected(
                "This document is password-protected, so we can't read it. Please upload a copy without a password.",
                detail="encrypted OOXML",
            )
        raise UnsupportedType(LEGACY_DOC_MESSAGE, detail="OLE compound file (legacy .doc)")
    if data.startswith(_EXECUTABLE_MAGIC):
        raise UnsupportedType(detail="executable")
    pdf_at = head.find(b"%PDF-")
    if pdf_at >= 0:
        if b"<" in head[:pdf_at] or head[:pdf_at].lstrip().startswith(b"#!"):
            raise UnsupportedType(detail="markup before %PDF- (polyglot)")
        return "pdf"
    if data.startswith((b"PK\x03\x04", b"PK\x05\x06")):
        return _zip_kind(data)
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{\\rtf"):
        return "rtf"
    return _text_kind(data)


def _zip_kind(data: bytes) -> str:
    """Check the archive limits, then tell DOCX from ODT and refuse other zips."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError, EOFError) as exc:
        raise Corrupt(detail=f"bad zip: {exc}") from None
    with zf:
        infos = check_zip(zf, len(data))
        names = {info.filename for info in infos}
        if any(name.lower().endswith("vbaproject.bin") for name in names):
            raise UnsupportedType(
                "Documents with macros can't be accepted. Please save it as a normal .docx or PDF and upload it again.",
                detail="vbaProject.bin",
            )
        if "[Content_Types].xml" in names and "word/document.xml" in names:
            _check_docx(zf, infos)
            return "docx"
        if "mimetype" in names and _read_small(zf, "mimetype", 256).strip() == ODT_MIME:
            if any(name.startswith(("Basic/", "Scripts/")) for name in names):
                raise UnsupportedType(
                    "Documents with macros can't be accepted. Please save it as .odt without macros or as PDF.",
                    detail="ODT macros",
                )
            if "content.xml" not in names:
                raise Corrupt(detail="ODT without content.xml")
            _check_xml_prologs(zf, infos)
            return "odt"
    raise UnsupportedType(detail="zip archive that is neither DOCX nor ODT")


def check_zip(zf: zipfile.ZipFile, archive_size: int) -> list[zipfile.ZipInfo]:
    """Refuse bombs and path tricks using the central directory only (sizes, names, flags)."""
    infos = zf.infolist()
    if len(infos) > MAX_ZIP_ENTRIES:
        raise TooLarge(detail=f"{len(infos)} zip entries")
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", name) or ".." in re.split(r"[\\/]", name):
            raise Corrupt(detail=f"unsafe member name {name!r}")
        if stat.S_ISLNK(info.external_attr >> 16):
            raise Corrupt(detail=f"symlink member {name!r}")
        if info.flag_bits & 0x1:
            raise PasswordProtected(
                "This document is password-protected, so we can't read it. Please upload a copy without a password.",
                detail="encrypted zip member",
            )
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_ZIP_RATIO * max(info.compress_size, 1):
            raise TooLarge(detail=f"member {name!r} ratio {info.file_size}/{info.compress_size}")
        if name.lower().endswith((".xml", ".rels")) and info.file_size > MAX_XML_PART:
            raise TooLarge(detail=f"XML member {name!r} of {info.file_size} bytes")
        total += info.file_size
    if total > MAX_ZIP_TOTAL:
        raise TooLarge(detail=f"{total} bytes uncompressed")
    if total > RATIO_FLOOR and total > MAX_ZIP_RATIO * max(archive_size, 1):
        raise TooLarge(detail=f"archive ratio {total}/{archive_size}")
    return infos


def _read_small(zf: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """Read at most `limit` bytes of a member (declared sizes are already capped)."""
    try:
        with zf.open(name) as fh:
            return fh.read(limit)
    except (zipfile.BadZipFile, OSError, EOFError, KeyError, ValueError, NotImplementedError) as exc:
        raise Corrupt(detail=f"cannot read {name!r}: {exc}") from None


def _check_xml_prologs(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Office XML never needs a DTD, so any DOCTYPE or ENTITY declaration means a crafted file."""
    for info in infos:
        if info.filename.lower().endswith((".xml", ".rels")):
            if _DTD.search(_read_small(zf, info.filename, PROLOG_BYTES)):
                raise UnsupportedType(detail=f"DTD declared in {info.filename!r}")


def _check_docx(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> None:
    """Refuse macro-enabled content types and external relationships other than plain hyperlinks."""
    _check_xml_prologs(zf, infos)
    content_types = _read_small(zf, "[Content_Types].xml", MAX_XML_PART)
    if b"macroEnabled" in content_types or b"vbaProject" in content_types:
        raise UnsupportedType(
            "Documents with macros can't be accepted. Please save it as a normal .docx or PDF and upload it again.",
            detail="macro-enabled content type",
        )
    for info in infos:
        if not info.filename.endswith(".rels"):
            continue
        try:
            root = etree.fromstring(_read_small(zf, info.filename, MAX_XML_PART), safe_xml_parser())
        except etree.XMLSyntaxError as exc:
            raise Corrupt(detail=f"bad XML in {info.filename!r}: {exc}") from None
        for rel in root.iter(f"{{{_PKG_REL_NS}}}Relationship"):
            if rel.get("TargetMode") == "External" and not rel.get("Type", "").endswith(HYPERLINK_REL):
                raise UnsupportedType(
                    "This document links to content outside the file, which we don't accept. "
                    "Please save it as a self-contained .docx or PDF.",
                    detail=f"external relationship {rel.get('Type')} -> {rel.get('Target')!r}",
                )


def _text_kind(data: bytes) -> str:
    """Accept plain text only: no NUL bytes (outside UTF-16), no markup or scripts, few control characters."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise Corrupt(detail="bad UTF-16") from None
        if "\x00" in text:
            raise UnsupportedType(detail="NUL in UTF-16 text")
        sample = text[:4096].encode("utf-8", "replace")
    else:
        if b"\x00" in data:
            raise UnsupportedType(detail="NUL bytes: binary data")
        sample = data[:4096]
    start = sample.lstrip(b"\xef\xbb\xbf \t\r\n")[:1024]
    if _MARKUP_START.match(start) or _MARKUP_ANY.search(start):
        raise UnsupportedType(detail="HTML, XML or script content")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls > max(2, len(sample) // 100):
        raise UnsupportedType(detail="binary data")
    return "txt"
