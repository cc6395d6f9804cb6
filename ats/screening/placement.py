"""Where a skill stands in a resume (a recent role's bullets, an old role, the summary, a skills list),
which decides how much the mention proves."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date

from .results import Role, SkillMention

RECENT_YEARS = 3  # a role that ended within three years counts as recent
PLACE_ORDER = {"role": 0, "old_role": 1, "summary": 2, "other": 3, "skills": 4, "": 5}
MAX_MENTIONS_PER_SKILL = 2  # enough evidence to quote; keeps stored analyses small
_SEPARATORS = re.compile(r"[,;|•·●▪]|\s-\s|\s{3,}")
_FUNCTION_WORDS = re.compile(r"(?i)\b(i|my|the|and|to|of|in|for|with|was|were|have|has|a|an|as|by|on)\b")


def is_list_like(sentence: str) -> bool:
    """A keyword list rather than a sentence: many separators, short items, few function words."""
    words = sentence.split()
    if len(words) < 4:
        return True
    pieces = _SEPARATORS.split(sentence)
    seps = len(pieces) - 1  # the separators never match empty, so there is one piece more than separators
    if seps < 2:
        return False  # the counts below are read only past two separators
    items = [i for i in pieces if i.strip()]
    short_items = items and sum(len(i.split()) for i in items) / len(items) <= 3.5
    if seps >= 3 and short_items:
        return True
    return len(_FUNCTION_WORDS.findall(sentence)) / len(words) < 0.08


def place_mentions(
    mentions: Sequence[SkillMention],
    text: str,
    marks: Sequence[tuple[str, int, int]],
    roles: Sequence[Role],
    as_of: date,
) -> list[SkillMention]:
    """Each resume mention with its place; cover-letter mentions in keyword lists are dropped."""
    starts = [_block_start(text, r) for r in roles]
    recent = [r.current or (r.end is not None and (as_of - r.end).days <= RECENT_YEARS * 365.25) for r in roles]
    listy: dict[int, bool] = {}  # per line: a resume repeats skills on one line
    out = []
    for m in mentions:
        ev = m.evidence
        if ev.source == "cover_letter":
            if not is_list_like(ev.sentence):
                out.append(_placed(m, "other"))
            continue
        if ev.source != "resume":
            out.append(m)
            continue
        section = _section_at(marks, ev.start)
        line_start, line = _line(text, ev.start)
        if line_start not in listy:
            listy[line_start] = is_list_like(line)
        if section == "skills" or (section not in ("experience", "volunteering") and listy[line_start]):
            place = "skills"
        elif section == "summary":
            place = "summary"
        else:
            i = bisect.bisect_right(starts, ev.start) - 1  # the role whose dates come last before it
            if i >= 0 and section not in ("education", "certifications", "awards", "other", "interests"):
                place = "role" if recent[i] else "old_role"
            else:
                place = "other"
        out.append(_placed(m, place))
    return out


def _placed(m: SkillMention, place: str) -> SkillMention:
    """m._replace(place=place), built directly: _replace is several times slower, once a mention."""
    return SkillMention(m.skill, m.category, m.evidence, m.via, place, m.times)


def _block_start(text: str, role: Role) -> int:
    """Where a role's entry begins: its dates' line, or the title's line when the title stands above."""
    if role.evidence.source != "resume":
        return role.evidence.start
    line = text.rfind("\n", 0, role.evidence.start) + 1
    if role.title:
        above = text.rfind("\n", 0, max(0, text.rfind("\n", 0, max(line - 1, 0))))
        at = text.find(role.title, max(above, 0), line)
        if at >= 0:
            return text.rfind("\n", 0, at) + 1
    return line


def _section_at(marks: Sequence[tuple[str, int, int]], pos: int) -> str | None:
    for name, a, b in marks:
        if a <= pos < b:
            return name
    return None


def _line(text: str, pos: int, limit: int = 400) -> tuple[int, str]:
    """(start, text) of the line holding pos; a very long line is read only near its start."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    return a, text[a : min(b, a + limit)]


def limit(mentions: Sequence[SkillMention]) -> list[SkillMention]:
    """Keep the strongest few mentions of each skill per document (a role bullet before a list line),
    stated and implied ones apart, each carrying how often the document names the skill."""
    groups: dict[tuple[str, str, bool], list[SkillMention]] = {}
    for m in mentions:
        groups.setdefault((m.skill, m.evidence.source, m.via is None), []).append(m)
    out = []
    for group in groups.values():
        best = sorted(group, key=lambda m: (PLACE_ORDER.get(m.place, 5), m.evidence.start))
        out += [
            SkillMention(m.skill, m.category, m.evidence, m.via, m.place, len(group))
            for m in best[:MAX_MENTIONS_PER_SKILL]
        ]
    return sorted(out, key=lambda m: (m.evidence.source != "resume", m.evidence.start, m.skill))
