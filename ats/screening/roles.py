"""Dated roles found by layout: a date range, and the title beside it (same line, line above or below)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import islice

from .dates import RANGE, find_date_ranges
from .nlp import sentence_around
from .occupations import best_codes, core_of, normalise_title, resolve_title
from .profile_roles import profile_employers
from .results import Evidence, Role
from .role_bounds import dedupe_roles, earliest_plausible
from .role_layout import Picked, titled_by_layout
from .sections import heading_of
from .title_likeness import LOCATION, MIN_TITLE_SCORE, ORG, PLACEHOLDER, TITLE_WORDS, title_score

_SEP = re.compile(
    r"\s+[-–—|]\s+|\s*\|\s*|\s*[–—]\s*|\t|\s{3,}|,\s+(?=[A-Z])|\s+at\s+|\s+@\s+|"
    r"(?<=[a-z]) -(?= [A-Z])|_{2,}"
)
_HEAD_END = re.compile(r"\s+[-–—|]\s+|\s*\|\s*|,\s+|\s{2,}|\t|\b(?:company name|city\s*,\s*state)\b", re.I)
# an employer and place the line opens with, before a title glued to the first duty
_PLACE_LEAD = re.compile(r"^(?:company name|employer name)\s*[-–—,]?\s*(?:city\s*,\s*state)?\s*[-–—,]?\s*", re.I)
_BULLET = re.compile(r"^\s*[-•●▪◦·*]\s")
_QUALIFIER = re.compile(r"\s*\((?![^()]*\b(?:inc|llc|ltd|corp|company)\b)[^()]{1,70}\)", re.I)
_STUDY = re.compile(
    r"bachelor|master[’']?s\b|\bdegree\b|diploma|\bgpa\b|\bb\.?sc\b|\bmba\b|"
    r"\bb\.?a\.?\b|\bph\.?d\b|coursework|graduat|\bmajor\b|semester",
    re.I,
)
_SCHOOL = re.compile(r"(?i)universit|college|\bschool\b|academy|institute|polytechnic")
# a dated career break is time off work, not a role: "2001 to 2014 I was a stay at home mom", "Career Break"
_CAREER_BREAK = re.compile(
    r"(?i)\bstay[- ]at[- ]home\b|\bcareer (?:break|gap)\b|\bsabbatical\b|\b(?:maternity|paternity|parental) leave\b|"
    r"\bfull[- ]time (?:mom|mother|dad|father|parent)\b|\braising (?:my|our) (?:children|kids|family)\b"
)


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


def _lines(text: str) -> list[_Line]:
    return list(_each_line(text))


def _each_line(text: str) -> Iterator[_Line]:
    """The non-empty lines, stripped, one at a time (the headline reads only the first few)."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        stripped = body.strip()
        if stripped:
            lead = len(body) - len(body.lstrip())
            yield _Line(pos + lead, pos + lead + len(stripped), stripped)
        pos += len(raw)


# the field labels of a form-like entry: "Designation: Software Engineer", "Company: Infosys", "Duration: ..."
_FIELD_LABEL = re.compile(
    r"(?i)^\s*(?:(?:job|current|present)\s+)?(?:title|designation|position|role|post|company|employer|"
    r"organi[sz]ation|client|firm|duration|period|tenure|dates?|place|location)\s*(?::|\s[-–]\s)\s*"
)


def _segments(line: str) -> list[str]:
    line = _QUALIFIER.sub("", PLACEHOLDER.sub(" | ", _FIELD_LABEL.sub("", line)))
    parts = [p.strip(" .:-–—*•,;|()[]/") for p in _SEP.split(line)]
    return [
        p
        for p in parts
        if p
        and re.search(r"[A-Za-z]{2}", p)
        and not re.fullmatch(r"(?i)(present|current|now|to date|remote|hybrid|full[- ]time|part[- ]time)", p)
    ]


# a sentence that states a role held: "Worked as Accounts Executive in XYZ Ltd from May 2012 to May 2016"
_HELD_AS = re.compile(
    r"\b(?i:work(?:ed|ing|s)?|employed|serv(?:ed|ing|es)|join(?:ed)?)\s+(?i:as)\s+(?:(?i:an?)\s+)?"
    r"(?P<title>[A-Z][\w&/.\- ]{2,60}?)\s+(?i:in|at|with|for)\s+(?P<employer>[A-Z][\w&.\- ]{1,60}?)"
    r"\s*(?:[,(]|\b(?i:from|since|during|between)\b|$)"
)


def _held_as(before: str) -> str:
    """'Worked as Accounts Executive in XYZ Ltd from' -> 'Accounts Executive | XYZ Ltd' (its title and
    employer as pieces), else the text as it is."""
    m = _HELD_AS.search(before)
    return f"{m.group('title')} | {m.group('employer')}" if m else before


def _is_prose(line: str, s: int, e: int) -> bool:
    """A date inside a sentence ('Since 1995, the company has grown...') is no role, unless the sentence
    states a role held ('Worked as X in Y from ...')."""
    before, after = line[:s].strip(), line[e:].strip(" ,.;:")
    if _HELD_AS.search(before):
        return False
    lower_before = bool(re.search(r"[a-z]{3,}\s*,?$", before)) and not TITLE_WORDS.search(before[-40:])
    lower_after = bool(re.match(r"[a-z]", after))
    sentence_goes_on = bool(re.match(r",?\s*(?:the|a|an|we|our|it|this|they|he|she|i|has|have|was|were)\b", after))
    if len(line.split()) <= 10:  # a short line is a role's ('Sales Manager since 2015'), unless a sentence
        return sentence_goes_on or (lower_before and lower_after and line.rstrip().endswith("."))
    return (
        (lower_before and lower_after)
        or sentence_goes_on
        or bool(re.search(r"(?i)\b(since|in|during|by|of|from)\s*$", before))
    )


def find_roles(
    text: str, as_of: date, spans: Sequence[tuple[int, int]] | None = None, source: str = "resume"
) -> list[Role]:
    """Dated roles, each titled by the most title-like piece beside its date range.

    Args:
        text: the resume text.
        as_of: reference date; 'Present' ends here and future dates are clipped to it.
        spans: character spans to search (e.g. the experience section); None means all text.
        source: evidence source name.
    Returns:
        Roles in document order; a role without a recognisable title has title "" (it counts as
        experience, never as relevant experience); the same role listed twice is kept once.
    """
    lines = _lines(text)
    earliest = earliest_plausible(text, as_of)
    out: list[Role] = []
    picks: list[Picked] = []
    li = 0
    for s, e, start, end, current in find_date_ranges(text, as_of):
        if spans is not None and not any(a <= s < b for a, b in spans):
            continue
        while li + 1 < len(lines) and lines[li].end <= s:
            li += 1
        if not lines or not lines[li].start <= s < lines[li].end:
            continue
        last = li  # a range may run over lines: "January 2014\nto\nMarch 2015"
        while last + 1 < len(lines) and lines[last].end < e:
            last += 1
        first_line, last_line = lines[li], lines[last]
        before, after = first_line.text[: s - first_line.start], last_line.text[e - last_line.start :]
        if (
            (li == last and _is_prose(first_line.text, s - first_line.start, e - first_line.start))
            or start < earliest
            or _STUDY.search(before + " " + after)
            or _CAREER_BREAK.search(before + " " + after)
        ):
            continue
        picked = _pick(_held_as(before), after, lines, li, last)
        if not picked.title and _SCHOOL.search(" ".join([before, after, picked.employer or ""])):
            continue  # "Guru Nanak Dev University / July 2004 to June 2008" is study
        out.append(
            Role(
                title=picked.title,
                employer=picked.employer,
                start=start,
                end=end,
                current=current,
                evidence=Evidence(source, s, e, text[s:e], sentence_around(text, s, e)),
                occupations=_codes(picked.title),
            )
        )
        picks.append(picked)
    return dedupe_roles(profile_employers(text, titled_by_layout(out, picks, _codes, title_score), title_score))


def _pick(before: str, after: str, lines: list[_Line], first: int, last: int) -> Picked:
    """The title and employer from the date's own line first, then up to two lines above, then below,
    with every piece by its place (for titles the resume's own layout gives, role_layout.py)."""
    above, below = _neighbours(lines, first, -1), _neighbours(lines, last, +1)
    places = [(_segments(before), 0.1), (_segments(after), 0.08)]
    places += [(_segments(t), -0.04 * i) for i, t in enumerate(above)]
    places += [(_segments(t), -0.05 - 0.04 * i) for i, t in enumerate(below)]
    names = ["before", "after", *(f"above{i}" for i in range(len(above))), *(f"below{i}" for i in range(len(below)))]
    best, best_score, at = "", MIN_TITLE_SCORE, (-1, -1)
    for i, (segs, prior) in enumerate(places):
        for j, seg in enumerate(segs):
            sc = title_score(seg) + prior
            if sc > best_score:
                best, best_score, at = seg, sc, (i, j)
    if best:
        best = _with_rank(places[at[0]][0], at[1])
    slot = (names[at[0]], at[1]) if best else None
    pieces = {(names[i], j): seg for i, (segs, _) in enumerate(places) for j, seg in enumerate(segs)}
    return Picked(best, _employer(places, best, at[0], len(above)), slot, pieces)


def _with_rank(segs: list[str], j: int) -> str:
    """'Senior Manager, Customer Care': a bare rank and the field after it are one title."""
    title = segs[j]
    if j > 0 and _bare_rank(segs[j - 1]) and not _bare_rank(title) and not TITLE_WORDS.search(title):
        return f"{segs[j - 1]}, {title}"
    if (
        _bare_rank(title)
        and j + 1 < len(segs)
        and not TITLE_WORDS.search(segs[j + 1])
        and not ORG.search(segs[j + 1])
        and len(segs) > j + 2
    ):
        return f"{title}, {segs[j + 1]}"
    return title


def _bare_rank(segment: str) -> bool:
    """A title that names a rank but no field: 'Senior Manager', 'Director', 'Team Lead'."""
    key = normalise_title(segment)
    return bool(key) and not core_of(key) and len(key.split()) <= 3


def _employer(places: list[tuple[list[str], float]], title: str, title_place: int, n_above: int) -> str | None:
    """An organisation-looking piece near the title, else a short name on the title's line or on the line
    between the dates and the title."""
    between = {title_place - 1} if title_place >= 3 + n_above else set()  # below the dates, above the title
    if title_place in (0, 1):
        between = {2 + n_above} if len(places) > 2 + n_above else set()  # the line under a dated title line
    near = [p for p in (title_place, 0, 1, 2, 3, *between) if 0 <= p < len(places)]
    for p in dict.fromkeys(near):
        segs = places[p][0]
        after_title = segs.index(title) + 1 if p == title_place and title in segs else len(segs)
        for k, seg in enumerate(segs):
            if (
                seg == title
                or title.endswith(seg)
                or LOCATION.match(seg)
                or len(seg.split()) > 8
                or (title_score(seg) >= 0.5 and k != after_title)
            ):  # 'Line Cook, Home Chef': the employer
                continue
            if ORG.search(seg) or p == title_place or (p in between and len(seg.split()) <= 5):
                return seg
    return None


HEAD_CHARS, HEAD_WORDS = 120, 12  # a long line's head, to its first separator, may be a title of two posts


def _neighbours(lines: list[_Line], li: int, step: int) -> list[str]:
    """Up to two lines above or below that can hold a title: no dates, bullets, sentences or headings."""
    out: list[str] = []
    j = li + step
    while 0 <= j < len(lines) and len(out) < 2:
        t = lines[j].text
        if _BULLET.match(t) or heading_of(t) or RANGE.search(t):
            break
        if len(t) > 90:  # under the dates, a title the PDF glued to its employer and first duty: the head
            head = _HEAD_END.search(t[:HEAD_CHARS]) if step > 0 else None
            if head and 0 < head.start() and len(t[: head.start()].split()) <= HEAD_WORDS:
                out.append(t[: head.start()])
            elif step > 0 and (lead := _PLACE_LEAD.match(t)):
                glued = _title_prefix(t[lead.end() :])
                if glued:
                    out.append(t[: lead.end()] + glued)
            break
        words = t.split()
        if t.endswith(".") and (len(words) > 5 or (len(words) >= 3 and any(w.islower() for w in words))):
            break  # a sentence: the duties of a role, and what lies past them belongs to another
        out.append(t)
        j += step
    return out


def _title_prefix(rest: str) -> str:
    """The title at the head of 'Agriculture Teacher Served as high school agriculture teacher, ...': the
    first words (at most six) that read most like a title, the shorter of equals."""
    words = rest.split()[:6]
    best, best_score = "", MIN_TITLE_SCORE
    for k in range(1, len(words) + 1):
        piece = " ".join(words[:k]).rstrip(",;:")
        sc = title_score(piece)
        if sc > best_score + 1e-9:
            best, best_score = piece, sc
    return best


def _codes(title: str) -> tuple[str, ...]:
    """The O*NET occupations a role title names (tied best), stored so rescoring needs no lookups."""
    return tuple(sorted(best_codes(resolve_title(title)))) if title else ()


_CONTACT = re.compile(r"@|\d{3}[\s.)-]*\d{3}[\s.-]*\d{4}|https?:|www\.|linkedin", re.I)
HEADLINE_LINES = 4  # the title, when a resume gives one, stands within the first few lines
HEADLINE_SCORE = 0.6  # how title-like a piece must be to be the headline


def find_headline(text: str, source: str = "resume", start: int = 0) -> tuple[str, Evidence] | None:
    """The title a resume opens with ('CUSTOMER SERVICE REPRESENTATIVE', or 'Jane Doe' then 'Staff
    Accountant - Acme'): the first title-like piece of the first lines from `start`, before any section."""
    for line in islice((ln for ln in _each_line(text) if ln.start >= start), HEADLINE_LINES):
        if heading_of(line.text):
            break
        if _CONTACT.search(line.text) or len(line.text) > 90:
            continue
        segs = _segments(line.text)
        scored = [(title_score(seg.title() if seg.isupper() else seg), seg) for seg in segs]
        score, seg = max(scored, default=(0.0, ""))
        if score >= HEADLINE_SCORE:
            at = text.find(seg, line.start)
            return seg, Evidence(source, at, at + len(seg), seg, line.text)
    return None


def employer_spans(text: str, roles: Iterable[Role]) -> list[tuple[int, int]]:
    """Spans of each role's employer name near its dates ('Sweet Ruby's Bakery' is no skill)."""
    out = []
    for r in roles:
        emp = (r.employer or "").strip()
        if not emp or len(emp.split()) > 6 or r.evidence.source != "resume":
            continue
        lo = max(0, text.rfind("\n", 0, max(r.evidence.start - 200, 0)))
        hi = min(len(text), r.evidence.end + 200)
        pos = text.find(emp, lo, hi)
        if pos >= 0:
            out.append((pos, pos + len(emp)))
    return out
