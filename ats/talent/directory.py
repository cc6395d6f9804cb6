"""Candidates across jobs: the global search box and the candidates page, limited to the jobs a user may see."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import func, or_, select

from ats.applications.blind import still_masked
from ats.applications.models import Application, ScreeningAnalysis, ScreeningResult
from ats.candidates.models import Candidate
from ats.db import json_string, json_text_holds, utcnow
from ats.extensions import db
from ats.jobs.access import restrict_jobs
from ats.jobs.models import Job, JobStage
from ats.search import matching_application_ids
from ats.talent.tags import tag_condition

PAGE_SIZE = 50
MAX_HITS = 30
APPLIED_WITHIN = {"7": "Last 7 days", "30": "Last 30 days", "90": "Last 90 days", "365": "Last year"}
CANDIDATE_FILTERS = ("q", "skill", "tier", "location", "tag", "applied_within")


@dataclass
class CandidateRow:
    """A candidate with the applications the viewer may see (newest first) and why they matched a search."""

    candidate: Candidate
    last_applied: Any
    applications: list[tuple[Application, str, str]] = field(default_factory=list)  # (application, job, stage)
    matched_on: list[str] = field(default_factory=list)


def _like(text: str) -> str:
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def _who(q: str) -> tuple[Any, dict[str, Any]]:
    """SQL for a name, email or phone match, and per-field conditions to say which one matched."""
    needle = _like(q.strip().lower())
    parts = {
        "name": func.lower(Candidate.name).like(needle, escape="\\"),
        "email": Candidate.email_normalized.like(needle, escape="\\"),
    }
    digits = re.sub(r"\D", "", q)
    if len(digits) >= 4:
        parts["phone"] = Candidate.phone_normalized.like(f"%{digits[-10:]}%")
    return or_(*parts.values()), parts


def _attach(user: Any, rows: list[CandidateRow]) -> list[CandidateRow]:
    """Load the visible applications of the listed candidates in one query."""
    by_id = {r.candidate.id: r for r in rows}
    if not by_id:
        return rows
    query = (
        select(Application, Job.title, JobStage.name)
        .join(Job, Job.id == Application.job_id)
        .join(JobStage, JobStage.id == Application.stage_id)
        .where(Application.candidate_id.in_(by_id), ~still_masked())
        .order_by(Application.applied_at.desc(), Application.id.desc())
    )
    for application, title, stage in db.session.execute(restrict_jobs(query, user, Application.job_id)):
        by_id[application.candidate_id].applications.append((application, title, stage))
    return rows


def search(user: Any, q: str) -> list[CandidateRow]:
    """The global search: name, email or phone, or words of a resume or cover letter, in every visible job."""
    q = (q or "").strip()[:200]
    if not q:
        return []
    who, parts = _who(q)
    text_ids = matching_application_ids(None, q)
    condition = or_(who, Application.id.in_(text_ids)) if text_ids is not None else who
    query = (
        select(Candidate, func.max(Application.applied_at))
        .join(Application, Application.candidate_id == Candidate.id)
        .where(condition, ~still_masked())  # a blind job's applicants stay anonymous here too
        .group_by(Candidate.id)
        .order_by(func.max(Application.applied_at).desc(), Candidate.id.desc())
        .limit(MAX_HITS)
    )
    rows = [CandidateRow(c, last) for c, last in db.session.execute(restrict_jobs(query, user, Application.job_id))]
    for row in rows:
        c = row.candidate
        row.matched_on = [
            name
            for name, hit in (
                ("name", q.lower() in c.name.lower()),
                ("email", q.lower() in c.email_normalized),
                ("phone", "phone" in parts and re.sub(r"\D", "", q)[-10:] in (c.phone_normalized or "")),
            )
            if hit
        ] or ["resume text"]
    return _attach(user, rows)


def candidate_page(user: Any, args: Any, page: int = 1) -> tuple[list[CandidateRow], bool]:
    """One page of candidates matching the filters, most recently applied first; (rows, has_more)."""
    f = {k: (args.get(k) or "").strip()[:200] for k in CANDIDATE_FILTERS}
    conditions = []
    if f["q"]:
        who, _ = _who(f["q"])
        text_ids = matching_application_ids(None, f["q"])
        conditions.append(or_(who, Application.id.in_(text_ids)) if text_ids is not None else who)
    if f["tier"]:
        conditions.append(Application.tier == f["tier"])
    if f["tag"]:
        conditions.append(tag_condition(f["tag"]))
    if f["location"]:
        conditions.append(func.lower(Candidate.location).like(_like(f["location"].lower()), escape="\\"))
    if f["skill"]:
        name = json_string(f["skill"].lower())
        # a skill row starts with the skill's name and its category; older analyses name it "skill"
        with_skill = (
            select(ScreeningResult.application_id)
            .join(ScreeningAnalysis, ScreeningAnalysis.result_id == ScreeningResult.id)
            .where(json_text_holds(ScreeningAnalysis.data, [f'[{name},"', f'"skill":{name}'], casefold=True))
        )
        conditions.append(Application.id.in_(with_skill))
    if f["applied_within"] in APPLIED_WITHIN:
        conditions.append(Application.applied_at >= utcnow() - timedelta(days=int(f["applied_within"])))
    last = func.max(Application.applied_at)
    query = (
        select(Candidate, last)
        .join(Application, Application.candidate_id == Candidate.id)
        .where(*conditions, ~still_masked())
        .group_by(Candidate.id)
        .order_by(last.desc(), Candidate.id.desc())
        .offset((max(page, 1) - 1) * PAGE_SIZE)
        .limit(PAGE_SIZE + 1)
    )
    found = list(db.session.execute(restrict_jobs(query, user, Application.job_id)))
    rows = [CandidateRow(c, when) for c, when in found[:PAGE_SIZE]]
    return _attach(user, rows), len(found) > PAGE_SIZE


def tiers(user: Any) -> list[str]:
    """Tier names found on the visible applications, for the filter."""
    query = select(Application.tier).where(Application.tier.is_not(None)).distinct().order_by(Application.tier)
    return [t for t in db.session.scalars(restrict_jobs(query, user, Application.job_id)) if t]
