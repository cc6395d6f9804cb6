"""ResumeAnalysis + Requirements -> Score: weighted components that sum to the total.

No component gives points without quoted evidence. A component the job leaves empty (no preferred
skills, no duties, no knockout questions) hands its weight to the others in proportion, so a total is
always out of 100 and an empty resume scores nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from .duties import duty_component
from .experience_score import experience_component, job_occupations
from .placement import PLACE_ORDER
from .results import (
    Component,
    Match,
    Requirements,
    ResumeAnalysis,
    Score,
    SkillMention,
    SkillRequirement,
    education_rank,
)
from .vocabulary import vocabulary_component

SCORER_VERSION = "2026.12.2"
# How much a mention proves, by where it stands: a recent role's bullets prove most, a list least.
PLACE_STRENGTH = {"role": 1.0, "old_role": 0.85, "summary": 0.7, "other": 0.6, "skills": 0.5, "": 0.6}
LETTER_STRENGTH = 0.5  # a claim in a cover letter
SOFT_FACTOR = 0.6  # soft skills are easy to claim: stated ones prove less
REPEAT_BONUS = 0.1  # named three times or more
WHERE = {
    "role": "in a recent role",
    "old_role": "in an earlier role",
    "summary": "in the summary",
    "skills": "listed in Skills",
    "other": "in the resume",
    "": "in the resume",
}
LETTER_SKILLS_FOR_FULL = 3  # skills of the job shown in the letter's sentences for full skill credit


@lru_cache(maxsize=65536)
def _norm(s: str) -> str:
    """Case/hyphen-insensitive key for comparing skill names (cached: rescoring is hot)."""
    return " ".join(s.casefold().replace("-", " ").split())


@lru_cache(maxsize=4096)
def _keys(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """Keys for a requirement: name, aliases and taxonomy label ('crm software' -> CRM)."""
    from .skills import lookup  # the taxonomy loads lazily: scoring stored analyses may never need it

    keys = [_norm(name), *(_norm(a) for a in aliases)]
    sd = lookup(name)
    if sd is not None:
        keys.append(_norm(sd.label))
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=4096)
def _umbrella(name: str) -> str | None:
    """The category a broad requirement stands for ('Soft Skills' -> soft skills), if any."""
    from .skills import UMBRELLA_CATEGORIES, lookup  # lazily, as above

    sd = lookup(name)
    return UMBRELLA_CATEGORIES.get(sd.id) if sd is not None else None


def strength(m: SkillMention) -> float:
    """How much one mention proves (0-1): its place, soft or not, how often it is named."""
    if m.evidence.source == "cover_letter":
        base = LETTER_STRENGTH
    else:
        base = PLACE_STRENGTH.get(m.place, 0.6)
    if m.category == "soft skills" and m.via is None:
        base *= SOFT_FACTOR
    if m.times >= 3:
        base += REPEAT_BONUS
    return min(1.0, base)


def _better(a: SkillMention | None, b: SkillMention) -> bool:
    """Whether b is stronger evidence than a (then the earlier, more specific place)."""
    if a is None:
        return True
    sa, sb = strength(a), strength(b)
    if sa != sb:
        return sb > sa
    return PLACE_ORDER.get(b.place, 5) < PLACE_ORDER.get(a.place, 5)


def _index(mentions: Sequence[SkillMention]) -> dict[str, SkillMention]:
    """The strongest mention by skill name, words as written and category."""
    found: dict[str, SkillMention] = {}
    for m in mentions:
        keys = [_norm(m.skill), "category:" + m.category]
        if m.via is None:  # an implied mention's words are the specific skill's, not its own
            keys.append(_norm(m.evidence.text))
        for k in keys:
            if _better(found.get(k), m):
                found[k] = m
    return found


def _match(m: SkillMention, label: str, quoted: set[tuple[str, int]]) -> Match:
    """The quote for a matched requirement; a skills-list line is quoted once, later skills point to it."""
    ev = m.evidence
    via = m.via or ("" if _norm(m.skill) == _norm(label) else m.skill)
    where = "in the cover letter" if ev.source == "cover_letter" else WHERE.get(m.place, "in the resume")
    snippet = ev.sentence or ev.text
    key = (ev.source, hash(snippet))
    if m.place == "skills" and key in quoted:
        snippet = ""
    quoted.add(key)
    return Match(label=label, snippet=snippet, source=ev.source, start=ev.start, end=ev.end, via=via, where=where)


def _skills(
    name: str, weight: float, reqs: Sequence[SkillRequirement], found: dict[str, SkillMention]
) -> tuple[Component, float]:
    """Points by the weight of each requirement met times the strength of its best evidence."""
    total = sum(max(r.weight, 0.0) for r in reqs) or 1.0
    got, covered, matched, missing = 0.0, 0.0, [], []
    quoted: set[tuple[str, int]] = set()
    for r in reqs:
        hit = None
        for key in _keys(r.name, r.aliases):
            cand = found.get(key)
            if cand is not None and _better(hit, cand):
                hit = cand
        umbrella = _umbrella(r.name)
        if umbrella:
            cand = found.get("category:" + umbrella)
            if cand is not None and _better(hit, cand):
                hit = cand
        if hit is None:
            missing.append(r.name)
            continue
        w = max(r.weight, 0.0)
        got += w * strength(hit)
        covered += w
        matched.append(_match(hit, r.name, quoted))
    share = got / total
    return Component(
        name,
        weight,
        round(weight * share, 2),
        tuple(matched),
        tuple(missing),
        f"{len(matched)} of {len(reqs)} found ({covered / total:.0%} by weight), "
        f"{share:.0%} after weighing where each is shown",
    ), covered / total


def _education(a: ResumeAnalysis, req: Requirements, weight: float) -> Component:
    """Meeting the minimum earns most points, the preferred level the rest; with no requirement,
    points only for a completed level found."""
    lo, pref = req.education_minimum, req.education_preferred
    have = education_rank(a.highest_education)
    best = next((e for e in a.education if e.level == a.highest_education and not e.in_progress), None)
    matched = (
        (Match(best.level, best.evidence.sentence, best.evidence.source, best.evidence.start, best.evidence.end),)
        if best
        else ()
    )
    if not lo and not pref:
        if best is None:
            return Component("education", weight, 0.0, (), (), "no education requirement; none found")
        return Component(
            "education", weight, weight, matched, (), f"no education requirement; {best.level.replace('_', ' ')} found"
        )
    if lo and have < education_rank(lo):
        return Component(
            "education",
            weight,
            0.0,
            matched,
            (lo,),
            f"minimum {lo} not found (highest found: {a.highest_education or 'none'})",
        )
    if best is None:
        return Component("education", weight, 0.0, (), (lo or pref or "",), "no education found")
    if not pref or have >= education_rank(pref):
        return Component("education", weight, weight, matched, (), "meets the requirement")
    share = 0.7 if lo else 0.0
    return Component(
        "education",
        weight,
        round(weight * share, 2),
        matched,
        (pref,),
        f"meets minimum {lo}; preferred {pref} not found" if lo else f"preferred {pref} not found",
    )


def _knockouts(req: Requirements, answers: Mapping[str, str], weight: float) -> tuple[Component, bool, bool]:
    """An equal share per question answered the right way; a failing answer loses its share, and a
    question not answered (an imported resume) is unknown: no points, not a failure."""
    share = weight / len(req.knockouts)
    pts, matched, failed, unknown, auto = 0.0, [], [], [], False
    for k in req.knockouts:
        ans = (answers.get(k.id) or "").strip().lower()
        if ans not in ("yes", "no"):
            unknown.append(k.question)
            continue
        if ans == k.failing_answer:
            failed.append(k.question)
            auto = auto or k.auto_reject
        else:
            pts += share
            matched.append(Match(k.id, f"{k.question} {ans}", "answers", 0, 0))
    detail = f"{len(matched)} passed, {len(failed)} failed, {len(unknown)} not answered (unknown)"
    return (
        Component("knockouts", weight, round(pts, 2), tuple(matched), tuple(failed + unknown), detail),
        bool(failed),
        auto,
    )


def _cover_letter(a: ResumeAnalysis, req: Requirements, weight: float) -> Component:
    """A letter earns points for what it shows: the job's skills in real sentences, its duties met.
    Length earns nothing and keyword lists count for nothing."""
    if not a.has_cover_letter:
        return Component("cover_letter", weight, 0.0, (), ("cover letter",), "no cover letter")
    wanted = {k for r in req.skills for k in _keys(r.name, r.aliases)}
    shown: dict[str, SkillMention] = {}
    for m in a.skills:
        if m.evidence.source == "cover_letter" and (_norm(m.skill) in wanted or _norm(m.evidence.text) in wanted):
            shown.setdefault(_norm(m.skill), m)
    skill_share = min(1.0, len(shown) / LETTER_SKILLS_FOR_FULL) if wanted else 0.0
    duties = duty_component(a, req.duties, 1.0, source="cover_letter") if req.duties else None
    duty_share = duties.points if duties else 0.0
    parts = [s for s in (skill_share if wanted else None, duty_share if duties else None) if s is not None]
    share = sum(parts) / len(parts) if parts else 0.0
    quoted: set[tuple[str, int]] = set()
    matched = tuple(_match(m, m.skill, quoted) for m in shown.values())
    matched += duties.matched if duties else ()
    return Component(
        "cover_letter",
        weight,
        round(weight * share, 2),
        matched,
        (),
        f"{len(shown)} of the job's skills shown in sentences of the letter" + (f"; {duties.detail}" if duties else ""),
    )


def _shares(req: Requirements) -> dict[str, float]:
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


def score(analysis: ResumeAnalysis, requirements: Requirements, answers: Mapping[str, str] | None = None) -> Score:
    """Score one analysis against a job; deterministic, no clock, no I/O.

    Args:
        analysis: a ResumeAnalysis (fresh or loaded with from_dict).
        requirements: the job's requirements.
        answers: knockout id -> "yes"/"no"; a missing answer is unknown (no points, no failure).
    Returns:
        Score whose total is the sum of the component points.
    """
    w = _shares(requirements)
    found = _index(analysis.skills)
    comps = []
    coverage = 0.0
    if requirements.required_skills:
        req_c, coverage = _skills("required_skills", w["required_skills"], requirements.required_skills, found)
        comps.append(req_c)
    if requirements.preferred_skills:
        comps.append(_skills("preferred_skills", w["preferred_skills"], requirements.preferred_skills, found)[0])
    exp_c, rel, tier = experience_component(analysis, requirements, w["experience"])
    comps.append(exp_c)
    if requirements.duties:
        comps.append(duty_component(analysis, requirements.duties, w["duties"]))
    job = job_occupations(requirements)
    if job.primary:
        comps.append(vocabulary_component(analysis, job.primary, job.primary_title, w["vocabulary"]))
    comps.append(_education(analysis, requirements, w["education"]))
    failed = auto = False
    if requirements.knockouts:
        ko_c, failed, auto = _knockouts(requirements, answers or {}, w["knockouts"])
        comps.append(ko_c)
    comps.append(_cover_letter(analysis, requirements, w["cover_letter"]))
    total = round(sum(c.points for c in comps), 2)
    return Score(
        total=total,
        components=tuple(comps),
        tier=tier,
        total_years=analysis.total_years,
        relevant_years=rel,
        stated_years=analysis.stated_years,
        required_coverage=round(coverage, 4),
        knockout_failed=failed,
        auto_reject=auto,
        scorer_version=SCORER_VERSION,
        requirements_hash=requirements.fingerprint(),
    )


def evidence_strength(score_: Score) -> float:
    """Tie-breaker after the total: the points of the evidence-heavy components (experience first)."""
    by = {c.name: c.points for c in score_.components}
    return round(by.get("experience", 0.0) * 1000 + by.get("required_skills", 0.0), 4)


def rank_key(score_: Score, applied_at: date | datetime | str | Any) -> tuple[Any, ...]:
    """Sort key: score desc, then evidence strength desc, then applied earliest first."""
    return (-score_.total, -evidence_strength(score_), applied_at)
