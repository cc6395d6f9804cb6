"""ResumeAnalysis + Requirements -> Score: weighted components that sum to the total."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from .experience import relevant_recency, relevant_years, tier_for
from .results import (Component, Match, Requirements, ResumeAnalysis, Score, SkillMention,
                      SkillRequirement, education_rank)

SCORER_VERSION = "2026.11.3"
RELEVANT_YEARS_FOR_FULL = 1.0  # when a job sets no years, one year in a relevant role is enough
COVER_LETTER_FULL_CHARS = 300  # a short but real letter earns full points
CURRENT_SHARE = 0.2  # share of experience points earned by a relevant role that is current


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


def _match(m: SkillMention, label: str) -> Match:
    ev = m.evidence
    return Match(label=label, snippet=ev.sentence or ev.text, source=ev.source,
                 start=ev.start, end=ev.end)


def _skills(name: str, weight: float, reqs: Sequence[SkillRequirement],
            found: dict[str, SkillMention]) -> tuple[Component, float]:
    """Points in proportion to the weight of requirements matched by name or alias."""
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
        if hit is None:
            missing.append(r.name)
        else:
            got += max(r.weight, 0.0)
            matched.append(_match(hit, r.name))
    cov = got / total
    return Component(name, weight, round(weight * cov, 1), tuple(matched), tuple(missing),
                     f"{len(matched)} of {len(reqs)} matched ({cov:.0%} by weight)"), cov


def _experience(a: ResumeAnalysis, req: Requirements, weight: float
                ) -> tuple[Component, float | None, str | None]:
    """Relevant years (else stated) vs the target's minimum, plus a share for a current one."""
    rel = relevant_years(a.roles, req.occupation_titles) if req.occupation_titles else a.total_years
    years, basis = rel, "relevant dated roles" if req.occupation_titles else "all dated roles"
    if not a.roles and a.stated_years is not None:
        years, basis = a.stated_years, "stated total (no dated roles found)"
    tier = tier_for(years, req.experience_tiers)
    target = next((t for t in req.experience_tiers if t.name == req.target_tier), None)
    need = target.min_years if target else 0.0
    tname = target.name if target else ""
    matched = tuple(Match(r.title or "role", r.evidence.sentence, r.evidence.source,
                          r.evidence.start, r.evidence.end) for r in a.roles[:10])
    if a.stated_years_evidence and not a.roles:
        ev = a.stated_years_evidence
        matched = (Match("stated years", ev.sentence, ev.source, ev.start, ev.end),)
    recency = bool(req.occupation_titles and a.roles)
    current, ended = relevant_recency(a.roles, req.occupation_titles) if recency else (False, None)
    note = ("; relevant role is current" if current else
            f"; relevant experience ended {ended.year}, not current" if ended else "")
    share = CURRENT_SHARE if recency else 0.0

    def pts(frac: float) -> float:
        return round(weight * ((1 - share) * frac + share * current), 1)

    if target is None and req.occupation_titles and a.roles:
        # No years asked for: relevant experience still separates candidates; one year of it,
        # held now, earns full points, so 100 stays reachable.
        frac = min(1.0, (rel or 0.0) / RELEVANT_YEARS_FOR_FULL)
        detail = (f"no minimum years set; {rel or 0:.1f} years in relevant roles "
                  f"({RELEVANT_YEARS_FOR_FULL:g}+ earns full points){note}")
        missing = () if frac >= 1 else ("relevant experience",)
        return (Component("experience", weight, pts(frac), matched, missing, detail), rel, tier)
    if need <= 0:
        detail = ("no minimum years set: full points" if not target else
                  f"target tier {target.name!r} needs no minimum: full points")
        return Component("experience", weight, weight, matched, (), detail), rel, tier
    frac = min(1.0, (years or 0.0) / need)
    missing = () if frac >= 1 else (f"{need:g}+ years for tier {tname!r}",)
    detail = (f"{(years or 0):.1f} years ({basis}) vs {need:g} needed for "
              f"{tname!r}; candidate tier: {tier or 'none'}{note}")
    points = pts(frac)
    return Component("experience", weight, points, matched, missing, detail), rel, tier


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
    found: dict[str, SkillMention] = {}
    for m in analysis.skills:
        found.setdefault(_norm(m.skill), m)
        found.setdefault(_norm(m.evidence.text), m)
    req_c, coverage = _skills("required_skills", w.required_skills,
                              requirements.required_skills, found)
    pref_c, _ = _skills("preferred_skills", w.preferred_skills,
                        requirements.preferred_skills, found)
    exp_c, rel, tier = _experience(analysis, requirements, w.experience)
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
