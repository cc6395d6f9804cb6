"""Result type, accepted formats and the only errors the extraction layer lets escape."""

from __future__ import annotations

from dataclasses import dataclass

ACCEPTED: tuple[str, ...] = ("pdf", "docx", "txt", "rtf", "odt")
ACCEPTED_SENTENCE = (
    "Please upload a PDF, a Word document (.docx), an OpenDocument text (.odt), "
    "a rich-text file (.rtf) or a plain-text file (.txt)."
)


@dataclass(frozen=True)
class ExtractedText:
    """Clean text of one document plus what a caller needs to judge it (kind, pages, truncation)."""

    text: str
    kind: str
    pages: int | None
    truncated: bool
    chars: int


class ExtractionError(Exception):
    """Base of every extraction failure: `code` for machines, `message` safe to show a candidate."""

    code = "extraction_failed"
    default_message = "We could not read this file. " + ACCEPTED_SENTENCE

    def __init__(self, message: str | None = None, *, detail: str = "") -> None:
        self.message = message or self.default_message
        self.detail = detail  # internal reason for logs; never shown to candidates
        super().__init__(self.message if not detail else f"{self.message} [{detail}]")


class UnsupportedType(ExtractionError):
    """The content is not a format we accept (whatever its name says)."""

    code = "unsupported_type"
    default_message = "We can't accept this type of file. " + ACCEPTED_SENTENCE


class PasswordProtected(ExtractionError):
    """The document needs a password to open, so its text cannot be read."""

    code = "password_protected"
    default_message = "This PDF is password-protected, so we can't read it. Please upload a copy without a password."


class NoTextFound(ExtractionError):
    """The document opened but holds no text (typically a scanned image)."""

    code = "no_text"
    default_message = (
        "We couldn't find any text in this file; it looks like a scanned image. "
        "Please upload a PDF with selectable text or a Word document."
    )


class TooLarge(ExtractionError):
    """The file, an archive member or the parse exceeded a size or memory limit."""

    code = "too_large"
    default_message = (
        "This file is too large or too complex for us to read. Please upload a smaller PDF or Word document."
    )


class TimedOut(ExtractionError):
    """Reading the file took longer than allowed."""

    code = "timed_out"
    default_message = "This file took too long to read. Please upload a simpler PDF or Word document."


class Corrupt(ExtractionError):
    """The file claims a supported format but is damaged or malformed."""

    code = "corrupt"
    default_message = "This file appears to be damaged and can't be read. " + ACCEPTED_SENTENCE


LEGACY_DOC_MESSAGE = (
    "Older Word .doc files can't be read. Please save it as .docx or PDF and upload it again. " + ACCEPTED_SENTENCE
)
ERROR_CLASSES: dict[str, type[ExtractionError]] = {
    cls.__name__: cls
    for cls in (ExtractionError, UnsupportedType, PasswordProtected, NoTextFound, TooLarge, TimedOut, Corrupt)
}
