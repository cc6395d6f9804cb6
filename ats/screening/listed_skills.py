"""Skills a resume's skills section lists that the taxonomy does not name ('Teradata', 'IDCAMS', 'Month-end
close'): the candidate's own list is evidence a recruiter reads and a talent-pool search by skill should
find. They are kept as written, in the category 'listed', and earn points only when a job asks for them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .dates import RANGE
from .mentions import SkillMention
from .results import Evidence
from .sections import heading_of
from .title_likeness import title_score

LISTED = "listed"  # the category of a skill known only from the resume's own list
MAX_WORDS = 4
MAX_CHARS = 40
TITLE_LIKE = 1.0  # an item this title-like is a job ('Receptionist', 'Project Manager'), not a skill
_SEPARATOR = re.compile(r"\s*(?:[,;|•●▪❖◦·■➢♦✓\u2022\t]|\s[-–]\s)\s*")
_BULLET = re.compile(r"^\s*(?:[-*•●▪❖◦·■➢♦✓☑~>o]\s*|\d{1,2}[.)]\s+)")
# what a list adds after an item: 'Java (3 years)', 'Python- Experience - 36 months', 'SQL: 5 yrs'
_NOTE = re.compile(
    r"\s*(?:\([^)]*\)|[-–:]?\s*(?:exp\w*\s*[-–:]?\s*)?(?:less than\s+)?\d+(?:\.\d+)?\+?\s*(?:years?|yrs?|months?)"
    r"(?:\s+months?)?)\s*$",
    re.I,
)
# a job board's note of use after a skill: 'Statsmodels- Exprience - 12 months', '- Experience - Less than 1 year'
_USE_NOTE = re.compile(
    r"-\s*exp\w*\s*[-–:]\s*(?:less than\s+)?[\w\s]{0,12}?(?:years?|months?)\b(?:\s+months?\b)?", re.I
)
_NOT_A_SKILL = re.compile(
    r"@|https?:|www\.|\b(?:19|20)\d\d\b(?!\s*\w)|^\d[\d\s./-]*$|^(?:and|or|with|the|a|an|to|of|in|for|on|at|by|"
    r"from|as|etc|i|my|we|our|including|such)\b|\b(?:years?|months?)\b|"
    r"\b(?:and|or|to|of|the|for|with|in|a|an)$|"  # a piece of a line that goes on: 'Accounts And'
    # a claim about oneself, not the name of a skill: 'Excellent written', 'Strong analytical'
    r"^(?:excellent|strong|exceptional|good|great|proven|outstanding|effective|superior|highly|very|extremely)\b",
    re.I,
)


def find_listed(text: str, marks: Sequence[tuple[str, int, int]], known: Sequence[SkillMention]) -> list[SkillMention]:
    """One mention per distinct item of the skills sections' lists that no known mention covers."""
    taken = sorted((m.evidence.start, m.evidence.end) for m in known if m.evidence.source == "resume")
    seen: set[str] = set()
    out: list[SkillMention] = []
    for name, start, end in marks:
        if name != "skills":
            continue
        pos = text.find("\n", start, end)  # the heading's own line holds no list (or 'Skills: a, b' after it)
        lines = [(start, pos if pos >= 0 else end)] if ":" in text[start : pos if pos >= 0 else end] else []
        while 0 <= pos < end:
            nxt = text.find("\n", pos + 1, end)
            lines.append((pos + 1, nxt if nxt >= 0 else end))
            pos = nxt
        for a, b in lines:
            found = _items(text, a, b)
            if found is None:
                break  # a sentence: the list has ended (a page's sidebar runs on into the name and headline)
            for s, e in found:
                key = " ".join(text[s:e].casefold().split())
                if key in seen or any(ts < e and s < te for ts, te in taken):
                    continue
                seen.add(key)
                item = " ".join(text[s:e].split())
                out.append(SkillMention(item, LISTED, Evidence("resume", s, e, text[s:e], text[a:b].strip())))
    return out


def _items(text: str, a: int, b: int) -> list[tuple[int, int]] | None:
    """(start, end) of each item of one line that reads as a skill's name; None for a sentence."""
    line = _USE_NOTE.sub(lambda m: " " * len(m.group()), text[a:b])  # blanked, so offsets hold
    if not line.strip() or (heading_of(line.strip()) and ":" not in line) or RANGE.search(line):
        return []
    lead = _BULLET.match(line)
    at = lead.end() if lead else 0
    label = line.find(":", at)
    if 0 <= label < 40 and len(line[at:label].split()) <= 4 and not _SEPARATOR.search(line, at, label):
        at = label + 1  # 'Languages: Java, Python' lists after its label
    pieces = [(m.start(), m.end()) for m in _SEPARATOR.finditer(line, at)]
    bounds = [at, *[x for p in pieces for x in p], len(line)]
    spans = [(bounds[i], bounds[i + 1]) for i in range(0, len(bounds), 2)]
    if len(spans) == 1 and len(line[at:].split()) > MAX_WORDS:
        return None  # a sentence, not a list
    out = []
    for s, e in spans:
        piece = line[s:e]
        note = _NOTE.search(piece)
        if note:
            piece = piece[: note.start()]
        stripped = piece.strip(" .:-–*~☑")
        if not _skill_like(stripped):
            continue
        s += piece.find(stripped)
        out.append((a + s, a + s + len(stripped)))
    return out


def _skill_like(item: str) -> bool:
    """A short name, written as names are (a capital, a digit or a symbol in it), no sentence or date."""
    words = item.split()
    return (
        0 < len(words) <= MAX_WORDS
        and len(item) <= MAX_CHARS
        and (item[0].isupper() or item[0].isdigit() or item[0] in ".#" or any(c.isupper() for c in item[1:]))
        and not _NOT_A_SKILL.search(item)
        and any(c.isalpha() for c in item)
        and item.count("(") == item.count(")")  # 'Test Planning (Less': a piece of a note
        and title_score(item) < TITLE_LIKE
    )
