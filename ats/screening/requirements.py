"""Job-side result types (what a job asks for); re-exported from results.py."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ._common import EDUCATION_LEVELS, SkillDef, canonical_json, sha256_hex


@dataclass(frozen=True, slots=True)
class SkillRequirement:
    """A skill a job asks for; aliases let a job widen what counts."""

    name: str
    required: bool
    weight: float = 1.0
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ExperienceTier:
    """A named band of years (max None = open-ended)."""

    name: str
    min_years: float
    max_years: float | None = None

    def contains(self, years: float) -> bool:
        """Whether a number of years falls in this band."""
        return years >= self.min_years and (self.max_years is None or years < self.max_years)


@dataclass(frozen=True, slots=True)
class KnockoutQuestion:
    """A yes/no question; the failing answer only rejects when auto_reject is set."""

    id: str
    question: str
    failing_answer: str  # "yes" or "no"
    auto_reject: bool = False

    def __post_init__(self) -> None:
        if self.failing_answer not in ("yes", "no"):
            raise ValueError(f"failing_answer must be 'yes' or 'no', not {self.failing_answer!r}")


@dataclass(frozen=True, slots=True)
class Salary:
    """Pay range as posted."""

    min: float | None
    max: float | None
    currency: str
    period: str  # "year" | "month" | "hour"


@dataclass(frozen=True, slots=True)
class Weights:
    """Points per component; must sum to 100 so the total is out of 100."""

    required_skills: float = 15
    preferred_skills: float = 5
    experience: float = 35
    duties: float = 10
    vocabulary: float = 20
    education: float = 5
    knockouts: float = 5
    cover_letter: float = 5

    def __post_init__(self) -> None:
        values = self.as_dict().values()
        if any(v < 0 for v in values):
            raise ValueError("weights must not be negative")
        if abs(sum(values) - 100) > 1e-6:
            raise ValueError(f"weights must sum to 100, not {sum(values):g}")

    def as_dict(self) -> dict[str, float]:
        """Component name -> weight, in display order."""
        return {
            "required_skills": self.required_skills,
            "preferred_skills": self.preferred_skills,
            "experience": self.experience,
            "duties": self.duties,
            "vocabulary": self.vocabulary,
            "education": self.education,
            "knockouts": self.knockouts,
            "cover_letter": self.cover_letter,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Weights:
        """Stored weights; a job saved on an earlier version's defaults moves to today's, custom weights are
        kept as they were (a job saved before the duty match and the vocabulary gets them at 0)."""
        if {k: float(v) for k, v in d.items()} in EARLIER_DEFAULTS:
            return cls()
        if "duties" not in d or "vocabulary" not in d:
            return cls(**{"duties": 0.0, "vocabulary": 0.0, **d})
        return cls(**d)


EARLIER_DEFAULTS = (
    {  # six components, before the duty match and the vocabulary
        "required_skills": 40.0,
        "preferred_skills": 10.0,
        "experience": 25.0,
        "education": 10.0,
        "knockouts": 10.0,
        "cover_letter": 5.0,
    },
    {  # scorer 2026.12.2 and before: education counted the level alone, at 10
        "required_skills": 15.0,
        "preferred_skills": 5.0,
        "experience": 30.0,
        "duties": 10.0,
        "vocabulary": 20.0,
        "education": 10.0,
        "knockouts": 5.0,
        "cover_letter": 5.0,
    },
)


def _num(v: Any) -> float | None:
    return None if v is None else float(v)


def _edu(v: Any) -> str | None:
    if v is None:
        return None
    if v not in EDUCATION_LEVELS:
        raise ValueError(f"unknown education level {v!r}")
    return str(v)


@dataclass(frozen=True)
class Requirements:
    """What a job asks for; the only input the scorer needs besides the analysis."""

    title: str = ""
    occupation: str | None = None  # O*NET-SOC code of the job's own occupation (years count in full)
    related_occupations: tuple[str, ...] = ()  # codes of related work (years count in part)
    occupation_titles: tuple[str, ...] = ()  # more titles whose years count in full (the recruiter's)
    related_titles: tuple[str, ...] = ()  # more titles whose years count in part
    skills: tuple[SkillRequirement, ...] = ()
    duties: tuple[str, ...] = ()  # what the job does, each matched to the resume's best sentence
    experience_tiers: tuple[ExperienceTier, ...] = ()
    target_tier: str | None = None
    education_minimum: str | None = None
    education_preferred: str | None = None
    knockouts: tuple[KnockoutQuestion, ...] = ()
    salary: Salary | None = None
    employment_type: str | None = None
    location: str | None = None
    remote: bool = False
    weights: Weights = field(default_factory=Weights)
    custom_skills: tuple[SkillDef, ...] = ()

    def __post_init__(self) -> None:
        if (
            self.target_tier is not None
            and self.experience_tiers
            and self.target_tier not in {t.name for t in self.experience_tiers}
        ):
            raise ValueError(f"target tier {self.target_tier!r} is not one of the tiers")
        _edu(self.education_minimum)
        _edu(self.education_preferred)

    @property
    def required_skills(self) -> tuple[SkillRequirement, ...]:
        """Skills that must be present."""
        return tuple(s for s in self.skills if s.required)

    @property
    def preferred_skills(self) -> tuple[SkillRequirement, ...]:
        """Skills that are a plus."""
        return tuple(s for s in self.skills if not s.required)

    def skill_defs(self) -> tuple[SkillDef, ...]:
        """Custom skills plus one per requirement with aliases or a name the taxonomy does not know (a
        recruiter's 'Teradata' is looked for as written), to pass to analyse()."""
        from .skills import lookup  # the taxonomy loads lazily: scoring stored analyses may never need it

        extra = tuple(
            SkillDef(id="req:" + s.name.lower(), label=s.name, aliases=s.aliases, category="job specific")
            for s in self.skills
            if s.aliases or lookup(s.name) is None
        )
        return self.custom_skills + extra

    def to_dict(self) -> dict[str, Any]:
        """JSON-able dict."""
        s = self.salary
        return {
            "title": self.title,
            "occupation": self.occupation,
            "related_occupations": list(self.related_occupations),
            "occupation_titles": list(self.occupation_titles),
            "related_titles": list(self.related_titles),
            "skills": [
                {"name": k.name, "required": k.required, "weight": k.weight, "aliases": list(k.aliases)}
                for k in self.skills
            ],
            "duties": list(self.duties),
            "experience_tiers": [
                {"name": t.name, "min_years": t.min_years, "max_years": t.max_years} for t in self.experience_tiers
            ],
            "target_tier": self.target_tier,
            "education_minimum": self.education_minimum,
            "education_preferred": self.education_preferred,
            "knockouts": [
                {"id": k.id, "question": k.question, "failing_answer": k.failing_answer, "auto_reject": k.auto_reject}
                for k in self.knockouts
            ],
            "salary": None if s is None else {"min": s.min, "max": s.max, "currency": s.currency, "period": s.period},
            "employment_type": self.employment_type,
            "location": self.location,
            "remote": self.remote,
            "weights": self.weights.as_dict(),
            "custom_skills": [c.to_dict() for c in self.custom_skills],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Requirements:
        """Inverse of to_dict; missing keys fall back to defaults, a stale target tier to None."""
        sal = d.get("salary")
        tiers = tuple(
            ExperienceTier(t["name"], float(t.get("min_years") or 0), _num(t.get("max_years")))
            for t in d.get("experience_tiers") or ()
        )
        target = d.get("target_tier")
        if target is not None and target not in {t.name for t in tiers}:
            target = None
        return cls(
            title=d.get("title") or "",
            occupation=d.get("occupation") or None,
            related_occupations=tuple(d.get("related_occupations") or ()),
            occupation_titles=tuple(d.get("occupation_titles") or ()),
            related_titles=tuple(d.get("related_titles") or ()),
            skills=tuple(
                SkillRequirement(
                    k["name"], bool(k.get("required", True)), float(k.get("weight", 1.0)), tuple(k.get("aliases") or ())
                )
                for k in d.get("skills") or ()
            ),
            duties=tuple(d.get("duties") or ()),
            experience_tiers=tiers,
            target_tier=target,
            education_minimum=d.get("education_minimum"),
            education_preferred=d.get("education_preferred"),
            knockouts=tuple(
                KnockoutQuestion(
                    str(k.get("id") or i),
                    k["question"],
                    k.get("failing_answer", "no"),
                    bool(k.get("auto_reject", False)),
                )
                for i, k in enumerate(d.get("knockouts") or ())
            ),
            salary=None
            if not sal
            else Salary(
                _num(sal.get("min")), _num(sal.get("max")), sal.get("currency") or "USD", sal.get("period") or "year"
            ),
            employment_type=d.get("employment_type"),
            location=d.get("location"),
            remote=bool(d.get("remote", False)),
            weights=Weights.from_dict(d["weights"]) if d.get("weights") else Weights(),
            custom_skills=tuple(SkillDef.from_dict(c) for c in d.get("custom_skills") or ()),
        )

    def fingerprint(self) -> str:
        """sha256 of the canonical JSON: the 'requirements hash' stored with each score."""
        cached = self.__dict__.get("_fingerprint")
        if cached is None:  # frozen, so computing once per instance is safe
            cached = sha256_hex(canonical_json(self.to_dict()))
            self.__dict__["_fingerprint"] = cached
        return cached
