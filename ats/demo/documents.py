"""Render resume content into real PDF, DOCX and TXT files (demo data, tests and benchmarks)."""

from __future__ import annotations

import io
from dataclasses import dataclass, field
from pathlib import Path

LAYOUTS = ("single", "two-column", "table")
_FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")


@dataclass(frozen=True)
class Section:
    """A headed block of a resume; `sidebar` sections go to the left column in two-column layouts."""

    heading: str
    lines: tuple[str, ...]
    sidebar: bool = False


@dataclass(frozen=True)
class ResumeDoc:
    """The content of a resume, independent of its file format."""

    name: str
    contact: str
    sections: tuple[Section, ...]
    layout: str = "single"
    experience_rows: tuple[tuple[str, str, str], ...] = field(default=())  # (dates, title/employer, detail)

    def text(self) -> str:
        """Plain text in reading order: name, contact, then each section."""
        parts = [self.name, self.contact, ""]
        for section in self.sections:
            parts.append(section.heading)
            parts.extend(section.lines)
            if section.heading.lower() == "experience":
                parts.extend(f"{title}, {dates}. {detail}" for dates, title, detail in self.experience_rows)
            parts.append("")
        return "\n".join(parts).strip() + "\n"


def to_txt(doc: ResumeDoc) -> bytes:
    """UTF-8 text version of the resume."""
    return doc.text().encode("utf-8")


def _pdf_font(pdf) -> str:
    """Use DejaVu for Unicode when the machine has it, else a core font (Latin-1 only)."""
    regular, bold = _FONT_DIR / "DejaVuSans.ttf", _FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdf.add_font("DejaVu", "", str(regular))
        pdf.add_font("DejaVu", "B", str(bold))
        return "DejaVu"
    return "Helvetica"


def _latin(text: str, family: str) -> str:
    """Core fonts cannot draw characters outside Latin-1."""
    if family != "Helvetica":
        return text
    return text.replace("\u2013", "-").replace("\u2014", "-").encode("latin-1", "replace").decode("latin-1")


def to_pdf(doc: ResumeDoc) -> bytes:
    """A text PDF in the chosen layout (single column, two columns, or experience table)."""
    from fpdf import FPDF  # loaded when a demo PDF is rendered, not by every app that imports the demo seed

    pdf = FPDF(format="Letter")
    pdf.set_auto_page_break(auto=True, margin=15)
    pdf.set_title(f"Resume - {doc.name}")
    family = _pdf_font(pdf)
    pdf.add_page()
    pdf.set_font(family, "B", 16)
    pdf.cell(0, 9, _latin(doc.name, family), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 9)
    pdf.cell(0, 6, _latin(doc.contact, family), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    if doc.layout == "two-column":
        _pdf_two_columns(pdf, doc, family)
    else:
        for section in doc.sections:
            _pdf_section(pdf, section, doc, family, pdf.l_margin, pdf.epw)
    return bytes(pdf.output())


def _pdf_section(pdf, section: Section, doc: ResumeDoc, family: str, x: float, width: float) -> None:
    """One heading and its lines, at column x with the given width."""
    pdf.set_x(x)
    pdf.set_font(family, "B", 11)
    pdf.multi_cell(width, 6, _latin(section.heading, family), new_x="LEFT", new_y="NEXT")
    pdf.set_font(family, "", 9.5)
    for line in section.lines:
        pdf.set_x(x)
        pdf.multi_cell(width, 5, _latin(line, family), new_x="LEFT", new_y="NEXT")
    if section.heading.lower() == "experience" and doc.experience_rows:
        _pdf_experience(pdf, doc, family, x, width)
    pdf.ln(2)


def _pdf_experience(pdf, doc: ResumeDoc, family: str, x: float, width: float) -> None:
    """Experience rows: a bordered table in the table layout, paragraphs otherwise."""
    if doc.layout == "table":
        with pdf.table(col_widths=(22, 38, 60), text_align="LEFT", first_row_as_headings=True) as table:
            header = table.row()
            for cell in ("Dates", "Role", "Details"):
                header.cell(cell)
            for dates, title, detail in doc.experience_rows:
                row = table.row()
                for cell in (dates, title, detail):
                    row.cell(_latin(cell, family))
        return
    for dates, title, detail in doc.experience_rows:
        pdf.set_x(x)
        pdf.set_font(family, "B", 9.5)
        pdf.multi_cell(width, 5, _latin(f"{title}, {dates}", family), new_x="LEFT", new_y="NEXT")
        pdf.set_font(family, "", 9.5)
        pdf.set_x(x)
        pdf.multi_cell(width, 5, _latin(detail, family), new_x="LEFT", new_y="NEXT")


def _pdf_two_columns(pdf, doc: ResumeDoc, family: str) -> None:
    """Sidebar sections on the left third, the rest on the right; both start at the same height."""
    top = pdf.get_y()
    left_w = pdf.epw * 0.32
    right_x = pdf.l_margin + left_w + 6
    right_w = pdf.epw - left_w - 6
    for section in (s for s in doc.sections if s.sidebar):
        _pdf_section(pdf, section, doc, family, pdf.l_margin, left_w)
    left_page = pdf.page
    pdf.page = 1
    pdf.set_y(top)
    for section in (s for s in doc.sections if not s.sidebar):
        _pdf_section(pdf, section, doc, family, right_x, right_w)
    pdf.page = max(pdf.page, left_page)


def to_docx(doc: ResumeDoc) -> bytes:
    """A DOCX with a header line, headings, paragraphs and, in the table layout, a real table."""
    import docx  # loaded when a demo DOCX is rendered, not by every app that imports the demo seed

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = f"{doc.name} - Resume"
    document.add_heading(doc.name, level=0)
    document.add_paragraph(doc.contact)
    if doc.layout == "two-column":
        table = document.add_table(rows=1, cols=2)
        left, right = table.rows[0].cells
        for column, sidebar in ((left, True), (right, False)):
            for section in (s for s in doc.sections if s.sidebar == sidebar):
                _docx_section(column, section, doc, in_cell=True)
    else:
        for section in doc.sections:
            _docx_section(document, section, doc, in_cell=False)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _docx_section(container, section: Section, doc: ResumeDoc, in_cell: bool) -> None:
    """Write one section into the document body or a table cell."""
    heading = container.add_paragraph()
    heading.add_run(section.heading).bold = True
    for line in section.lines:
        container.add_paragraph(line)
    if section.heading.lower() != "experience" or not doc.experience_rows:
        return
    if doc.layout == "table" and not in_cell:
        table = container.add_table(rows=1, cols=3)
        for cell, text in zip(table.rows[0].cells, ("Dates", "Role", "Details"), strict=True):
            cell.text = text
        for row_values in doc.experience_rows:
            for cell, text in zip(table.add_row().cells, row_values, strict=True):
                cell.text = text
        return
    for dates, title, detail in doc.experience_rows:
        container.add_paragraph(f"{title}, {dates}")
        container.add_paragraph(detail)


def render(doc: ResumeDoc, fmt: str) -> bytes:
    """Bytes of the resume in 'pdf', 'docx' or 'txt'."""
    renderers = {"pdf": to_pdf, "docx": to_docx, "txt": to_txt}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}; use one of {sorted(renderers)}")
    return renderers[fmt](doc)
