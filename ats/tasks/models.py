"""A background task row, shared by the embedded worker and RQ workers."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ats.db import JSONType, UTCDateTime, utcnow
from ats.extensions import Model

TASK_STATUSES = ("queued", "running", "done", "failed")


class Task(Model):
    """Queued work (screen an application, import resumes); progress is readable by any process."""

    __tablename__ = "tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(60), nullable=False)
    payload: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict, nullable=False)
    status: Mapped[str] = mapped_column(String(10), default="queued", nullable=False, index=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    progress_done: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    progress_total: Mapped[int] = mapped_column(Integer, default=0, nullable=False)
    result: Mapped[dict[str, Any]] = mapped_column(JSONType, default=dict, nullable=False)
    error: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    started_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())
    claimed_by: Mapped[str | None] = mapped_column(String(120))  # host:pid of the process running it
    lease_until: Mapped[datetime | None] = mapped_column(UTCDateTime())  # past it, the run is presumed dead
    next_try_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # backoff before the next attempt
    dispatched_at: Mapped[datetime | None] = mapped_column(UTCDateTime())  # last handed to RQ (None: not yet)
