"""The name, headline and town of a profile PDF (LinkedIn's) that opens with a sidebar: its sections (Contact,
Top Skills, Languages, Certifications) come first, then the person's name, headline and town, then Summary or
Experience. Those lines belong to no sidebar section: the name is no certification, the town no skill."""

from __future__ import annotations

import re

from .contact import as_name, looks_like_name
from .roles import HEADLINE_SCORE
from .title_likeness import title_score

Mark = tuple[str, int, int]  # (section name, start, end), as sections.all_sections gives them

_BODY = frozenset({"summary", "experience", "education"})
_SIDEBAR = frozenset({"other", "skills", "languages", "certifications", "awards", "publications"})
_CONTACT = re.compile(r"\s*contact(?: information| info| details)?\s*:?\s*\n", re.I)
_BLANK = re.compile(r"\s*")
_LOOK_BACK = 6  # lines before the first body heading: the name, a headline of up to three lines, the town


def identity_block(text: str, marks: list[Mark]) -> tuple[int, int, str] | None:
    """(start, end, name) of the lines from the person's name to the end of the section they sit in, when the
    resume opens with a contact box and only sidebar sections come before the first body heading; None for
    every other layout. A PDF reader that follows the page's rows puts the name, headline and town right
    after the contact lines; one that follows the columns puts them at the sidebar's end."""
    if not marks or not _BLANK.fullmatch(text, 0, marks[0][1]) or not _CONTACT.match(text, marks[0][1]):
        return None  # a profile PDF opens with its contact box (matched in place: this runs for every resume)
    body = next((i for i, (name, _, _) in enumerate(marks) if name in _BODY), None)
    if not body or any(name not in _SIDEBAR for name, _, _ in marks[:body]):
        return None
    for i in dict.fromkeys((0, body - 1)):
        _, start, end = marks[i]
        found = _name_line(text, start, end)
        if found:
            return found[0], end, found[1]
    return None


def _name_line(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The person's name among a section's last lines: a name-like line with its headline or town below it."""
    lines = [(m.start(), m.group().strip()) for m in re.finditer(r"[^\n]+", text[start:end]) if m.group().strip()]
    tail = [(start + at, line) for at, line in lines[1:]][-_LOOK_BACK:]  # the heading line is no name
    named = [looks_like_name(line) and title_score(line) < HEADLINE_SCORE for _, line in tail]
    for k, (at, line) in enumerate(tail[:-1]):
        if named[k] and not named[k + 1]:  # a certification above the name looks like one too
            return at, as_name(line)
    return None


def split_marks(marks: list[Mark], block: tuple[int, int, str]) -> list[Mark]:
    """The sidebar section ends where the name starts; the block is 'other' (outside every listed section)."""
    start, end, _ = block
    out: list[Mark] = []
    for name, a, b in marks:
        if a < start < b:
            out += [(name, a, start), ("other", start, end)]
        else:
            out.append((name, a, b))
    return out
