"""Frozen result types shared by the screening library; cheap to import (no spaCy).

The many small records (evidence, mentions, roles, matches) are NamedTuples: immutable like the
dataclasses, and about three times faster to build, which rescoring thousands of stored analyses needs.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

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
    """One sentence of a document and its stemmed terms, kept so duties can be matched on rescoring."""

    source: str
    start: int
    end: int
    sentence: str  # as written, whitespace collapsed
    terms: str  # space-separated stemmed terms


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
class ResumeAnalysis:
    """Everything the analyser found, stored so jobs can be rescored without re-parsing."""

    skills: tuple[SkillMention, ...] = ()
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
    sentences: tuple[SentenceTerms, ...] = ()  # for the duty match and the cover letter's relevance
    term_profile: tuple[tuple[str, float], ...] = ()  # the resume's heaviest terms in the occupation space

    def to_dict(self) -> dict[str, Any]:
        """JSON-able dict; dates become ISO strings."""
        return {
            "skills": [
                {
                    "skill": s.skill,
                    "category": s.category,
                    "evidence": s.evidence.to_dict(),
                    **({"via": s.via} if s.via else {}),
                    **({"place": s.place} if s.place else {}),
                    **({"times": s.times} if s.times != 1 else {}),
                }
                for s in self.skills
            ],
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
            "sentences": [[x.source, x.start, x.end, x.sentence, x.terms] for x in self.sentences],
            "term_profile": [[t, w] for t, w in self.term_profile],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ResumeAnalysis:
        """Inverse of to_dict; hand-written because rescoring thousands must be fast."""
        ev = Evidence.from_dict
        c = d.get("contact") or {}
        sm, e_ = SkillMention, Evidence
        seen: dict[tuple[str, int, int], Evidence] = {}  # implied skills share their evidence
        mentions = []
        for s in d.get("skills", ()):
            x = s["evidence"]
            key = (x["source"], x["start"], x["end"])
            e = seen.get(key)
            if e is None:
                e = seen[key] = e_(x["source"], x["start"], x["end"], x["text"], x["sentence"])
            mentions.append(sm(s["skill"], s["category"], e, s.get("via"), s.get("place", ""), s.get("times", 1)))
        skills = tuple(mentions)
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
            sentences=tuple(SentenceTerms(*x) for x in d.get("sentences", ())),
            term_profile=tuple((t, w) for t, w in d.get("term_profile", ())),
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

    def as_dict(self) -> dict[str, Any]:
        """JSON-able dict, the hand-off to the database."""
        return {
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
        comps = tuple(
            Component(
                c["name"],
                c["weight"],
                c["points"],
                tuple(
                    Match(
                        m["label"],
                        m["snippet"],
                        m["source"],
                        m["start"],
                        m["end"],
                        m.get("via", ""),
                        m.get("where", ""),
                    )
                    for m in c.get("matched", ())
                ),
                tuple(c.get("missing", ())),
                c.get("detail", ""),
            )
            for c in d.get("components", ())
        )
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
