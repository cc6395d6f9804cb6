"""What a score reads from a job, worked out once per Requirements: the weights each component gets, the
keys each required skill is found under, and the fingerprints that say whether a stored component can be
carried over (and so whether a rescore must read the resume's sentences at all)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .results import Requirements, SkillRequirement, sha256_hex
from .role_kinds import job_occupations
from .strength import norm

# 2026.12.8: related work fills at most half the bar; a field of another occupation is not own. 2026.12.9: a
# skill the taxonomy does not know, asked for after the analysis, is looked for in the resume's sentences.
# 2026.12.10: a role with the posting's own title is the posting's work. 2026.12.11: a title whose field is
# made of the words of the posting's own fields is related work ('Paid Media Specialist'). 2026.12.12: years as
# the posting's own title, or in a line of work the job lists, earn a tenth of the experience points (taken from
# the depth beyond the bar). 2026.12.13: "Recruiter-in-Charge" holds the posting's title "Recruiter". 2026.12.14:
# a reported title's field is an occupation's own only when most reported titles of that field name it (an
# "Information Technology Specialist" of IT support makes no IT manager an IT support job's own work)
SCORER_VERSION = "2026.12.14"


@lru_cache(maxsize=4096)
def requirement_keys(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """Keys for a requirement: name, aliases and taxonomy label ('crm software' -> CRM)."""
    from .skills import lookup  # the taxonomy loads lazily: scoring stored analyses may never need it

    keys = [norm(name), *(norm(a) for a in aliases)]
    sd = lookup(name)
    if sd is not None:
        keys.append(norm(sd.label))
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=4096)
def umbrella_of(name: str) -> str | None:
    """The category a broad requirement stands for ('Soft Skills' -> soft skills), if any."""
    from .skills import UMBRELLA_CATEGORIES, lookup  # lazily, as above

    sd = lookup(name)
    return UMBRELLA_CATEGORIES.get(sd.id) if sd is not None else None


@lru_cache(maxsize=4096)
def written_only(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """The names of a requirement the taxonomy does not know ('Teradata'): an analysis made before the job
    asked for them holds no mention of them, so a rescore looks for them in the resume's sentences."""
    from .skills import lookup  # lazily, as above

    alternatives = " or " in name or "," in name  # 'Zendesk or Salesforce' names its aliases, no phrase
    names = (*aliases,) if alternatives else (name, *aliases)
    return tuple(p for p in dict.fromkeys(names) if p.strip() and lookup(p) is None)


# a requirement, its keys, its umbrella, its names to look for as written
Wanted = tuple[SkillRequirement, tuple[str, ...], "str | None", tuple[str, ...]]


def wanted_of(reqs: Sequence[SkillRequirement]) -> tuple[Wanted, ...]:
    return tuple(
        (r, requirement_keys(r.name, r.aliases), umbrella_of(r.name), written_only(r.name, r.aliases)) for r in reqs
    )


def shares_of(req: Requirements) -> dict[str, float]:
    """Each component's weight, with the weight of components the job leaves empty shared out."""
    w = req.weights.as_dict()
    empty = {
        "required_skills": not req.required_skills,
        "preferred_skills": not req.preferred_skills,
        "duties": not req.duties,
        "knockouts": not req.knockouts,
        "vocabulary": not job_occupations(req).primary,
    }
    spare = sum(w[k] for k, e in empty.items() if e)
    live = {k: v for k, v in w.items() if not empty.get(k)}
    base = sum(live.values())
    if not spare or not base:
        return {k: (0.0 if empty.get(k) else v) for k, v in w.items()}
    return {k: (0.0 if empty.get(k) else round(v + spare * v / base, 4)) for k, v in w.items()}


@dataclass(frozen=True)
class ScorePlan:
    """What a score reads from the job, worked out once per Requirements (thousands of scores share it)."""

    shares: dict[str, float]
    required: tuple[Wanted, ...]
    preferred: tuple[Wanted, ...]
    duties_key: str
    letter_key: str
    required_key: str
    preferred_key: str
    experience_key: str


def plan_for(req: Requirements) -> ScorePlan:
    plan = req.__dict__.get("_score_plan")
    if plan is None:  # frozen, so working it out once per instance is safe (as its fingerprint)
        plan = ScorePlan(
            shares=shares_of(req),
            required=wanted_of(req.required_skills),
            preferred=wanted_of(req.preferred_skills),
            duties_key=text_key(req.duties),
            letter_key=text_key((*req.duties, *(k for r in req.skills for k in (r.name, *r.aliases)))),
            required_key=text_key(_wanted_parts(req.required_skills)),
            preferred_key=text_key(_wanted_parts(req.preferred_skills)),
            experience_key=text_key(_experience_parts(req)),
        )
        req.__dict__["_score_plan"] = plan
    return plan


def needs_text(requirements: Requirements, previous: Mapping[str, Any] | None, has_cover_letter: bool) -> bool:
    """Whether scoring again must read the resume's sentences: some component that reads them (duties,
    vocabulary, a letter's duties, skills the taxonomy does not know) cannot be carried over from the stored
    score."""
    if not previous or previous.get("scorer_version") != SCORER_VERSION:
        return True
    plan, held = plan_for(requirements), previous.get("inputs") or {}
    names = {c.get("name") for c in previous.get("components", ())}
    job = job_occupations(requirements)
    wanted = {"cover_letter": plan.letter_key} if has_cover_letter and requirements.duties else {}
    if requirements.duties:
        wanted["duties"] = plan.duties_key
    if job.primary:
        wanted["vocabulary"] = job.primary
    if any(w[3] for w in plan.required):
        wanted["required_skills"] = plan.required_key
    if any(w[3] for w in plan.preferred):
        wanted["preferred_skills"] = plan.preferred_key
    return any(name not in names or (held.get(name) or ("",))[0] != key for name, key in wanted.items())


def _wanted_parts(reqs: Sequence[SkillRequirement]) -> tuple[str, ...]:
    """What a skills component reads of its requirements: names, aliases and weights, in order."""
    return tuple(_joined((r.name, _joined(r.aliases, LIST), repr(r.weight))) for r in reqs)


def _experience_parts(req: Requirements) -> tuple[str, ...]:
    """What the experience component reads of a job: its title, occupations, titles and tiers."""
    return (
        req.title,
        req.occupation or "",
        _joined(req.related_occupations, LIST),
        _joined(req.occupation_titles, LIST),
        _joined(req.related_titles, LIST),
        req.target_tier or "",
        *(_joined((t.name, repr(t.min_years), repr(t.max_years))) for t in req.experience_tiers),
    )


FIELD, LIST = "\x1e", "\x1d"  # separators no job text holds


def _joined(parts: Sequence[str], sep: str = FIELD) -> str:
    return sep.join(parts)


@lru_cache(maxsize=1024)
def text_key(parts: tuple[str, ...]) -> str:
    """A short fingerprint of the job's text a component reads."""
    return sha256_hex("\x1f".join(parts))[:16]
