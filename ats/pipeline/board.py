"""Read model of a job's kanban board: live stages in order, each with its cards and count."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ats.applications.models import Application
from ats.extensions import db
from ats.jobs.models import Job, JobStage


@dataclass(frozen=True)
class Column:
    stage: JobStage
    cards: list[Application]

    @property
    def count(self) -> int:
        return len(self.cards)


def board_columns(job: Job) -> list[Column]:
    """One query for every card of the job, best score first inside each column."""
    apps = db.session.scalars(
        select(Application)
        .where(Application.job_id == job.id)
        .options(selectinload(Application.candidate))
        .order_by(Application.score.desc().nulls_last(), Application.applied_at, Application.id)
    ).all()
    by_stage: dict[int, list[Application]] = {}
    for application in apps:
        by_stage.setdefault(application.stage_id, []).append(application)
    return [Column(stage, by_stage.get(stage.id, [])) for stage in job.stages if not stage.archived]


def counts(job: Job) -> dict[int, int]:
    """Applications per stage id of the job."""
    rows = db.session.execute(
        select(Application.stage_id, func.count()).where(Application.job_id == job.id).group_by(Application.stage_id)
    )
    return {stage_id: n for stage_id, n in rows.all()}
