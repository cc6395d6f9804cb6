"""Choices of the ranked list's filter form: stages with counts, tiers, skills, sources (cached a minute)."""

from __future__ import annotations

from time import monotonic
from typing import Any

from sqlalchemy import func, select

from ats.applications.models import Application
from ats.extensions import db
from ats.jobs.models import Job
from ats.review.ranking import SORTS, TABS

_SOURCES_CACHE: dict[int, tuple[float, list[str]]] = {}
SOURCES_TTL = 60.0


def _sources(job_id: int) -> list[str]:
    """Distinct sources of a job's applications; cached a minute (a facet, and the only full scan)."""
    now = monotonic()
    hit = _SOURCES_CACHE.get(job_id)
    if hit and now - hit[0] < SOURCES_TTL:
        return hit[1]
    sources = list(
        db.session.scalars(
            select(Application.source).where(Application.job_id == job_id).distinct().order_by(Application.source)
        )
    )
    if len(_SOURCES_CACHE) > 1000:
        _SOURCES_CACHE.clear()
    _SOURCES_CACHE[job_id] = (now, sources)
    return sources


def facets(job: Job, counts: dict[int, int] | None = None) -> dict[str, Any]:
    """Choices for the filter form: stages with counts (the job's, unless given), tiers, skills, sources."""
    if counts is None:
        counts = dict(
            db.session.execute(
                select(Application.stage_id, func.count())
                .where(Application.job_id == job.id)
                .group_by(Application.stage_id)
            ).all()
        )
    req = job.requirements_data or {}
    return {
        "stages": [(s, counts.get(s.id, 0)) for s in job.stages if not s.archived or counts.get(s.id)],
        "tiers": [t.get("name") for t in req.get("experience_tiers") or ()],
        "skills": [s.get("name") for s in req.get("skills") or ()],
        "sources": _sources(job.id),
        "sorts": SORTS,
        "tabs": {key: name for key, (name, _) in TABS.items()},
    }
