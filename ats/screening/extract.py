"""Public entry of the extraction layer: bytes in, clean capped text out, or one typed error.

`extract_text` runs in the current process; the web app should call
`ats.screening.sandbox.extract_in_sandbox`, which runs it in a limited worker process.
"""

from __future__ import annotations

from ats.screening.extract_types import (
    ACCEPTED,
    ACCEPTED_SENTENCE,
    Corrupt,
    ExtractedText,
    ExtractionError,
    NoTextFound,
    PasswordProtected,
    TimedOut,
    TooLarge,
    UnsupportedType,
)
from ats.screening.filetypes import detect_kind
from ats.screening.textclean import clean_text, truncate

__all__ = [
    "ACCEPTED",
    "ACCEPTED_SENTENCE",
    "Corrupt",
    "ExtractedText",
    "ExtractionError",
    "NoTextFound",
    "PasswordProtected",
    "TimedOut",
    "TooLarge",
    "UnsupportedType",
    "detect_kind",
    "extract_text",
]


def extract_text(
    data: bytes,
    filename: str = "",
    *,
    max_chars: int = 100_000,
    max_pages: int = 30,
    engine: str = "pdfminer",
) -> ExtractedText:
    """Extract the clean text of a resume or cover letter, typed by content, never by name.

    Args:
        data: the uploaded bytes.
        filename: the original name, for error details only; it never decides the type.
        max_chars: cap on the returned text (applied after clean-up).
        max_pages: PDF pages read at most.
        engine: PDF engine, "pdfminer" (reference) or "pdfium" (faster, native code).

    Returns:
        ExtractedText with `truncated` set when a page or character cap cut the text.

    Raises:
        ExtractionError subclasses only (UnsupportedType, PasswordProtected, NoTextFound,
        TooLarge, Corrupt); no other exception escapes.
    """
    try:
        return _extract(data, max_chars=max_chars, max_pages=max_pages, engine=engine)
    except ExtractionError:
        raise
    except MemoryError:
        raise TooLarge(detail=f"MemoryError reading {filename[:80]!r}") from None
    except RecursionError:
        raise Corrupt(detail=f"RecursionError reading {filename[:80]!r}") from None
    except Exception as exc:  # noqa: BLE001 - parsers raise anything on crafted input; map it all
        raise Corrupt(detail=f"{type(exc).__name__}: {str(exc)[:200]}") from None


def _extract(data: bytes, *, max_chars: int, max_pages: int, engine: str) -> ExtractedText:
    """Dispatch on the sniffed kind, clean, check for text, cap."""
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("data must be bytes")
    data = bytes(data)
    if not data.strip():
        raise NoTextFound("This file is empty.", detail="empty upload")
    kind = detect_kind(data)
    pages: int | None = None
    if kind == "pdf":
        from ats.screening.extract_pdf import pdf_text

        raw, pages, stopped = pdf_text(data, max_pages=max_pages, max_chars=max_chars, engine=engine)
    elif kind == "docx":
        from ats.screening.extract_office import docx_text

        raw, stopped = docx_text(data, max_chars=max_chars)
    elif kind == "odt":
        from ats.screening.extract_office import odt_text

        raw, stopped = odt_text(data, max_chars=max_chars)
    elif kind == "rtf":
        raw, stopped = _rtf_text(data, max_chars=max_chars)
    else:
        raw, stopped = decode_text(data)[: max_chars * 2], len(data) > max_chars * 2
    text, truncated = truncate(clean_text(raw), max_chars)
    if not any(ch.isalnum() for ch in text):
        if kind == "pdf":
            raise NoTextFound(detail="no text layer")
        raise NoTextFound("We couldn't find any text in this file. " + ACCEPTED_SENTENCE, detail=kind)
    return ExtractedText(text=text, kind=kind, pages=pages, truncated=truncated or stopped, chars=len(text))


def decode_text(data: bytes) -> str:
    """Decode plain text: BOM-marked UTF-16/UTF-8, then strict UTF-8, then cp1252 with a Latin-1 fallback."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def _rtf_text(data: bytes, *, max_chars: int) -> tuple[str, bool]:
    """RTF through striprtf; the source is 7-bit with escapes, so Latin-1 decoding is lossless."""
    from striprtf.striprtf import rtf_to_text

    source = data.decode("latin-1")
    text = str(rtf_to_text(source, encoding="cp1252", errors="replace"))  # type: ignore[no-untyped-call]
    return text[: max_chars * 2], len(text) > max_chars * 2
