"""The admins' audit log viewer: who did what and when, filterable; details are short facts, never document
text (long values are cut and text-bearing keys are left out even if a caller ever stored one)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, or_, select

from ats.audit.models import AuditEvent
from ats.auth.models import User
from ats.db import like_escape
from ats.extensions import db
from ats.reports.base import parse_day

PAGE_SIZE = 100
HIDDEN_KEYS = {
    "text",
    "body",
    "extracted_text",
    "resume",
    "resume_text",
    "cover_letter",
    "note",
    "takeaways",
    "answers",
}
MAX_VALUE = 80


@dataclass(frozen=True)
class AuditFilter:
    actor: str = ""  # an email or part of it; "system" for events without a staff actor
    action: str = ""  # a prefix such as "privacy." or "auth.login"
    start: Any = None
    end: Any = None
    page: int = 1

    @classmethod
    def from_args(cls, args: Any) -> AuditFilter:
        page = str(args.get("page", "1"))
        return cls(
            str(args.get("actor", "")).strip()[:254],
            str(args.get("action", "")).strip()[:60],
            parse_day(args.get("from")),
            parse_day(args.get("to")),
            int(page) if page.isdigit() and int(page) > 0 else 1,
        )


def details(data: dict[str, Any] | None) -> str:
    """The event's facts as short key=value pairs."""
    parts = []
    for key, value in sorted((data or {}).items()):
        if key.lower() in HIDDEN_KEYS:
            continue
        text = str(value)
        parts.append(f"{key}={text[:MAX_VALUE]}{'…' if len(text) > MAX_VALUE else ''}")
    return ", ".join(parts)


def events(flt: AuditFilter) -> tuple[list[tuple[AuditEvent, User | None]], bool]:
    """One page of events, newest first, and whether there is a next page."""
    query = select(AuditEvent, User).outerjoin(User, User.id == AuditEvent.actor_id)
    if flt.actor.lower() == "system":
        query = query.where(AuditEvent.actor_id.is_(None))
    elif flt.actor:
        needle = f"%{like_escape(flt.actor.lower())}%"
        query = query.where(
            or_(func.lower(User.email).like(needle, escape="\\"), func.lower(User.name).like(needle, escape="\\"))
        )
    if flt.action:
        query = query.where(AuditEvent.action.like(f"{like_escape(flt.action)}%", escape="\\"))
    if flt.start:
        query = query.where(AuditEvent.created_at >= datetime.combine(flt.start, time(), UTC))
    if flt.end:
        query = query.where(AuditEvent.created_at < datetime.combine(flt.end + timedelta(days=1), time(), UTC))
    query = query.order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc())
    rows = db.session.execute(query.offset((flt.page - 1) * PAGE_SIZE).limit(PAGE_SIZE + 1)).all()
    return [(event, user) for event, user in rows[:PAGE_SIZE]], len(rows) > PAGE_SIZE


def actions() -> list[str]:
    """Every action name recorded so far, for the filter's suggestions."""
    return list(db.session.scalars(select(AuditEvent.action).distinct().order_by(AuditEvent.action)))
