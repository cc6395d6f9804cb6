"""The labelled resume sets, each in a fixed order (the render format rotates by position within a set).

tuning: the 50 resumes the library was tuned on (ALL); holdout: 24 resumes it has never seen (holdout.py).
"""
from __future__ import annotations

from . import holdout, resumes_care_leads, resumes_care_reps, resumes_ops_sales, resumes_tech_health
from .model import LabelledResume

FORMATS = ("pdf", "docx", "txt")

ALL: tuple[LabelledResume, ...] = (
    resumes_care_reps.RESUMES + resumes_care_leads.RESUMES + resumes_tech_health.RESUMES + resumes_ops_sales.RESUMES
)

SETS: dict[str, tuple[LabelledResume, ...]] = {
    "tuning": ALL,
    "holdout": holdout.HOLDOUT,
    "all": ALL + holdout.HOLDOUT,
}


def file_format(index: int) -> str:
    """Format of the resume at this position: pdf, docx, txt in rotation (a third each)."""
    return FORMATS[index % len(FORMATS)]
