"""Accounts and login sessions; every session is a database row so logout is real."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from flask import current_app
from sqlalchemy import delete, select, update
from werkzeug.security import check_password_hash, generate_password_hash

from ats.audit.services import record
from ats.auth.models import ROLES, AuthToken, User, UserSession
from ats.auth.passwords import password_problem
from ats.db import utcnow
from ats.extensions import db

# A real hash to compare against when the email is unknown, so timing does not reveal accounts.
_DUMMY_HASH = generate_password_hash(secrets.token_hex(16))
_TOUCH_EVERY = timedelta(seconds=60)


class AccountError(ValueError):
    """A user-facing reason why an account change was refused."""


def _hash_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_email(email: str) -> str:
    return email.strip().lower()


def create_user(email: str, name: str, role: str, password: str | None = None, *, actor=None) -> tuple[User, str]:
    """Create a staff account; returns the user and the password (generated when none given)."""
    email = normalise_email(email)
    if role not in ROLES:
        raise AccountError(f"Unknown role {role!r}; choose one of {', '.join(ROLES)}.")
    if "@" not in email or len(email) > 254:
        raise AccountError("Enter a valid email address.")
    if db.session.scalar(select(User).where(User.email == email)):
        raise AccountError(f"An account for {email} already exists.")
    password = password or secrets.token_urlsafe(15)
    problem = password_problem(password, email)
    if problem:
        raise AccountError(problem)
    user = User(email=email, name=name.strip() or email, role=role, password_hash=generate_password_hash(password))
    db.session.add(user)
    db.session.flush()
    record(actor, "user.created", "user", user.id, role=role)
    db.session.commit()
    return user, password


def user_by_email(email: str) -> User | None:
    return db.session.scalar(select(User).where(User.email == normalise_email(email)))


def authenticate(email: str, password: str) -> User | None:
    """The active user with this email and password, or None (same work either way)."""
    user = user_by_email(email)
    if user is None or user.invite_pending:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not check_password_hash(user.password_hash, password) or not user.is_active_flag:
        return None
    return user


def check_password(user: User, password: str) -> bool:
    return bool(password) and not user.invite_pending and check_password_hash(user.password_hash, password)


def start_session(user: User, user_agent: str | None = None, method: str = "password") -> str:
    """Open a server-side session and return its token (only the hash is stored)."""
    token = secrets.token_urlsafe(32)
    db.session.add(UserSession(user_id=user.id, token_hash=_hash_token(token), user_agent=(user_agent or "")[:300]))
    record(user, "auth.login", "user", user.id, method=method)
    db.session.commit()
    user.session_token = token
    return token


def load_session(token: str, idle: timedelta, lifetime: timedelta, now: datetime | None = None) -> User | None:
    """The user behind a session token, or None if revoked, idle too long or too old."""
    now = now or datetime.now(UTC)
    row = db.session.scalar(select(UserSession).where(UserSession.token_hash == _hash_token(token)))
    if row is None:
        return None
    user = row.user
    expired = now - row.last_seen_at > idle or now - row.created_at > lifetime
    if expired or not user.is_active_flag or user.password_changed_at > row.created_at:
        db.session.delete(row)
        db.session.commit()
        return None
    if now - row.last_seen_at > _TOUCH_EVERY:
        row.last_seen_at = now
        db.session.commit()
    user.session_token = token
    return user


def end_session(token: str | None) -> None:
    """Delete the session row so a replayed cookie is refused."""
    if token:
        db.session.execute(delete(UserSession).where(UserSession.token_hash == _hash_token(token)))
        db.session.commit()


def set_active(user: User, active: bool, *, actor) -> None:
    """Deactivate or reactivate an account; deactivation ends all its sessions at once."""
    user.is_active_flag = active
    if not active:
        db.session.execute(delete(UserSession).where(UserSession.user_id == user.id))
    record(actor, "user.activated" if active else "user.deactivated", "user", user.id)
    db.session.commit()


def password_error(user: User, password: str, confirm: str | None = None) -> str | None:
    """Why this new password cannot be the user's (policy, or the two fields differ)."""
    if confirm is not None and password != confirm:
        return "The two passwords are not the same."
    return password_problem(password, user.email, (user.name, current_app.config["COMPANY_NAME"]))


def set_password(user: User, new_password: str, *, actor, action: str = "user.password_changed") -> None:
    """Set a new password and end every session of the user (the caller commits)."""
    problem = password_error(user, new_password)
    if problem:
        raise AccountError(problem)
    user.password_hash = generate_password_hash(new_password)
    user.password_changed_at = utcnow()
    user.invite_pending = False
    db.session.execute(delete(UserSession).where(UserSession.user_id == user.id))
    record(actor, action, "user", user.id)


def change_password(user: User, new_password: str, *, actor) -> None:
    """Set a new password and end every existing session of the user."""
    set_password(user, new_password, actor=actor)
    db.session.commit()


def change_own_password(user: User, current: str, new_password: str, confirm: str) -> None:
    """The user changes their password (knowing the current one); every session ends, the caller opens a new one."""
    if not check_password(user, current):
        raise AccountError("Your current password is not right.")
    problem = password_error(user, new_password, confirm)
    if problem:
        raise AccountError(problem)
    set_password(user, new_password, actor=user)
    db.session.commit()


def accept_invite_by_provider(user: User) -> None:
    """A pending invitation is accepted by signing in through the identity provider (no password is set)."""
    if user.invite_pending:
        user.invite_pending = False
        db.session.execute(
            update(AuthToken)
            .where(AuthToken.user_id == user.id, AuthToken.purpose == "invite", AuthToken.used_at.is_(None))
            .values(used_at=utcnow())
        )
        record(user, "user.invite_accepted", "user", user.id, method="oidc")
        db.session.commit()


def set_permission(email: str, permission: str, *, granted: bool, actor=None) -> User:
    """Grant or revoke one extra permission; adverse_impact is for admins only (it shows EEO aggregates)."""
    user = user_by_email(email)
    if user is None:
        raise AccountError(f"No staff account with the email {email}.")
    if granted and permission == "adverse_impact" and user.role != "admin":
        raise AccountError("Only admins can be given the adverse impact report.")
    current = [p for p in (user.permissions or []) if p != permission]
    user.permissions = current + [permission] if granted else current
    record(
        actor,
        "user.permission_granted" if granted else "user.permission_revoked",
        "user",
        user.id,
        permission=permission,
    )
    db.session.commit()
    return user
