"""Screen the real resumes against every task's posting, on every core (spaCy loaded once per worker)."""

from __future__ import annotations

import os
from concurrent.futures import ProcessPoolExecutor
from typing import Any

from .data import RealResume
from .tasks import ALL_TASKS, Task

_STATE: dict[str, Any] = {}


def requirements_for(task: Task) -> Any:
    """The posting parsed into draft requirements, as the job import does."""
    from ats.screening.jobdesc import parse_job_description

    return parse_job_description(task.text()).requirements


def _init(task_ids: tuple[str, ...]) -> None:
    _STATE["reqs"] = {t.tid: requirements_for(t) for t in ALL_TASKS if t.tid in task_ids}


def _screen(resume: RealResume) -> tuple[str, dict[str, Any]]:
    """Our score of one resume for every task, with the pieces the error report shows."""
    from ats.screening.analyse import analyse
    from ats.screening.score import score

    out: dict[str, Any] = {}
    base = analyse(resume.text, as_of=resume.as_of)
    for tid, req in _STATE["reqs"].items():
        extra = tuple(req.skill_defs())
        a = analyse(resume.text, as_of=resume.as_of, custom_skills=extra) if extra else base
        s = score(a, req)
        out[tid] = {
            "total": s.total,
            "components": {c.name: c.points for c in s.components},
            "detail": {c.name: c.detail for c in s.components},
        }
    out["_roles"] = [(r.title, str(r.start), str(r.end)) for r in base.roles]
    out["_years"] = base.total_years
    return resume.rid, out


def screen_all(
    resumes: list[RealResume], tasks: tuple[Task, ...], workers: int = os.cpu_count() or 1
) -> dict[str, dict[str, Any]]:
    """resume id -> task id -> our score and its components."""
    ids = tuple(t.tid for t in tasks)
    if workers <= 1:
        _init(ids)
        return dict(map(_screen, resumes))
    with ProcessPoolExecutor(workers, initializer=_init, initargs=(ids,)) as pool:
        return dict(pool.map(_screen, resumes, chunksize=8))
