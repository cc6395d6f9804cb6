"""The ranked applicant list of one job: filters from the URL, keyset pages, 50 rows with score components."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import Select, and_, func, or_, select

from ats.applications import blind
from ats.applications.models import Application, ScreeningResult
from ats.candidates.models import Candidate
from ats.db import json_string, json_text_holds
from ats.extensions import db
from ats.jobs.models import Job, JobStage
from ats.labels import label
from ats.search import matching_application_ids

PAGE_SIZE = 50
SORTS = {"score": "Score (highest first)", "applied": "Applied (newest first)", "years": "Years of experience"}
FILTER_KEYS = (
    "tab",
    "stage",
    "tier",
    "min_score",
    "skill",
    "knockout",
    "source",
    "applied_from",
    "applied_to",
    "q",
    "sort",
)
# The list's tabs: which stage kinds each shows. Active is the default, so exits never crowd the ranking.
TABS = {
    "active": ("Active", ("active", "hired")),
    "rejected": ("Rejected", ("rejected",)),
    "withdrawn": ("Withdrawn", ("withdrawn",)),
    "all": ("All", ("active", "hired", "rejected", "withdrawn")),
}


@dataclass
class Filters:
    """Filters as typed in the URL; `errors` explains values that were ignored."""

    raw: dict[str, str]
    stage_id: int | None = None
    tier: str | None = None
    min_score: float | None = None
    skill: str | None = None
    knockout_failed: bool = False
    source: str | None = None
    applied_from: date | None = None
    applied_to: date | None = None
    q: str = ""
    sort: str = "score"
    tab: str = "active"
    errors: dict[str, str] = field(default_factory=dict)

    @classmethod
    def parse(cls, args) -> Filters:
        raw = {k: (args.get(k) or "").strip()[:200] for k in FILTER_KEYS}
        f = cls(
            raw=raw,
            tier=raw["tier"] or None,
            skill=raw["skill"] or None,
            source=raw["source"] or None,
            q=raw["q"],
            knockout_failed=raw["knockout"] in ("1", "y", "on", "failed"),
        )
        f.sort = raw["sort"] if raw["sort"] in SORTS else "score"
        f.tab = raw["tab"] if raw["tab"] in TABS else "active"
        if raw["stage"]:
            f.stage_id = int(raw["stage"]) if raw["stage"].isdigit() else None
            if f.stage_id is None:
                f.errors["stage"] = "Unknown stage; showing every stage."
        if raw["min_score"]:
            try:
                f.min_score = float(raw["min_score"])
                if not 0 <= f.min_score <= 100:
                    raise ValueError
            except ValueError:
                f.min_score = None
                f.errors["min_score"] = "Enter a score from 0 to 100."
        for key in ("applied_from", "applied_to"):
            if raw[key]:
                try:
                    setattr(f, key, date.fromisoformat(raw[key]))
                except ValueError:
                    f.errors[key] = "Enter a date as YYYY-MM-DD."
        return f

    @property
    def narrowed(self) -> bool:
        """Whether anything but the tab and the sort narrows the list."""
        return any(v for k, v in self.raw.items() if k not in ("tab", "sort"))

    def query_args(self, **changes: Any) -> dict[str, str]:
        """The non-empty filters for url_for, with changes applied (e.g. a cursor); None drops a key."""
        args = {k: v for k, v in self.raw.items() if v}
        for k, v in changes.items():
            if v is None:
                args.pop(k, None)
            else:
                args[k] = v
        return args


TOP_MATCHED, TOP_MISSING = 3, 2


@dataclass(frozen=True)
class Bar:
    """One component's slice of the stacked score bar (x and width in points out of 100)."""

    name: str
    label: str
    points: float
    weight: float
    x: float


@dataclass(frozen=True)
class Row:
    """One ranked row, with the score components flattened for a cheap template loop."""

    application: Application
    name: str
    stage_name: str
    stage_kind: str
    bars: list[Bar]
    required_matched: list[str]
    required_missing: list[str]

    @classmethod
    def build(
        cls, application: Application, name: str, stage: tuple[str, str], score_data: dict[str, Any] | None
    ) -> Row:
        bars, matched, missing, x = [], [], [], 0.0
        for c in (score_data or {}).get("components") or ():
            cname, points = c.get("name", ""), round(float(c.get("points") or 0), 1)
            bars.append(Bar(cname, label("component", cname), points, float(c.get("weight") or 0), round(x, 2)))
            x += points
            if cname == "required_skills":
                matched = [m.get("label", "") for m in c.get("matched") or ()]
                missing = list(c.get("missing") or ())
        return cls(application, name, stage[0], stage[1], bars, matched, missing)

    @property
    def top_matched(self) -> list[str]:
        return self.required_matched[:TOP_MATCHED]

    @property
    def top_missing(self) -> list[str]:
        return self.required_missing[:TOP_MISSING]

    @property
    def more_skills(self) -> int:
        """How many required skills the row leaves out (shown as '+N')."""
        return max(0, len(self.required_matched) - TOP_MATCHED) + max(0, len(self.required_missing) - TOP_MISSING)


@dataclass
class Page:
    rows: list[Row]
    total: int
    next_cursor: str | None
    first: bool
    tab_counts: dict[str, int] = field(default_factory=dict)
    by_stage: dict[int, int] = field(default_factory=dict)  # under every filter but the tab


def _sort_column(sort: str):
    return {"score": Application.score, "years": Application.years_experience}.get(sort, Application.applied_at)


def tab_stage_ids(job: Job, tab: str) -> list[int]:
    """The job's stage ids a tab shows (archived stages included: their applications moved, none are left)."""
    kinds = TABS.get(tab, TABS["active"])[1]
    return [s.id for s in job.stages if s.kind in kinds]


def filtered_query(job: Job, f: Filters, *, with_tab: bool = True) -> Select:
    """select(Application.id) of the job's applications matching the filters (no order, no page)."""
    q = select(Application.id).where(Application.job_id == job.id)
    if with_tab and f.tab != "all":
        q = q.where(Application.stage_id.in_(tab_stage_ids(job, f.tab)))
    if f.stage_id is not None:
        q = q.where(Application.stage_id == f.stage_id)
    if f.tier:
        q = q.where(Application.tier == f.tier)
    if f.min_score is not None:
        q = q.where(Application.score >= f.min_score)
    if f.knockout_failed:
        q = q.where(Application.knockout_failed.is_(True))
    if f.source:
        q = q.where(Application.source == f.source)
    if f.applied_from:
        q = q.where(Application.applied_at >= datetime.combine(f.applied_from, time.min, UTC))
    if f.applied_to:
        q = q.where(Application.applied_at < datetime.combine(f.applied_to, time.max, UTC))
    if f.skill:
        q = q.where(
            Application.id.in_(
                select(ScreeningResult.application_id).where(
                    ScreeningResult.application_id == Application.id,
                    json_text_holds(ScreeningResult.score_data, [f'"label":{json_string(f.skill)}']),
                )
            )
        )
    if f.q:
        ids = matching_application_ids(job.id, f.q)
        if ids is not None:
            q = q.where(Application.id.in_(ids))
    return q


def encode_cursor(value: Any, app_id: int) -> str:
    """Where the next page starts: the last row's sort value and id (opaque in the URL)."""
    if value is None:
        return f"n.{app_id}"
    if isinstance(value, datetime):
        return f"t{value.astimezone(UTC).isoformat()}_{app_id}"
    return f"v{float(value)!r}_{app_id}"


def decode_cursor(cursor: str) -> tuple[bool, Any, int] | None:
    """(is_null_phase, value, id) or None for a malformed cursor (treated as the first page)."""
    try:
        if cursor.startswith("n."):
            return True, None, int(cursor[2:])
        head, app_id = cursor[1:].rsplit("_", 1)
        if cursor[0] == "t":
            value: Any = datetime.fromisoformat(head)
        elif cursor[0] == "v":
            value = float(head)
            if value != value:
                return None
        else:
            return None
        return False, value, int(app_id)
    except (ValueError, IndexError, OverflowError):
        return None


def ranked_page(job: Job, f: Filters, cursor: str | None = None, size: int | None = None) -> Page:
    """One page in rank order (value desc, id desc; unscored last), by keyset so deep pages stay fast."""
    size = size or PAGE_SIZE
    col = _sort_column(f.sort)
    base = filtered_query(job, f)
    by_stage = stage_counts(job, f)
    counts = tab_counts(job, f, by_stage)
    total = counts[f.tab]
    pos = decode_cursor(cursor) if cursor else None
    if pos is not None and not pos[0] and isinstance(pos[1], datetime) != (f.sort == "applied"):
        pos = None  # a cursor from another sort order: start again
    ids: list[tuple[int, Any]] = []
    if pos is None or not pos[0]:  # the phase of rows with a value
        q = base.add_columns(col).where(col.is_not(None))
        if pos is not None:
            q = q.where(or_(col < pos[1], and_(col == pos[1], Application.id < pos[2])))
        ids = [(r[0], r[1]) for r in db.session.execute(q.order_by(col.desc(), Application.id.desc()).limit(size + 1))]
    if len(ids) <= size:  # then the rows without a value (not yet screened), by id
        q = base.where(col.is_(None))
        if pos is not None and pos[0]:
            q = q.where(Application.id < pos[2])
        more = db.session.execute(q.order_by(Application.id.desc()).limit(size + 1 - len(ids))).scalars()
        ids += [(i, None) for i in more]
    has_more = len(ids) > size
    ids = ids[:size]
    rows = load_rows([i for i, _ in ids])
    next_cursor = encode_cursor(ids[-1][1], ids[-1][0]) if has_more and ids else None
    return Page(
        rows=rows, total=total, next_cursor=next_cursor, first=cursor is None, tab_counts=counts, by_stage=by_stage
    )


def stage_counts(job: Job, f: Filters) -> dict[int, int]:
    """Applications per stage under every filter but the tab: one grouped count."""
    q = filtered_query(job, f, with_tab=False)
    return dict(
        db.session.execute(q.with_only_columns(Application.stage_id, func.count()).group_by(Application.stage_id)).all()
    )


def tab_counts(job: Job, f: Filters, by_stage: dict[int, int] | None = None) -> dict[str, int]:
    """How many applications each tab holds under the other filters."""
    by_stage = stage_counts(job, f) if by_stage is None else by_stage
    kind_of = {s.id: s.kind for s in job.stages}
    return {tab: sum(n for sid, n in by_stage.items() if kind_of.get(sid) in kinds) for tab, (_, kinds) in TABS.items()}


def neighbours(application: Application, f: Filters) -> dict[str, int | None]:
    """Previous and next application in the list's order (same filters and sort), for j/k review."""
    col = _sort_column(f.sort)
    value, i = getattr(application, col.key), application.id
    base = filtered_query(application.job, f)
    nxt = prev = None
    if value is None:
        nxt = db.session.scalar(base.where(col.is_(None), Application.id < i).order_by(Application.id.desc()).limit(1))
        prev = db.session.scalar(base.where(col.is_(None), Application.id > i).order_by(Application.id.asc()).limit(1))
        if prev is None:
            prev = db.session.scalar(base.where(col.is_not(None)).order_by(col.asc(), Application.id.asc()).limit(1))
        return {"next": nxt, "previous": prev}
    nxt = db.session.scalar(
        base.where(col.is_not(None), or_(col < value, and_(col == value, Application.id < i)))
        .order_by(col.desc(), Application.id.desc())
        .limit(1)
    )
    if nxt is None:
        nxt = db.session.scalar(base.where(col.is_(None)).order_by(Application.id.desc()).limit(1))
    prev = db.session.scalar(
        base.where(or_(col > value, and_(col == value, Application.id > i)))
        .order_by(col.asc(), Application.id.asc())
        .limit(1)
    )
    return {"next": nxt, "previous": prev}


def load_rows(ids: list[int]) -> list[Row]:
    """The page's rows in the given order: one query, score components but not the (large) analysis."""
    if not ids:
        return []
    q = (
        select(Application, Candidate.name, JobStage.name, JobStage.kind, ScreeningResult.score_data)
        .join(Candidate, Candidate.id == Application.candidate_id)
        .join(JobStage, JobStage.id == Application.stage_id)
        .outerjoin(ScreeningResult, ScreeningResult.application_id == Application.id)
        .where(Application.id.in_(ids))
    )
    found = {r[0].id: Row.build(r[0], r[1], (r[2], r[3]), r[4]) for r in db.session.execute(q)}
    _blind_names(found)
    return [found[i] for i in ids if i in found]


def _blind_names(rows: dict[int, Row]) -> None:
    """Rows of blind-review jobs that have not reached the job's stage show an alias instead of the name."""
    by_job: dict[int, list[Row]] = {}
    for row in rows.values():
        if row.application.job.blind_review:
            by_job.setdefault(row.application.job_id, []).append(row)
    for group in by_job.values():
        shown = blind.unmasked_ids(group[0].application.job, [r.application.id for r in group])
        for row in group:
            if row.application.id not in shown:
                rows[row.application.id] = replace(row, name=blind.alias(row.application))
