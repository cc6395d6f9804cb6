"""Turning a submitted apply form into files and an ApplicationInput; kept files survive a re-render."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import current_app

from ats.applications.services import ApplicationInput, FileRejected, Upload
from ats.portal import intake
from ats.portal.forms import CONSENT_TEXT, answers_from

FILE_FIELDS = ("resume", "cover_letter_file")


@dataclass
class Files:
    """The files of one attempt: uploads (new or kept from an earlier attempt) and which ones are new."""

    uploads: dict[str, Upload] = field(default_factory=dict)
    new: set[str] = field(default_factory=set)
    errors: bool = False


def _error(form, name: str, message: str) -> None:
    form[name].errors = [*form[name].errors, message]


def collect_files(form) -> Files:
    """Read new files (checked by content) or fall back on kept ones; errors go next to the file field."""
    files = Files()
    for name in FILE_FIELDS:
        token_field = form[f"{name}_token"]
        try:
            upload = intake.read_upload(name, form[name].data)
        except FileRejected as exc:
            _error(form, name, exc.message)
            token_field.data = ""
            files.errors = True
            continue
        if upload is not None:
            files.uploads[name] = upload
            files.new.add(name)
            continue
        kept = intake.held_upload(name, token_field.data)
        if kept is not None:
            files.uploads[name] = kept
        else:
            token_field.data = ""
    if "resume" not in files.uploads and not form.resume.errors:
        _error(form, "resume", "Choose your resume file (PDF, Word or plain text).")
        files.errors = True
    if "cover_letter_file" in files.uploads and (form.cover_letter_text.data or "").strip():
        _error(
            form,
            "cover_letter_text",
            "You both uploaded and typed a cover letter. Clear this box to send the file, "
            "or remove the file to send this text.",
        )
        files.errors = True
    return files


def hold_files(form, files: Files) -> dict[str, str]:
    """Keep new valid files for the next attempt; returns field -> file name for 'we still have your file'."""
    held = {}
    for name, upload in files.uploads.items():
        if name in files.new:
            try:
                form[f"{name}_token"].data = intake.hold_upload(name, upload)
            except OSError:  # a full disk: the form is still shown with everything typed, the file asked again
                continue
        held[name] = upload.filename
    return held


def build_input(form, job, files: Files) -> ApplicationInput:
    """What the apply service needs, including the consent wording shown and the optional EEO answers."""
    cfg = current_app.config
    eeo = {
        name: form[f"eeo_{name}"].data for name in ("gender", "race_ethnicity", "veteran_status", "disability_status")
    }
    return ApplicationInput(
        name=form.name.data.strip(),
        email=form.email.data.strip(),
        phone=(form.phone.data or "").strip(),
        location=(form.location.data or "").strip(),
        resume=files.uploads["resume"],
        cover_letter_file=files.uploads.get("cover_letter_file"),
        cover_letter_text=form.cover_letter_text.data or "",
        answers=answers_from(form, job),
        source=form.source.data or "careers_page",
        submission_id=form.submission_id.data,
        consent_text=CONSENT_TEXT.format(company=cfg["COMPANY_NAME"], days=cfg["RETENTION_DAYS_UNSUCCESSFUL"]),
        eeo={k: v for k, v in eeo.items() if v} or None,
    )
