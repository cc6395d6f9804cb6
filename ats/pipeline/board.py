"""Read model of a job's kanban board: live stages in order, each with its count and its best cards."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload

from ats.applications.models import Application
from ats.extensions import db
from ats.jobs.models import Job, JobStage

CARDS_PER_COLUMN = 100  # a column with more links to the ranked list filtered by its stage


@dataclass(frozen=True)
class Column:
    stage: JobStage
    cards: list[Application]
    count: int

    @property
    def hidden(self) -> int:
        return self.count - len(self.cards)


def board_columns(job: Job, per_column: int = CARDS_PER_COLUMN) -> list[Column]:
    """Each live stage with its count and its first cards, best score first (one small query per stage)."""
    totals = counts(job)
    columns = []
    for stage in (s for s in job.stages if not s.archived):
        cards = list(
            db.session.scalars(
                select(Application)
                .where(Application.job_id == job.id, Application.stage_id == stage.id)
                .options(selectinload(Application.candidate))
                .order_by(Application.score.desc().nulls_last(), Application.applied_at, Application.id)
                .limit(per_column)
            )
        )
        columns.append(Column(stage, cards, totals.get(stage.id, 0)))
    return columns


def counts(job: Job) -> dict[int, int]:
    """Applications per stage id of the job."""
    rows = db.session.execute(
        select(Application.stage_id, func.count()).where(Application.job_id == job.id).group_by(Application.stage_id)
    )
    return {stage_id: n for stage_id, n in rows.all()}
