"""Tags on applications, one at a time and as a vocabulary: counts for filters, rename and delete everywhere."""

from __future__ import annotations

import json
from collections import Counter
from time import monotonic
from typing import Any

from sqlalchemy import Text, cast, or_, select

from ats.applications.models import Application
from ats.audit.services import record
from ats.extensions import db
from ats.jobs.access import restrict_jobs
from ats.pipeline.bulk import clean_tag
from ats.pipeline.rules import StageError

TagError = StageError  # the same plain-words refusal the bulk tag action gives


def add_tag(actor: Any, application: Application, tag: str) -> str:
    """Tag one application (no change when it already has the tag)."""
    tag = clean_tag(tag)
    if tag not in (application.tags or []):
        application.tags = [*(application.tags or []), tag]  # a new list, so the JSON change is saved
        record(actor, "application.tagged", "application", application.id, tag=tag)
        db.session.commit()
    return tag


def remove_tag(actor: Any, application: Application, tag: str) -> None:
    """Take one tag off one application."""
    if tag not in (application.tags or []):
        raise TagError(f"{application.candidate.name} has no tag “{tag}”.")
    application.tags = [t for t in application.tags if t != tag]
    record(actor, "application.untagged", "application", application.id, tag=tag)
    db.session.commit()


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def tag_condition(tag: str | None) -> Any:
    """SQL: the application's tags hold this tag (None: any tag). The JSON text may escape non-ASCII letters."""
    column = cast(Application.tags, Text)
    if tag is None:
        return column.like('%"%')
    forms = {tag, json.dumps(tag)[1:-1]}
    return or_(*(column.like(f'%"{_like(form)}"%', escape="\\") for form in forms))


def _tagged(user: Any | None = None, tag: str | None = None):
    """Applications with any tag (or this one), limited to the user's jobs when a user is given."""
    query = select(Application).where(tag_condition(tag))
    return restrict_jobs(query, user, Application.job_id) if user is not None else query


_VOCABULARY: dict[str, tuple[float, list[tuple[str, int]]]] = {}
VOCABULARY_TTL = 60.0


def known_tags() -> list[tuple[str, int]]:
    """Every tag in use (for the tag field's suggestions): a scan, so cached a minute per process."""
    hit = _VOCABULARY.get("all")
    if hit is None or monotonic() - hit[0] > VOCABULARY_TTL:
        hit = (monotonic(), _count(_tagged()))
        _VOCABULARY["all"] = hit
    return hit[1]


def tag_counts(user: Any) -> list[tuple[str, int]]:
    """Every tag on the applications the user may see, with how many carry it, most used first."""
    return _count(_tagged(user))


def _count(query: Any) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter()
    for tags in db.session.scalars(query.with_only_columns(Application.tags)):
        counts.update(set(tags or ()))
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0].lower()))


def rename_tag(actor: Any, old: str, new: str) -> int:
    """Rename a tag on every application (merging with the new name if it exists); returns how many changed."""
    new = clean_tag(new)
    changed = 0
    for application in db.session.scalars(_tagged(tag=old)):
        if old in (application.tags or []):
            application.tags = list(dict.fromkeys(new if t == old else t for t in application.tags))
            changed += 1
    if not changed:
        raise TagError(f"No application has the tag “{old}”.")
    record(actor, "tag.renamed", "tag", None, old=old, new=new, applications=changed)
    db.session.commit()
    return changed


def delete_tag(actor: Any, tag: str) -> int:
    """Take a tag off every application; returns how many lost it."""
    changed = 0
    for application in db.session.scalars(_tagged(tag=tag)):
        if tag in (application.tags or []):
            application.tags = [t for t in application.tags if t != tag]
            changed += 1
    if not changed:
        raise TagError(f"No application has the tag “{tag}”.")
    record(actor, "tag.deleted", "tag", None, tag=tag, applications=changed)
    db.session.commit()
    return changed
