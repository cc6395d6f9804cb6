"""Interview rounds per job, scheduled interviews, scorecards with their history, and @mentions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ats.db import JSONType, TimestampMixin, UTCDateTime, utcnow
from ats.extensions import Model

INTERVIEW_STATUSES = ("scheduled", "cancelled", "done")
# A four-point scale with no middle, so an interviewer has to lean one way.
RATINGS = {1: "Strong no", 2: "No", 3: "Yes", 4: "Strong yes"}
RECOMMENDATIONS = {"strong_no": "Strong no", "no": "No", "yes": "Yes", "strong_yes": "Strong yes"}


class InterviewRound(TimestampMixin, Model):
    """One step of a job's interview plan and the competencies it assesses."""

    __tablename__ = "interview_rounds"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), index=True, nullable=False)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    # [{"name": "Active listening", "questions": ["Tell me about ..."]}]
    competencies: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list, nullable=False)

    job = relationship("Job")

    @property
    def competency_names(self) -> list[str]:
        return [c["name"] for c in self.competencies]


class Interview(TimestampMixin, Model):
    """A meeting with a candidate: stored in UTC with the zone it was planned in."""

    __tablename__ = "interviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True, nullable=False
    )
    round_id: Mapped[int | None] = mapped_column(ForeignKey("interview_rounds.id", ondelete="SET NULL"), index=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    timezone: Mapped[str] = mapped_column(String(64), nullable=False)
    duration_minutes: Mapped[int] = mapped_column(Integer, nullable=False, default=45)
    location: Mapped[str | None] = mapped_column(String(200))
    video_url: Mapped[str | None] = mapped_column(String(500))
    status: Mapped[str] = mapped_column(String(10), nullable=False, default="scheduled")
    sequence: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    application = relationship("Application")
    round = relationship("InterviewRound")
    panel: Mapped[list[InterviewInterviewer]] = relationship(back_populates="interview", cascade="all, delete-orphan")

    @property
    def interviewers(self) -> list:
        return [p.user for p in self.panel]

    @property
    def round_name(self) -> str:
        return self.round.name if self.round else "Interview"


class InterviewInterviewer(Model):
    """A member of an interview's panel."""

    __tablename__ = "interview_interviewers"
    __table_args__ = (UniqueConstraint("interview_id", "user_id", name="uq_interview_interviewers_interview_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    interview_id: Mapped[int] = mapped_column(
        ForeignKey("interviews.id", ondelete="CASCADE"), index=True, nullable=False
    )
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True, nullable=False)

    interview: Mapped[Interview] = relationship(back_populates="panel")
    user = relationship("User")


class Scorecard(TimestampMixin, Model):
    """One interviewer's structured, independent feedback on an application."""

    __tablename__ = "scorecards"
    __table_args__ = (UniqueConstraint("interview_id", "author_id", name="uq_scorecards_interview_author"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True, nullable=False
    )
    interview_id: Mapped[int | None] = mapped_column(ForeignKey("interviews.id", ondelete="SET NULL"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    # [{"competency": "Active listening", "rating": 1..4, "evidence": "..."}]
    ratings: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list, nullable=False)
    takeaways: Mapped[str] = mapped_column(Text, default="", nullable=False)
    recommendation: Mapped[str | None] = mapped_column(String(12))
    submitted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    author = relationship("User")
    interview = relationship("Interview")
    application = relationship("Application")
    revisions: Mapped[list[ScorecardRevision]] = relationship(
        back_populates="scorecard", order_by="ScorecardRevision.id", cascade="all, delete-orphan"
    )

    def rating_for(self, competency: str) -> dict[str, Any] | None:
        return next((r for r in self.ratings if r["competency"].lower() == competency.lower()), None)

    @property
    def recommendation_label(self) -> str:
        return RECOMMENDATIONS.get(self.recommendation or "", "-")


class ScorecardRevision(Model):
    """What a submitted scorecard said before an amendment; never rewritten."""

    __tablename__ = "scorecard_revisions"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    scorecard_id: Mapped[int] = mapped_column(
        ForeignKey("scorecards.id", ondelete="CASCADE"), index=True, nullable=False
    )
    editor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    previous: Mapped[dict[str, Any]] = mapped_column(JSONType, nullable=False)
    reason: Mapped[str | None] = mapped_column(String(300))
    changed_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)

    scorecard: Mapped[Scorecard] = relationship(back_populates="revisions")
    editor = relationship("User")


class Mention(Model):
    """An @mention of a team member in a note: the in-app notification list."""

    __tablename__ = "mentions"
    __table_args__ = (UniqueConstraint("note_id", "user_id", name="uq_mentions_note_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True, nullable=False)
    note_id: Mapped[int] = mapped_column(ForeignKey("notes.id", ondelete="CASCADE"), index=True, nullable=False)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    read_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    note = relationship("Note")
    user = relationship("User", foreign_keys=[user_id])
    author = relationship("User", foreign_keys=[author_id])
