"""Date ranges as resumes write them: 'Jan 2019 - Present', '03/2018 - 06/2020', 'Summer 2021', 'Since April 2022'."""

from __future__ import annotations

import re
from datetime import date

_MON = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_SEASON = r"(?:spring|summer|fall|autumn|winter)"
_DAY = r"(?:[0-2]?[1-9]|[123]0|31)(?:st|nd|rd|th)?"
# a whole date, day and all: '15 March 2014', '1st Mar, 2014', '15-Mar-2014', 'March 15, 2014', '14.03.2014',
# '03/15/2014', '2014-03-15'
_FULL_DATE = (
    rf"{_DAY}[\s\-/.]*{_MON}[\s\-,]*(?:19|20)\d\d|{_MON}\s*{_DAY},?\s+(?:19|20)\d\d|"
    r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*(?:19|20)\d\d|\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|\d{1,2}-\d{1,2}-(?:19|20)\d\d|"
    r"(?:19|20)\d\d-[01]\d-[0-3]\d"
)
_POINT = (
    rf"(?:{_FULL_DATE}|{_MON}(?:\s*,?\s*|-)'?(?:19|20)\d\d|{_MON}\s*[’']\d\d(?!\d)|{_MON}-\d\d(?![\d\-/])|"
    rf"{_SEASON}\s*,?\s*(?:19|20)\d\d|(?:19|20)\d\d[-/.](?:0[1-9]|1[0-2])(?![\d/])|"
    r"(?:0?[1-9]|1[0-2])\s*[/.\-]\s*(?:19|20)\d\d|(?:0?[1-9]|1[0-2])/\d\d(?!\d)|"
    r"(?:19|20)\d\d)"
)
_NOW = (
    r"(?:present|current(?:ly)?|now|date|today|ongoing|onwards?|"
    r"(?:till|until|up\s?to)\s+(?:date|now|today|present)|to date)"
)
# a dash or word between a range's ends: also a lone '"', '?', '\ufffd' or 'Â' a PDF left for a dash, and the
# " | " between a Word table row's 'From' and 'To' cells
_DASH = r"\s*(?:-{1,2}|–|—|â€“|â€”|â€\x93|â€\x94|~|to|until|till|through|thru|(?<=\s)[\"?\ufffd|Â](?=\s))\s*"
RANGE = re.compile(rf"(?<![\w/\-])(?P<a>{_POINT}){_DASH}(?P<b>{_POINT}|{_NOW})(?![\w/\-])", re.I)
SINCE = re.compile(
    rf"\b(?:since|from)\s+(?P<a>{_POINT})(?!\s*{_DASH}\s*(?:{_POINT}|{_NOW}))"
    r"(?![\w/])",
    re.I,
)
# 'Jan 2020 onwards', as Indian resumes write a current role
ONWARDS = re.compile(rf"(?<![\w/\-])(?P<a>{_POINT})\s*(?:-|–)?\s*onwards?(?!\w)", re.I)
SEASON_ONLY = re.compile(rf"(?<![\w/]){_SEASON}\s*,?\s*(?:19|20)\d\d(?![\w/])", re.I)
_MONTHS = {
    m: i + 1 for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"])
}
# a numeric whole date: its two leading numbers (day and month in either order) and the separator after the first
_NUMERIC_DATE = re.compile(r"(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*[/.\-]\s*(?:19|20)\d\d")
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}


def parse_point(s: str, end: bool = False, day_first: bool | None = None) -> tuple[int, int]:
    """'Sept. 2018' / '03/2018' / 'Summer 2021' / '2017' -> (year, month); day_first says how to read a
    numeric whole date ('01/06/2012') when the other end of its range told ('31/12/2014')."""
    s = s.lower().strip()
    year_m = re.search(r"(19|20)\d\d", s)
    if year_m:
        year = int(year_m.group())
    else:
        year = 2000 + int(re.search(r"(\d\d)\s*$", s).group(1))  # type: ignore[union-attr]
    for name, (a, b) in _SEASONS.items():
        if name in s:
            return (year + 1, b) if end and a > b else (year, b if end else a)
    iso = re.match(r"(?:19|20)\d\d\s*[-/.]\s*(\d{1,2})(?:-\d\d)?$", s)
    if iso:
        return year, int(iso.group(1))
    word = re.search(r"[a-z]{3,}", s)
    if word and word.group()[:3] in _MONTHS:
        return year, _MONTHS[word.group()[:3]]
    both = _NUMERIC_DATE.match(s)
    if both:
        first, second = int(both.group(1)), int(both.group(3))
        if day_first is None:
            return year, _month_of(first, second, both.group(2))
        return year, second if day_first else first
    num = re.match(r"(\d{1,2})\s*[/.\-]", s)
    if num:
        return year, int(num.group(1))
    return year, 1


def _month_of(first: int, second: int, sep: str) -> int:
    """The month of a numeric day-and-month date: the one that can be a month; when both can, the second
    after dots and hyphens (14.03.2014, as Europe and India write) and the first after slashes (03/14/2014)."""
    if first > 12 or (second <= 12 and sep in ".-"):
        return second
    return first


def day_first(*points: str) -> bool | None:
    """Whether a range's numeric whole dates put the day first, as far as one of them shows (a number
    above 12), else None."""
    for p in points:
        m = _NUMERIC_DATE.search(p)
        if m and int(m.group(1)) > 12:
            return True
        if m and int(m.group(3)) > 12:
            return False
    return None


def _first(y: int, m: int) -> date:
    return date(y, min(max(m, 1), 12), 1)


def next_month(d: date) -> date:
    """The first day of the month after d: an inclusive end month becomes an exclusive end."""
    return date(d.year + (d.month == 12), d.month % 12 + 1, 1)


_YEAR_ONLY = re.compile(r"(?:19|20)\d\d")
# '2015 - 2018' counts three years (mid-2015 to mid-2018 is what two years alone say, on average); one year at
# both ends ('2015 - 2015') counts half a year
SAME_YEAR_MONTHS = 6
_DIGITS = re.compile(r"\d\d{1,3}")  # \d{2,4}, written so that the scan skips to the next digit


# The words a SINCE or SEASON_ONLY match starts with, each at most LEAD_CHARS long: where none starts
# shortly before a number, no match can start before it, so the slow pattern is not tried there.
LEAD_CHARS = 6
_SINCE_LEAD = re.compile(r"\b(?:since|from)", re.I)
_SEASON_LEAD = re.compile(rf"(?<![\w/]){_SEASON}", re.I)


def _scan(
    rx: re.Pattern[str], text: str, numbers: list[re.Match[str]], lead: re.Pattern[str] | None = None
) -> list[re.Match[str]]:
    """rx.finditer, but tried only near numbers: every date holds one, and the patterns are slow to try
    at every position of a long text (nor where no word that starts a match comes first)."""
    out: list[re.Match[str]] = []
    pos = 0
    for d in numbers:
        if d.start() < pos:
            continue
        lo = max(pos, d.start() - 30)
        if lead is not None and lead.search(text, lo, d.start() + LEAD_CHARS) is None:
            continue
        m = rx.search(text, lo, min(len(text), d.end() + 70))
        if m is not None and m.start() <= d.start():
            out.append(m)
            pos = m.end()
    return out


def find_date_ranges(text: str, as_of: date) -> list[tuple[int, int, date, date, bool]]:
    """(start_char, end_char, start, end, current) for every date range in the text."""
    out = []
    numbers = list(_DIGITS.finditer(text))  # found once for the three patterns
    ranges = _scan(RANGE, text, numbers)
    orders = [day_first(m.group("a"), m.group("b")) for m in ranges]
    shown = {o for o in orders if o is not None}
    usual = shown.pop() if len(shown) == 1 else None  # a resume keeps one order: "31/08/2016" tells "01/09/2016"
    for m, order in zip(ranges, orders, strict=True):
        b_txt = m.group("b")
        order = usual if order is None else order
        a = _first(*parse_point(m.group("a"), day_first=order))
        current = re.fullmatch(_NOW, b_txt.strip(), re.I) is not None
        b = as_of if current else _first(*parse_point(b_txt, end=True, day_first=order))
        if (
            not current
            and b == a
            and _YEAR_ONLY.fullmatch(b_txt.strip())
            and _YEAR_ONLY.fullmatch(m.group("a").strip())
        ):
            b = date(a.year, SAME_YEAR_MONTHS + 1, 1)  # '2015 - 2015' was part of that year, not nothing
        if a <= as_of and a <= b:
            out.append((m.start(), m.end(), a, min(b, as_of), current or b > as_of))
    taken = [(s, e) for s, e, *_ in out]
    later: list[tuple[re.Pattern[str], re.Pattern[str] | None]] = [(SINCE, _SINCE_LEAD), (SEASON_ONLY, _SEASON_LEAD)]
    if "onward" in text.lower():
        later.insert(1, (ONWARDS, None))
    for rx, lead in later:
        for m in _scan(rx, text, numbers, lead):
            if any(s <= m.start() < e for s, e in taken):
                continue
            if rx is not SEASON_ONLY:
                a, b, cur = _first(*parse_point(m.group("a"), day_first=usual)), as_of, True
            else:
                a = _first(*parse_point(m.group()))
                b, cur = _first(*parse_point(m.group(), True)), False
            if a <= as_of:
                out.append((m.start(), m.end(), a, min(b, as_of), cur))
                taken.append((m.start(), m.end()))
    return sorted(out)
