"""Candidates and the notes the hiring team keeps on them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ats.db import TimestampMixin, UTCDateTime
from ats.extensions import Model


class Candidate(TimestampMixin, Model):
    """A person who applied. Several records may claim one email: only a verified email joins them."""

    __tablename__ = "candidates"
    # likely duplicates and the global search compare names case-insensitively
    __table_args__ = (Index("ix_candidates_name_lower", text("lower(name)")),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), nullable=False)
    email_normalized: Mapped[str] = mapped_column(String(254), index=True, nullable=False)
    email_verified_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # a link sent to it was followed
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_normalized: Mapped[str | None] = mapped_column(String(20), index=True)
    location: Mapped[str | None] = mapped_column(String(200))
    # Legal hold: while a reason is set, neither erasure nor the retention purge may touch the candidate.
    legal_hold_reason: Mapped[str | None] = mapped_column(String(500))
    legal_hold_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    legal_hold_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    talent_pool_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # kept longer, with their consent
    erased_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)  # only a pseudonymous record left

    applications = relationship("Application", back_populates="candidate", cascade="all, delete-orphan")

    @property
    def on_legal_hold(self) -> bool:
        return bool(self.legal_hold_reason)

    def __repr__(self) -> str:
        return f"<Candidate {self.id}>"


class Note(TimestampMixin, Model):
    """A note on a candidate or one of their applications, shared with the team or private."""

    __tablename__ = "notes"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True, nullable=False
    )
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    # The job whose team wrote it, also for notes about the candidate: only people who see that job read it.
    job_id: Mapped[int | None] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text, nullable=False)
    visibility: Mapped[str] = mapped_column(String(10), default="team", nullable=False)  # team | private

    author = relationship("User")
