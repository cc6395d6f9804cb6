"""Evidence spans -> text segments, so templates can wrap matches in <mark> with autoescaping intact.

Each piece of evidence the score quotes gets an anchor id: a <mark> for short spans (a skill, a role, a
degree), an empty anchor for long ones (the sentence that met a duty), so "show in resume" can scroll to it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Components whose evidence is marked in place; the others (duties, vocabulary...) quote whole sentences.
MARKED = {"required_skills": "skill", "preferred_skills": "skill", "experience": "role", "education": "education"}


@dataclass(frozen=True)
class Segment:
    text: str
    label: str | None = None  # None: plain text (or an anchor); otherwise what this evidence counts for
    kind: str | None = None  # skill | role | education
    anchor: str | None = None  # the id "show in resume" links to


@dataclass(frozen=True)
class Span:
    start: int
    end: int  # end == start: an anchor only
    label: str
    kind: str
    anchor: str | None = None


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
    source: str, text: str, breakdown: list[dict[str, Any]], analysis: dict[str, Any] | None
) -> list[Span]:
    """Spans in one document (source "resume" or "cover_letter") for the breakdown's items (anchors set there)."""
    spans: list[Span] = []
    seen: set[tuple[int, int]] = set()
    for comp in breakdown:
        kind = MARKED.get(comp["name"])
        for item in comp["matched"]:
            if item["source"] != source or not item.get("anchor_key"):
                continue
            where = _locate(text, item["start"], item["end"], None)
            if where is None:
                item["anchor"] = None
                continue
            if kind is None:  # a whole sentence: an anchor at its start, no mark
                spans.append(Span(where[0], where[0], item["label"], "anchor", item["anchor"]))
            elif where not in seen:
                seen.add(where)
                spans.append(Span(*where, f"{item['label']} ({comp['label'].lower()})", kind, item["anchor"]))
    for role in (analysis or {}).get("roles") or ():
        ev = role.get("evidence") or {}
        if ev.get("source") == source:
            where = _locate(text, int(ev.get("start", 0)), int(ev.get("end", 0)), ev.get("text"))
            if where and where not in seen:
                seen.add(where)
                dates = f"{role.get('start') or '?'} – {'present' if role.get('current') else role.get('end') or '?'}"
                spans.append(Span(*where, f"Role: {role.get('title')} ({dates})", "role"))
    return spans


def segments(text: str, spans: Iterable[Span]) -> list[Segment]:
    """Split text at span edges; overlapping spans are clipped so each character is marked once.

    An anchor (or a span swallowed by an earlier one) still yields an empty segment with its id.
    """
    out: list[Segment] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, s.end > s.start, -s.end)):
        start = max(span.start, pos)
        if span.end <= span.start or start >= span.end:
            if start > pos:
                out.append(Segment(text[pos:start]))
                pos = start
            if span.anchor:
                out.append(Segment("", anchor=span.anchor))
            continue
        if start > pos:
            out.append(Segment(text[pos:start]))
        out.append(Segment(text[start : span.end], span.label, span.kind, span.anchor))
        pos = span.end
    if pos < len(text):
        out.append(Segment(text[pos:]))
    return out
