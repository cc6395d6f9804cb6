"""The labelled resume sets, each in a fixed order (the render format rotates by position within a set).

tuning: the 50 resumes the library was tuned on (ALL); holdout: 24 resumes it has never seen (holdout.py);
blind: 44 resumes of a realistic applicant pool, written and labelled by teammates who never ran the library
(pool_a.py: customer-facing applicants; pool_b.py: other backgrounds and the other postings' candidates).
"""

from __future__ import annotations

from . import holdout, pool_a, pool_b, resumes_care_leads, resumes_care_reps, resumes_ops_sales, resumes_tech_health
from .model import LabelledResume

FORMATS = ("pdf", "docx", "txt")

ALL: tuple[LabelledResume, ...] = (
    resumes_care_reps.RESUMES + resumes_care_leads.RESUMES + resumes_tech_health.RESUMES + resumes_ops_sales.RESUMES
)

SETS: dict[str, tuple[LabelledResume, ...]] = {
    "tuning": ALL,
    "holdout": holdout.HOLDOUT,
    "blind": pool_a.RESUMES + pool_b.RESUMES,
    "all": ALL + holdout.HOLDOUT + pool_a.RESUMES + pool_b.RESUMES,
}


def file_format(index: int) -> str:
    """Format of the resume at this position: pdf, docx, txt in rotation (a third each)."""
    return FORMATS[index % len(FORMATS)]
