"""Stage history: one row per move, never rewritten."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ats.db import UTCDateTime, utcnow
from ats.extensions import db


class StageEvent(db.Model):
    """Who moved an application from where to where, when and why; names kept as they were then."""

    __tablename__ = "stage_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True, nullable=False)
    from_stage_id: Mapped[int | None] = mapped_column(ForeignKey("job_stages.id", ondelete="SET NULL"))
    to_stage_id: Mapped[int | None] = mapped_column(ForeignKey("job_stages.id", ondelete="SET NULL"))
    from_name: Mapped[str | None] = mapped_column(String(80))
    to_name: Mapped[str] = mapped_column(String(80), nullable=False)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reason: Mapped[str | None] = mapped_column(String(200))
    note: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)

    actor = relationship("User")
    from_stage = relationship("JobStage", foreign_keys=[from_stage_id])
    to_stage = relationship("JobStage", foreign_keys=[to_stage_id])


REASON_CATEGORIES = ("we_rejected", "they_withdrew")
REASON_CATEGORY_LABELS = {"we_rejected": "We rejected them", "they_withdrew": "They withdrew or declined"}


class RejectionReason(db.Model):
    """A reason recruiters pick when rejecting; admins edit the list, the label is copied onto the move."""

    __tablename__ = "rejection_reasons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False, default="we_rejected")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
