"""ResumeAnalysis + Requirements -> Score: weighted components that sum to the total."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from .experience_score import experience_component
from .results import (Component, Match, Requirements, ResumeAnalysis, Score, SkillMention,
                      SkillRequirement, education_rank)

SCORER_VERSION = "2026.12.1"
COVER_LETTER_FULL_CHARS = 300  # a short but real letter earns full points


@lru_cache(maxsize=65536)
def _norm(s: str) -> str:
    """Case/hyphen-insensitive key for comparing skill names (cached: rescoring is hot)."""
    return " ".join(s.casefold().replace("-", " ").split())


@lru_cache(maxsize=4096)
def _keys(name: str, aliases: tuple[str, ...]) -> tuple[str, ...]:
    """Keys for a requirement: name, aliases and taxonomy label ('crm software' -> CRM)."""
    from .skills import lookup

    keys = [_norm(name), *(_norm(a) for a in aliases)]
    sd = lookup(name)
    if sd is not None:
        keys.append(_norm(sd.label))
    return tuple(dict.fromkeys(keys))


@lru_cache(maxsize=4096)
def _umbrella(name: str) -> str | None:
    """The category a broad requirement stands for ('Soft Skills' -> soft skills), if any."""
    from .skills import UMBRELLA_CATEGORIES, lookup

    sd = lookup(name)
    return UMBRELLA_CATEGORIES.get(sd.id) if sd is not None else None


def _match(m: SkillMention, label: str) -> Match:
    ev = m.evidence
    via = m.via or ("" if _norm(m.skill) == _norm(label) else m.skill)
    return Match(label=label, snippet=ev.sentence or ev.text, source=ev.source,
                 start=ev.start, end=ev.end, via=via)


def _index(mentions: Sequence[SkillMention]) -> dict[str, SkillMention]:
    """Mentions by skill name, words as written and category; stated ones win over implied ones."""
    found: dict[str, SkillMention] = {}
    stated = [m for m in mentions if m.via is None]
    for m in (*stated, *(m for m in mentions if m.via is not None)):
        found.setdefault(_norm(m.skill), m)
        if m.via is None:  # an implied mention's words are the specific skill's, not its own
            found.setdefault(_norm(m.evidence.text), m)
        found.setdefault("category:" + m.category, m)
    return found


def _skills(name: str, weight: float, reqs: Sequence[SkillRequirement],
            found: dict[str, SkillMention]) -> tuple[Component, float]:
    """Points in proportion to the weight of requirements matched by name, alias or, for a broad
    requirement such as 'Soft Skills', by any skill of its category."""
    if not reqs:
        return Component(name, weight, weight, (), (),
                         "no skills of this kind set for the job: full points"), 1.0
    total = sum(max(r.weight, 0.0) for r in reqs) or 1.0
    got, matched, missing = 0.0, [], []
    for r in reqs:
        hit = None
        for key in _keys(r.name, r.aliases):
            hit = found.get(key)
            if hit is not None:
                break
        umbrella = _umbrella(r.name) if hit is None else None
        if umbrella:
            hit = found.get("category:" + umbrella)
        if hit is None:
            missing.append(r.name)
        else:
            got += max(r.weight, 0.0)
            matched.append(_match(hit, r.name))
    cov = got / total
    return Component(name, weight, round(weight * cov, 1), tuple(matched), tuple(missing),
                     f"{len(matched)} of {len(reqs)} matched ({cov:.0%} by weight)"), cov


def _education(a: ResumeAnalysis, req: Requirements, weight: float) -> Component:
    """Meeting the minimum earns most points; the preferred level earns the rest."""
    lo, pref = req.education_minimum, req.education_preferred
    have = education_rank(a.highest_education)
    best = next((e for e in a.education if e.level == a.highest_education
                 and not e.in_progress), None)
    matched = (Match(best.level, best.evidence.sentence, best.evidence.source,
                     best.evidence.start, best.evidence.end),) if best else ()
    if not lo and not pref:
        return Component("education", weight, weight, matched, (),
                         "no education requirement: full points")
    if lo and have < education_rank(lo):
        return Component("education", weight, 0.0, matched, (lo,),
                         f"minimum {lo} not found (highest found: {a.highest_education or 'none'})")
    if not pref or have >= education_rank(pref):
        return Component("education", weight, weight, matched, (), "meets the requirement")
    share = 0.7 if lo else 0.0
    return Component("education", weight, round(weight * share, 1), matched, (pref,),
                     f"meets minimum {lo}; preferred {pref} not found" if lo
                     else f"preferred {pref} not found")


def _knockouts(req: Requirements, answers: Mapping[str, str], weight: float
               ) -> tuple[Component, bool, bool]:
    """Equal share per question; a failing answer loses its share, a missing one does not."""
    if not req.knockouts:
        none = Component("knockouts", weight, weight, (), (), "no knockout questions: full points")
        return none, False, False
    share = weight / len(req.knockouts)
    pts, matched, failed, unanswered, auto = 0.0, [], [], 0, False
    for k in req.knockouts:
        ans = (answers.get(k.id) or "").strip().lower()
        if ans not in ("yes", "no"):
            unanswered += 1
            pts += share
            continue
        if ans == k.failing_answer:
            failed.append(k.question)
            auto = auto or k.auto_reject
        else:
            pts += share
            matched.append(Match(k.id, f"{k.question} {ans}", "answers", 0, 0))
    detail = f"{len(failed)} failed, {unanswered} unanswered (not counted as failures)"
    return (Component("knockouts", weight, round(pts, 1), tuple(matched), tuple(failed), detail),
            bool(failed), auto)


def _cover_letter(a: ResumeAnalysis, weight: float) -> Component:
    if not a.has_cover_letter:
        return Component("cover_letter", weight, 0.0, (), ("cover letter",), "no cover letter")
    frac = min(1.0, a.cover_letter_chars / COVER_LETTER_FULL_CHARS)
    return Component("cover_letter", weight, round(weight * frac, 1), (), (),
                     f"{a.cover_letter_chars} characters")


def score(analysis: ResumeAnalysis, requirements: Requirements,
          answers: Mapping[str, str] | None = None) -> Score:
    """Score one analysis against a job; deterministic, no clock, no I/O.

    Args:
        analysis: a ResumeAnalysis (fresh or loaded with from_dict).
        requirements: the job's requirements.
        answers: knockout id -> "yes"/"no"; missing answers are not failures.
    Returns:
        Score whose total is the sum of the component points (each rounded to 0.1).
    """
    w = requirements.weights
    found = _index(analysis.skills)
    req_c, coverage = _skills("required_skills", w.required_skills,
                              requirements.required_skills, found)
    pref_c, _ = _skills("preferred_skills", w.preferred_skills,
                        requirements.preferred_skills, found)
    exp_c, rel, tier = experience_component(analysis, requirements, w.experience)
    ko_c, failed, auto = _knockouts(requirements, answers or {}, w.knockouts)
    comps = (req_c, pref_c, exp_c, _education(analysis, requirements, w.education), ko_c,
             _cover_letter(analysis, w.cover_letter))
    total = round(sum(c.points for c in comps), 1)
    return Score(total=total, components=comps, tier=tier, total_years=analysis.total_years,
                 relevant_years=rel, stated_years=analysis.stated_years,
                 required_coverage=round(coverage, 4), knockout_failed=failed, auto_reject=auto,
                 scorer_version=SCORER_VERSION, requirements_hash=requirements.fingerprint())


def rank_key(score: Score, applied_at: date | datetime | str | Any) -> tuple[Any, ...]:
    """Sort key: score desc, then required-skill coverage desc, then applied earliest first."""
    return (-score.total, -score.required_coverage, applied_at)
