"""Stage management of one job: rename, add, remove (archive) and reorder without losing history."""

from __future__ import annotations

from typing import Any

from ats.audit.services import record
from ats.extensions import db
from ats.jobs.models import Job, JobStage
from ats.pipeline.rules import StageError, stage_of
from ats.pipeline.services import retire_stage

MAX_NAME = 80


def live_stages(job) -> list[JobStage]:
    return [s for s in job.stages if not s.archived]


def _clean_name(job, name: str, except_id: int | None = None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise StageError("Enter a stage name.")
    if len(name) > MAX_NAME:
        raise StageError(f"Keep the stage name under {MAX_NAME} characters.")
    if any(s.name.lower() == name.lower() and s.id != except_id for s in live_stages(job)):
        raise StageError(f"This job already has a stage called {name!r}.")
    return name


def rename_stage(job, stage_id, name: str, *, actor) -> JobStage:
    """Rename in place: events keep the stage id (and the name it had then), so history stays whole."""
    stage = stage_of(job, stage_id)
    new = _clean_name(job, name, except_id=stage.id)
    old, stage.name = stage.name, new
    record(actor, "stage.renamed", "job", job.id, stage_id=stage.id, old=old, new=new)
    db.session.commit()
    return stage


def add_stage(job, name: str, *, actor) -> JobStage:
    """A new active stage, placed after the last active stage (exits stay at the end)."""
    new = _clean_name(job, name)
    live = live_stages(job)
    active = [s for s in live if s.kind == "active"]
    after = max(s.position for s in active) if active else 0
    for s in job.stages:
        if s.position > after:
            s.position += 1
    stage = JobStage(job_id=job.id, name=new, position=after + 1, kind="active")
    job.stages.append(stage)
    db.session.flush()
    record(actor, "stage.added", "job", job.id, stage_id=stage.id, name=new)
    db.session.commit()
    return stage


def remove_stage(job: Job, stage_id: object, *, actor: Any, move_to: object = None) -> int:
    """Archive a stage; its applications are first moved (with events) to `move_to`, or it must be empty."""
    stage = stage_of(job, stage_id)
    if stage.kind != "active":
        raise StageError(f"{stage.name} is a required stage ({stage.kind}) and cannot be removed.")
    if len([s for s in live_stages(job) if s.kind == "active"]) <= 1:
        raise StageError("A job needs at least one active stage.")
    target = stage_of(job, move_to) if move_to else None
    if target is not None and target.id == stage.id:
        raise StageError("Choose a different stage to move the applications to.")
    return retire_stage(actor, stage, target)


def reorder_stages(job, ordered_ids, *, actor) -> None:
    """New order for the active stages; hired and exit stages always stay after them."""
    active = [s for s in live_stages(job) if s.kind == "active"]
    wanted = [str(i) for i in ordered_ids]
    if sorted(wanted) != sorted(str(s.id) for s in active):
        raise StageError("The new order must list every active stage once.")
    by_id = {str(s.id): s for s in active}
    others = [s for s in job.stages if s.kind != "active" or s.archived]
    for position, stage in enumerate([by_id[i] for i in wanted] + sorted(others, key=lambda s: s.position), start=1):
        stage.position = position
    record(actor, "stage.reordered", "job", job.id, order=[by_id[i].name for i in wanted])
    db.session.commit()


def move_stage(job, stage_id, direction: str, *, actor) -> None:
    """Move an active stage one place up or down (the no-JS reorder control)."""
    active = [s for s in live_stages(job) if s.kind == "active"]
    ids = [s.id for s in active]
    stage = stage_of(job, stage_id)
    if stage.id not in ids:
        raise StageError("Only active stages can be reordered.")
    i = ids.index(stage.id)
    j = i - 1 if direction == "up" else i + 1
    if not 0 <= j < len(ids):
        return
    ids[i], ids[j] = ids[j], ids[i]
    reorder_stages(job, ids, actor=actor)
