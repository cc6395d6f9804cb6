"""What kind of work a role title is for one job: its own occupation, related work, or neither.

A job's occupations, fields and recruiter titles are built once per job; each title's kind is remembered.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import cast

from .occupation_similarity import resolve_posting, signature_words
from .occupations import (
    OccupationChoice,
    best_codes,
    core_of,
    index,
    normalise_title,
    resolve_title,
)
from .results import Requirements, ResumeAnalysis
from .title_lists import TitleMatcher
from .title_words import MANAGING_RANKS, ROLE_NOUNS

_WEAK_HEADS = frozenset(
    {
        "owner",
        "partner",
        "founder",
        "employee",
        "person",
        "operator",
        "services",
        "service",
        "support",
        "operations",
        "sales",
        "development",
        "management",
    }
)


@lru_cache(maxsize=256)
def choice_for(req_title: str, occupation: str | None, related: tuple[str, ...]) -> OccupationChoice:
    """The job's occupations: as stored, or resolved from its title for a job saved without them."""
    if occupation:
        return OccupationChoice(occupation, related)
    return resolve_posting(req_title) if req_title else OccupationChoice(None, ())


@lru_cache(maxsize=256)
def fields_of(codes: tuple[str, ...], extra: tuple[str, ...]) -> frozenset[str]:
    """Fields (titles without their rank) of these occupations' own names: 'customer service' for
    Customer Service Representatives, so a Customer Service Manager counts too. A reported title's field
    counts only when it marks these occupations' work, not mostly others' (see _mostly_these)."""
    return frozenset(f for f, _ in _field_titles(codes, extra))


@lru_cache(maxsize=256)
def managing_fields_of(codes: tuple[str, ...], extra: tuple[str, ...]) -> frozenset[str]:
    """The fields every title of which holds a managing rank ('information systems' of Computer and Information
    Systems Managers: "Information Systems Manager", "Director of Information Systems"): the work of such a
    field is the occupation's own only when the post manages it."""
    return frozenset(f for f, names in _field_titles(codes, extra) if all(map(holds_managing_rank, names)))


@lru_cache(maxsize=256)
def _field_titles(codes: tuple[str, ...], extra: tuple[str, ...]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Each field of these occupations' own names, with the titles that give it (worked out once per job)."""
    idx = index()
    names = list(extra)
    for code in codes:
        titles = idx.titles.get(code, [])
        names += titles[:1]
        names += [
            t
            for t in titles[1:]
            if normalise_title(t) in _strong(code) and not _names_other(t, codes) and _mostly_these(t, codes)
        ]
    out: dict[str, list[str]] = {}
    for name in names:
        core = core_of(normalise_title(name))
        if " " in core or (core and is_distinctive(core)):
            out.setdefault(core, []).append(name)
    return tuple((f, tuple(names)) for f, names in out.items())


@lru_cache(maxsize=4096)
def holds_managing_rank(title: str) -> bool:
    """Whether a title puts its holder in charge ('IT Manager', 'Delicatessen Supervisor', 'Director of HR')."""
    return not MANAGING_RANKS.isdisjoint(normalise_title(title).split())


@lru_cache(maxsize=1)
def own_name_fields() -> dict[str, frozenset[str]]:
    """The field of each occupation's own name -> the occupations it names ('customer service' -> 43-4051)."""
    out: dict[str, set[str]] = {}
    for code, occ in index().occ.items():
        out.setdefault(core_of(normalise_title(occ.title)), set()).add(code)
    return {k: frozenset(v) for k, v in out.items() if k}


@lru_cache(maxsize=1)
def _strong_titles_by_field() -> dict[str, list[frozenset[str]]]:
    """The field of each reported title -> the occupations each such title names surely."""
    out: dict[str, list[frozenset[str]]] = {}
    for key, codes in index().exact.items():
        strong = frozenset(c for c, conf in codes if conf >= 1.0)
        if strong:
            out.setdefault(core_of(key), []).append(strong)
    return out


def _mostly_these(title: str, codes: tuple[str, ...]) -> bool:
    """At least as many reported titles of this title's field name these occupations as name others only: the
    'information technology' of an "Information Technology Specialist" is mostly managers', directors' and
    analysts' work, so it is no field of IT support."""
    mine = with_specialisations(frozenset(codes))
    named = _strong_titles_by_field().get(core_of(normalise_title(title)), [])
    ours = sum(1 for s in named if s & mine)
    return ours >= len(named) - ours


def _names_other(title: str, codes: tuple[str, ...]) -> bool:
    """A reported title whose field is another occupation's own name ('Customer Service Specialist' of New
    Accounts Clerks is the field of Customer Service Representatives): it marks that work, not these."""
    named = own_name_fields().get(core_of(normalise_title(title)), frozenset())
    return bool(named) and not named & set(codes)


@lru_cache(maxsize=1024)
def _strong(code: str) -> frozenset[str]:
    """Normalised reported titles of an occupation (what people in it call their job)."""
    idx = index()
    return frozenset(k for k, codes in idx.exact.items() if any(c == code and conf >= 1.0 for c, conf in codes))


@lru_cache(maxsize=4096)
def is_distinctive(word: str) -> bool:
    """A one-word field that names few occupations ('chef', 'accountant'), unlike 'sales' or 'office'."""
    idx = index()
    keys = idx.words.get(word, [])
    codes = {c for k in keys for c, _ in idx.exact[k]}
    return 0 < len(codes) <= 4


@lru_cache(maxsize=4096)
def head_noun(title: str) -> str:
    """The profession a title ends in ('substitute teacher' -> 'teacher'), unless it only names a rank."""
    words = normalise_title(title).split()
    return words[-1] if words and words[-1] not in ROLE_NOUNS and words[-1] not in _WEAK_HEADS else ""


_KINDS_KEPT = 50_000  # titles remembered per job, so a long-running worker's memory stays bounded


def kind_of_title(title: str, codes: tuple[str, ...], job: JobOccupations) -> str | None:
    """'own', 'related' or None for one title, remembered per job: thousands of resumes share titles."""
    if not title:
        return None
    key = (title, codes)
    if key in job.kinds:
        return job.kinds[key]
    kind = _kind_of(title, codes, job)
    if len(job.kinds) < _KINDS_KEPT:
        job.kinds[key] = kind
    return kind


@lru_cache(maxsize=1024)
def with_specialisations(codes: frozenset[str]) -> frozenset[str]:
    """The codes and the O*NET specialisations of each broad one: Treasurers and Controllers (11-3031.01)
    are Financial Managers (11-3031.00) in the SOC. The specialisations of an 'All Other' code are
    separate work (Web Administrators are no Computer Systems Engineers)."""
    occ = index().occ
    out = set(codes)
    for code in codes:
        if code.endswith(".00") and code in occ and "All Other" not in occ[code].title:
            out.update(c for c in occ if c[:7] == code[:7])
    return frozenset(out)


def _kind_of(title: str, codes: tuple[str, ...], job: JobOccupations) -> str | None:
    """The job's occupation, its fields and the recruiter's titles count in full; related occupations,
    related titles and the same profession ('Substitute Teacher' for an elementary teacher job) in part."""
    core = core_of(normalise_title(title))
    by_code = set(codes) & job.own
    elsewhere = by_code and _names_other_only(title, codes, job)
    in_field = core in job.own_fields
    # a field only managers' titles give is the job's own work for a post that manages it: an "Information Systems"
    # specialist or a "Delicatessen" clerk works beside an information systems or deli manager, not as one
    beside = in_field and core in job.managing_fields and not holds_managing_rank(title)
    if (by_code and not elsewhere) or job.own_m.matches(title) or (in_field and not beside):
        return "own"
    if (
        elsewhere  # reported for the job's occupation, but the field of another's name: 'Customer Service Specialist'
        or beside
        or set(codes) & job.related
        or job.rel_m.matches(title)
        or core in job.rel_fields
        or (job.head and head_noun(title) == job.head)
        or (job.field_words & set(normalise_title(title).split()))
        or _in_own_fields(core, job.own_field_words)
    ):
        return "related"
    return None


def _in_own_fields(core: str, field_words: frozenset[str]) -> bool:
    """Two or more words of a title's field, each a word of the job's own fields, name work next to it: a
    'Paid Media Specialist' or a 'Media Planner' for a job whose fields are 'paid search' and 'social media'."""
    words = set(core.split())
    return len(words) >= 2 and words <= field_words


def _names_other_only(title: str, codes: tuple[str, ...], job: JobOccupations) -> bool:
    """Every part of the title that O*NET files under the job's occupation names another one's work."""
    own = tuple(sorted(job.own))
    parts = [p for p in _PARTS.split(title) if p.strip()]
    if len(parts) < 2:
        return _names_other(title, own)
    hits = [p for p in parts if set(_title_codes(p)) & job.own]
    return bool(hits) and all(_names_other(p, own) for p in hits)


_PARTS = re.compile(r"\s*/\s*")


@dataclass(frozen=True)
class JobOccupations:
    """Everything a role title is compared with, built once per job."""

    primary: str | None
    primary_title: str
    own: frozenset[str]
    related: frozenset[str]
    own_fields: frozenset[str]
    rel_fields: frozenset[str]
    own_m: TitleMatcher
    rel_m: TitleMatcher
    head: str
    field_words: frozenset[str]  # words that mark the occupation's titles ('construction', 'aircraft')
    own_field_words: frozenset[str]  # every word of own_fields
    managing_fields: frozenset[str]  # own fields that only titles of a managing rank give
    kinds: dict[tuple[str, tuple[str, ...]], str | None] = field(default_factory=dict, compare=False, repr=False)


@lru_cache(maxsize=256)
def _job(
    title: str,
    occupation: str | None,
    related: tuple[str, ...],
    full_titles: tuple[str, ...],
    related_titles: tuple[str, ...],
) -> JobOccupations:
    ch = choice_for(title, occupation, related)
    own = frozenset([ch.primary] if ch.primary else [])
    name = index().occ[ch.primary].title if ch.primary in index().occ else ""
    own_codes = with_specialisations(own)
    own_fields = fields_of(tuple(own), (title,) if title else ())
    return JobOccupations(
        ch.primary,
        name,
        own_codes,
        with_specialisations(frozenset(ch.related)) - own_codes,
        own_fields,
        fields_of(tuple(sorted(ch.related)), ()),
        TitleMatcher.for_titles((title, *full_titles) if title else full_titles),  # the post's own name too
        TitleMatcher.for_titles(related_titles),
        head_noun(title) if title else "",
        signature_words(ch.primary) if ch.primary else frozenset(),
        frozenset(w for f in own_fields for w in f.split()),
        managing_fields_of(tuple(own), (title,) if title else ()),
    )


def job_occupations(req: Requirements) -> JobOccupations:
    """The job's occupations and titles, cached per distinct requirements (and kept on the instance)."""
    held = req.__dict__.get("_job_occupations")
    if held is not None:  # frozen, so safe to keep (as its fingerprint)
        return cast(JobOccupations, held)
    req.__dict__["_job_occupations"] = held = _job(
        req.title,
        req.occupation,
        tuple(req.related_occupations),
        tuple(req.occupation_titles),
        tuple(req.related_titles),
    )
    return held


@lru_cache(maxsize=65536)
def _title_codes(title: str) -> tuple[str, ...]:
    return tuple(sorted(best_codes(resolve_title(title))))


def headline_kind(a: ResumeAnalysis, job: JobOccupations) -> str | None:
    """Whether the title the resume opens with names the job's work ('own'), related work, or neither."""
    if not a.headline:
        return None
    return kind_of_title(a.headline, _title_codes(a.headline), job)
