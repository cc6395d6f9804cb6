"""Years from dated roles (merged intervals), the stated total, the tier, and recency."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from .dates import next_month
from .nlp import sentence_around
from .results import Evidence, ExperienceTier, Role

NUMBER_WORDS = {  # 'five years', 'an year' (PDF typos), as written in resumes and postings
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "fifteen": 15,
    "twenty": 20,
    "a": 1,
    "an": 1,
}
STATED = re.compile(
    r"(?P<q>over|more than|at least|nearly|almost|about|approximately|around)?\s*"
    r"(?P<n>\d{1,2}(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"fifteen|twenty)\s*(?P<plus>\+)?\s*(?:years?|yrs?\.?)(?:'|’)?\s+"
    r"(?:(?:and\s+)?(?P<months>\d{1,2})\s*(?:months?|mos?\.?)\s+)?(?:of\s+)?"
    r"(?:[\w\-/&,]+\s+){0,5}?(?:experience|exp\.?)\b",
    re.I,
)
# the label first: "Total Experience: 5 Years 3 Months", "Total IT experience of 7 years", "Experience: 4.5 yrs"
# ... as job boards write it too: "Total Experience: 5 Year(s) 3 Month(s)", "Exp: 4.2 Yrs", "Work Experience (3 Years)"
STATED_AFTER = re.compile(
    r"\b(?:total|overall|work|professional|relevant|industry)?\s*(?:[A-Za-z]{2,}\s+)?(?:experience|exp\b\.?)\s*"
    r"(?::|-|–|\(|\bof\b|\bis\b)\s*(?P<q>over|more than|about|around|nearly|approximately)?\s*"
    r"(?P<n>\d{1,2}(?:\.\d{1,2})?)\s*(?P<plus>\+)?\s*(?:years?|yrs?)(?:\(s\))?(?!\w)\.?"
    r"(?:\s*(?:and\s*)?(?P<months>\d{1,2})\s*(?:months?|mos?|mths?)(?:\(s\))?(?!\w))?",
    re.I,
)
CURRENT_SLACK_DAYS = 92  # a relevant role ending within a quarter of the latest one is current


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


def find_stated_years(text: str, source: str = "resume") -> tuple[float, Evidence] | None:
    """The largest stated total such as '5+ years of experience' or 'over three years'."""
    best: tuple[float, Evidence] | None = None
    for m in _stated_matches(text):
        n = m.group("n").lower()
        val = float(NUMBER_WORDS.get(n, n) if n in NUMBER_WORDS else float(n))
        if m.group("months") and int(m.group("months")) < 12:
            val = round(val + int(m.group("months")) / 12, 2)
        if val > 50:
            continue
        if best is None or val > best[0]:
            s = m.start() if m.re is STATED_AFTER else (m.start("q") if m.group("q") else m.start("n"))
            e = m.end()
            best = (val, Evidence(source, s, e, text[s:e], sentence_around(text, s, e)))
    return best


# r"(?i)\b(?:years?|yrs?)\b", opening on the 'y' (the \b before it read back) so that the scan skips to the
# next y: a third of the time
_YEARS_WORD = re.compile(r"[Yy](?<!\w.)(?i:ears?|rs?)\b")


def _stated_matches(text: str) -> list[re.Match[str]]:
    """STATED near each 'year' word only: the pattern's lazy gap is slow over a whole resume."""
    out, end = [], -1
    for y in _YEARS_WORD.finditer(text):
        if y.start() < end:
            continue
        lo = max(end, y.start() - 40)
        tries = (STATED.search(text, lo, min(len(text), y.end() + 80)), STATED_AFTER.search(text, lo, y.end() + 20))
        found = [m for m in tries if m and end <= m.start() <= y.start()]
        if found:
            m = min(found, key=lambda f: f.start())
            out.append(m)
            end = m.end()
    return out


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
    if current or (not any(cur for cur, _ in ends) and ended >= latest - timedelta(days=CURRENT_SLACK_DAYS)):
        return True, None
    return False, ended
