"""PDF text in reading order: pdfminer.six (the reference engine) or pypdfium2 (faster, optional)."""

from __future__ import annotations

import io
import threading
from typing import Any

from ats.screening.extract_types import Corrupt, PasswordProtected

PDF_ENGINES = ("pdfminer", "pdfium")
# Defaults keep two-column resumes column by column and table rows in order (checked in tests).
LAPARAMS: dict[str, Any] = {"line_margin": 0.5, "char_margin": 2.0, "word_margin": 0.1, "boxes_flow": 0.5}
_PDFIUM_LOCK = threading.Lock()  # PDFium is not thread-safe


def pdf_text(data: bytes, *, max_pages: int, max_chars: int, engine: str = "pdfminer") -> tuple[str, int | None, bool]:
    """Return (raw text, page count, stopped early) reading at most `max_pages` pages."""
    if engine == "pdfium":
        return _pdfium_text(data, max_pages=max_pages, max_chars=max_chars)
    if engine != "pdfminer":
        raise ValueError(f"unknown PDF engine {engine!r}; use one of {PDF_ENGINES}")
    return _pdfminer_text(data, max_pages=max_pages, max_chars=max_chars)


def _pdfminer_text(data: bytes, *, max_pages: int, max_chars: int) -> tuple[str, int | None, bool]:
    """Lay out page by page and stop at the page or character cap."""
    from pdfminer.converter import TextConverter
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    parser = PDFParser(io.BytesIO(data))
    try:
        document = PDFDocument(parser, password="")
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise PasswordProtected(detail=f"pdfminer: {type(exc).__name__}") from None
    total = _page_count(document)
    out = io.StringIO()
    manager = PDFResourceManager(caching=True)
    device = TextConverter(manager, out, laparams=LAParams(**LAPARAMS))
    interpreter = PDFPageInterpreter(manager, device)
    read, stopped = 0, False
    for page in PDFPage.create_pages(document):
        if read >= max_pages or out.tell() > max_chars * 2:
            stopped = True
            break
        interpreter.process_page(page)
        read += 1
    device.close()
    return out.getvalue(), (total if total is not None else read), stopped


def _page_count(document: object) -> int | None:
    """The declared /Count of the page tree, if it is a sane integer."""
    from pdfminer.pdftypes import resolve1

    try:
        count = resolve1(resolve1(document.catalog["Pages"])["Count"])  # type: ignore[attr-defined]
    except Exception:  # noqa: BLE001 - a broken page tree is reported by the page loop instead
        return None
    return count if isinstance(count, int) and 0 <= count < 10_000_000 else None


def _pdfium_text(data: bytes, *, max_pages: int, max_chars: int) -> tuple[str, int | None, bool]:
    """PDFium text pages in content order; use inside the sandbox only (native code)."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_raw

    with _PDFIUM_LOCK:
        try:
            document = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            if getattr(exc, "err_code", None) in (pdfium_raw.FPDF_ERR_PASSWORD, pdfium_raw.FPDF_ERR_SECURITY):
                raise PasswordProtected(detail="pdfium: password") from None
            raise Corrupt(detail=f"pdfium: {exc}") from None
        try:
            total = len(document)
            parts: list[str] = []
            size, stopped = 0, False
            for index in range(total):
                if index >= max_pages or size > max_chars * 2:
                    stopped = True
                    break
                page = document[index]
                textpage = page.get_textpage()
                text = textpage.get_text_range()
                textpage.close()
                page.close()
                parts.append(text)
                size += len(text)
            return "\n\f".join(parts), total, stopped
        finally:
            document.close()
