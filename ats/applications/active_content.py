"""Refuse uploads that carry active content (scripts, launch actions, embedded or remote objects) at intake.

Staff download what candidates send, so a resume must be a document and nothing more: a PDF with
JavaScript, an /OpenAction or /AA action, /Launch or embedded files; a DOCX with embedded objects
(word/embeddings/*, ActiveX, altChunk) or fields that pull content from elsewhere (INCLUDEPICTURE,
INCLUDETEXT, LINK, DDE); an RTF with an OLE object or such a field. The check reads bytes only (no
document parser): zip members within the limits the file typing already enforced, and PDF object
streams inflated with a cap. It belongs with the library's file typing (ats/screening/filetypes.py)
and lives here until the library takes it over.
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib

from lxml import etree

REFUSAL = (
    "This file contains active content (scripts, embedded objects or links that load content when it is "
    "opened), which we do not accept. Please save it as a plain PDF and upload it again."
)
UNCHECKABLE = (
    "This PDF is protected or damaged in a way that stops us checking it for active content. "
    "Please save it as a plain PDF and upload it again."
)

# Names of PDF dictionary keys and action types that run or launch something when the file is opened or read.
_PDF_ACTIVE = {
    b"JavaScript",
    b"JS",
    b"Launch",
    b"EmbeddedFile",
    b"EmbeddedFiles",
    b"RichMedia",
    b"AA",
    b"XFA",
    b"GoToE",
    b"ImportData",
}
_PDF_NAME = re.compile(rb"/([^\s/<>\[\]()%{}]+)")
_PDF_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_STREAM_START = re.compile(rb"(?<!end)stream\r?\n")
_STREAM_BODY = re.compile(rb"(?<!end)stream\r?\n.*?endstream", re.S)
_LITERAL_STRING = re.compile(rb"\((?:\\.|[^\\()])*\)", re.S)
_OPEN_ACTION = re.compile(rb"/OpenAction\s*(\[|<<|(\d+)\s+(\d+)\s+R)")
MAX_INFLATED = 8 * 1024 * 1024  # per object stream
MAX_INFLATED_TOTAL = 32 * 1024 * 1024

_DOCX_EMBEDDED = ("word/embeddings/", "word/activex/", "word/afchunk")
_FIELD_WORDS = re.compile(r"\b(INCLUDEPICTURE|INCLUDETEXT|LINK|DDE|DDEAUTO|IMPORT)\b", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DOCX_TEXT_PARTS = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes|comments)\.xml$")
MAX_FIELD_TEXT = 1_000_000

_RTF_OBJECT = re.compile(rb"\\obj[a-z]*")  # \object, \objdata, \objemb, \objlink, \objautlink, \objocx ...
_RTF_FIELD_INSTRUCTION = re.compile(rb"\\fldinst\b(.{0,2000})", re.S)


class ActiveContent(ValueError):
    """An upload refused for its active content; `message` is for the candidate, `detail` for the logs."""

    def __init__(self, message: str, detail: str) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail


def check_active_content(kind: str, data: bytes) -> None:
    """Raise ActiveContent when a file of this (content-detected) kind carries active content."""
    if kind == "pdf":
        _check_pdf(data)
    elif kind == "docx":
        _check_docx(data)
    elif kind == "rtf":
        _check_rtf(data)


# --- PDF ----------------------------------------------------------------------------------------


def _names(chunk: bytes) -> set[bytes]:
    """Every /Name in a chunk of PDF syntax, with #xx escapes decoded (/J#61vaScript is /JavaScript)."""
    return {_PDF_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), m.group(1)) for m in _PDF_NAME.finditer(chunk)}


def _syntax(chunk: bytes) -> bytes:
    """PDF syntax without stream bodies (binary, or page text) and literal strings (a title may say "HTML/JS")."""
    chunk = _STREAM_BODY.sub(b"stream endstream", chunk)
    for _ in range(3):  # nested parentheses, innermost first
        chunk = _LITERAL_STRING.sub(b"()", chunk)
    return chunk


def _object_streams(data: bytes) -> list[bytes]:
    """The inflated contents of the PDF's object streams (/Type /ObjStm), where dictionaries can hide."""
    found, total = [], 0
    for match in _STREAM_START.finditer(data):
        head = data[max(0, match.start() - 2000) : match.start()]
        names = _names(head[head.rfind(b"obj") + 1 :])
        if b"ObjStm" not in names:
            continue
        body = data[match.end() : match.end() + MAX_INFLATED_TOTAL]
        if b"FlateDecode" in names:
            try:
                body = zlib.decompressobj().decompress(body, MAX_INFLATED)
            except zlib.error:
                raise ActiveContent(UNCHECKABLE, "object stream that does not inflate (encrypted?)") from None
        elif b"Filter" in names:
            raise ActiveContent(UNCHECKABLE, "object stream with a filter other than FlateDecode")
        total += len(body)
        if total > MAX_INFLATED_TOTAL:
            raise ActiveContent(UNCHECKABLE, "object streams too large to check")
        found.append(body)
    return found


def _open_action_is_a_view(match: re.Match[bytes], syntax: bytes) -> bool:
    """/OpenAction [page /Fit] only sets the first view; an action dictionary (or a reference to one) acts."""
    if match.group(1) == b"[":
        return True
    if match.group(1) == b"<<":
        return False
    target = re.search(rb"(?<!\d)%s\s+%s\s+obj\s*(\S)" % (match.group(2), match.group(3)), syntax)
    return target is not None and target.group(1) == b"["


def _check_pdf(data: bytes) -> None:
    syntax = b"\n".join(_syntax(chunk) for chunk in (data, *_object_streams(data)))
    active = _names(syntax) & set(_PDF_ACTIVE)
    if active:
        raise ActiveContent(REFUSAL, "PDF names " + ", ".join(sorted(n.decode("latin-1") for n in active)))
    decoded = _PDF_HEX.sub(lambda m: bytes([int(m.group(1), 16)]), syntax)
    for match in _OPEN_ACTION.finditer(decoded):
        if not _open_action_is_a_view(match, decoded):
            raise ActiveContent(REFUSAL, "PDF /OpenAction runs an action")


# --- DOCX ---------------------------------------------------------------------------------------


def _xml_parser() -> etree.XMLParser:
    """No DTDs, entities, network or huge trees (the file typing already refused DTDs in these parts)."""
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _field_instructions(xml: bytes) -> str:
    """The field codes of a WordprocessingML part, runs joined (Word splits one instruction over several)."""
    try:
        root = etree.fromstring(xml, _xml_parser())
    except etree.XMLSyntaxError:
        return ""
    parts = [el.text or "" for el in root.iter(f"{_W}instrText")]
    parts += [el.get(f"{_W}instr") or "" for el in root.iter(f"{_W}fldSimple")]
    return "".join(parts)[:MAX_FIELD_TEXT]


def _check_docx(data: bytes) -> None:
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            name = info.filename.lower()
            if name.startswith(_DOCX_EMBEDDED) or name.endswith((".bin", "vbadata.xml")):
                raise ActiveContent(REFUSAL, f"DOCX member {info.filename}")
        for info in zf.infolist():
            if not _DOCX_TEXT_PARTS.match(info.filename):
                continue
            with zf.open(info) as handle:
                found = _FIELD_WORDS.search(_field_instructions(handle.read()))
            if found:
                raise ActiveContent(REFUSAL, f"DOCX field {found.group(1).upper()} in {info.filename}")


# --- RTF ----------------------------------------------------------------------------------------


def _check_rtf(data: bytes) -> None:
    found = _RTF_OBJECT.search(data)
    if found:
        raise ActiveContent(REFUSAL, f"RTF control word {found.group(0).decode('latin-1')}")
    for match in _RTF_FIELD_INSTRUCTION.finditer(data):
        text = re.sub(rb"[{}\\\r\n]", b"", match.group(1)).decode("latin-1")
        field = _FIELD_WORDS.search(text)
        if field:
            raise ActiveContent(REFUSAL, f"RTF field {field.group(1).upper()}")
