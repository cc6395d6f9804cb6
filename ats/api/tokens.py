"""API tokens: created by admins for a staff user, shown once, stored as a SHA-256, scoped, expiring, revocable."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from datetime import datetime, timedelta

from flask import current_app
from sqlalchemy import select

from ats.api.models import TOKEN_SCOPES, ApiToken
from ats.audit.services import record
from ats.auth.models import User
from ats.db import utcnow
from ats.extensions import db

TOKEN_PREFIX = "ats_"
_TOUCH_EVERY = timedelta(seconds=60)


class TokenError(ValueError):
    """A user-facing reason why a token was not created or changed."""


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def create_token(owner: User, name: str, scope: str, days: object, *, actor) -> tuple[ApiToken, str]:
    """A new token for `owner`; returns the row and the secret, which is never stored or shown again."""
    name = " ".join((name or "").split())[:120]
    if not name:
        raise TokenError("Name the token after what will use it, e.g. “HR system sync”.")
    if scope not in TOKEN_SCOPES:
        raise TokenError("Choose read or write.")
    limit = int(current_app.config["API_TOKEN_MAX_DAYS"])
    try:
        lifetime = int(str(days))
    except ValueError:
        lifetime = 0
    if not 1 <= lifetime <= limit:
        raise TokenError(f"Choose a lifetime from 1 to {limit} days.")
    if not owner.is_active_flag:
        raise TokenError("That account is deactivated.")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    token = ApiToken(
        user_id=owner.id,
        name=name,
        token_hash=hash_secret(secret),
        prefix=secret[: len(TOKEN_PREFIX) + 6],
        scope=scope,
        created_by_id=getattr(actor, "id", None),
        expires_at=utcnow() + timedelta(days=lifetime),
    )
    db.session.add(token)
    db.session.flush()
    record(actor, "api_token.created", "api_token", token.id, user_id=owner.id, scope=scope, days=lifetime)
    db.session.commit()
    return token, secret


def revoke(token: ApiToken, *, actor) -> None:
    """Stop a token at once (kept in the list, marked revoked)."""
    if token.revoked_at is None:
        token.revoked_at = utcnow()
        record(actor, "api_token.revoked", "api_token", token.id, user_id=token.user_id)
        db.session.commit()


def authenticate(secret: str, now: datetime | None = None) -> ApiToken | None:
    """The live token with this secret (not revoked, not expired, its user active), its last use stamped."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    digest = hash_secret(secret)
    token = db.session.scalar(select(ApiToken).where(ApiToken.token_hash == digest))
    now = now or utcnow()
    if token is None or not hmac.compare_digest(token.token_hash, digest):
        return None
    if token.state(now) != "active" or not token.user.is_active_flag:
        return None
    if token.last_used_at is None or now - token.last_used_at > _TOUCH_EVERY:
        token.last_used_at = now
        db.session.commit()
    return token


def all_tokens() -> list[ApiToken]:
    return list(db.session.scalars(select(ApiToken).order_by(ApiToken.id.desc())))


def token_owners() -> list[User]:
    """Active staff accounts a token can act as."""
    return list(db.session.scalars(select(User).where(User.is_active_flag.is_(True)).order_by(User.name)))
