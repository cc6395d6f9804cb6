"""Consent records, voluntary EEO answers (kept apart from applications) and candidates' data requests."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ats.db import UTCDateTime, utcnow
from ats.extensions import Model

REQUEST_KINDS = ("export", "erasure")
# pending: the emailed confirmation link not followed yet; processing: an export is being built
REQUEST_STATUSES = ("pending", "open", "processing", "done", "rejected")
PRIVACY_NOTICE_VERSION = "2026-11"


class Consent(Model):
    """What the candidate agreed to, when, and which version of the privacy notice they were shown."""

    __tablename__ = "consents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True, nullable=False
    )
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(40), nullable=False)  # processing_and_retention
    notice_version: Mapped[str] = mapped_column(String(20), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    given_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class EeoResponse(Model):
    """Voluntary self-identification; never joined into reviewer pages, reported only in aggregate."""

    __tablename__ = "eeo_responses"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True, nullable=False
    )
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True, nullable=False)
    gender: Mapped[str | None] = mapped_column(String(40))
    race_ethnicity: Mapped[str | None] = mapped_column(String(60))
    veteran_status: Mapped[str | None] = mapped_column(String(40))
    disability_status: Mapped[str | None] = mapped_column(String(40))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)


class DataRequest(Model):
    """A candidate's request to export or erase their data, waiting in the admins' queue."""

    __tablename__ = "data_requests"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), index=True, nullable=False
    )
    application_id: Mapped[int | None] = mapped_column(ForeignKey("applications.id", ondelete="SET NULL"))
    kind: Mapped[str] = mapped_column(String(10), nullable=False)
    status: Mapped[str] = mapped_column(String(10), default="open", nullable=False, index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    handled_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    handled_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    note: Mapped[str | None] = mapped_column(Text)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime(), index=True)  # set when confirmed (30 days)
    # The built export: a zip in the file store, downloadable once, until it expires.
    export_key: Mapped[str | None] = mapped_column(String(32), unique=True)
    export_expires_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    export_downloaded_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    candidate = relationship("Candidate")
    application = relationship("Application")
    handled_by = relationship("User")
