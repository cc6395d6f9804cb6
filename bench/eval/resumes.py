"""The whole labelled resume set, in a fixed order (the render format rotates by position)."""
from __future__ import annotations

from . import resumes_care_leads, resumes_care_reps, resumes_ops_sales, resumes_tech_health
from .model import LabelledResume

FORMATS = ("pdf", "docx", "txt")

ALL: tuple[LabelledResume, ...] = (
    resumes_care_reps.RESUMES + resumes_care_leads.RESUMES + resumes_tech_health.RESUMES + resumes_ops_sales.RESUMES
)


def file_format(index: int) -> str:
    """Format of the resume at this position: pdf, docx, txt in rotation (a third each)."""
    return FORMATS[index % len(FORMATS)]
