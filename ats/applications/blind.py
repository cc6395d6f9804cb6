"""Blind review: until an application reaches the job's chosen stage, reviewers see no name, contact details,
photo or profile links, addresses, school names or graduation years.

Masking keeps every character's position (each hidden character becomes one block), so the evidence offsets the
score quotes still point at the same words and the highlights stay where they were.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from sqlalchemy import ColumnElement, and_, exists, or_, select
from sqlalchemy.orm import aliased

from ats.applications.models import Application, StageEvent
from ats.extensions import db
from ats.jobs.models import Job, JobStage

BLOCK = "█"
EMAIL = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
URL = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+\.(?:com|net|org|io|me)/\S*", re.IGNORECASE)
PHONE = re.compile(r"\+?\(?\d[\d\s().-]{7,}\d")
STREET = re.compile(
    r"\b\d{1,6}\s+(?:[A-Z][\w.'-]*\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|"
    r"Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Highway|Hwy)\b\.?(?:,?\s*(?:Apt|Suite|Unit|#)\s*[\w-]+)?"
)
POSTCODE = re.compile(r"\b[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")
SCHOOL = re.compile(
    r"(?:\b[A-Z][\w&'.-]*\s+){0,5}(?:High School|School|College|University|Institute|Academy|Polytechnic)\b"
    r"(?!\s+(?:[Dd]iploma|[Dd]egree|[Gg]raduate|[Ee]quivalency))"
    r"(?:\s+(?:of|at|for)(?:\s+(?:the\s+)?[A-Z][\w&'.-]*){1,4}){0,2}"
)
YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
CLASS_OF = re.compile(r"\b(?:[Cc]lass of|[Gg]raduated(?: in)?|[Gg]raduation:?)\s+(?:19|20)\d{2}\b")


def _blind_stage(job: Job) -> JobStage | None:
    return next((s for s in job.stages if s.id == job.blind_until_stage_id), None)


def unmasked_ids(job: Job, application_ids: Iterable[int]) -> set[int]:
    """Which of the job's applications have reached the stage that lifts blind review (all, when it is off)."""
    ids = set(application_ids)
    if not job.blind_review or not ids:
        return ids
    stage = _blind_stage(job)
    reached = JobStage.kind == "hired"
    if stage is not None:
        reached = (JobStage.kind.in_(("active", "hired"))) & (JobStage.position >= stage.position) | reached
    return set(
        db.session.scalars(
            select(StageEvent.application_id)
            .join(JobStage, JobStage.id == StageEvent.to_stage_id)
            .where(StageEvent.application_id.in_(ids), reached)
            .distinct()
        )
    )


def still_masked() -> ColumnElement[bool]:
    """SQL: the application is on a blind job and has not reached the stage that lifts it (as unmasked_ids), so
    pages that list candidates across jobs (search, the candidates page) can leave it out."""
    lift = aliased(JobStage)
    lift_position = (
        select(lift.position).join(Job, Job.blind_until_stage_id == lift.id).where(Job.id == Application.job_id)
    ).scalar_subquery()
    reached = (
        select(StageEvent.id)
        .join(JobStage, JobStage.id == StageEvent.to_stage_id)
        .where(
            StageEvent.application_id == Application.id,
            or_(
                JobStage.kind == "hired",
                and_(JobStage.kind.in_(("active", "hired")), JobStage.position >= lift_position),
            ),
        )
    )
    return and_(Application.job_id.in_(select(Job.id).where(Job.blind_review.is_(True))), ~exists(reached))


def is_masked(application: Application) -> bool:
    """True while this application's identity is hidden from reviewers."""
    return application.job.blind_review and application.id not in unmasked_ids(application.job, [application.id])


def alias(application: Application) -> str:
    """What reviewers call a masked applicant."""
    return f"Applicant {application.id}"


def lifted_at(job: Job) -> str:
    """In words: the stage at which names appear."""
    stage = _blind_stage(job)
    return stage.name if stage is not None else "hired"


class Masker:
    """Hides one candidate's identifying details in any text, keeping its length."""

    def __init__(self, candidate: Any) -> None:
        words = {candidate.name or "", candidate.email or "", candidate.phone or "", candidate.location or ""}
        words |= {part for part in re.split(r"[\s,]+", candidate.name or "") if len(part) >= 3}
        words = {w.strip() for w in words if w and w.strip()}
        self.literal = (
            re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)), re.IGNORECASE)
            if words
            else None
        )

    def spans(self, text: str) -> list[tuple[int, int]]:
        """Character ranges to hide."""
        found: list[tuple[int, int]] = []
        patterns = [EMAIL, URL, STREET, POSTCODE, CLASS_OF] + ([self.literal] if self.literal else [])
        for pattern in patterns:
            found += [m.span() for m in pattern.finditer(text)]
        for m in PHONE.finditer(text):
            digits = sum(ch.isdigit() for ch in m.group())
            if 9 <= digits <= 15:
                found.append(m.span())
        for m in SCHOOL.finditer(text):  # the school, and the years on its line (graduation)
            found.append(m.span())
            line_start = text.rfind("\n", 0, m.start()) + 1
            line_end = text.find("\n", m.end())
            line_end = len(text) if line_end < 0 else line_end
            found += [(line_start + y.start(), line_start + y.end()) for y in YEAR.finditer(text[line_start:line_end])]
        return found

    def mask(self, text: str | None) -> str:
        """The text with every identifying character replaced by a block (spaces and line breaks kept)."""
        if not text:
            return text or ""
        chars = list(text)
        for start, end in self.spans(text):
            for i in range(start, end):
                if not chars[i].isspace():
                    chars[i] = BLOCK
        return "".join(chars)
