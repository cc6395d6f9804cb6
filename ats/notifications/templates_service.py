"""Admin-edited email templates with {{merge_fields}}: a tiny substitution, never Jinja on admin input."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from flask import current_app
from sqlalchemy import select

from ats.audit.services import record
from ats.extensions import db
from ats.notifications.models import EmailTemplate
from ats.notifications.services import one_line, queue_email

MERGE_FIELDS = ("candidate_name", "job_title", "company_name", "stage_name")
_FIELD = re.compile(r"\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}")


@dataclass(frozen=True)
class TemplateDefault:
    label: str
    subject: str
    body: str


DEFAULTS: dict[str, TemplateDefault] = {
    "application_received": TemplateDefault(
        "Application received",
        "We received your application for {{job_title}}",
        "Dear {{candidate_name}},\n\nThank you for applying for {{job_title}} at {{company_name}}. "
        "We have received your application and will be in touch.\n\n{{company_name}}\n",
    ),
    "moved_to_interview": TemplateDefault(
        "Moved to interview",
        "Interview for {{job_title}} at {{company_name}}",
        "Dear {{candidate_name}},\n\nGood news: we would like to invite you to the next step for {{job_title}} "
        "({{stage_name}}). We will contact you shortly to arrange a time.\n\n{{company_name}}\n",
    ),
    "rejection": TemplateDefault(
        "Rejection",
        "Your application for {{job_title}}",
        "Dear {{candidate_name}},\n\nThank you for your interest in {{job_title}} at {{company_name}}. "
        "After careful consideration we have decided not to move forward with your application.\n\n"
        "We wish you every success.\n\n{{company_name}}\n",
    ),
    "rejection_after_interview": TemplateDefault(
        "Rejection after an interview",
        "Your interview for {{job_title}}",
        "Dear {{candidate_name}},\n\nThank you for the time you gave us interviewing for {{job_title}} at "
        "{{company_name}}. We enjoyed meeting you, but we have decided to continue with other candidates.\n\n"
        "We wish you every success.\n\n{{company_name}}\n",
    ),
    "offer": TemplateDefault(
        "Offer",
        "An offer for {{job_title}}",
        "Dear {{candidate_name}},\n\nWe are delighted to let you know that we would like to offer you the "
        "position of {{job_title}} at {{company_name}}. We will send the details shortly.\n\n{{company_name}}\n",
    ),
}


# The emails a rejection may send; the recruiter picks one (the first is what a rejected stage sends).
REJECTION_TEMPLATES = ("rejection", "rejection_after_interview")


class TemplateError(ValueError):
    """A template an admin typed that cannot be saved; `field` names the form field."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field, self.message = field, message


def render(text: str, context: dict[str, str]) -> str:
    """Replace {{name}} with the context value; unknown names stay as typed (no attribute access, no code)."""
    return _FIELD.sub(lambda m: str(context.get(m.group(1), m.group(0))), text)


def unknown_fields(text: str) -> list[str]:
    return sorted({m.group(1) for m in _FIELD.finditer(text)} - set(MERGE_FIELDS))


def get_template(key: str) -> EmailTemplate:
    """The saved template, or an unsaved one holding the default text."""
    if key not in DEFAULTS:
        raise KeyError(key)
    row = db.session.scalar(select(EmailTemplate).where(EmailTemplate.key == key))
    if row is None:
        default = DEFAULTS[key]
        row = EmailTemplate(key=key, subject=default.subject, body=default.body)
    return row


def all_templates() -> list[tuple[str, EmailTemplate]]:
    return [(DEFAULTS[key].label, get_template(key)) for key in DEFAULTS]


def save_template(key: str, subject: str, body: str, *, actor) -> EmailTemplate:
    """Validate and store an admin's edit (audited); unknown merge fields are refused with a clear message."""
    subject, body = (subject or "").strip(), (body or "").strip()
    if not subject:
        raise TemplateError("subject", "Enter a subject.")
    if len(subject) > 300:
        raise TemplateError("subject", "Keep the subject under 300 characters.")
    if not body:
        raise TemplateError("body", "Enter the email text.")
    for field_name, text in (("subject", subject), ("body", body)):
        bad = unknown_fields(text)
        if bad:
            raise TemplateError(field_name, f"Unknown merge field {', '.join(bad)}; use {', '.join(MERGE_FIELDS)}.")
    row = get_template(key)
    row.subject, row.body = subject, body + "\n"
    db.session.add(row)
    db.session.flush()
    record(actor, "email_template.updated", "email_template", row.id, key=key)
    db.session.commit()
    return row


def context_for(application, stage_name: str | None = None) -> dict[str, str]:
    values = {
        "candidate_name": application.candidate.name,
        "job_title": application.job.title,
        "company_name": current_app.config["COMPANY_NAME"],
        "stage_name": stage_name or application.stage.name,
    }
    return {key: one_line(value) for key, value in values.items()}  # a merged value never starts a new line


def queue_templated(key: str, application, *, stage_name: str | None = None, send_after: datetime | None = None):
    """Queue the rendered template to the candidate in the caller's transaction (on their timeline)."""
    template = get_template(key)
    context = context_for(application, stage_name)
    return queue_email(
        application.candidate.email,
        render(template.subject, context),
        render(template.body, context),
        template=key,
        candidate_id=application.candidate_id,
        application_id=application.id,
        send_after=send_after,
    )


def template_for_stage(stage) -> str | None:
    """Which template a move to this stage sends: rejection, interview or offer; other stages have none."""
    if stage.kind == "rejected":
        return "rejection"
    name = stage.name.lower()
    if "interview" in name:
        return "moved_to_interview"
    if "offer" in name:
        return "offer"
    return None
