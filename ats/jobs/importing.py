"""Import a posting: pasted text or an uploaded file -> the screening library's draft -> the review form."""

from __future__ import annotations

from typing import Any

from ats import screening_adapter
from ats.jobs.requirements_form import JobForm
from ats.screening import ExtractionError

MAX_DESCRIPTION_CHARS = 60_000


class DescriptionError(ValueError):
    """A user-facing reason why the description could not be read."""


def description_text(pasted: str, upload: Any) -> str:
    """The posting text from the paste box, or else from the uploaded file (read in the sandbox)."""
    text = (pasted or "").strip()
    if not text and upload is not None and upload.filename:
        data = upload.read()
        if not data:
            raise DescriptionError("The uploaded file is empty.")
        try:
            text = screening_adapter.extract(data, upload.filename)
        except ExtractionError as exc:
            raise DescriptionError(f"The file could not be read: {exc.message}") from exc
    if not text.strip():
        raise DescriptionError("Paste the job description or choose a file (PDF, DOCX or TXT).")
    return text[:MAX_DESCRIPTION_CHARS]


def draft_form(text: str) -> JobForm:
    """The review form prefilled from the library's draft; nothing is saved yet."""
    return JobForm.from_draft(screening_adapter.parse_posting(text))
