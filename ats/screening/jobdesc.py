"""Job-description text -> draft Requirements (skills, tiers, education, knockouts, salary)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .jobdesc_lines import experience_lines
from .jobdesc_rules import (
    REQUIRED,
    find_education,
    find_employment_type,
    find_knockouts,
    find_salary,
    find_tiers,
    pick_target,
    sentences,
)
from .jobdesc_skills import draft_skills
from .occupation_similarity import resolve_posting
from .results import Requirements

_BULLET = re.compile(r"^\s*(?:[•●▪◦·*\-–]|\d{1,2}[.)])\s+")
_HEAD_KIND = (
    ("benefits", re.compile(r"benefit|perks|we offer|what we offer|compensation", re.I)),
    (
        "responsibilities",
        re.compile(
            r"responsib|duties|tasks|what you(?:'ll| will) do|"
            r"day[- ]to[- ]day|the role",
            re.I,
        ),
    ),
    (
        "qualifications",
        re.compile(
            r"qualif|requirement|skills|what we(?:'re| are) "
            r"looking for|you have|must[- ]haves?|about you|"
            r"who you are|experience|essential|mandatory|desirable|nice[- ]to[- ]haves?|good[- ]to[- ]haves?|"
            r"bonus points|pluses",
            re.I,
        ),
    ),
    ("info", re.compile(r"additional information|details|about the job", re.I)),
)
_BENEFIT = re.compile(
    r"insurance|paid time off|\bpto\b|retirement|401\(?k|dental|vision|"
    r"employee assistance|discount|tuition|parental leave|bonus",
    re.I,
)
_QUAL = re.compile(
    r"experience|skills?\b|ability|able to|diploma|degree|familiar|knowledge|"
    r"proficien|must|strong|excellent|proven|track record|certif|willing|"
    r"understanding|orientation|years",
    re.I,
)
_EDUCATION_LINE = re.compile(r"diploma|degree|education|qualification|\bgcses?\b|\ba[- ]levels?\b", re.I)
PREFERRED_HEAD = re.compile(
    r"nice[- ]to[- ]haves?|good[- ]to[- ]haves?|desirable|desired|preferred|bonus|pluses|\bplus\b|advantage|optional",
    re.I,
)
_LABEL = re.compile(r"^\s*(?:[•●▪◦·*\-–]\s*)?([A-Za-z][A-Za-z /&]{1,30}):\s*(.+)$")
_TITLE_JUNK = re.compile(
    r"\[[^\]]*\]|\([^)]*\)|\bjob description\b|\btemplate\b|\bjob posting\b|"
    r"\bwe(?:'re| are) hiring\b|:",
    re.I,
)


@dataclass(frozen=True)
class JobDraft:
    """A draft for a recruiter to review: parsed sections plus suggested Requirements."""

    title: str
    summary: str
    responsibilities: tuple[str, ...]
    qualifications: tuple[str, ...]
    benefits: tuple[str, ...]
    requirements: Requirements

    def to_json_dict(self) -> dict[str, Any]:
        """The JSON the `flask parse-job` command prints."""
        r = self.requirements
        s = r.salary
        return {
            "title": self.title,
            "required_skills": [k.name for k in r.required_skills],
            "preferred_skills": [k.name for k in r.preferred_skills],
            "experience_tiers": [
                {"name": t.name, "min_years": t.min_years, "max_years": t.max_years} for t in r.experience_tiers
            ],
            "target_tier": r.target_tier,
            "education": {"minimum": r.education_minimum, "preferred": r.education_preferred},
            "knockout_questions": [
                {"id": k.id, "question": k.question, "failing_answer": k.failing_answer} for k in r.knockouts
            ],
            "salary": None if s is None else {"min": s.min, "max": s.max, "currency": s.currency, "period": s.period},
            "employment_type": r.employment_type,
            "location": r.location,
            "remote": r.remote,
            "summary": self.summary,
            "responsibilities": list(self.responsibilities),
            "qualifications": list(self.qualifications),
            "benefits": list(self.benefits),
            "occupation": r.occupation,
            "related_occupations": list(r.related_occupations),
            "duties": list(r.duties),
            "occupation_titles": list(r.occupation_titles),
            "related_titles": list(r.related_titles),
        }


def _blocks(lines: list[str]) -> list[tuple[str, list[str]]]:
    """Bullet lists with the heading line just above them ('' when there is none), and the plain lines
    under a section heading ('Qualifications' then one requirement a line, no bullets)."""
    out: list[tuple[str, list[str]]] = []
    i = 0
    while i < len(lines):
        plain = _plain_block(lines, i)
        if plain:
            out.append((lines[i].strip(), plain))
            i += len(plain) + 1
            continue
        if _BULLET.match(lines[i]):
            items: list[str] = []
            j, blanks, spaced = i, 0, False
            while j < len(lines) and (_BULLET.match(lines[j]) or not lines[j].strip()):
                if lines[j].strip():
                    spaced = spaced or (blanks == 1 and len(items) == 1)
                    items.append(_BULLET.sub("", lines[j]).strip())
                    blanks = 0
                else:
                    blanks += 1
                    if blanks >= 2 or (not spaced and len(items) >= 2):
                        break
                j += 1
            head = ""
            for k in range(i - 1, max(-1, i - 4), -1):
                if lines[k].strip():
                    cand = lines[k].strip()
                    head = cand if len(cand) <= 90 and not cand.endswith(".") else ""
                    break
            out.append((head, items))
            i = j
        else:
            i += 1
    return out


_NOT_DUTY = re.compile(r"(?:a|an|or|and|the|whether)\s", re.I)


def _plain_block(lines: list[str], i: int) -> list[str]:
    """The lines right under a section heading up to the next blank line, when none is a bullet and each
    reads as one item (short, or a sentence): [] when line i is no such heading."""
    head = lines[i].strip().rstrip(":")
    if not head or len(head) > 60 or head.endswith(".") or not any(rx.search(head) for _, rx in _HEAD_KIND):
        return []
    items = []
    for line in lines[i + 1 :]:
        if not line.strip() or _BULLET.match(line) or len(line) > 300:
            break
        items.append(line.strip())
    return items if len(items) >= 2 else []


def _kind(head: str, items: list[str]) -> str:
    for kind, rx in _HEAD_KIND:
        if head and rx.search(head):
            return kind
    n = max(len(items), 1)
    if sum(bool(_BENEFIT.search(x)) for x in items) / n >= 0.5:
        return "benefits"
    if sum(bool(_LABEL.match(x)) for x in items) / n >= 0.5:
        return "info"
    if sum(bool(_QUAL.search(x)) for x in items) / n >= 0.4:
        return "qualifications"
    if sum(bool(_NOT_DUTY.match(x)) or x.rstrip().endswith(",") for x in items) / n >= 0.5:
        return "info"  # "Whether you are: • A job seeker..., • A hiring manager...,": prose, not duties
    return "responsibilities"


def _title(text: str, labelled: dict[str, str]) -> str:
    if labelled.get("job title") or labelled.get("title") or labelled.get("position"):
        return (labelled.get("job title") or labelled.get("title") or labelled["position"]).strip()
    m = re.search(
        r"\b(?:looking for|seeking|hiring|hire)\s+(?:an?\s+|our next\s+|several\s+|"
        r"experienced\s+)?([A-Za-z][\w/&-]*(?:\s+[A-Za-z][\w/&-]*){0,4}?)"
        r"(?=\s+(?:for|to|in|at|who|with|on|based|join)\b|\s*[,.(]|$)",
        text,
    )
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    cand = " ".join(_TITLE_JUNK.sub(" ", first).split()).strip(" -–|")
    if cand and len(cand.split()) <= 8 and not cand.endswith("."):
        return cand
    if m:
        words = m.group(1).split()
        if words[-1].endswith("s") and not words[-1].endswith("ss"):
            words[-1] = words[-1][:-1]  # "hiring warehouse associates" -> Warehouse Associate
        return " ".join(w if w[:1].isupper() else w.capitalize() for w in words)
    return cand if len(cand) <= 80 else ""


def _named_titles(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Titles the posting itself names: "experience as a Customer Service Representative" counts in
    full, "roles such as Sales Associate, Retail Associate" in part."""
    full: dict[str, None] = {}
    related: dict[str, None] = {}
    cap = r"[A-Z][A-Za-z]+(?:\s+[A-Z][A-Za-z]+){0,4}"
    kinds = r"(?i:roles? such as|positions? such as|experience as an?)"
    for m in re.finditer(rf"(?P<kind>{kinds})\s+((?:{cap}(?:,\s*|\s+or\s+|,\s*or\s+)?)+)", text):
        into = full if m.group("kind").lower().startswith("experience") else related
        for t in re.split(r",\s*(?:or\s+)?|\s+or\s+", m.group(2)):
            if t.strip() and t.strip() not in full:
                into[t.strip()] = None
    return tuple(full), tuple(t for t in related if t not in full)


MAX_DUTIES = 12


_SUMMARY = (
    re.compile(r"\b(?:we are|we're)\s+(?:looking for|seeking|hiring)|join our", re.I),
    re.compile(r"\bresponsible for|\bthe role of\b|\bin this role\b", re.I),
)


def _summary(sents: list[str]) -> str:
    """'We are looking for...' first, else a sentence saying what the role is responsible for."""
    for rx in _SUMMARY:
        hit = next((s for s in sents if rx.search(s) and not s.endswith("?")), None)
        if hit:
            return hit
    return next((s for s in sents if len(s.split()) >= 8 and not s.endswith("?")), "")


def parse_job_description(text: str) -> JobDraft:
    """Draft requirements from posting text, with or without headings.

    Args:
        text: the posting as plain text (bullets, headings or plain paragraphs).
    Returns:
        A JobDraft whose requirements a recruiter reviews before saving.
    """
    from .nlp import make_doc  # spaCy and the taxonomy load on first use, not on import
    from .skills import find_skills, lookup

    lines = text.replace("\r\n", "\n").split("\n")
    labelled = {m.group(1).strip().lower(): m.group(2).strip() for m in (_LABEL.match(ln) for ln in lines) if m}
    groups: dict[str, list[str]] = {"responsibilities": [], "qualifications": [], "benefits": [], "info": []}
    wished: set[str] = set()  # items under a heading that marks them as a plus ("Nice to have:", "Desirable")
    for head, items in _blocks(lines):
        kind = _kind(head, items)
        groups[kind].extend(items)
        if kind == "qualifications" and PREFERRED_HEAD.search(head) and not REQUIRED.search(head):
            wished.update(items)
    sents = sentences(text)
    qual_sents = groups["qualifications"] or [s for s in sents if _QUAL.search(s) and not _BENEFIT.search(s)]
    resp = (
        groups["responsibilities"]
        or [s for s in sents if not _QUAL.search(s) and re.match(r"(?:you will|you'll)?\s*[A-Z]?[a-z]+\b", s)][:15]
    )
    skills = draft_skills(
        qual_sents,
        resp,
        lambda s: find_skills(make_doc(s), "job"),
        lookup,
        duties_required=not groups["qualifications"],
        wished=frozenset(wished),
    )
    title = _title(text, labelled)
    tiers = find_tiers(sents)
    minimum, pref_edu = find_education(
        [s for s in qual_sents + [s for s in sents if _EDUCATION_LINE.search(s)] if s not in wished], plus=wished
    )
    loc = labelled.get("location")
    loc = None if not loc or re.fullmatch(r"\s*\[.*?\].*", loc) else loc
    if loc is None:
        m = re.search(
            r"\b(?:in|based in|located in)\s+"
            r"([A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s*[A-Z]{2})\b",
            text,
        )
        loc = m.group(1) if m else None
    remote = bool(
        re.search(
            r"\bremote\b|work from home|\bwfh\b",
            " ".join([labelled.get("location", ""), labelled.get("work environment", ""), text[:2000]]),
            re.I,
        )
    )
    own_titles, related_titles = _named_titles(text)
    own_titles = tuple(dict.fromkeys((*own_titles, *experience_lines(sents))))
    duties = tuple(dict.fromkeys(d for d in (groups["responsibilities"] or resp) if len(d.split()) >= 3))
    choice = resolve_posting(title, " ".join([*duties, *qual_sents])) if title else None
    req = Requirements(
        title=title,
        occupation=choice.primary if choice else None,
        related_occupations=choice.related if choice else (),
        occupation_titles=own_titles,
        related_titles=related_titles,
        duties=duties[:MAX_DUTIES],
        skills=skills,
        experience_tiers=tuple(tiers),
        target_tier=pick_target(tiers, title, text),
        education_minimum=minimum,
        education_preferred=pref_edu,
        knockouts=tuple(find_knockouts(groups["qualifications"] + groups["info"] + sents)),
        salary=find_salary(sents),
        employment_type=find_employment_type(labelled, sents),
        location=loc,
        remote=remote,
    )
    summary = _summary(sents)
    return JobDraft(
        title=title,
        summary=summary,
        responsibilities=tuple(groups["responsibilities"]),
        qualifications=tuple(groups["qualifications"]),
        benefits=tuple(groups["benefits"]),
        requirements=req,
    )
