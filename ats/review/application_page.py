"""Read model of the application page: evidence-highlighted documents, score breakdown, duplicates, timeline."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, or_, select

from ats.applications import blind
from ats.applications.models import Application, StageEvent
from ats.audit.models import AuditEvent
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.interviews.models import Interview
from ats.interviews.notes import visible_notes
from ats.jobs.access import restrict_jobs
from ats.jobs.models import Job, JobStage
from ats.labels import humanize, label
from ats.notifications.models import OutboxMessage
from ats.review.highlight import Segment, evidence_spans, segments
from ats.review.ranking import Filters, neighbours

DOCUMENT_SOURCES = ("resume", "cover_letter")


@dataclass(frozen=True)
class Event:
    at: datetime
    kind: str
    title: str
    detail: str = ""
    actor: str | None = None


@dataclass
class CandidatePage:
    application: Application
    documents: list[tuple[Any, list[Segment]]]
    breakdown: list[dict[str, Any]]
    questions: list[tuple[str, str, bool]]
    other_applications: list[Application]
    duplicates: list[tuple[Candidate, list[Application]]]
    timeline: list[Event]
    neighbours: dict[str, int | None] = field(default_factory=dict)
    next_stage: JobStage | None = None
    masked: bool = False  # blind review: identity hidden until the job's chosen stage
    display_name: str = ""
    unmasked_at: str = ""
    masker: blind.Masker | None = None

    def mask(self, text: str | None) -> str:
        """Free text (notes, timeline details) as this viewer may read it."""
        return self.masker.mask(text) if self.masker else (text or "")


def build_page(application: Application, user, list_args=None, *, with_neighbours: bool = True) -> CandidatePage:
    """Everything the candidate page (and the list's review panel) shows, limited to what the viewer may see.

    list_args are the ranked list's filters and sort, so j/k review on the full page walks the same list;
    the panel walks the rows on screen and needs no neighbours.
    """
    result = application.screening
    analysis = result.analysis if result else None
    rows = breakdown(result.score_data if result else None, application.job, f"ev-{application.id}")
    masker = blind.Masker(application.candidate) if blind.is_masked(application) else None
    docs = []
    for doc in sorted(application.documents, key=lambda d: d.kind != "resume"):
        text = doc.extracted_text or ""
        spans = evidence_spans(doc.kind, text, rows, analysis) if text else []
        if masker is not None:  # same length, so the evidence spans found on the real text still fit
            text = masker.mask(text)
        docs.append((doc, segments(text, spans) if text else []))
    if masker is not None:
        for comp in rows:
            for item in comp["matched"]:
                item["snippet"] = masker.mask(item["snippet"])
    page = CandidatePage(
        application=application,
        documents=docs,
        breakdown=rows,
        questions=questions(application),
        other_applications=_other_applications(application, user),
        duplicates=likely_duplicates(application.candidate, user),
        timeline=timeline(application, user),
        neighbours=neighbours(application, Filters.parse(list_args or {})) if with_neighbours else {},
        next_stage=application.job.stage_after(application.stage),
        masked=masker is not None,
        display_name=blind.alias(application) if masker else application.candidate.name,
        unmasked_at=blind.lifted_at(application.job),
        masker=masker,
    )
    if masker is not None:
        page.duplicates = []  # they would name the person
        page.timeline = [replace(e, title=masker.mask(e.title), detail=masker.mask(e.detail)) for e in page.timeline]
    return page


def _item_label(component: str, value: str, questions_by_id: dict[str, str]) -> str:
    """What a matched or missing item is called on screen: a knockout's question, an education level's words."""
    if component == "knockouts":
        return questions_by_id.get(value) or humanize(value)
    if component == "education":
        return label("education", value)
    return value


def breakdown(score_data: dict[str, Any] | None, job: Job, anchor_prefix: str = "ev") -> list[dict[str, Any]]:
    """Components in human words; each matched item gets the anchor id of its evidence in the document.

    A skills-list line is quoted once by the scorer; later skills of that line carry an empty snippet and
    are shown as "same Skills line".
    """
    questions_by_id = {
        str(k.get("id")): k.get("question", "") for k in (job.requirements_data or {}).get("knockouts") or ()
    }
    anchors: dict[tuple[str, int, int], str] = {}
    rows = []
    for comp in (score_data or {}).get("components") or ():
        name = comp.get("name", "")
        weight = float(comp.get("weight") or 0)
        items = []
        for m in comp.get("matched") or ():
            start, end, source = int(m.get("start") or 0), int(m.get("end") or 0), m.get("source", "")
            key = (source, start, end)
            has_place = source in DOCUMENT_SOURCES and end > start
            if has_place and key not in anchors:
                anchors[key] = f"{anchor_prefix}-{len(anchors) + 1}"
            items.append(
                {
                    "label": _item_label(name, m.get("label", ""), questions_by_id),
                    "snippet": m.get("snippet", ""),
                    "source": source,
                    "start": start,
                    "end": end,
                    "via": m.get("via", ""),
                    "where": m.get("where", ""),
                    "anchor_key": has_place,
                    "anchor": anchors.get(key) if has_place else None,
                    "same_line": not m.get("snippet") and m.get("where") == "listed in Skills",
                }
            )
        rows.append(
            {
                "name": name,
                "label": label("component", name),
                "weight": weight,
                "points": float(comp.get("points") or 0),
                "detail": comp.get("detail", ""),
                "matched": items,
                "missing": [_item_label(name, str(x), questions_by_id) for x in comp.get("missing") or ()],
                "percent": round(100 * float(comp.get("points") or 0) / weight) if weight else 0,
            }
        )
    return rows


def questions(application: Application) -> list[tuple[str, str, bool]]:
    """(question, answer, failed) for the job's knockouts and extra questions."""
    answers = application.answers or {}
    out = []
    for k in (application.job.requirements_data or {}).get("knockouts") or ():
        answer = str(answers.get(k.get("id"), "")).strip()
        out.append(
            (
                k.get("question", ""),
                answer or "(not answered)",
                answer.lower() == str(k.get("failing_answer", "")).lower(),
            )
        )
    for q in application.job.questions or ():
        answer = answers.get(str(q.get("id")), "")
        out.append(
            (
                q.get("text", ""),
                ", ".join(answer) if isinstance(answer, list) else str(answer or "(not answered)"),
                False,
            )
        )
    return out


def _visible_applications(candidate_ids: list[int], user) -> list[Application]:
    if not candidate_ids:
        return []
    q = restrict_jobs(select(Application).where(Application.candidate_id.in_(candidate_ids)), user, Application.job_id)
    return list(db.session.scalars(q.order_by(Application.applied_at.desc())))


def _other_applications(application: Application, user) -> list[Application]:
    return [a for a in _visible_applications([application.candidate_id], user) if a.id != application.id]


def likely_duplicates(candidate: Candidate, user, limit: int = 10) -> list[tuple[Candidate, list[Application]]]:
    """Other records with the same email, phone or name (case-insensitive), with their visible applications."""
    conditions = [
        func.lower(Candidate.name) == candidate.name.strip().lower(),
        Candidate.email_normalized == candidate.email_normalized,
    ]
    if candidate.phone_normalized:
        conditions.append(Candidate.phone_normalized == candidate.phone_normalized)
    others = list(
        db.session.scalars(
            select(Candidate)
            .where(and_(Candidate.id != candidate.id, or_(*conditions)))
            .order_by(Candidate.id)
            .limit(limit)
        )
    )
    apps = _visible_applications([c.id for c in others], user)
    by_candidate: dict[int, list[Application]] = {}
    for a in apps:
        by_candidate.setdefault(a.candidate_id, []).append(a)
    return [(c, by_candidate[c.id]) for c in others if c.id in by_candidate]


def timeline(application: Application, user) -> list[Event]:
    """Every event of the application, oldest first: applied, screened, moves, emails, notes, interviews."""
    events = [Event(application.applied_at, "applied", "Applied", f"Source: {label('source', application.source)}")]
    result = application.screening
    if result is not None and result.as_of is not None:
        detail = f"Score {application.score:g}" if application.score is not None else (result.error or "")
        events.append(Event(result.as_of, "screened", "Screened", detail))
    for ev in db.session.scalars(select(StageEvent).where(StageEvent.application_id == application.id)):
        detail = " · ".join(x for x in (ev.reason and f"Reason: {ev.reason}", ev.note and f"Note: {ev.note}") if x)
        events.append(
            Event(
                ev.created_at,
                "stage",
                f"Moved {ev.from_name or '—'} → {ev.to_name}",
                detail,
                ev.actor.name if ev.actor else "system",
            )
        )
    for msg in db.session.scalars(select(OutboxMessage).where(OutboxMessage.application_id == application.id)):
        events.append(Event(msg.created_at, "email", f"Email {msg.status}: {msg.subject}", f"To {msg.to_addr}"))
    for note in visible_notes(user, application):
        events.append(
            Event(
                note.created_at,
                "note",
                "Note" + (" (private)" if note.visibility == "private" else ""),
                note.body,
                note.author.name if note.author else None,
            )
        )
    events.extend(_interview_events(application))
    audits = select(AuditEvent).where(
        AuditEvent.object_type == "application",
        AuditEvent.object_id == application.id,
        AuditEvent.action.not_in(("application.moved", "application.submitted")),
    )
    for audit in db.session.scalars(audits):
        events.append(
            Event(audit.created_at, "audit", audit.action.replace("application.", "").replace("_", " ").capitalize())
        )
    return sorted(events, key=lambda e: e.at)


def _interview_events(application: Application) -> list[Event]:
    rows = db.session.scalars(select(Interview).where(Interview.application_id == application.id))
    return [Event(i.starts_at, "interview", f"Interview {i.status}", getattr(i.round, "name", "") or "") for i in rows]
