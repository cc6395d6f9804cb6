"""Render a labelled resume to a real file and extract its text back, as the application would."""

from __future__ import annotations

import io
from pathlib import Path

from ats.demo.documents import render

from .model import LabelledResume


def write_file(resume: LabelledResume, fmt: str, folder: Path) -> Path:
    """Render the resume in the given format into folder and return the file path."""
    path = folder / f"{resume.rid}.{fmt}"
    path.write_bytes(render(resume.doc(), fmt))
    return path


def extract(path: Path) -> str:
    """Text of a rendered file: the library's extractor when present, else pdfminer / python-docx."""
    data = path.read_bytes()
    try:
        from ats.screening.extract import extract_text
    except ImportError:
        return _fallback(data, path.suffix.lstrip("."))
    return extract_text(data, path.name).text


def _fallback(data: bytes, fmt: str) -> str:
    """Direct extraction without the library (used before the extractor exists)."""
    if fmt == "pdf":
        from pdfminer.high_level import extract_text as pdf_text

        return pdf_text(io.BytesIO(data))
    if fmt == "docx":
        import docx

        document = docx.Document(io.BytesIO(data))
        parts = [p.text for p in document.paragraphs]
        for table in document.tables:
            parts.extend(cell.text for row in table.rows for cell in row.cells)
        return "\n".join(parts)
    return data.decode("utf-8")


def render_and_extract(resume: LabelledResume, fmt: str, folder: Path) -> str:
    """Round trip: structured resume -> file in fmt -> extracted text."""
    return extract(write_file(resume, fmt, folder))
