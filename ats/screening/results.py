"""Frozen result types shared by the screening library; cheap to import (no spaCy).

The many small records (evidence, mentions, roles, matches) are NamedTuples: immutable like the
dataclasses, and about three times faster to build, which rescoring thousands of stored analyses needs.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Any, NamedTuple, overload

from ._common import EDUCATION_LEVELS, SkillDef, canonical_json, education_rank, sha256_hex
from .requirements import (  # re-exported: public API names live here
    ExperienceTier,
    KnockoutQuestion,
    Requirements,
    Salary,
    SkillRequirement,
    Weights,
)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d is not None else None


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


class Evidence(NamedTuple):
    """Where a finding came from, so every point can be quoted back to a reviewer."""

    source: str  # "resume" | "cover_letter" | "answers"
    start: int
    end: int
    text: str  # the words as written
    sentence: str

    def to_dict(self) -> dict[str, Any]:
        """Serialise for JSON storage."""
        return {
            "source": self.source,
            "start": self.start,
            "end": self.end,
            "text": self.text,
            "sentence": self.sentence,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        """Inverse of to_dict."""
        return cls(d["source"], d["start"], d["end"], d["text"], d["sentence"])


class StoredMentions(Sequence["SkillMention"]):
    """Skill mentions read back from their row tables one at a time: a rescore looks at the few a job
    asks for, not at the sixty or so a resume holds (decoding them all was a third of its time)."""

    __slots__ = ("_rows", "_evidence", "_quotes", "_made", "_shared")

    def __init__(self, rows: Sequence[Sequence[Any]], evidence: Sequence[Sequence[Any]], quotes: Sequence[str]):
        self._rows, self._evidence, self._quotes = rows, evidence, quotes
        self._made: dict[int, SkillMention] = {}
        self._shared: dict[int, Evidence] = {}  # implied skills share their evidence

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, i: int) -> SkillMention: ...

    @overload
    def __getitem__(self, i: slice) -> tuple[SkillMention, ...]: ...

    def __getitem__(self, i: int | slice) -> SkillMention | tuple[SkillMention, ...]:
        if isinstance(i, slice):
            return tuple(self[k] for k in range(*i.indices(len(self))))
        if i < 0:
            i += len(self._rows)
        made = self._made.get(i)
        if made is None:
            skill, category, ref, via, place, times = self._rows[i]
            ev = self._shared.get(ref)
            if ev is None:
                src, a, b, text, q = self._evidence[ref]
                ev = self._shared[ref] = Evidence(src, a, b, text, self._quotes[q])
            made = self._made[i] = SkillMention(skill, category, ev, via, place, times)
        return made

    def __iter__(self) -> Iterator[SkillMention]:
        return (self[i] for i in range(len(self._rows)))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"StoredMentions({len(self)} mentions)"


def _skills_from(d: dict[str, Any]) -> Sequence[SkillMention]:
    """Skill mentions from the row tables (or the per-mention dicts of analyses stored before them)."""
    sm, e_ = SkillMention, Evidence
    if "skill_rows" in d:
        return StoredMentions(d["skill_rows"], d.get("evidence", ()), d.get("quotes", ()))
    seen: dict[tuple[str, int, int], Evidence] = {}  # implied skills share their evidence
    mentions = []
    for s in d.get("skills", ()):
        x = s["evidence"]
        key = (x["source"], x["start"], x["end"])
        e = seen.get(key)
        if e is None:
            e = seen[key] = e_(x["source"], x["start"], x["end"], x["text"], x["sentence"])
        mentions.append(sm(s["skill"], s["category"], e, s.get("via"), s.get("place", ""), s.get("times", 1)))
    return tuple(mentions)


def _ev(d: dict[str, Any] | None) -> Evidence | None:
    return Evidence.from_dict(d) if d else None


class SkillMention(NamedTuple):
    """One skill found in a document."""

    skill: str  # canonical label
    category: str
    evidence: Evidence
    via: str | None = None  # the specific skill this broader one was implied by (Zendesk -> CRM)
    place: str = ""  # where it stands: "role" (recent role), "old_role", "summary", "skills" (a list), "other"
    times: int = 1  # how many times the document names it


class Role(NamedTuple):
    """A dated job held by the candidate."""

    title: str
    employer: str | None
    start: date | None
    end: date | None
    current: bool
    evidence: Evidence
    occupations: tuple[str, ...] = ()  # O*NET codes the title names (tied best), empty when unknown


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
        d = json.loads(raw)
        return cls(
            tuple(SentenceTerms(*x) for x in d.get("s", ())),
            d.get("p") or {},
            tuple((t, w, word) for t, w, word in d.get("t", ())),
        )


@dataclass(frozen=True)
class ResumeAnalysis:
    """Everything the analyser found, stored so jobs can be rescored without re-parsing."""

    skills: Sequence[SkillMention] = ()  # a tuple, or StoredMentions when read back from storage
    roles: tuple[Role, ...] = ()
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
        skills = _skills_from(d)
        return cls(
            skills=skills,
            roles=tuple(
                Role(
                    r["title"],
                    r.get("employer"),
                    _date(r.get("start")),
                    _date(r.get("end")),
                    bool(r.get("current")),
                    ev(r["evidence"]),
                    tuple(r.get("occupations", ())),
                )
                for r in d.get("roles", ())
            ),
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


class Match(NamedTuple):
    """One piece of evidence that earned points."""

    label: str
    snippet: str
    source: str
    start: int
    end: int
    via: str = ""  # "shown by": the specific skill that evidences a broader one
    where: str = ""  # where the evidence stands: "in a role", "in the summary", "listed in Skills", ...


@dataclass(frozen=True, slots=True)
class Component:
    """One weighted part of a score, explained."""

    name: str
    weight: float
    points: float
    matched: tuple[Match, ...] = ()
    missing: tuple[str, ...] = ()
    detail: str = ""


def component_from_dict(c: dict[str, Any]) -> Component:
    """A stored component (Score.as_dict) read back."""
    return Component(
        c["name"],
        c["weight"],
        c["points"],
        tuple(
            Match(m["label"], m["snippet"], m["source"], m["start"], m["end"], m.get("via", ""), m.get("where", ""))
            for m in c.get("matched", ())
        ),
        tuple(c.get("missing", ())),
        c.get("detail", ""),
    )


@dataclass(frozen=True)
class Score:
    """A candidate's score against one version of a job's requirements."""

    total: float
    components: tuple[Component, ...]
    tier: str | None
    total_years: float | None
    relevant_years: float | None
    stated_years: float | None
    required_coverage: float
    knockout_failed: bool
    auto_reject: bool
    scorer_version: str
    requirements_hash: str
    # component -> (fingerprint of what it read from the job, its share of the weight): a later score of
    # the same analysis carries a component over when the job's part it reads has not changed
    inputs: dict[str, tuple[str, float]] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """JSON-able dict, the hand-off to the database."""
        return {
            "inputs": {k: list(v) for k, v in self.inputs.items()},
            "total": self.total,
            "components": [
                {
                    "name": c.name,
                    "weight": c.weight,
                    "points": c.points,
                    "matched": [
                        {
                            "label": m.label,
                            "snippet": m.snippet,
                            "source": m.source,
                            "start": m.start,
                            "end": m.end,
                            **({"via": m.via} if m.via else {}),
                            **({"where": m.where} if m.where else {}),
                        }
                        for m in c.matched
                    ],
                    "missing": list(c.missing),
                    "detail": c.detail,
                }
                for c in self.components
            ],
            "tier": self.tier,
            "total_years": self.total_years,
            "relevant_years": self.relevant_years,
            "stated_years": self.stated_years,
            "required_coverage": self.required_coverage,
            "knockout_failed": self.knockout_failed,
            "auto_reject": self.auto_reject,
            "scorer_version": self.scorer_version,
            "requirements_hash": self.requirements_hash,
        }

    to_dict = as_dict

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Score:
        """Inverse of as_dict."""
        comps = tuple(component_from_dict(c) for c in d.get("components", ()))
        return cls(
            d["total"],
            comps,
            d.get("tier"),
            d.get("total_years"),
            d.get("relevant_years"),
            d.get("stated_years"),
            d.get("required_coverage", 0.0),
            bool(d.get("knockout_failed")),
            bool(d.get("auto_reject")),
            d.get("scorer_version", ""),
            d.get("requirements_hash", ""),
            {k: (v[0], v[1]) for k, v in (d.get("inputs") or {}).items()},
        )


__all__ = [
    "EDUCATION_LEVELS",
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
