"""Education level and field, certifications and spoken languages, each with evidence."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .nlp import sentence_around
from .results import Certification, EducationFinding, Evidence, LanguageFinding, SkillMention, education_rank

LEVEL_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "doctorate",
        re.compile(
            r"\b(?:ph\.?\s?d\b\.?|doctorate|doctoral degree|doctor of "
            r"(?:philosophy|education|nursing practice|pharmacy|medicine)|ed\.d\b\.?|pharm\.?\s?d\b\.?|juris doctor)",
            re.I,
        ),
    ),
    (
        "master",
        re.compile(
            r"\b(?:master[’']?s?(?: degree)?(?: of| in)?|m\.?b\.?a\b\.?|m\.sc?\b\.?|"
            r"msc\b|m\.ed\b\.?|(?-i:MS|MA|MSN)(?= in\b|\s*\(?[Hh]ons\b)|m\.s\.(?=\s)|"
            # as India and Britain write them: M.Tech, MCA, M.Com, M.Phil, LL.M, PGDM, a post-graduate diploma
            r"m\.?\s?tech\b\.?|mca\b|m\.com\b|mcom\b|m\.?phil\b\.?|ll\.?m\b\.?|pgdm\b|pgdba\b|"
            r"post[\s-]?graduate diploma)",
            re.I,
        ),
    ),
    (
        "bachelor",
        re.compile(
            r"\b(?:bachelor[’']?s?(?: degree)?(?: of| in)?|baccalaureate|"
            r"b\.sc?\b\.?|bsc\b|b\.a\b\.?|bba\b|bsn\b|(?-i:BS|BA)(?= in\b|\s*\(?[Hh]ons\b)|"
            r"undergraduate degree|four-year degree|4-year degree|college degree|b\.s\.(?=\s)|"
            # B.Tech, B.E., BE (Mechanical), B.Com, BCA, B.Pharm, B.Arch, B.Ed, LL.B, BFA, B.Eng
            r"b\.?\s?tech\b\.?|b\.e\b\.?|(?-i:BE)(?=\s*(?:\(|in\b|-\s))|b\.com\b|bcom\b|bca\b|"
            r"b\.?\s?pharm\b\.?|b\.?\s?arch\b\.?|b\.ed\b\.?|ll\.?b\b\.?|bfa\b|b\.?eng\b\.?)",
            re.I,
        ),
    ),
    (
        "associate",
        re.compile(
            r"\b(?:associate[’']s\b|associates?\s+"
            r"(?:degree|of (?:arts|science|applied)|"
            r"in (?:arts|science|applied))|a\.a\.s?\b\.?|two-year degree|"
            r"2-year degree|(?-i:AAS|AA|AS)(?= in\b)|(?<!school )(?:advanced )?diploma(?= in\b))",
            re.I,
        ),
    ),
    (
        "high_school",
        re.compile(
            r"\b(?:high[\s-]school(?: diploma)?|secondary school|(?-i:GED)\b|"
            r"general education development|hs diploma|(?-i:HSC|SSC|SSLC)\b|(?:higher|senior) secondary|"
            r"(?-i:A[- ]?[Ll]evels?)\b|(?-i:GCSEs?)\b)",
            re.I,
        ),
    ),
)
# Where any level's pattern matches (one scan, tried only at word starts with a letter some pattern starts
# with): each level is then tried only there, not over the whole text once per level.
_ANY_LEVEL = re.compile(
    r"\b(?=[pdembufcat2hsg4lj])(?=" + "|".join(rx.pattern.removeprefix(r"\b") for _, rx in LEVEL_PATTERNS) + ")",
    re.I,
)
_FIELD = re.compile(
    r"(?<!University )(?<!College )(?<!Institute )(?<!School )(?<!Academy )"  # "University of Leeds" is a place
    r"\b(?:in|of)\s+(?!(?:arts|science|applied science)\b)"
    r"([A-Z][A-Za-z&/ ]{2,50}?)(?=\s*(?:[,.;|(]|$|\s[-–—]\s|"
    r"\s+(?:from|at|and|or|preferred|required|\d)))"
)
# "Master of Science (MSc)" and "Master of Business Administration - MBA": the abbreviation restates the degree
_RESTATED = re.compile(r"[^\n(]{0,40}?\(\s*|[^\n(,]{0,40}?\s[-–—]\s*")
_SCHOOL_NEXT = re.compile(r"\s*(?:Community\s+|State\s+)?(?:College|University|Institute|School|Academy)\b")
# LinkedIn's "Bachelor of Science - BS, Marketing" and "Bachelor's degree, Computer Science": the field after
# the degree's name (and its abbreviation), past a comma
_COMMA_FIELD = re.compile(
    r"(?:\s+(?i:of|in|arts|sciences?|applied|business|administration|degree|fine|philosophy|education|"
    r"engineering|technology|commerce|nursing))*(?:\s[-–—]\s[A-Z][A-Za-z.]{1,6})?\s*,\s*"
    r"([A-Z][A-Za-z&/ ]{2,50}?)(?=\s*(?:[,.;|(·]|$))",
    re.M,
)
_ABBREVIATION = re.compile(r"[A-Za-z.]{2,8}")  # "BSc", "B.Com", "MBA": a field may follow with no "in"
_FIELD_NEXT = re.compile(  # "MBA (Finance)", "BSc (Hons) Accounting and Finance": a field with no "in"
    r"\s*(?:\((?!\s*(?i:hons|honours))\s*([A-Z][A-Za-z&/ ]{2,50}?)\s*\)|\(?\s*(?i:hons|honours)\.?\s*\)?\s*[:-]?\s*"
    r"([A-Z][A-Za-z&/ ]{2,50}?)(?=\s*(?:[,.;|()]|$|\s[-–—]\s|\s+(?:from|at|\d))))"
)
_NOT_FIELD = re.compile(
    r"(?i:candidate|program|programme|student|graduate|degree|holder|university|college|school|institute|"
    r"academy|course|club|award|certificate|city|state)"
)
_IN_PROGRESS = re.compile(
    r"\b(?:in[\s-]progress|expected|anticipated|currently\s+(?:pursuing|"
    r"enrolled|studying|attending)|pursuing|candidate|ongoing|"
    r"not\s+(?:yet\s+)?completed|incomplete)\b|"
    r"(?:19|20)\d\d\s*(?:-|–|—|to)\s*(?:present|current|now)\b",
    re.I,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_SCHOOL = re.compile(r"universit|college|\bschool\b|academy|institute|polytechnic", re.I)
_SEGMENT_END = re.compile(r"\s*(?:[,;|(\n–—]|\s-\s|\s(?:from|at)\s|\b(?:19|20)\d\d\b)")
_SEGMENT_SPLIT = re.compile(r"\s*(?:[,;|()\t–—]|\s-\s|\s(?:from|at)\s)\s*")
_PROFICIENCY = re.compile(
    r"\b(native|fluent|bilingual|conversational|basic|intermediate|"
    r"advanced|professional|proficient|business|elementary|[ABC][12])\b",
    re.I,
)


def find_education(
    text: str, spans: Sequence[tuple[int, int]] | None = None, source: str = "resume", as_of: date | None = None
) -> list[EducationFinding]:
    """Degree mentions (inside spans when given), flagged when in progress or future-dated."""
    out: list[EducationFinding] = []
    taken: list[tuple[int, int]] = []
    starts = [m.start() for m in _ANY_LEVEL.finditer(text)]
    for level, rx in LEVEL_PATTERNS:
        for m in _matches(rx, text, starts):
            s, e = m.span()
            if spans is not None and not any(a <= s < b for a, b in spans):
                continue
            if any(a <= s < b for a, b in taken) or any(_RESTATED.fullmatch(text, b, s) for _, b in taken):
                continue  # "Master of Science (MSc)": the abbreviation restates the degree
            le = text.find("\n", e)
            fm = _FIELD.search(text, e, le if le >= 0 else len(text))
            fm = fm if fm and fm.start() - e <= 25 else None
            if fm is None and _ABBREVIATION.fullmatch(m.group()):
                # "BSc (Hons) Accounting", "MBA (Finance)"
                fm = _FIELD_NEXT.match(text, e, le if le >= 0 else len(text))
                fm = fm if fm and not _NOT_FIELD.match(fm.group(fm.lastindex or 1)) else None
            if fm is None:
                fm = _COMMA_FIELD.match(text, e, le if le >= 0 else len(text))
                fm = (
                    fm
                    if fm and not _NOT_FIELD.search(fm.group(1)) and not _SCHOOL_NEXT.match(text, fm.end(1))
                    else None
                )
            g = (fm.lastindex or 1) if fm else 1
            field = fm.group(g).strip() if fm else None
            end = fm.end(g) if fm else e
            taken.append((s, e))
            out.append(
                EducationFinding(
                    level,
                    field,
                    Evidence(source, s, end, text[s:end], sentence_around(text, s, end)),
                    _in_progress(text, s, e, as_of),
                )
            )
    return sorted(out, key=lambda f: f.evidence.start)


def _matches(rx: re.Pattern[str], text: str, starts: list[int]) -> list[re.Match[str]]:
    """rx.finditer(text), tried only where some level matches (the same matches, far fewer tries)."""
    out: list[re.Match[str]] = []
    pos = 0
    for p in starts:
        if p >= pos and (m := rx.match(text, p)) is not None:
            out.append(m)
            pos = m.end()
    return out


def _in_progress(text: str, s: int, e: int, as_of: date | None) -> bool:
    """'(in progress)', 'expected 2027', 'currently pursuing' on the degree's (or next) line."""
    ls = text.rfind("\n", 0, s) + 1
    le = text.find("\n", e)
    le = len(text) if le < 0 else le
    line = text[ls:le]
    nxt_end = text.find("\n", le + 1)
    nxt = text[le + 1 : len(text) if nxt_end < 0 else nxt_end] if le < len(text) else ""
    if nxt.strip() and not _ANY_LEVEL.search(nxt):
        line += "\n" + nxt
    if _IN_PROGRESS.search(line):
        return True
    years = [int(y) for y in _YEAR.findall(line)]
    return bool(as_of and years and min(years) > as_of.year)


def name_spans(
    text: str, found: Sequence[EducationFinding], spans: Sequence[tuple[int, int]] | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, 'degree' | 'school') spans: 'B.A. English', 'Travis High School'."""
    out: list[tuple[int, int, str]] = []
    lines: set[int] = set()
    for f in found:
        s = f.evidence.start
        m = _SEGMENT_END.search(text, f.evidence.end)
        out.append((s, m.start() if m else len(text), "degree"))
        lines.add(text.rfind("\n", 0, s) + 1)
    for a, b in spans or ():
        pos = a
        for line in text[a:b].splitlines(keepends=True):
            lines.add(pos)
            pos += len(line)
    for ls in sorted(lines):
        le = text.find("\n", ls)
        le = len(text) if le < 0 else le
        pos = ls
        for part in _SEGMENT_SPLIT.split(text[ls:le]):
            i = text.find(part, pos, le) if part else -1
            if i >= 0:
                if _SCHOOL.search(part) and len(part.split()) <= 8:
                    out.append((i, i + len(part), "school"))
                pos = i + len(part)
    return out


def highest(found: Sequence[EducationFinding]) -> str | None:
    """Highest completed level found (degrees in progress do not count)."""
    return max((f.level for f in found if not f.in_progress), key=education_rank, default=None)


def find_certifications(
    text: str, cert_span: tuple[int, int] | None, mentions: Sequence[SkillMention], source: str = "resume"
) -> list[Certification]:
    """Taxonomy certifications anywhere, plus each line of a certifications section."""
    out: dict[str, Certification] = {}
    for m in mentions:
        if m.category == "certifications" and m.skill not in out:
            out[m.skill] = Certification(m.skill, m.evidence)
    if cert_span:
        s0, e0 = cert_span
        first = text.find("\n", s0)
        pos = first + 1 if 0 <= first < e0 else e0
        for line in text[pos:e0].splitlines(keepends=True):
            name = line.strip().strip("•*-–· \t")
            name = re.sub(r"\s*[,(|–—-]\s*(?:19|20)\d\d.*$", "", name).strip()
            if (
                3 <= len(name) <= 100
                and name not in out
                and not any(c.evidence.start <= pos < c.evidence.end for c in out.values())
            ):
                a = pos + line.find(name[:10]) if name[:10] in line else pos
                out[name] = Certification(
                    name, Evidence(source, a, a + len(name), name, sentence_around(text, a, a + len(name)))
                )
            pos += len(line)
    return list(out.values())


def find_languages(text: str, mentions: Sequence[SkillMention]) -> list[LanguageFinding]:
    """Spoken languages (taxonomy 'languages' category) with a proficiency word on the line."""
    out: dict[str, LanguageFinding] = {}
    for m in mentions:
        if m.category != "languages" or m.skill in out or m.skill in ("Bilingual",):
            continue
        ev = m.evidence
        ls, le = text.rfind("\n", 0, ev.start) + 1, text.find("\n", ev.end)
        line = text[ls : le if le >= 0 else len(text)]
        rel = ev.start - ls
        after = re.split(r"[,;|/]", line[rel + len(ev.text) : rel + len(ev.text) + 30])[0]
        before = re.split(r"[,;|/(]", line[max(0, rel - 25) : rel])[-1]
        p = _PROFICIENCY.search(after) or _PROFICIENCY.search(before)
        out[m.skill] = LanguageFinding(m.skill, p.group(1).lower() if p else None, ev)
    return list(out.values())
