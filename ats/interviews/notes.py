"""Notes on a candidate or an application, team-shared or private; @mentions notify team members."""

from __future__ import annotations

import re

from flask import current_app
from sqlalchemy import or_, select

from ats.applications.models import Application
from ats.audit.services import record
from ats.auth.access import RECRUITING_ROLES
from ats.candidates.models import Note
from ats.db import utcnow
from ats.extensions import db
from ats.interviews.models import Mention
from ats.interviews.services import team_members
from ats.jobs.access import assigned_job_ids, restrict_jobs
from ats.notifications.services import queue_email

MENTION_RE = re.compile(r"(?<![\w.@])@([A-Za-z0-9][A-Za-z0-9._%+-]*(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?)")
MAX_BODY = 5000


class NoteError(ValueError):
    """Errors keyed by field name."""

    def __init__(self, errors: dict[str, str]):
        super().__init__("; ".join(errors.values()))
        self.errors = errors


def handle(user) -> str:
    """What to type after @ to mention a user: the part of their email before the @."""
    return user.email.split("@")[0]


def mentioned_users(body: str, team: list) -> list:
    """Team members named in the body by @handle or @full-email; others are ignored (no leak)."""
    by_email = {u.email.lower(): u for u in team}
    by_handle: dict[str, list] = {}
    for user in team:
        by_handle.setdefault(handle(user).lower(), []).append(user)
    found = []
    for token in MENTION_RE.findall(body):
        token = token.rstrip(".").lower()
        user = by_email.get(token)
        if user is None and len(by_handle.get(token, [])) == 1:
            user = by_handle[token][0]
        if user is not None and user not in found:
            found.append(user)
    return found


def add_note(application, author, body: str, *, visibility: str = "team", about: str = "application") -> Note:
    """Save a note and notify the team members it @mentions (outbox + in-app list); one commit."""
    errors = {}
    body = (body or "").strip()
    if not body:
        errors["body"] = "Write the note before saving it."
    elif len(body) > MAX_BODY:
        errors["body"] = f"Keep notes under {MAX_BODY} characters."
    if visibility not in ("team", "private"):
        errors["visibility"] = "Choose who can read the note."
    if about not in ("application", "candidate"):
        errors["about"] = "Choose what the note is about."
    if errors:
        raise NoteError(errors)
    note = Note(
        candidate_id=application.candidate_id,
        author_id=author.id,
        body=body,
        visibility=visibility,
        application_id=application.id if about == "application" else None,
        job_id=application.job_id,  # a note about the candidate still belongs to the job whose team wrote it
    )
    db.session.add(note)
    db.session.flush()
    notified = []
    if visibility == "team":  # a private note is for its author only: nobody is told about it
        link = current_app.config.get("BASE_URL", "").rstrip("/") + current_app.url_map.bind("localhost").build(
            "interviews.application", {"application_id": application.id}
        )
        for user in mentioned_users(body, team_members(application.job)):
            if user.id == author.id:
                continue
            db.session.add(Mention(user_id=user.id, note_id=note.id, author_id=author.id))
            queue_email(
                user.email,
                f"{author.name} mentioned you: {application.candidate.name}",
                f"{author.name} mentioned you in a note on {application.candidate.name} "
                f"({application.job.title}):\n\n{body}\n\nOpen: {link}\n",
                template="note_mention",
                user_id=user.id,
            )
            notified.append(user.id)
    record(
        author, "note.added", "note", note.id, application_id=application.id, visibility=visibility, mentioned=notified
    )
    db.session.commit()
    return note


def _readable(query, user):
    """Only notes written on a job the user may see; old notes with no job are for admins and recruiters."""
    if user.role in RECRUITING_ROLES:
        return query
    return query.where(Note.job_id.in_(assigned_job_ids(user)))


def visible_notes(user, application) -> list[Note]:
    """Team notes on this application or its candidate (not other applications), plus the user's private ones."""
    query = select(Note).where(
        Note.candidate_id == application.candidate_id,
        or_(Note.application_id == application.id, Note.application_id.is_(None)),
        or_(Note.visibility == "team", Note.author_id == user.id),
    )
    return list(db.session.scalars(_readable(query, user).order_by(Note.created_at.desc(), Note.id.desc())))


def mentions_for(user, limit: int = 100) -> list[Mention]:
    """The user's in-app mentions, newest first, only for notes on jobs they can still see."""
    query = select(Mention).join(Note, Mention.note_id == Note.id).where(Mention.user_id == user.id)
    if user.role not in RECRUITING_ROLES:
        query = query.where(Note.id.in_(_visible_note_ids(user)))
    return list(db.session.scalars(query.order_by(Mention.id.desc()).limit(limit)))


def _visible_note_ids(user):
    """Notes written on a job the user is assigned to."""
    return _readable(select(Note.id), user)


def application_for(mention: Mention, user):
    """Where a mention links to: the note's application, or one the user may see for a candidate note."""
    if mention.note.application_id:
        return db.session.get(Application, mention.note.application_id)
    query = select(Application).where(Application.candidate_id == mention.note.candidate_id)
    return db.session.scalars(restrict_jobs(query, user, Application.job_id).order_by(Application.id)).first()


def unread_count(user) -> int:
    return sum(1 for m in mentions_for(user) if m.read_at is None)


def mark_read(mention: Mention, user) -> None:
    """Mark one mention read (only the mentioned user can)."""
    if mention.read_at is None:
        mention.read_at = utcnow()
        record(user, "mention.read", "mention", mention.id)
        db.session.commit()
