"""Import a posting: pasted text or an uploaded file -> the screening library's draft -> the review form."""
from __future__ import annotations

from ats.jobs.requirements_form import JobForm

MAX_DESCRIPTION_CHARS = 60_000


class ImportError_(ValueError):
    """A user-facing reason why the description could not be read."""


def description_text(pasted: str, upload) -> str:
    """The posting text from the paste box, or else from the uploaded file (read in the sandbox)."""
    text = (pasted or "").strip()
    if not text and upload is not None and upload.filename:
        data = upload.read()
        if not data:
            raise ImportError_("The uploaded file is empty.")
        from flask import current_app

        from ats.screening.extract import ExtractionError
        from ats.screening.sandbox import extract_in_sandbox

        try:
            text = extract_in_sandbox(data, upload.filename,
                                      timeout=float(current_app.config.get("EXTRACT_TIMEOUT_SECONDS", 15)),
                                      memory_mb=int(current_app.config.get("EXTRACT_MEMORY_MB", 512))).text
        except ExtractionError as exc:
            raise ImportError_(f"The file could not be read: {exc.message}") from exc
    if not text.strip():
        raise ImportError_("Paste the job description or choose a file (PDF, DOCX or TXT).")
    return text[:MAX_DESCRIPTION_CHARS]


def draft_form(text: str) -> JobForm:
    """The review form prefilled from parse_job_description; nothing is saved yet."""
    from ats.screening import nlp
    from ats.screening.jobdesc import parse_job_description

    with nlp.LOCK:  # request threads and worker threads share one spaCy vocab
        draft = parse_job_description(text)
    return JobForm.from_draft(draft)
