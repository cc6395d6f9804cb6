"""DOCX and ODT text in document order: body, tables row by row, text boxes, headers and footers."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable

from lxml import etree

from ats.screening.extract_types import Corrupt
from ats.screening.filetypes import MAX_XML_PART, safe_xml_parser

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_W_SKIP = {f"{W}{t}" for t in ("instrText", "delText", "rPr", "pPr", "tblPr", "trPr", "tcPr", "sectPr")}
_W_SKIP.add(MC_FALLBACK)  # the VML fallback duplicates the text box already read from mc:Choice


class _Enough(Exception):
    """Raised inside a walk once enough text has been collected."""


class _Lines:
    """Collects output lines and stops the walk at a character budget."""

    def __init__(self, budget: int) -> None:
        self.lines: list[str] = []
        self.size = 0
        self.budget = budget

    def add(self, line: str) -> None:
        """Append one line; raise _Enough when the budget is spent."""
        self.lines.append(line)
        self.size += len(line) + 1
        if self.size > self.budget:
            raise _Enough


def docx_text(data: bytes, *, max_chars: int) -> tuple[str, bool]:
    """Return (raw text, stopped early) for a DOCX that already passed the container checks."""
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT

    document = docx.Document(io.BytesIO(data))
    out = _Lines(max_chars * 2)
    stopped = False
    try:
        rels = list(document.part.rels.values())
        headers = [r.target_part.element for r in rels if not r.is_external and r.reltype == RT.HEADER]
        footers = [r.target_part.element for r in rels if not r.is_external and r.reltype == RT.FOOTER]
        _distinct_blocks(headers, out)
        _w_block(document.element.body, out)
        _distinct_blocks(footers, out)
    except _Enough:
        stopped = True
    return "\n".join(out.lines), stopped


def _distinct_blocks(elements: Iterable[etree._Element], out: _Lines) -> None:
    """Headers and footers repeat per section: emit each distinct text once."""
    seen: set[str] = set()
    for element in elements:
        part = _Lines(out.budget)
        try:
            _w_block(element, part)
        except _Enough:
            pass
        text = "\n".join(part.lines).strip()
        if text and text not in seen:
            seen.add(text)
            for line in part.lines:
                out.add(line)


def _w_block(element: etree._Element, out: _Lines) -> None:
    """Paragraphs and tables of a body, cell, header or text box, in order."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _W_SKIP:
            continue
        if tag == f"{W}p":
            _w_paragraph(child, out)
        elif tag == f"{W}tbl":
            _table(child, f"{W}tr", f"{W}tc", _w_block, out)
        else:  # sdt, sdtContent, customXml, smartTag, ins: containers of blocks
            _w_block(child, out)


def _w_paragraph(paragraph: etree._Element, out: _Lines) -> None:
    """One paragraph as one line (soft breaks kept), then any text boxes anchored in it."""
    buf: list[str] = []
    boxes: list[etree._Element] = []
    _w_inline(paragraph, buf, boxes)
    out.add("".join(buf))
    for box in boxes:
        _w_block(box, out)


def _w_inline(element: etree._Element, buf: list[str], boxes: list[etree._Element]) -> None:
    """Run text, tabs and breaks in order; text boxes are set aside for after the paragraph."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _W_SKIP:
            continue
        if tag == f"{W}t":
            buf.append(child.text or "")
        elif tag == f"{W}tab":
            buf.append("\t")
        elif tag in (f"{W}br", f"{W}cr"):
            buf.append("\n")
        elif tag == f"{W}noBreakHyphen":
            buf.append("-")
        elif tag == f"{W}txbxContent":
            boxes.append(child)
        else:
            _w_inline(child, buf, boxes)


def _table(table: etree._Element, row_tag: str, cell_tag: str, block, out: _Lines) -> None:  # type: ignore[no-untyped-def]
    """Row by row: single-line cells joined on one line with " | ", larger cells as their own lines."""
    for row in table.iter(row_tag):
        if _nearest(row, table.tag) is not table:
            continue  # a row of a nested table; the nested table is read from its cell
        cells: list[list[str]] = []
        for cell in row:
            if cell.tag == cell_tag:
                part = _Lines(out.budget)
                try:
                    block(cell, part)
                except _Enough:
                    pass
                cells.append([line for line in part.lines if line.strip()])
        if all(len(lines) <= 1 for lines in cells):
            line = " | ".join(lines[0] for lines in cells if lines)
            if line:
                out.add(line)
        else:
            for lines in cells:
                for line in lines:
                    out.add(line)


def _nearest(element: etree._Element, tag: str) -> etree._Element | None:
    """The closest ancestor of `element` with `tag`."""
    parent = element.getparent()
    while parent is not None and parent.tag != tag:
        parent = parent.getparent()
    return parent


# --- ODT (OpenDocument text): parsed with our own hardened lxml parser -----------------------------
TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_ODT_SKIP = {f"{TEXT}note", f"{TEXT}tracked-changes", f"{OFFICE}annotation", f"{TEXT}sequence-decls"}


def odt_text(data: bytes, *, max_chars: int) -> tuple[str, bool]:
    """Return (raw text, stopped early) for an ODT that already passed the container checks."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        with zf.open("content.xml") as fh:
            xml = fh.read(MAX_XML_PART + 1)
    try:
        root = etree.fromstring(xml, safe_xml_parser())
    except etree.XMLSyntaxError as exc:
        raise Corrupt(detail=f"ODT content.xml: {exc}") from None
    body = root.find(f"{OFFICE}body/{OFFICE}text")
    out = _Lines(max_chars * 2)
    stopped = False
    if body is not None:
        try:
            _odt_block(body, out)
        except _Enough:
            stopped = True
    return "\n".join(out.lines), stopped


def _odt_block(element: etree._Element, out: _Lines) -> None:
    """Headings, paragraphs, lists, sections and tables in order."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _ODT_SKIP:
            continue
        if tag in (f"{TEXT}p", f"{TEXT}h"):
            buf: list[str] = []
            boxes: list[etree._Element] = []
            _odt_inline(child, buf, boxes)
            out.add("".join(buf))
            for box in boxes:
                _odt_block(box, out)
        elif tag == f"{TABLE}table":
            _table(child, f"{TABLE}table-row", f"{TABLE}table-cell", _odt_block, out)
        else:
            _odt_block(child, out)


def _odt_inline(element: etree._Element, buf: list[str], boxes: list[etree._Element]) -> None:
    """Spans, links, spaces (text:s c=N), tabs and line breaks; frames' text boxes set aside."""
    if element.text:
        buf.append(element.text)
    for child in element:
        tag = child.tag
        if isinstance(tag, str) and tag not in _ODT_SKIP:
            if tag == f"{TEXT}s":
                count = child.get(f"{TEXT}c", "1")
                buf.append(" " * min(int(count) if count.isdigit() else 1, 100))
            elif tag == f"{TEXT}tab":
                buf.append("\t")
            elif tag == f"{TEXT}line-break":
                buf.append("\n")
            elif tag == f"{DRAW}text-box":
                boxes.append(child)
            else:
                _odt_inline(child, buf, boxes)
        if child.tail:
            buf.append(child.tail)
