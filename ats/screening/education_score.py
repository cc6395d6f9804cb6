"""Education component: the level the job asks for, and whether a qualification is in the job's field.

A degree of the right level in an unrelated field meets a minimum but says little about fit; a degree
in the field is evidence of it. The field is read from the qualification's own line, compared with the
job's occupation profile (the same TF-IDF space as occupation resolution), so it needs no list of
subjects per job.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .occupation_similarity import profile_words, text_vector, vector_of
from .results import Component, EducationFinding, Match, Requirements, ResumeAnalysis, education_rank
from .terms import terms
from .title_words import ROLE_NOUNS

FIELD_FULL = 0.25  # a qualification line this close to the occupation's profile is in its field
# ('Bachelor of Science: Accounting' is 0.32 from Accountants; Theatre for them, Chemistry for sales is 0)
LEVEL_PART = 0.5  # with a level required, meeting it earns this part; the field earns the rest
PREFERRED_MISSED = 0.7  # meeting the minimum but not the preferred level keeps this much of the level part
FIELD_WORDS_SHOWN = 3
# words of any qualification line that name the kind of award or the place, not the field; rank words
# ('Executive MBA') and particles of names ('De Anza') are dropped too
_AWARD = re.compile(
    r"(?i)\b(?:bachelors?|masters?|associates?|doctorates?|degrees?|diplomas?|certificates?|science|arts|"
    r"university|college|school|institute|academy|city|state|high|general|ged|usa|us|of|in|and)\b"
)
# words that name the place or the kind of school, not the subject: 'Glendale Community College', 'Texas Tech
# University', 'City College of New York', 'Central Michigan University', and the 'Applied' of 'Associate of
# Applied Science' (the award's name); 'Community Health' and 'Applied Mathematics' keep their words
_SCHOOL_NAME = re.compile(
    r"(?i)\b(?:community|junior|technical|tech)\s+(?=(?:college|university|institute|school|state)\b)"
    r"|\bapplied\s+(?=(?:arts?|sciences?)\b)"
    r"|\b(?:new|north|south|east|west|central|(?:north|south)?(?:east|west)ern|northern|southern|mid)\b"
)
_WORD = re.compile(r"[A-Za-z][\w+#-]*")


@lru_cache(maxsize=65536)
def field_closeness(line: str, occupation: str) -> tuple[float, tuple[str, ...]]:
    """(cosine to the occupation's profile, the line's words it shares most) for a qualification line. A
    word counts only when the profile uses it as written, or as its singular or plural: 'Accounting' shares
    a stem with the 'accounts' a customer service profile speaks of, not a field."""
    occ, known = vector_of(occupation), profile_words(occupation)
    words = [
        w
        for w in _WORD.findall(_AWARD.sub(" ", _SCHOOL_NAME.sub(" ", line)))
        if len(w) > 2 and w.lower() not in ROLE_NOUNS
    ]
    written: dict[str, str] = {}  # stem -> the first word of the line that has it and the profile uses
    for w in words:
        lower = w.lower()
        if {lower, lower + "s", lower.removesuffix("s")} & known:
            written.setdefault(_term_of(lower), w)
    vec = text_vector(" ".join(words))
    shared = sorted(((x * occ[t], t) for t, x in vec.items() if t in occ and t in written), reverse=True)
    return sum((x for x, _ in shared), 0.0), tuple(written[t] for _, t in shared[:FIELD_WORDS_SHOWN])


def _term_of(word: str) -> str:
    """The term of one word ('' for a stop word), as the vectors have it."""
    found = terms(word)
    return found[0] if found else ""


def _in_field(a: ResumeAnalysis, occupation: str | None) -> tuple[float, EducationFinding | None, tuple[str, ...]]:
    """(share 0-1, the completed qualification closest to the job's field, its field words)."""
    best: tuple[float, EducationFinding | None, tuple[str, ...]] = (0.0, None, ())
    if not occupation:
        return best
    for e in a.education:
        if e.in_progress:
            continue
        close, words = field_closeness(e.evidence.sentence or e.evidence.text, occupation)
        if close > best[0]:
            best = (close, e, words)
    return min(1.0, best[0] / FIELD_FULL), best[1], best[2]


def _quote(e: EducationFinding) -> Match:
    ev = e.evidence
    return Match(e.level, ev.sentence, ev.source, ev.start, ev.end)


def education_component(
    a: ResumeAnalysis, req: Requirements, weight: float, occupation: str | None, occupation_title: str
) -> tuple[Component, float]:
    """(component, share of the weight). The minimum level is a gate; with a level asked for, meeting it
    earns LEVEL_PART and a qualification in the job's field the rest; with none asked for, only a
    qualification in the field earns points. A job with no occupation is judged on the level alone."""
    lo, pref = req.education_minimum, req.education_preferred
    have = education_rank(a.highest_education)
    top = next((e for e in a.education if e.level == a.highest_education and not e.in_progress), None)
    field, near, words = _in_field(a, occupation) if occupation else (1.0, None, ())
    quotes = tuple(_quote(e) for e in dict.fromkeys(x for x in (top, near) if x is not None))
    field_note = _field_note(field, words, occupation_title) if occupation else ""
    if not lo and not pref:
        if top is None:
            return _component(weight, 0.0, (), (), "no education requirement; no completed qualification found")
        share = field
        detail = "no education requirement; " + (field_note or "a completed level found")
        return _component(weight, share, quotes if share else (), (), detail)
    if lo and have < education_rank(lo):
        detail = f"minimum {lo} not found (highest found: {a.highest_education or 'none'})"
        return _component(weight, 0.0, quotes, (lo,), detail)
    if top is None:
        return _component(weight, 0.0, (), (lo or pref or "",), "no education found")
    level = 1.0 if not pref or have >= education_rank(pref) else (PREFERRED_MISSED if lo else 0.0)
    missing = () if level == 1.0 else (pref or "",)
    level_note = (
        "meets the level asked for"
        if level == 1.0
        else f"meets minimum {lo}; preferred {pref} not found"
        if lo
        else f"preferred {pref} not found"
    )
    share = level * (LEVEL_PART + (1 - LEVEL_PART) * field) if occupation else level
    return _component(weight, share, quotes, missing, "; ".join(x for x in (level_note, field_note) if x))


def _field_note(field: float, words: tuple[str, ...], occupation_title: str) -> str:
    """What the field earned, in words: 'field of Accountants and Auditors (Accounting)'."""
    if field <= 0:
        return f"no qualification in the field of {occupation_title}"
    return f"{'field' if field >= 1 else 'partly the field'} of {occupation_title} ({', '.join(words)})"


def _component(
    weight: float, share: float, quotes: tuple[Match, ...], missing: tuple[str, ...], detail: str
) -> tuple[Component, float]:
    return Component("education", weight, round(weight * share, 2), quotes, missing, detail), share
