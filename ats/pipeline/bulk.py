"""Tagging selected applications (a bulk action that changes no stage), in one commit."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ats.audit.services import record
from ats.extensions import db
from ats.jobs.models import Job
from ats.pipeline.rules import Outcome, StageError, selected

_TAG = re.compile(r"^[\w .+#/-]{1,40}$")


def tag_many(actor: Any, job: Job, application_ids: Iterable[object], tag: str) -> Outcome:
    """Add a tag to each selected application that does not have it yet."""
    tag = " ".join((tag or "").split())
    if not _TAG.match(tag):
        raise StageError("Enter a tag of 1 to 40 letters, digits, spaces or . + # / -")
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
