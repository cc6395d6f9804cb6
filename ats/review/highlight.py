"""Evidence spans -> text segments, so templates can wrap matches in <mark> with autoescaping intact."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Segment:
    text: str
    label: str | None = None  # None: plain text; otherwise what this evidence counts for
    kind: str | None = None  # skill | role | education


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    kind: str


def _locate(text: str, start: int, end: int, quoted: str | None) -> tuple[int, int] | None:
    """Trust the offsets when they still fit the text; otherwise find the quoted words nearby."""
    if 0 <= start < end <= len(text) and (not quoted or text[start:end] == quoted):
        return start, end
    if quoted:
        at = text.find(quoted, max(0, start - 200))
        if at < 0:
            at = text.find(quoted)
        if at >= 0:
            return at, at + len(quoted)
    return None


def evidence_spans(
    source: str, text: str, analysis: dict[str, Any] | None, score_data: dict[str, Any] | None
) -> list[Span]:
    """Spans in one document (source "resume" or "cover_letter"): matched skills, roles, education."""
    spans: list[Span] = []
    for comp in (score_data or {}).get("components") or ():
        if comp.get("name") not in ("required_skills", "preferred_skills"):
            continue
        for m in comp.get("matched") or ():
            if m.get("source") == source:
                where = _locate(text, int(m.get("start", 0)), int(m.get("end", 0)), None)
                if where:
                    spans.append(Span(*where, f"{m.get('label')} ({comp['name'].split('_')[0]} skill)", "skill"))
    for role in (analysis or {}).get("roles") or ():
        ev = role.get("evidence") or {}
        if ev.get("source") == source:
            where = _locate(text, int(ev.get("start", 0)), int(ev.get("end", 0)), ev.get("text"))
            if where:
                dates = f"{role.get('start') or '?'} – {'present' if role.get('current') else role.get('end') or '?'}"
                spans.append(Span(*where, f"Role: {role.get('title')} ({dates})", "role"))
    for edu in (analysis or {}).get("education") or ():
        ev = edu.get("evidence") or {}
        if ev.get("source") == source:
            where = _locate(text, int(ev.get("start", 0)), int(ev.get("end", 0)), ev.get("text"))
            if where:
                spans.append(Span(*where, f"Education: {edu.get('level')}", "education"))
    return spans


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """Split text at span edges; overlapping spans are clipped so each character is marked once."""
    out: list[Segment] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start = max(span.start, pos)
        if start >= span.end:
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start : span.end], span.label, span.kind))
        pos = span.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out
