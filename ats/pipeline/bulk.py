"""Bulk actions that change no stage: tagging and emailing the selected applications, each in one commit."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ats.audit.services import record
from ats.extensions import db
from ats.jobs.models import Job
from ats.notifications.templates_service import DEFAULTS, queue_templated
from ats.pipeline.rules import Outcome, StageError, selected

_TAG = re.compile(r"^[\w .+#/-]{1,40}$")


def clean_tag(tag: str) -> str:
    """A tag as stored: spaces collapsed, 1 to 40 plain characters; StageError with the rule otherwise."""
    tag = " ".join((tag or "").split())
    if not _TAG.match(tag):
        raise StageError("Enter a tag of 1 to 40 letters, digits, spaces or . + # / -")
    return tag


def tag_many(actor: Any, job: Job, application_ids: Iterable[object], tag: str) -> Outcome:
    """Add a tag to each selected application that does not have it yet."""
    tag = clean_tag(tag)
    outcome = Outcome()
    for application in selected(job, application_ids):
        if tag in (application.tags or []):
            outcome.skipped.append(f"{application.candidate.name} (already tagged)")
            continue
        application.tags = [*(application.tags or []), tag]  # a new list, so the JSON change is saved
        record(actor, "application.tagged", "application", application.id, tag=tag)
        outcome.moved.append(application)
    db.session.commit()
    return outcome


def email_many(actor: Any, job: Job, application_ids: Iterable[object], template: str) -> Outcome:
    """Queue one of the admin-edited emails to each selected candidate (withdrawn ones are left alone)."""
    if template not in DEFAULTS:
        raise StageError("Choose which email to send.")
    outcome = Outcome()
    for application in selected(job, application_ids):
        if application.stage.kind == "withdrawn":
            outcome.skipped.append(f"{application.candidate.name} (withdrew)")
            continue
        queue_templated(template, application)
        record(actor, "application.emailed", "application", application.id, template=template)
        outcome.moved.append(application)
        outcome.emailed += 1
    db.session.commit()
    return outcome
