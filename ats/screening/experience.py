"""Dated roles -> merged intervals -> years (total, relevant) -> tier; plus stated years."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from .dates import RANGE, find_date_ranges, next_month
from .nlp import sentence_around
from .occupations import TitleMatcher, core_of, normalise_title
from .sections import heading_of
from .results import Evidence, ExperienceTier, Role

_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15,
            "twenty": 20, "a": 1, "an": 1}
STATED = re.compile(
    r"(?P<q>over|more than|at least|nearly|almost|about|approximately|around)?\s*"
    r"(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty)\s*(?P<plus>\+)?\s*(?:years?|yrs?\.?)(?:'|’)?\s+(?:of\s+)?"
    r"(?:[\w\-/&,]+\s+){0,5}?(?:experience|exp\.?)\b", re.I)
_TITLE_WORDS = re.compile(
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
    r"professor|lecturer|librarian|master|nanny|housekeeper|janitor|custodian|lifeguard|valet|"
    r"bartender|busser|dishwasher|waiter|waitress|runner|greeter|porter|courier|mover|laborer|"
    r"labourer|journeyman|foreman|superintendent|scheduler|telemarketer|collector|biller|coder|"
    r"processor|examiner|interviewer|translator|interpreter|stylist|barber|cosmetologist|"
    r"technologist|phlebotomist|paramedic|emt|medic|soldier|sergeant|underwriter|adjuster|"
    r"broker|realtor|marketer|partner|president|vp|principal|teammate)\b", re.I)
_ORG_WORDS = re.compile(r"\b(inc|llc|ltd|corp|corporation|co|company|group|bank|gmbh|plc|"
                        r"university|hospital|services|solutions|technologies|store|stores)\b\.?",
                        re.I)
_SCHOOL = re.compile(r"universit|college|\bschool\b|academy|institute", re.I)
_DEGREE = re.compile(r"bachelor|master[’']?s\b|\bdegree\b|diploma|\bgpa\b|\bb\.?sc\b|\bmba\b|"
                     r"\bb\.?a\.?\b|\bph\.?d\b", re.I)
_BULLET_START = re.compile(r"^\s*[•●▪◦·*\-–]\s")
CURRENT_SLACK_DAYS = 92  # a relevant role ending within a quarter of the latest one is current
_SPLIT = re.compile(r"\s*(?:\||\t|•|,|;|\s[-–—]\s|\s@\s|\bat\b|\(|\))\s*")
# "(contract)", "(part-time, weekends)", "(92A)": qualifiers of a title, never the employer.
_QUALIFIER = re.compile(r"\s*\((?![^()]*\b(?:inc|llc|ltd|corp|company|group|bank)\b)[^()]{1,40}\)", re.I)


def find_roles(text: str, as_of: date, spans: Sequence[tuple[int, int]] | None = None,
               source: str = "resume") -> list[Role]:
    """Roles with title/employer taken from the date's line or the lines just above or below.

    Args:
        text: the resume text.
        as_of: reference date; 'Present' ends here and future dates are clipped to it.
        spans: character spans to search (e.g. the experience section); None means all text.
        source: evidence source name.
    """
    roles = []
    for s, e, start, end, current in find_date_ranges(text, as_of):
        if spans is not None and not any(a <= s < b for a, b in spans):
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        same = (text[ls:s] + " | " + text[e:le]).strip(" |")
        if _DEGREE.search(same) or (_SCHOOL.search(same) and not _TITLE_WORDS.search(same)):
            continue  # "University of Texas, 2012-2016" is study; "Teacher, X School" is work
        title, employer = _title_employer([same])
        pos = _positional(same) if not title else []
        if len(pos) >= 2:  # "Help Desk | Acme Corp | 2022-06 – present"
            title, employer = pos[0], pos[1]
        if not title:
            title, employer = _title_employer([same, *_neighbours(text, ls, le, before=True)])
        if not title:
            title, employer = _title_employer([same, *_neighbours(text, ls, le, before=False)])
        if not title and pos:  # "Tech Support | 2020/01 - 2022/05"
            title, employer = pos[0], None if employer == pos[0] else employer
        if title and not employer:
            employer = _employer_line(text, ls, le)
        if not title and not employer:
            continue
        snippet = text[s:e]
        roles.append(Role(title=title or "", employer=employer, start=start,
                          end=end, current=current,
                          evidence=Evidence(source, s, e, snippet, sentence_around(text, s, e))))
    return roles


def employer_spans(text: str, roles: Iterable[Role]) -> list[tuple[int, int]]:
    """Spans of each role's employer name near its dates ('Sweet Ruby's Bakery' is no skill)."""
    out = []
    for r in roles:
        emp = (r.employer or "").strip()
        if not emp or len(emp.split()) > 6 or r.evidence.source != "resume":
            continue
        lo, hi = r.evidence.start, r.evidence.end
        for _ in range(3):  # the dated line and up to two lines either side
            lo = max(0, text.rfind("\n", 0, max(lo - 1, 0)))
            nxt = text.find("\n", hi + 1)
            hi = len(text) if nxt < 0 else nxt
        pos = text.find(emp, lo, hi)
        while pos >= 0:
            ls = text.rfind("\n", 0, pos) + 1
            if not _BULLET_START.match(text[ls:pos + 1]):
                out.append((pos, pos + len(emp)))
            pos = text.find(emp, pos + len(emp), hi)
    return out


def _positional(same: str) -> list[str]:
    """Parts of a 'Title | Employer | dates' line when its first part is no organisation name."""
    if _BULLET_START.match(same) or same.rstrip().endswith("."):
        return []
    parts = [p.strip(" .:-–—*•") for p in re.split(r"\s*(?:\||\t|•|\s[-–—]\s)\s*", same)]
    parts = [p for p in parts if p and not re.fullmatch(r"[\W\d]+", p)
             and not re.match(r"(?i)(present|current|remote|hybrid)$", p)]
    if not parts or _ORG_WORDS.search(parts[0]) or len(parts[0].split()) > 5 \
            or not parts[0][:1].isupper():
        return []
    return parts[:2]


def _neighbours(text: str, ls: int, le: int, before: bool) -> list[str]:
    """Up to two non-empty lines above (or below) a line, stopping at a dated line, a heading
    or (above) a sentence that ends the previous role's details."""
    lines = text[:ls].splitlines()[::-1] if before else text[le:].splitlines()
    out: list[str] = []
    for ln in lines:
        ln = ln.strip()
        if not ln:
            continue
        if RANGE.search(ln) or len(out) >= 2 or heading_of(ln) or (before and ln.endswith(".")):
            break
        out.append(ln)
    return out


def _employer_line(text: str, ls: int, le: int) -> str | None:
    """An undated, unbulleted short line just below (else above) a 'Title   Dates' line."""
    for cand in (_neighbours(text, ls, le, before=False)[:1],
                 _neighbours(text, ls, le, before=True)[:1]):
        if cand and not _BULLET_START.match(cand[0]) and not _TITLE_WORDS.search(cand[0]) \
                and len(cand[0]) <= 60 and not cand[0].endswith("."):
            part = next((p.strip() for p in _SPLIT.split(cand[0]) if p.strip()), None)
            if part:
                return part
    return None


def _title_employer(lines: Iterable[str]) -> tuple[str | None, str | None]:
    parts = [p.strip(" .:-–—*•") for ln in lines for p in _SPLIT.split(_QUALIFIER.sub("", ln))]
    parts = [p for p in parts if p and len(p) < 80 and not re.fullmatch(r"[\W\d]+", p)
             and not re.match(r"(?i)(present|current|remote|hybrid)$", p)]
    title = next((p for p in parts if _TITLE_WORDS.search(p) and len(p.split()) <= 7), None)
    others = [p for p in parts if p != title and not re.fullmatch(r"[A-Z]{2}", p)]
    if title and len(others) >= 2 and _bare_rank(title) and not _ORG_WORDS.search(others[0]) \
            and parts.index(others[0]) == parts.index(title) + 1:
        # "Senior Manager, Customer Care, Grubhub": the department is part of the title
        title, others = f"{title}, {others[0]}", others[1:]
    employer = next((p for p in others if _ORG_WORDS.search(p)), others[0] if others else None)
    return title, employer


def _bare_rank(title: str) -> bool:
    """A title that names a rank but no field: 'Senior Manager', 'Director', 'Team Lead'."""
    return bool(normalise_title(title)) and not core_of(normalise_title(title))


def years_of(roles: Iterable[Role]) -> float | None:
    """Years covered by the union of role intervals (overlaps counted once)."""
    spans = []
    for r in roles:
        if r.start is None or r.end is None:
            continue
        end = r.end if r.current else next_month(r.end)
        spans.append((r.start, max(end, r.start)))
    if not spans:
        return None
    spans.sort()
    total = timedelta(0)
    cs, ce = spans[0]
    for s, e in spans[1:]:
        if s > ce:
            total += ce - cs
            cs, ce = s, e
        else:
            ce = max(ce, e)
    total += ce - cs
    return round(total.days / 365.25, 2)


def relevant_years(roles: Sequence[Role], titles: Sequence[str]) -> float | None:
    """Years in roles whose title matches one of the job's occupation titles."""
    if not roles:
        return None
    tm = TitleMatcher.for_titles(tuple(titles))
    return years_of(r for r in roles if tm.matches(r.title)) or 0.0


def find_stated_years(text: str, source: str = "resume") -> tuple[float, Evidence] | None:
    """The largest stated total such as '5+ years of experience' or 'over three years'."""
    best: tuple[float, Evidence] | None = None
    for m in STATED.finditer(text):
        n = m.group("n").lower()
        val = float(_NUMBERS.get(n, n) if n in _NUMBERS else float(n))
        if val > 50:
            continue
        if best is None or val > best[0]:
            s, e = m.start("q") if m.group("q") else m.start("n"), m.end()
            best = (val, Evidence(source, s, e, text[s:e], sentence_around(text, s, e)))
    return best


def tier_for(years: float | None, tiers: Sequence[ExperienceTier]) -> str | None:
    """The highest tier whose band holds the years (open-ended tiers win over lower ones)."""
    if years is None or not tiers:
        return None
    fitting = [t for t in tiers if t.contains(years)] or [t for t in tiers if years >= t.min_years]
    return max(fitting, key=lambda t: t.min_years).name if fitting else None


def recency(relevant: Sequence[Role], roles: Sequence[Role]) -> tuple[bool, date | None]:
    """(one of the relevant roles is current, else when the last one ended), judged against all
    roles: between jobs, a relevant role that ended within a quarter of the latest one is current."""
    rel = [(r.current, r.end) for r in relevant if r.end is not None]
    if not rel:
        return False, None
    current, ended = max(rel)
    ends = [(r.current, r.end) for r in roles if r.end is not None]
    latest = max(end for _, end in ends)
    if current or (not any(cur for cur, _ in ends)
                   and ended >= latest - timedelta(days=CURRENT_SLACK_DAYS)):
        return True, None
    return False, ended
