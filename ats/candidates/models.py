"""Candidates and the notes the hiring team keeps on them."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Index, Integer, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ats.db import TimestampMixin
from ats.extensions import Model


class Candidate(TimestampMixin, Model):
    """A person who applied; matched on normalised email so two jobs mean one candidate."""

    __tablename__ = "candidates"
    # likely duplicates and the global search compare names case-insensitively
    __table_args__ = (Index("ix_candidates_name_lower", text("lower(name)")),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    email: Mapped[str] = mapped_column(String(254), nullable=False)
    email_normalized: Mapped[str] = mapped_column(String(254), unique=True, nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    phone: Mapped[str | None] = mapped_column(String(40))
    phone_normalized: Mapped[str | None] = mapped_column(String(20), index=True)
    location: Mapped[str | None] = mapped_column(String(200))

    applications = relationship("Application", back_populates="candidate", cascade="all, delete-orphan")

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
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    body: Mapped[str] = mapped_column(Text, nullable=False)
    visibility: Mapped[str] = mapped_column(String(10), default="team", nullable=False)  # team | private

    author = relationship("User")
