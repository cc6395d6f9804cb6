"""One-time links for invitations (72 hours) and password resets (one hour): random, hashed, spent on use."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from sqlalchemy import select, update

from ats.auth.models import AuthToken, User
from ats.db import utcnow
from ats.extensions import db

LIFETIMES = {"invite": timedelta(hours=72), "reset": timedelta(hours=1)}


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(user: User, purpose: str) -> str:
    """A new link for the user (earlier unused ones of the same purpose stop working); the caller commits."""
    now = utcnow()
    db.session.execute(
        update(AuthToken)
        .where(AuthToken.user_id == user.id, AuthToken.purpose == purpose, AuthToken.used_at.is_(None))
        .values(used_at=now)
    )
    token = secrets.token_urlsafe(32)
    db.session.add(
        AuthToken(
            user_id=user.id,
            purpose=purpose,
            token_hash=_hash(token),
            created_at=now,
            expires_at=now + LIFETIMES[purpose],
        )
    )
    return token


def find(token: str | None, purpose: str, now: datetime | None = None) -> AuthToken | None:
    """The live link behind a token: right purpose, not used, not expired, its user not deactivated."""
    if not token or len(token) > 200:
        return None
    row = db.session.scalar(select(AuthToken).where(AuthToken.token_hash == _hash(token)))
    now = now or utcnow()
    if row is None or row.purpose != purpose or row.used_at is not None or row.expires_at <= now:
        return None
    if not row.user.is_active_flag:
        return None
    return row


def spend(row: AuthToken) -> None:
    """Mark the link used (the caller commits with the change it allowed)."""
    row.used_at = utcnow()
