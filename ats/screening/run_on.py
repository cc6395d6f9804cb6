"""A resume given as one run-on line (every line break turned into a space, as a text box or a spreadsheet
cell leaves it) is read as lines again: a break goes back before and after each date range and section
heading, and after each sentence. The text keeps its length, so offsets into it hold."""

from __future__ import annotations

import re
from functools import lru_cache

from .dates import RANGE
from .occupations import index, normalise_title
from .sections import HEADINGS

RUN_ON_CHARS = 1000  # no page holds a line this long; a DOCX paragraph rarely does
_TITLE_WORDS = 7  # words of a title between a heading and the dates below it
_SENTENCE_END = re.compile(r"(?<=[a-z0-9)][.!?]) (?=[A-Z])")
# a full stop after these ends no sentence: "Sr. Accountant", "Jr. Software Engineer", "e.g. Excel"
_ABBREVIATIONS = frozenset("sr jr dr mr mrs ms st mt ft e.g i.e vs approx asst assoc dept mgr".split())


@lru_cache(maxsize=1)
def _heading() -> re.Pattern[str]:
    """Section headings as a run-on line writes them, in capitals or in title case, before a capitalised word."""
    phrases = sorted({h for hs in HEADINGS.values() for h in hs}, key=len, reverse=True)
    upper = "|".join(re.escape(p.upper()) for p in phrases)
    titled = "|".join(re.escape(p.title()) for p in phrases)
    return re.compile(rf"(?:^|(?<= ))(?:(?P<upper>{upper})|(?P<titled>{titled}))(?= [A-Z0-9\u2022\-]| ?$)")


def _is_heading(line: str, m: re.Match[str]) -> bool:
    """One title-case word after another is part of a phrase ('Communication Skills'), unless a dated entry
    follows within a title's length; after a sentence, a word in capitals or a lower-case one it heads a
    section ('... pay runs. Highlights', 'ACCOUNTANT Summary'). A heading word that starts a job title just
    before the dates is the title's ('... software development. Software Engineer Nov 2008 to Apr 2011')."""
    dated = RANGE.search(line, m.end(), m.end() + 80)  # a heading straight above a dated entry
    near = dated is not None and line.count(" ", m.end(), dated.start()) <= _TITLE_WORDS
    if near and dated is not None and " " not in m.group(0) and _starts_a_title(line[m.start() : dated.start()]):
        return False
    if m.group("upper") or " " in m.group("titled"):
        return True
    before = line[: m.start()].rstrip().rsplit(" ", 1)[-1]
    if not (before.istitle() and before[-1:].isalpha()):
        return True
    if not near:
        return False
    return _heading().match(line, m.end() + 1) is None  # 'Skills Experience Payroll Clerk 2012 - 2016'


def _starts_a_title(words: str) -> bool:
    """Whether the words open with a job title O*NET holds as written, two words or more ('Software Engineer',
    'Education Coordinator'). The work history's own heading always heads it: 'Experience Designer' is a
    title, but a heading above a designer far more often."""
    split = words.split()
    if not split or split[0].lower() in HEADINGS["experience"]:
        return False
    exact = index().exact
    return any(normalise_title(" ".join(split[:n])) in exact for n in range(2, len(split) + 1))


def _abbreviation_before(line: str, space: int) -> bool:
    """Whether the word that ends just before this space, full stop and all, is an abbreviation."""
    word = line[max(0, space - 8) : space].rsplit(" ", 1)[-1]
    return word[:-1].lower() in _ABBREVIATIONS


def mark_run_on_breaks(text: str) -> str:
    """Breaks back in every line too long for a page; other lines are left as they are."""
    lines = text.split("\n")
    if not any(len(line) > RUN_ON_CHARS for line in lines):
        return text
    return "\n".join(_with_breaks(line) if len(line) > RUN_ON_CHARS else line for line in lines)


def _with_breaks(line: str) -> str:
    """The line with a break in place of each space that stands where a line ended."""
    out = list(line)
    for pos in _break_points(line):
        out[pos] = "\n"
    return "".join(out)


def _break_points(line: str) -> set[int]:
    """Offsets of the spaces that stand where line breaks were."""
    points = {m.start() for m in _SENTENCE_END.finditer(line) if not _abbreviation_before(line, m.start())}
    spans = [*RANGE.finditer(line), *(m for m in _heading().finditer(line) if _is_heading(line, m))]
    for m in spans:
        points.update(p for p in (m.start() - 1, m.end()) if 0 <= p < len(line) and line[p] == " ")
    return points
