"""An application of one candidate to one job, its stage history, documents and screening result."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ats.db import JSONDocument, JSONType, TimestampMixin, UTCDateTime, utcnow
from ats.extensions import Model

SCREENING_STATUSES = ("pending", "running", "done", "failed", "off")
DOCUMENT_KINDS = ("resume", "cover_letter")


class Application(TimestampMixin, Model):
    """Unique per candidate and job; `version` makes concurrent stage moves fail loudly."""

    __tablename__ = "applications"
    __table_args__ = (
        UniqueConstraint("candidate_id", "job_id", name="uq_applications_candidate_job"),
        Index("ix_applications_job_score", "job_id", "score"),
        Index("ix_applications_job_stage", "job_id", "stage_id"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False)
    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="CASCADE"), nullable=False, index=True
    )
    stage_id: Mapped[int] = mapped_column(ForeignKey("job_stages.id"), nullable=False)
    submission_id: Mapped[str | None] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(40), default="careers_page", nullable=False)
    answers: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict, nullable=False)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    rejection_reason: Mapped[str | None] = mapped_column(String(200))
    tags: Mapped[list[str]] = mapped_column(JSONType, default=list, nullable=False)
    status_token_hash: Mapped[str | None] = mapped_column(String(64), unique=True)
    # Screening, denormalised for the ranked list; the full explanation is in ScreeningResult.
    screening_status: Mapped[str] = mapped_column(String(10), default="pending", nullable=False)
    score: Mapped[float | None] = mapped_column(Float)
    tier: Mapped[str | None] = mapped_column(String(60))
    years_experience: Mapped[float | None] = mapped_column(Float)
    required_coverage: Mapped[float | None] = mapped_column(Float)
    knockout_failed: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    # Only stage moves bump the version (pipeline.services); screening updates must not conflict with them.
    __mapper_args__ = {"version_id_col": version, "version_id_generator": False}

    job = relationship("Job")
    candidate = relationship("Candidate", back_populates="applications")
    stage = relationship("JobStage")
    documents: Mapped[list[Document]] = relationship(back_populates="application", cascade="all, delete-orphan")
    screening: Mapped[ScreeningResult | None] = relationship(
        back_populates="application", cascade="all, delete-orphan", uselist=False
    )

    def document(self, kind: str) -> Document | None:
        return next((d for d in self.documents if d.kind == kind), None)

    def __repr__(self) -> str:
        return f"<Application {self.id} job={self.job_id} stage={self.stage_id}>"


class Document(TimestampMixin, Model):
    """A submitted file (or typed cover letter); the file lives in the store under storage_key."""

    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True, nullable=False
    )
    kind: Mapped[str] = mapped_column(String(20), nullable=False)
    storage_key: Mapped[str | None] = mapped_column(String(32), unique=True)
    original_name: Mapped[str | None] = mapped_column(String(255))
    content_type: Mapped[str | None] = mapped_column(String(100))
    file_kind: Mapped[str | None] = mapped_column(String(10))  # pdf | docx | txt ... decided by content
    sha256: Mapped[str | None] = mapped_column(String(64))
    size: Mapped[int | None] = mapped_column(Integer)
    extracted_text: Mapped[str | None] = mapped_column(Text)
    extraction_status: Mapped[str] = mapped_column(String(10), default="pending", nullable=False)
    extraction_error: Mapped[str | None] = mapped_column(String(300))

    application: Mapped[Application] = relationship(back_populates="documents")


class ScreeningResult(TimestampMixin, Model):
    """The stored score of an application, with its analysis in a row apart (ScreeningAnalysis)."""

    __tablename__ = "screening_results"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), unique=True, nullable=False
    )
    score_data: Mapped[dict[str, Any] | None] = mapped_column(JSONDocument)
    scorer_version: Mapped[str | None] = mapped_column(String(20))
    requirements_hash: Mapped[str | None] = mapped_column(String(64))
    error: Mapped[str | None] = mapped_column(String(300))
    as_of: Mapped[datetime | None] = mapped_column(UTCDateTime())

    application: Mapped[Application] = relationship(back_populates="screening")
    stored: Mapped[ScreeningAnalysis | None] = relationship(cascade="all, delete-orphan", passive_deletes=True)

    @property
    def analysis(self) -> dict[str, Any] | None:
        """The stored analysis without its sentence index (None when there is none)."""
        return self.stored.data if self.stored is not None else None

    @analysis.setter
    def analysis(self, data: dict[str, Any] | None) -> None:
        if data is None:
            self.stored = None
            return
        if self.stored is None:
            self.stored = ScreeningAnalysis()
        self.stored.data = data
        self.stored.analyser_version = str(data.get("analyser_version") or "")

    @property
    def text_index(self) -> str | None:
        """The stored analysis's sentence index, read only when a score must read the sentences."""
        return self.stored.text_index if self.stored is not None else None

    @text_index.setter
    def text_index(self, index: str | None) -> None:
        if self.stored is None:
            if index:
                raise ValueError("a sentence index belongs to a stored analysis: store the analysis first")
            return
        self.stored.text_index = index

    def store_analysis(self, analysis: dict[str, Any]) -> None:
        """Keep an analysis (ResumeAnalysis.to_dict()) with its sentence index in a column apart."""
        data = dict(analysis)
        index = data.pop("text_index", None) or None
        self.analysis = data
        self.text_index = index

    def full_analysis(self) -> dict[str, Any] | None:
        """The stored analysis with its sentence index, as ResumeAnalysis.from_dict reads it."""
        if self.analysis is None:
            return None
        return {**self.analysis, "text_index": self.text_index} if self.text_index else self.analysis


class ScreeningAnalysis(Model):
    """A result's analysis in a table of its own: a rescore rewrites thousands of scores, and SQLite rewrites
    a whole row for any changed column (30 KB with the analysis and its index beside the 5 KB score)."""

    __tablename__ = "screening_analyses"

    result_id: Mapped[int] = mapped_column(
        ForeignKey("screening_results.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    analyser_version: Mapped[str] = mapped_column(String(20), default="", nullable=False)
    data: Mapped[dict[str, Any]] = mapped_column(JSONDocument, nullable=False)  # without its sentence index:
    # read only when a score must read the sentences (18 KB a resume: a page showing the analysis skips it)
    text_index: Mapped[str | None] = mapped_column(Text, deferred=True)


class StageEvent(Model):
    """Who moved an application from where to where, when and why; names kept as they were then."""

    __tablename__ = "stage_events"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True, nullable=False
    )
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
