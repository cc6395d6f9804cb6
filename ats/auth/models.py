"""Staff users and their server-side login sessions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from flask_login import UserMixin
from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ats.db import JSONType, TimestampMixin, UTCDateTime, utcnow
from ats.extensions import Model

ROLES = ("admin", "recruiter", "hiring_manager", "interviewer")
ROLE_LABELS = {
    "admin": "Admin",
    "recruiter": "Recruiter",
    "hiring_manager": "Hiring manager",
    "interviewer": "Interviewer",
}


class User(UserMixin, TimestampMixin, Model):
    """A staff member; candidates never have a User."""

    __tablename__ = "users"
    __allow_unmapped__ = True  # session_token below is a plain attribute, not a column

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    role: Mapped[str] = mapped_column(String(20), nullable=False, index=True)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    is_active_flag: Mapped[bool] = mapped_column("is_active", Boolean, default=True, nullable=False)
    password_changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    # An invited user has no usable password until they follow the invitation link.
    invite_pending: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    totp_secret: Mapped[str | None] = mapped_column(String(64))
    totp_enabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    totp_last_step: Mapped[int | None] = mapped_column(Integer)  # a code is accepted once (no replay)
    # Extra rights beyond the role, granted one by one (adverse_impact: the fairness report).
    permissions: Mapped[list[str]] = mapped_column(JSONType, default=list, nullable=False)

    sessions: Mapped[list[UserSession]] = relationship(back_populates="user", cascade="all, delete-orphan")

    # Set by the session loader: Flask-Login stores get_id() in the cookie, and that must be
    # the revocable session token, never the user's id.
    session_token: str | None = None

    @property
    def is_active(self) -> bool:  # Flask-Login reads this
        return self.is_active_flag

    def get_id(self) -> str | None:
        return self.session_token

    @property
    def totp_enabled(self) -> bool:
        return self.totp_enabled_at is not None

    @property
    def status_label(self) -> str:
        if not self.is_active_flag:
            return "Deactivated"
        return "Invited" if self.invite_pending else "Active"

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)

    def has_permission(self, name: str) -> bool:
        return name in (self.permissions or [])

    @property
    def is_staff_reviewer(self) -> bool:
        """Admins and recruiters see every job; the others only their assigned jobs."""
        return self.role in ("admin", "recruiter")

    def __repr__(self) -> str:
        return f"<User {self.id} {self.role}>"


class UserSession(Model):
    """A login; deleting the row logs that browser out even if it kept the old cookie."""

    __tablename__ = "user_sessions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True, nullable=False)
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    user_agent: Mapped[str | None] = mapped_column(String(300))

    user: Mapped[User] = relationship(back_populates="sessions")


class AuthToken(Model):
    """A one-time link (invitation or password reset): only the hash is stored; used or expired is dead."""

    __tablename__ = "auth_tokens"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True, nullable=False)
    purpose: Mapped[str] = mapped_column(String(10), nullable=False)  # invite | reset
    token_hash: Mapped[str] = mapped_column(String(64), unique=True, nullable=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    user: Mapped[User] = relationship()


class RecoveryCode(Model):
    """A single-use second factor for a lost phone; stored as a hash, shown to the user once."""

    __tablename__ = "recovery_codes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True, nullable=False)
    code_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    used_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class SiteSetting(Model):
    """An admin-chosen setting kept in the database (for example: two-factor required for all staff)."""

    __tablename__ = "site_settings"

    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[Any] = mapped_column(JSONType, nullable=True)
