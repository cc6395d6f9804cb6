"""The app's one door into the screening library where the app's settings matter.

Extraction runs in the library's sandboxed subprocess with the limits from config
(EXTRACT_TIMEOUT_SECONDS, EXTRACT_MEMORY_MB), and every call that touches spaCy holds the library's
lock, because request threads and worker threads share one vocabulary that is not thread-safe.
Pure helpers (Requirements, detect_kind, check_zip, find_contact, the O*NET title lookups) are
imported straight from `ats.screening` by the modules that need them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from flask import current_app

from ats.screening import (
    NLP_LOCK,
    JobDraft,
    Requirements,
    ResumeAnalysis,
    Score,
    analyse,
    extract_in_sandbox,
    parse_job_description,
    score,
    screen_files,
    warm_up,
)


def _limits() -> dict[str, Any]:
    cfg = current_app.config
    return {"timeout": float(cfg["EXTRACT_TIMEOUT_SECONDS"]), "memory_mb": int(cfg["EXTRACT_MEMORY_MB"])}


def _extract_with(data: bytes, filename: str, *, timeout: float, memory_mb: int) -> str:
    """Module-level so batch worker processes can receive it (with its limits) by pickling."""
    return extract_in_sandbox(data, filename, timeout=timeout, memory_mb=memory_mb).text


def extract(data: bytes, filename: str) -> str:
    """The text of a file, read in the sandbox; raises ExtractionError with a plain-words message."""
    return _extract_with(data, filename, **_limits())


def analyse_and_score(
    resume_text: str, cover_text: str | None, requirements: Requirements, answers: Mapping[str, str], *, as_of: date
) -> tuple[ResumeAnalysis, Score]:
    """Analyse a resume (and cover letter) for a job and score it, holding the spaCy lock."""
    with NLP_LOCK:
        analysis = analyse(resume_text, cover_text, as_of=as_of, custom_skills=requirements.skill_defs())
        return analysis, score(analysis, requirements, answers)


def rescore(
    stored_analysis: dict[str, Any] | None,
    requirements: Requirements,
    answers: Mapping[str, str],
    stored_score: dict[str, Any] | None = None,
    *,
    text_index: str | None = None,
    analyser_version: str = "",
) -> Score:
    """Score a stored analysis again (no spaCy involved, so no lock); the parts of the stored score whose
    share of the job did not change are carried over. With no analysis read back (rescore_reads said none
    was needed), the sentence index and the stored score's facts stand in for it."""
    if stored_analysis is None:
        analysis = ResumeAnalysis.carried_over(stored_score or {}, analyser_version, text_index or "")
    else:
        analysis = ResumeAnalysis.from_dict(
            {**stored_analysis, "text_index": text_index} if text_index else stored_analysis
        )
    return score(analysis, requirements, answers, stored_score)


def parse_posting(text: str) -> JobDraft:
    """Draft requirements of a job description, holding the spaCy lock."""
    with NLP_LOCK:
        return parse_job_description(text)


def screen_paths(
    paths: Iterable[Path], requirements: Requirements, *, as_of: date, workers: int | None
) -> Iterator[dict[str, Any]]:
    """Screen files on every core (each process builds its own spaCy); extraction in the sandbox."""
    return screen_files(paths, requirements, as_of=as_of, workers=workers, extract=partial(_extract_with, **_limits()))


def warm_up_once() -> None:
    """Build the screening indexes and freeze them out of the garbage collector (once per process)."""
    with NLP_LOCK:
        warm_up()
