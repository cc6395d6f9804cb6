"""Human words for every stored key (sources, stages, statuses, education...), so no raw key reaches a page.

A leaf module: it imports nothing of ats, so any package may use it; templates get one filter per kind
(`{{ application.source|source_label }}`). tests/test_labels.py renders every enum value through them.
"""

from __future__ import annotations

from flask import Flask

LABELS: dict[str, dict[str, str]] = {
    "source": {
        "careers_page": "Careers page",
        "linkedin": "LinkedIn",
        "indeed": "Indeed",
        "job_board": "Job board",
        "referral": "Referral",
        "social_media": "Social media",
        "event": "Job fair or event",
        "job_fair": "Job fair",
        "other": "Other",
        "imported": "Imported",
        "sourced": "Sourced by a recruiter",
    },
    "screening": {
        "pending": "Not screened yet",
        "running": "Screening…",
        "done": "Screened",
        "failed": "Screening failed",
        "off": "Screening off",
    },
    "job_status": {"draft": "Draft", "open": "Open", "closed": "Closed"},
    "employment": {
        "full_time": "Full-time",
        "part_time": "Part-time",
        "contract": "Contract",
        "temporary": "Temporary",
        "internship": "Internship",
    },
    "stage_kind": {"active": "In progress", "hired": "Hired", "rejected": "Rejected", "withdrawn": "Withdrawn"},
    "education": {
        "high_school": "High school diploma",
        "associate": "Associate degree",
        "bachelor": "Bachelor's degree",
        "master": "Master's degree",
        "doctorate": "Doctorate",
    },
    "component": {
        "required_skills": "Required skills",
        "preferred_skills": "Preferred skills",
        "experience": "Experience",
        "duties": "Duties of the job",
        "vocabulary": "Vocabulary of the occupation",
        "education": "Education",
        "knockouts": "Knockout questions",
        "cover_letter": "Cover letter",
    },
    "component_short": {
        "required_skills": "Required",
        "preferred_skills": "Preferred",
        "experience": "Experience",
        "duties": "Duties",
        "vocabulary": "Vocabulary",
        "education": "Education",
        "knockouts": "Knockouts",
        "cover_letter": "Letter",
    },
    "role": {
        "admin": "Admin",
        "recruiter": "Recruiter",
        "hiring_manager": "Hiring manager",
        "interviewer": "Interviewer",
    },
    "document": {"resume": "Resume", "cover_letter": "Cover letter", "answers": "Application answers"},
    "interview_status": {"scheduled": "Scheduled", "cancelled": "Cancelled", "done": "Done"},
    "outbox_status": {
        "pending": "Waiting to send",
        "sending": "Sending",
        "sent": "Sent",
        "failed": "Failed",
        "cancelled": "Cancelled",
    },
    "visibility": {"team": "Hiring team", "private": "Only me"},
    "task_status": {"queued": "Queued", "running": "Running", "done": "Done", "failed": "Failed"},
    "request_kind": {"export": "Copy of my data", "erasure": "Erase my data"},
    "request_status": {
        "pending": "Waiting for the email to be confirmed",
        "open": "Open",
        "processing": "Being prepared",
        "done": "Done",
        "rejected": "Refused",
    },
    "reason_category": {"we_rejected": "We rejected them", "they_withdrew": "They withdrew or declined"},
}


def humanize(value: object) -> str:
    """The fallback for a key no table knows (a new source typed by an importer): words, first letter capital."""
    text = " ".join(str(value or "").replace("_", " ").split())
    return text[:1].upper() + text[1:]


def label(kind: str, value: object) -> str:
    """The words for one stored value of one kind; unknown values are humanized, never shown raw."""
    if value is None or value == "":
        return ""
    return LABELS.get(kind, {}).get(str(value)) or humanize(value)


def init_app(app: Flask) -> None:
    """One Jinja filter per kind: source_label, screening_label, education_label, component_label..."""
    for kind in LABELS:
        app.add_template_filter(lambda value, _kind=kind: label(_kind, value), f"{kind}_label")
    app.add_template_filter(humanize, "humanize")
