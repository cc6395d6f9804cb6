"""Run the screening library over the labelled set: render, extract, analyse, score every posting."""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .model import LabelledResume
from .posting_set import POSTINGS, Posting
from .render import render_and_extract
from .resumes import SETS, file_format

AS_OF = date(2026, 11, 1)
APPLIED_BASE = datetime(2026, 10, 1, 9, 0)


@dataclass
class ResumeRun:
    """One resume after the round trip through a file and the library."""

    resume: LabelledResume
    fmt: str
    text: str
    applied_at: datetime
    analysis: Any = None
    scores: dict[str, Any] = field(default_factory=dict)


@dataclass
class LibraryRun:
    """Everything the library produced for the whole set."""

    runs: list[ResumeRun]
    requirements: dict[str, Any]
    postings: tuple[Posting, ...]
    seconds: float


def library_available() -> bool:
    """Whether the analyse / score / jobdesc modules exist yet."""
    try:
        from ats.screening.analyse import analyse  # noqa: F401
        from ats.screening.jobdesc import parse_job_description  # noqa: F401
        from ats.screening.score import rank_key, score  # noqa: F401
    except ImportError:
        return False
    return True


def extract_all(folder: Path, resumes: tuple[LabelledResume, ...] = SETS["tuning"]) -> list[ResumeRun]:
    """Render each resume in its rotated format and extract the text back."""
    return [
        ResumeRun(
            resume,
            file_format(i),
            render_and_extract(resume, file_format(i), folder),
            APPLIED_BASE + timedelta(minutes=7 * i),
        )
        for i, resume in enumerate(resumes)
    ]


def run_library(set_name: str = "tuning") -> LibraryRun:
    """Extract, analyse and score the resumes of one set (tuning, holdout or all) against all postings."""
    from ats.screening.analyse import analyse
    from ats.screening.jobdesc import parse_job_description
    from ats.screening.score import score

    started = time.perf_counter()
    requirements = {p.pid: parse_job_description(p.text()).requirements for p in POSTINGS}
    with tempfile.TemporaryDirectory(prefix="ats-quality-") as folder:
        runs = extract_all(Path(folder), SETS[set_name])
    for run in runs:
        run.analysis = analyse(run.text, run.resume.cover_letter, as_of=AS_OF)
        for pid, req in requirements.items():
            extra = tuple(req.skill_defs())  # job-specific skills, as the application passes them
            job_analysis = (
                analyse(run.text, run.resume.cover_letter, as_of=AS_OF, custom_skills=extra) if extra else run.analysis
            )
            run.scores[pid] = score(job_analysis, req)
    return LibraryRun(runs, requirements, POSTINGS, time.perf_counter() - started)
