"""Dated roles found by layout: a date range, and the title beside it (same line, line above or below)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import islice

from .dates import RANGE, find_date_ranges
from .nlp import sentence_around
from .occupations import best_codes, core_of, normalise_title, resolve_title, title_openers
from .profile_roles import profile_employers
from .results import Evidence, Role
from .role_bounds import dedupe_roles, earliest_plausible
from .role_layout import Picked, titled_by_layout
from .sections import heading_of
from .title_words import INSTITUTION_WORDS

TITLE_WORDS = re.compile(
    r"\b(representative|rep|specialist|agent|associate|manager|assistant|clerk|analyst|engineer|"
    r"developer|coordinator|supervisor|nurse|cashier|officer|consultant|administrator|technician|"
    r"lead|director|intern|advisor|adviser|receptionist|accountant|driver|operator|teller|server|"
    r"designer|executive|csr|head|owner|founder|programmer|architect|scientist|bookkeeper|"
    r"auditor|attendant|worker|handler|picker|packer|dispatcher|recruiter|teacher|tutor|"
    r"therapist|aide|caregiver|host|hostess|barista|cook|chef|crew|member|trainee|apprentice|"
    r"volunteer|professional|expert|planner|buyer|merchandiser|stocker|loader|secretary|"
    r"concierge|banker|steward|stewardess|ambassador|guard|mechanic|electrician|plumber|carpenter|"
    r"welder|machinist|assembler|inspector|pharmacist|hygienist|paralegal|attorney|lawyer|writer|"
    r"editor|photographer|researcher|strategist|counselor|counsellor|coach|trainer|instructor|"
    r"professor|lecturer|librarian|nanny|housekeeper|janitor|custodian|lifeguard|valet|"
    r"bartender|busser|dishwasher|waiter|waitress|runner|greeter|porter|courier|mover|laborer|"
    r"labourer|journeyman|foreman|superintendent|scheduler|telemarketer|collector|biller|coder|"
    r"processor|examiner|interviewer|translator|interpreter|stylist|barber|cosmetologist|"
    r"technologist|phlebotomist|paramedic|emt|medic|soldier|sergeant|underwriter|adjuster|"
    r"broker|realtor|marketer|partner|president|vp|principal|estimator|controller|generalist|"
    r"educator|clinician|physician|surgeon|dentist|pilot|navigator|maintainer|specialists|"
    r"officers|managers|associates|leader|chair|chairman|chairwoman|chairperson|co-op)\b",
    re.I,
)
# an organisation's name: an institution, or a word companies and public bodies end in
_ORG = re.compile(
    r"\b("
    + "|".join(
        sorted(
            INSTITUTION_WORDS
            | {"co", "group", "gmbh", "plc", "services", "solutions", "technologies", "store", "stores"}
            | {"associates", "partners", "department", "county", "district", "llp", "lp"}
        )
    )
    + r")\b(?!-)\.?",  # 'Co.' is a company, 'Co-op' a student's post
    re.I,
)
_PLACEHOLDER = re.compile(r"\b(?:company name|city\s*,\s*state|employer name)\b", re.I)
_LOCATION = re.compile(
    r"^(?:[A-Z][a-zA-Z.\- ]{1,30},\s*(?:[A-Z]{2}|[A-Z][a-z]+(?: [A-Z][a-z]+)?)|remote|"
    r"(?:[A-Z][a-z]+ ?){1,3},\s*(?:USA|US|India|UK|Canada))$"
)
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
MIN_TITLE_SCORE = 0.45


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


@lru_cache(maxsize=100_000)
def title_score(segment: str) -> float:
    """How much a piece of a line looks like a job title: an O*NET title, a title word, a short name. A
    long piece of several posts ('Vice President and Director of Human Resources') is as title-like as its
    best post, less a little for each other one."""
    s = segment.strip(" .:-–—*•,;")
    if not s or _PLACEHOLDER.fullmatch(s) or _LOCATION.match(s):
        return 0.0
    if len(s) > 70 or len(s.split()) > 8:
        return 0.0 if segment.rstrip().endswith(".") else _posts_score(s)
    return _one_title_score(s)


MAX_POSTS = 4  # a title line names at most this many posts held at once
POST_COST = 0.05  # each post beyond the first makes the whole a little less surely a title
# where one post ends and the next begins: a slash, or "and"/"&" before a capital ("Trainer and Assistant Coach")
_POST_BREAK = re.compile(r"\s*/\s*|\s+(?:and|&)\s+(?=[A-Z])")
# the only words a title's posts leave in lower case ("Director of Sales and Marketing")
_JOINERS = frozenset({"of", "and", "to", "for", "the", "in", "at", "on", "&", "-"})


def _posts_score(s: str) -> float:
    """A long piece scored by its posts, when every one of them is short and written as a title is (its
    words capitalised but for joiners): 'Worked beside the Store Manager' is a sentence."""
    posts = [p.strip(" ,") for p in _POST_BREAK.split(s) if p.strip(" ,")]
    if not 1 < len(posts) <= MAX_POSTS or any(len(p) > 70 or len(p.split()) > 8 for p in posts):
        return 0.0
    if any(w[0].islower() and w not in _JOINERS for p in posts for w in p.split()):
        return 0.0
    return max(_one_title_score(p) for p in posts) - POST_COST * (len(posts) - 1)


def _one_title_score(s: str) -> float:
    """How title-like one post is: its O*NET titles and title words, less what marks a place or a duty."""
    words = s.split()
    if s.endswith(".") and len(words) > 4 or _AWARD.search(s):
        return 0.0
    matches = resolve_title(s)
    score = max((conf for _, conf in matches), default=0.0)
    if TITLE_WORDS.search(s):
        score = max(score, 0.5) + 0.15
    head = _head_word(words)
    if words[-1].lower().rstrip(".") in INSTITUTION_WORDS and score < 0.95 and not _headed_by_title_word(head):
        score -= 0.5  # 'Turner Elementary School' is a place, though 'Elementary School' names teachers
    elif _ORG.search(s) and not matches and not _headed_by_title_word(head):
        score -= 0.3  # 'Community Health Center' is a place; 'Avionics Work Center Supervisor' a post
    if _opens_with_a_deed(words) and not _headed_by_title_word(head):
        score -= 0.5  # 'Created dynamic financial models' is a duty, not the Models occupation
    if not s[0].isupper() and not s[0].isdigit():
        score -= 0.3
    if re.search(r"\d{3,}|@|https?:|www\.", s):
        score -= 0.4
    if len(words) > 5:
        score -= 0.1 * (len(words) - 5)
    return score


def _opens_with_a_deed(words: list[str]) -> bool:
    """The first word is a past-tense verb no O*NET title opens with ('Configured', not 'Certified')."""
    first = words[0].lower()
    return len(words) > 1 and first.endswith("ed") and first not in title_openers()


_AWARD = re.compile(r"(?i)\bof the (?:year|month|quarter)\b")  # 'Teacher of the Year' is an award, not a post
_GRADE = re.compile(r"(?i)^(?:[ivx]{1,4}|\d)$")  # 'Relationship Associate III', 'Analyst 2'


def _head_word(words: list[str]) -> str:
    """The word that says what a title is: the last, less a grade after it ('Associate III'), or the one
    before 'of' ('Coordinator of Student Services', 'Director of Nursing')."""
    lower = [w.lower() for w in words]
    if "of" in lower[1:]:
        return words[lower.index("of", 1) - 1]
    return words[-2] if len(words) > 1 and _GRADE.match(words[-1]) else words[-1]


def _headed_by_title_word(head: str) -> bool:
    """The title's head word names a post and not an organisation ('Supervisor', not 'Associates')."""
    return bool(TITLE_WORDS.fullmatch(head)) and not _ORG.fullmatch(head)


# the field labels of a form-like entry: "Designation: Software Engineer", "Company: Infosys", "Duration: ..."
_FIELD_LABEL = re.compile(
    r"(?i)^\s*(?:(?:job|current|present)\s+)?(?:title|designation|position|role|post|company|employer|"
    r"organi[sz]ation|client|firm|duration|period|tenure|dates?|place|location)\s*(?::|\s[-–]\s)\s*"
)


def _segments(line: str) -> list[str]:
    line = _QUALIFIER.sub("", _PLACEHOLDER.sub(" | ", _FIELD_LABEL.sub("", line)))
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
        and not _ORG.search(segs[j + 1])
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
                or _LOCATION.match(seg)
                or len(seg.split()) > 8
                or (title_score(seg) >= 0.5 and k != after_title)
            ):  # 'Line Cook, Home Chef': the employer
                continue
            if _ORG.search(seg) or p == title_place or (p in between and len(seg.split()) <= 5):
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
