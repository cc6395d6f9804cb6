"""What every report is: a title, a table (with its CSV) and a chart; plus the filter every report takes."""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Integer, Select, cast, func

from ats.applications.models import Application
from ats.extensions import db

DANGEROUS_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@dataclass(frozen=True)
class ReportFilter:
    """One job or all jobs, and a range of application dates (inclusive days, UTC)."""

    job_id: int | None = None
    start: date | None = None
    end: date | None = None

    @classmethod
    def from_args(cls, args: Any) -> ReportFilter:
        """Read ?job=&from=&to=; anything unreadable is simply no filter (reports never 500 on input)."""
        job = str(args.get("job", "")).strip()
        return cls(int(job) if job.isdigit() else None, parse_day(args.get("from")), parse_day(args.get("to")))

    def apply(self, query: Select, application: Any = Application) -> Select:
        """Restrict a query that involves applications to the job and date range."""
        if self.job_id is not None:
            query = query.where(application.job_id == self.job_id)
        if self.start is not None:
            query = query.where(application.applied_at >= datetime.combine(self.start, time(), UTC))
        if self.end is not None:
            query = query.where(application.applied_at < datetime.combine(self.end + timedelta(days=1), time(), UTC))
        return query

    def args(self) -> dict[str, str]:
        """The query-string form, for links (CSV) that keep the same filter."""
        out = {"job": str(self.job_id or ""), "from": self.start.isoformat() if self.start else ""}
        out["to"] = self.end.isoformat() if self.end else ""
        return {k: v for k, v in out.items() if v}


def parse_day(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value or "").strip())
    except ValueError:
        return None


@dataclass
class Report:
    """A table (header + rows) and the chart drawn from it; `note` says how to read it."""

    key: str
    title: str
    header: Sequence[str]
    rows: Sequence[Sequence[Any]] = field(default_factory=list)
    chart: dict[str, Any] = field(default_factory=dict)
    note: str = ""

    def csv(self) -> str:
        """The table as CSV; text a spreadsheet would run as a formula gets a leading apostrophe."""
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(self.header)
        for row in self.rows:
            writer.writerow([_safe(v) for v in row])
        return buffer.getvalue()


def _safe(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(DANGEROUS_PREFIXES):
        return "'" + value
    return value


def chart(kind: str, labels: Iterable[Any], datasets: dict[str, Iterable[Any]], **options: Any) -> dict[str, Any]:
    """A Chart.js config as plain data (static/js/reports.js draws it; no script in the page)."""
    return {
        "type": kind,
        "labels": [str(label) for label in labels],
        "datasets": [{"label": name, "data": list(values)} for name, values in datasets.items()],
        "options": options,
    }


def floor_div(value: Any, size: float) -> ColumnElement[int]:
    """floor(value / size) as an integer, the same on both dialects (a PostgreSQL cast would round)."""
    if db.session.get_bind().dialect.name == "sqlite":
        return cast(value / size, Integer)  # values here are never negative, so truncation is floor
    return cast(func.floor(value / size), Integer)


def percentile(histogram: dict[int, int], share: float) -> float | None:
    """The value below which `share` of the observations fall, from {value: count} (nearest rank)."""
    total = sum(histogram.values())
    if not total:
        return None
    rank = max(1, math.ceil(share * total - 1e-9))
    seen = 0
    for value in sorted(histogram):
        seen += histogram[value]
        if seen >= rank:
            return float(value)
    return float(max(histogram))


def pct(part: int, whole: int) -> float | None:
    """A percentage with one decimal, None when there is nothing to divide by."""
    return round(100.0 * part / whole, 1) if whole else None
