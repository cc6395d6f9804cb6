"""Jobs, their pipeline stages and who is assigned to them."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import Boolean, Date, ForeignKey, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ats.db import JSONType, TimestampMixin, UTCDateTime
from ats.extensions import Model
from ats.screening import Requirements

JOB_STATUSES = ("draft", "open", "closed")
EMPLOYMENT_TYPES = ("full_time", "part_time", "contract", "temporary", "internship")
EMPLOYMENT_LABELS = {
    "full_time": "Full-time",
    "part_time": "Part-time",
    "contract": "Contract",
    "temporary": "Temporary",
    "internship": "Internship",
}
STAGE_KINDS = ("active", "hired", "rejected", "withdrawn")
DEFAULT_STAGES = (
    ("Applied", "active"),
    ("Screening", "active"),
    ("Phone screen", "active"),
    ("Interview", "active"),
    ("Offer", "active"),
    ("Hired", "hired"),
    ("Rejected", "rejected"),
    ("Withdrawn", "withdrawn"),
)
ASSIGNMENT_ROLES = ("hiring_manager", "interviewer")


def duty_lines(responsibilities: str | None) -> list[str]:
    """The duties the screening matches: the responsibilities, one per line, bullets dropped."""
    lines = (line.strip(" -•*\t") for line in (responsibilities or "").splitlines())
    return [line for line in lines if len(line.split()) >= 3]


class Job(TimestampMixin, Model):
    """A posting: what the public reads, and the structured requirements screening scores against."""

    __tablename__ = "jobs"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    slug: Mapped[str] = mapped_column(String(220), unique=True, nullable=False)
    status: Mapped[str] = mapped_column(String(10), default="draft", nullable=False, index=True)
    department: Mapped[str | None] = mapped_column(String(120))
    location: Mapped[str | None] = mapped_column(String(200))
    # Where the job is, for job boards and search engines: the region (state or province) and the ISO 3166
    # two-letter country; a remote job takes applicants from that country.
    region: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(2))
    remote: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    employment_type: Mapped[str] = mapped_column(String(20), default="full_time", nullable=False)
    salary_min: Mapped[float | None] = mapped_column(Numeric(12, 2))
    salary_max: Mapped[float | None] = mapped_column(Numeric(12, 2))
    salary_currency: Mapped[str] = mapped_column(String(3), default="USD", nullable=False)
    salary_period: Mapped[str] = mapped_column(String(10), default="year", nullable=False)
    salary_published: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    summary: Mapped[str] = mapped_column(Text, default="", nullable=False)
    responsibilities: Mapped[str] = mapped_column(Text, default="", nullable=False)
    qualifications: Mapped[str] = mapped_column(Text, default="", nullable=False)
    benefits: Mapped[str] = mapped_column(Text, default="", nullable=False)
    work_environment: Mapped[str] = mapped_column(Text, default="", nullable=False)
    reporting_line: Mapped[str] = mapped_column(Text, default="", nullable=False)
    how_to_apply: Mapped[str] = mapped_column(Text, default="", nullable=False)
    eeo_statement: Mapped[str] = mapped_column(Text, default="", nullable=False)
    # Requirements.to_dict() of the screening library: skills with weights, tiers, education,
    # knockouts, weights. The only hand-off to the library is Job.requirements().
    requirements_data: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict, nullable=False)
    # Extra (non-knockout) screening questions: [{id, text, kind, choices, required}].
    questions: Mapped[list[dict[str, Any]]] = mapped_column(JSONType, default=list, nullable=False)
    screening_enabled: Mapped[bool] = mapped_column(Boolean, default=True, nullable=False)
    # Blind review: reviewers see no name, contact, address, school or graduation year until an application
    # reaches this stage (no foreign key: a retired stage leaves the job blind until hired).
    blind_review: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)
    blind_until_stage_id: Mapped[int | None] = mapped_column(Integer)
    posted_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    valid_through: Mapped[date | None] = mapped_column(Date)  # the last day applications are taken
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))

    stages: Mapped[list[JobStage]] = relationship(
        back_populates="job", order_by="JobStage.position", cascade="all, delete-orphan"
    )
    assignments: Mapped[list[JobAssignment]] = relationship(back_populates="job", cascade="all, delete-orphan")
    # Read-only and mapped by name, for counts: the applications package owns the model and this package
    # imports nothing of it (applications depend on jobs, not the other way round).
    applications = relationship("Application", viewonly=True, lazy="raise_on_sql")

    def requirements(self) -> Requirements:
        """The job's requirements as the screening library's value object."""
        data = dict(self.requirements_data or {})
        if "occupation" not in data:  # saved before jobs stored their occupation (scorer 2026.12.2)
            data["occupation_titles"] = data.pop("extra_titles", None) or []  # only the recruiter's own
            data.pop("related_titles", None)  # the O*NET expansion; the occupation now comes from the title
        if "duties" not in data:
            data["duties"] = duty_lines(self.responsibilities)
        data.setdefault("title", self.title)
        data.setdefault("location", self.location)
        data.setdefault("remote", self.remote)
        data.setdefault("employment_type", self.employment_type)
        return Requirements.from_dict(data)

    @property
    def employment_label(self) -> str:
        return EMPLOYMENT_LABELS.get(self.employment_type, self.employment_type)

    @property
    def stage_by_kind(self) -> dict[str, JobStage]:
        """First stage of each kind (the exits are unique per job)."""
        found: dict[str, JobStage] = {}
        for stage in self.stages:
            found.setdefault(stage.kind, stage)
        return found

    @property
    def first_stage(self) -> JobStage:
        return next(s for s in self.stages if s.kind == "active")

    def stage_after(self, stage: JobStage | None) -> JobStage | None:
        """The live active (or hired) stage after an active one: where 'advance' goes; None after an exit."""
        if stage is None or stage.kind != "active":
            return None
        return next(
            (
                s
                for s in self.stages
                if s.position > stage.position and not s.archived and s.kind in ("active", "hired")
            ),
            None,
        )

    def __repr__(self) -> str:
        return f"<Job {self.id} {self.title!r}>"


class JobStage(Model):
    """A pipeline column of one job; renaming keeps history because events keep the stage id."""

    __tablename__ = "job_stages"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False, index=True)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(12), default="active", nullable=False)
    archived: Mapped[bool] = mapped_column(Boolean, default=False, nullable=False)

    job: Mapped[Job] = relationship(back_populates="stages")

    @property
    def is_exit(self) -> bool:
        return self.kind in ("rejected", "withdrawn")


class JobAssignment(Model):
    """Who may see a job besides admins and recruiters: its hiring managers and interviewers."""

    __tablename__ = "job_assignments"
    __table_args__ = (UniqueConstraint("job_id", "user_id", name="uq_job_assignments_job_user"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    job_id: Mapped[int] = mapped_column(ForeignKey("jobs.id", ondelete="CASCADE"), nullable=False, index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)
    role: Mapped[str] = mapped_column(String(20), nullable=False)

    job: Mapped[Job] = relationship(back_populates="assignments")
    user = relationship("User")
