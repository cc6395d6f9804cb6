"""What a score reads from a job, worked out once per Requirements: the weights each component gets, the
keys each required skill is found under, and the fingerprints that say whether a stored component can be
carried over (and so whether a rescore must read the resume's sentences at all)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, NamedTuple

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
# "Information Technology Specialist" of IT support makes no IT manager an IT support job's own work). 2026.12.15:
# titles are compared with their abbreviations spelled out ("Mktg Manager" is a marketing manager), a lead before
# another rank dropped. 2026.12.16: each duty's quote says which of the duty's words the sentence shares and how
# much of the duty it meets, and the detail counts the duties met on one shared word (the points are as before); a
# field only managers' titles give ("Information Systems Manager") is a managing job's own work only for a post of
# a managing rank ("Information Systems" or a specialist of that field is related work). 2026.12.17: the name of
# the school or its place is not a qualification's field ("Glendale Community College", "City College of New
# York", "Texas Tech University"), nor the "Applied" of an Associate of Applied Science
SCORER_VERSION = "2026.12.17"


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
    keys: dict[str, str]  # component -> fingerprint of what it reads of the job, for the components it has


def plan_for(req: Requirements) -> ScorePlan:
    plan = req.__dict__.get("_score_plan")
    if plan is None:  # frozen, so working it out once per instance is safe (as its fingerprint)
        plan = ScorePlan(
            shares=shares_of(req),
            required=wanted_of(req.required_skills),
            preferred=wanted_of(req.preferred_skills),
            keys=_component_keys(req),
        )
        req.__dict__["_score_plan"] = plan
    return plan


def _component_keys(req: Requirements) -> dict[str, str]:
    """The fingerprint each component of this job carries over by (knockouts read the answers, never carried)."""
    primary = job_occupations(req).primary
    keys = {
        "required_skills": text_key(_wanted_parts(req.required_skills)),
        "preferred_skills": text_key(_wanted_parts(req.preferred_skills)),
        "experience": text_key(_experience_parts(req)),
        "education": f"{primary}|{req.education_minimum}|{req.education_preferred}",
        "cover_letter": text_key((*req.duties, *(k for r in req.skills for k in (r.name, *r.aliases)))),
    }
    if req.duties:
        keys["duties"] = text_key(req.duties)
    if primary:
        keys["vocabulary"] = primary
    return keys


class Reads(NamedTuple):
    """What scoring a stored analysis again must read back: the analysis, its sentence index, both or neither
    (a change to the duties alone reads the sentences and not the analysis)."""

    analysis: bool
    text: bool


def rescore_reads(
    requirements: Requirements, previous: Mapping[str, Any] | None, has_cover_letter: bool | None = None
) -> Reads:
    """What a rescore must read, by the components of the stored score that cannot be carried over. Whether
    there is a cover letter comes from the stored score (or the caller); not known, the letter is assumed."""
    if not previous or previous.get("scorer_version") != SCORER_VERSION:
        return Reads(True, True)
    plan, held = plan_for(requirements), previous.get("inputs") or {}
    names = {c.get("name") for c in previous.get("components", ())}
    stale = {n for n, key in plan.keys.items() if n not in names or (held.get(n) or ("",))[0] != key}
    if has_cover_letter is None:
        has_cover_letter = previous.get("has_cover_letter")
    letter = has_cover_letter is not False
    if not plan.required:
        stale.discard("required_skills")
    if not plan.preferred:
        stale.discard("preferred_skills")
    if not letter:
        stale.discard("cover_letter")  # no letter: "no cover letter", whatever the job asks
    text = bool(stale & {"duties", "vocabulary"})
    text = text or ("cover_letter" in stale and bool(requirements.duties))
    text = text or ("required_skills" in stale and any(w[3] for w in plan.required))
    text = text or ("preferred_skills" in stale and any(w[3] for w in plan.preferred))
    analysis = has_cover_letter is None or bool(stale - SENTENCES_ONLY)
    return Reads(analysis, text)


SENTENCES_ONLY = frozenset({"duties", "vocabulary"})  # components that read nothing of an analysis but its sentences


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
