"""The reports by URL key, in menu order."""

from __future__ import annotations

from collections.abc import Callable

from ats.reports import flow, intake
from ats.reports.base import Report, ReportFilter

REPORTS: dict[str, tuple[str, Callable[[ReportFilter], Report]]] = {
    "funnel": ("Funnel", flow.funnel),
    "time-in-stage": ("Time in stage", flow.time_in_stage),
    "time-to-hire": ("Time to hire", flow.time_to_hire),
    "sources": ("Sources", intake.sources),
    "scores": ("Score distribution", intake.score_distribution),
    "score-outcomes": ("Score band and later outcome", intake.score_outcomes),
    "rejections": ("Rejection reasons", intake.rejection_reasons),
    "screening-failures": ("Screening failures", intake.screening_failures),
}
