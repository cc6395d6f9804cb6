"""The reports' read model: one row per application and one per finished stay, derived from stage events only
(no personal field), caught up incrementally so a report reads narrow tables instead of the whole history."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ats.db import UTCDateTime
from ats.extensions import Model


class ReportFact(Model):
    """How far an application got: the furthest progress stage, interview, hire, and how it ended (if it did)."""

    __tablename__ = "report_facts"
    # No index on job_id: SQLite would walk it for every GROUP BY job and fetch rows one by one; a plain scan
    # of 100,000 narrow rows is faster, and one job's reports stay fast without it.

    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), primary_key=True, autoincrement=False
    )
    job_id: Mapped[int] = mapped_column(Integer, nullable=False)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False, index=True)
    source: Mapped[str] = mapped_column(String(40), nullable=False)
    reach: Mapped[int] = mapped_column(Integer, nullable=False, default=-1)  # furthest active/hired position
    interviewed: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    hired_hours: Mapped[int | None] = mapped_column(Integer)  # application to first hired stage, whole hours
    exit_kind: Mapped[str | None] = mapped_column(String(12))  # rejected | withdrawn while it stays there
    exit_reason: Mapped[str | None] = mapped_column(String(200))
    last_stage_name: Mapped[str | None] = mapped_column(String(80))
    last_stage_kind: Mapped[str | None] = mapped_column(String(12))
    last_stage_position: Mapped[int | None] = mapped_column(Integer)
    last_event_at: Mapped[datetime | None] = mapped_column(UTCDateTime())


class ReportStay(Model):
    """A finished stay in an active stage: from entering it to the next move, in whole hours."""

    __tablename__ = "report_stays"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    application_id: Mapped[int] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True, nullable=False
    )
    job_id: Mapped[int] = mapped_column(Integer, nullable=False)
    applied_at: Mapped[datetime] = mapped_column(UTCDateTime(), nullable=False)
    stage_name: Mapped[str] = mapped_column(String(80), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    hours: Mapped[int] = mapped_column(Integer, nullable=False)


class ReportState(Model):
    """The last stage event folded into the read model (one row, id 1)."""

    __tablename__ = "report_state"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    last_event_id: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
