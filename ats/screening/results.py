"""Frozen result types shared by the screening library; cheap to import (no spaCy).

The many small records (evidence, mentions, roles, matches) are NamedTuples: immutable like the
dataclasses, and about three times faster to build, which rescoring thousands of stored analyses needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, NamedTuple, overload

import orjson

from ._common import EDUCATION_LEVELS, SkillDef, canonical_json, education_rank, sha256_hex
from .mentions import Evidence, SkillMention, StoredMentions, skills_from
from .requirements import (  # re-exported: public API names live here
    ExperienceTier,
    KnockoutQuestion,
    Requirements,
    Salary,
    SkillRequirement,
    Weights,
)
from .score_types import Component, Match, Score, component_from_dict


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def _ev(d: dict[str, Any] | None) -> Evidence | None:
    return Evidence.from_dict(d) if d else None


class Role(NamedTuple):
    """A dated job held by the candidate."""

    title: str
    employer: str | None
    start: date | None
    end: date | None
    current: bool
    evidence: Evidence
    occupations: tuple[str, ...] = ()  # O*NET codes the title names (tied best), empty when unknown


def _role(r: dict[str, Any]) -> Role:
    return Role(
        r["title"],
        r.get("employer"),
        _date(r.get("start")),
        _date(r.get("end")),
        bool(r.get("current")),
        Evidence.from_dict(r["evidence"]),
        tuple(r.get("occupations", ())),
    )


class StoredRoles(Sequence[Role]):
    """Dated roles read back on first use: a rescore that carries the experience component over never
    looks at them."""

    __slots__ = ("_raw", "_made")

    def __init__(self, raw: Sequence[dict[str, Any]]) -> None:
        self._raw = raw
        self._made: tuple[Role, ...] | None = None

    def _roles(self) -> tuple[Role, ...]:
        if self._made is None:
            self._made = tuple(_role(r) for r in self._raw)
        return self._made

    def __len__(self) -> int:
        return len(self._raw)

    @overload
    def __getitem__(self, i: int) -> Role: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[Role, ...]: ...

    def __getitem__(self, i: int | slice) -> Role | tuple[Role, ...]:
        return self._roles()[i]

    def __iter__(self) -> Iterator[Role]:
        return iter(self._roles())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and self._roles() == tuple(other)

    def __hash__(self) -> int:
        return hash(self._roles())

    def __repr__(self) -> str:
        return f"StoredRoles({len(self)} roles)"


class SentenceTerms(NamedTuple):
    """One sentence of a document, kept so duties can be matched (and quoted) on rescoring."""

    source: str
    start: int
    end: int
    sentence: str  # as written, whitespace collapsed
    length: int  # how many terms it has (BM25 weighs a match in a long sentence less)


class EducationFinding(NamedTuple):
    """A qualification level found in a document."""

    level: str  # one of EDUCATION_LEVELS
    field: str | None
    evidence: Evidence
    in_progress: bool = False  # "(in progress)", "expected 2027": not yet a completed level


class Certification(NamedTuple):
    """A named certification or licence."""

    name: str
    evidence: Evidence


class LanguageFinding(NamedTuple):
    """A spoken language and its stated level, if any."""

    language: str
    proficiency: str | None
    evidence: Evidence


@dataclass(frozen=True, slots=True)
class Contact:
    """Contact details found at the top of a resume."""

    name: str | None = None
    email: str | None = None
    phone: str | None = None
    links: tuple[str, ...] = ()


@dataclass(frozen=True)
class TextIndex:
    """What the duty match and the vocabulary read: sentences, where each term stands, the heaviest terms.
    Stored as one JSON string inside the analysis, so rescoring that reuses those components never
    builds its objects."""

    sentences: tuple[SentenceTerms, ...] = ()
    postings: dict[str, str] = field(default_factory=dict)  # term -> "sentence count sentence count ..."
    term_profile: tuple[tuple[str, float, str], ...] = ()

    def to_json(self) -> str:
        """Compact JSON."""
        return json.dumps(
            {"s": [list(x) for x in self.sentences], "p": self.postings, "t": [list(x) for x in self.term_profile]},
            separators=(",", ":"),
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, raw: str) -> TextIndex:
        """Inverse of to_json; empty for an analysis without text."""
        if not raw:
            return cls()
        d = orjson.loads(raw)  # a rescore after a change to the duties reads one per resume: C, not json
        return cls(
            tuple(map(SentenceTerms._make, d.get("s", ()))),
            d.get("p") or {},
            tuple(map(tuple, d.get("t", ()))),
        )


@dataclass(frozen=True)
class ResumeAnalysis:
    """Everything the analyser found, stored so jobs can be rescored without re-parsing."""

    skills: Sequence[SkillMention] = ()  # a tuple, or StoredMentions when read back from storage
    roles: Sequence[Role] = ()  # a tuple, or StoredRoles when read back from storage
    total_years: float | None = None
    stated_years: float | None = None
    stated_years_evidence: Evidence | None = None
    education: tuple[EducationFinding, ...] = ()
    highest_education: str | None = None
    certifications: tuple[Certification, ...] = ()
    languages: tuple[LanguageFinding, ...] = ()
    contact: Contact = field(default_factory=Contact)
    sections: dict[str, tuple[int, int]] = field(default_factory=dict)
    has_cover_letter: bool = False
    cover_letter_chars: int = 0
    analyser_version: str = ""
    headline: str | None = None  # the title the candidate gives themselves at the top
    headline_evidence: Evidence | None = None
    as_of: date | None = None  # the date 'Present' meant when the analysis was made
    text_json: str = ""  # the TextIndex as JSON: read back only when a score needs it (see TextIndex)
    skill_index: dict[str, int] = field(default_factory=dict)  # key -> strongest mention (strength.py)
    partial: bool = False  # only the sentences and the facts a stored score repeats (see carried_over)

    @classmethod
    def carried_over(cls, stored_score: Mapping[str, Any], analyser_version: str, text_json: str) -> ResumeAnalysis:
        """What a rescore needs of a stored analysis when every component that reads more than its sentences
        carries over (see score_plan.rescore_reads): its sentence index, and the facts the stored score
        repeats. Reading the rest back (14 KB a resume) was a fifth of a rescore after a change to the duties."""
        return cls(
            total_years=stored_score.get("total_years"),
            stated_years=stored_score.get("stated_years"),
            has_cover_letter=bool(stored_score.get("has_cover_letter")),
            analyser_version=analyser_version,
            text_json=text_json,
            partial=True,
        )

    @cached_property
    def text(self) -> TextIndex:
        """The sentences and terms for the duty match and the vocabulary, parsed on first use."""
        return TextIndex.from_json(self.text_json)

    @property
    def sentences(self) -> tuple[SentenceTerms, ...]:
        """For the duty match and the cover letter's relevance."""
        return self.text.sentences

    @property
    def postings(self) -> dict[str, str]:
        """term -> "sentence count sentence count ..."."""
        return self.text.postings

    @property
    def term_profile(self) -> tuple[tuple[str, float, str], ...]:
        """Heaviest terms of the resume (stem, weight, a word it came from)."""
        return self.text.term_profile

    def to_dict(self) -> dict[str, Any]:
        """JSON-able dict; dates become ISO strings. Skill mentions are rows pointing into one table of
        evidence and one of quoted sentences (many mentions share both), which keeps stored analyses small
        and fast to read back when thousands are rescored."""
        quotes: dict[str, int] = {}
        refs: dict[Evidence, int] = {}
        evidence: list[list[Any]] = []

        def ref(e: Evidence) -> int:
            i = refs.get(e)
            if i is None:
                i = refs[e] = len(evidence)
                evidence.append([e.source, e.start, e.end, e.text, quotes.setdefault(e.sentence, len(quotes))])
            return i

        return {
            "skill_rows": [[s.skill, s.category, ref(s.evidence), s.via, s.place, s.times] for s in self.skills],
            "evidence": evidence,
            "quotes": list(quotes),
            "roles": [
                {
                    "title": r.title,
                    "employer": r.employer,
                    "start": _iso(r.start),
                    "end": _iso(r.end),
                    "current": r.current,
                    "evidence": r.evidence.to_dict(),
                    "occupations": list(r.occupations),
                }
                for r in self.roles
            ],
            "total_years": self.total_years,
            "stated_years": self.stated_years,
            "stated_years_evidence": (self.stated_years_evidence.to_dict() if self.stated_years_evidence else None),
            "education": [
                {
                    "level": e.level,
                    "field": e.field,
                    "evidence": e.evidence.to_dict(),
                    **({"in_progress": True} if e.in_progress else {}),
                }
                for e in self.education
            ],
            "highest_education": self.highest_education,
            "certifications": [{"name": c.name, "evidence": c.evidence.to_dict()} for c in self.certifications],
            "languages": [
                {"language": lg.language, "proficiency": lg.proficiency, "evidence": lg.evidence.to_dict()}
                for lg in self.languages
            ],
            "contact": {
                "name": self.contact.name,
                "email": self.contact.email,
                "phone": self.contact.phone,
                "links": list(self.contact.links),
            },
            "sections": {k: [v[0], v[1]] for k, v in self.sections.items()},
            "has_cover_letter": self.has_cover_letter,
            "cover_letter_chars": self.cover_letter_chars,
            "analyser_version": self.analyser_version,
            "headline": self.headline,
            "headline_evidence": self.headline_evidence.to_dict() if self.headline_evidence else None,
            "as_of": _iso(self.as_of),
            "text_index": self.text_json,
            "skill_index": self.skill_index,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ResumeAnalysis:
        """Inverse of to_dict; hand-written because rescoring thousands must be fast."""
        ev = Evidence.from_dict
        c = d.get("contact") or {}
        skills = skills_from(d)
        return cls(
            skills=skills,
            roles=StoredRoles(d.get("roles") or ()),
            total_years=d.get("total_years"),
            stated_years=d.get("stated_years"),
            stated_years_evidence=_ev(d.get("stated_years_evidence")),
            education=tuple(
                EducationFinding(e["level"], e.get("field"), ev(e["evidence"]), bool(e.get("in_progress")))
                for e in d.get("education", ())
            ),
            highest_education=d.get("highest_education"),
            certifications=tuple(Certification(x["name"], ev(x["evidence"])) for x in d.get("certifications", ())),
            languages=tuple(
                LanguageFinding(x["language"], x.get("proficiency"), ev(x["evidence"])) for x in d.get("languages", ())
            ),
            contact=Contact(c.get("name"), c.get("email"), c.get("phone"), tuple(c.get("links", ()))),
            sections={k: (v[0], v[1]) for k, v in (d.get("sections") or {}).items()},
            has_cover_letter=bool(d.get("has_cover_letter")),
            cover_letter_chars=int(d.get("cover_letter_chars", 0)),
            analyser_version=d.get("analyser_version", ""),
            headline=d.get("headline"),
            headline_evidence=_ev(d.get("headline_evidence")),
            as_of=_date(d.get("as_of")),
            text_json=d.get("text_index") or "",
            skill_index=d.get("skill_index") or {},
        )


__all__ = [
    "EDUCATION_LEVELS",
    "StoredMentions",
    "component_from_dict",
    "Certification",
    "Component",
    "Contact",
    "EducationFinding",
    "Evidence",
    "ExperienceTier",
    "KnockoutQuestion",
    "LanguageFinding",
    "Match",
    "Requirements",
    "ResumeAnalysis",
    "Role",
    "Salary",
    "Score",
    "SentenceTerms",
    "SkillDef",
    "SkillMention",
    "SkillRequirement",
    "Weights",
    "canonical_json",
    "education_rank",
    "sha256_hex",
]
