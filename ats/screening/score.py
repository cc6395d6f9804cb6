"""ResumeAnalysis + Requirements -> Score: weighted components that sum to the total.

No component gives points without quoted evidence. A component the job leaves empty (no preferred
skills, no duties, no knockout questions) hands its weight to the others in proportion, so a total is
always out of 100 and an empty resume scores nothing.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from .duties import duty_component
from .education_score import education_component
from .experience_score import experience_component
from .results import (
    Component,
    Evidence,
    Match,
    Requirements,
    ResumeAnalysis,
    Score,
    SkillMention,
    component_from_dict,
)
from .role_kinds import job_occupations
from .score_plan import SCORER_VERSION, SENTENCES_ONLY, Wanted, plan_for, requirement_keys
from .strength import best_mentions, norm, rank, strength
from .vocabulary import vocabulary_component

WHERE = {
    "role": "in a recent role",
    "old_role": "in an earlier role",
    "summary": "in the summary",
    "skills": "listed in Skills",
    "other": "in the resume",
    "": "in the resume",
}
LETTER_SKILLS_FOR_FULL = 3  # skills of the job shown in the letter's sentences for full skill credit


class _Found:
    """The strongest mention under a key, from the index kept with the analysis."""

    def __init__(self, analysis: ResumeAnalysis) -> None:
        self.analysis = analysis
        self.skills = analysis.skills
        self.index = (
            analysis.skill_index if analysis.skill_index or not analysis.skills else best_mentions(analysis.skills)
        )

    def get(self, key: str) -> SkillMention | None:
        i = self.index.get(key)
        return None if i is None else self.skills[i]

    def written(self, label: str, names: tuple[str, ...]) -> SkillMention | None:
        """The first resume sentence that names one of these as written (whole words, any case): how a
        stored analysis meets a skill the taxonomy does not know, asked for after it was made."""
        raw = self.analysis.text_json
        if not names or not raw:
            return None
        if _named_nowhere(names, raw):
            return None  # no sentence names it: the stored index need not be decoded (most resumes lack it)
        rx = _written_pattern(names)
        for s in self.analysis.sentences:
            if s.source == "resume" and rx.search(s.sentence):
                return SkillMention(label, "job specific", Evidence(s.source, s.start, s.end, s.sentence, s.sentence))
        return None


_FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"  # the only characters re.IGNORECASE matches with an ASCII letter


def _named_nowhere(names: tuple[str, ...], raw: str) -> bool:
    """Whether the stored sentence index's JSON text surely holds none of these names in any case. Each of a
    sentence's characters stands in it as written, except quotes, backslashes and control characters (which
    no name here holds) and, in older analyses, \\u escapes (then nothing is ruled out)."""
    if "\\u" in raw or any(c in raw for c in _FOLDS_TO_ASCII):
        return False
    if not all(n.isascii() and n.isprintable() and '"' not in n and "\\" not in n for n in names):
        return False
    low = raw.lower()
    return not any(n.lower() in low for n in names)


@lru_cache(maxsize=1024)
def _written_pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])", re.I)


def _better(a: SkillMention | None, b: SkillMention) -> bool:
    """Whether b is stronger evidence than a."""
    return a is None or rank(b) > rank(a)


def _match(m: SkillMention, label: str, quoted: set[tuple[str, int]]) -> Match:
    """The quote for a matched requirement; a skills-list line is quoted once, later skills point to it."""
    ev = m.evidence
    via = m.via or ("" if norm(m.skill) == norm(label) else m.skill)
    where = "in the cover letter" if ev.source == "cover_letter" else WHERE.get(m.place, "in the resume")
    snippet = ev.sentence or ev.text
    key = (ev.source, hash(snippet))
    if m.place == "skills" and key in quoted:
        snippet = ""
    quoted.add(key)
    return Match(label=label, snippet=snippet, source=ev.source, start=ev.start, end=ev.end, via=via, where=where)


def _skills(name: str, weight: float, reqs: Sequence[Wanted], found: _Found) -> tuple[Component, float, float]:
    """Points by the weight of each requirement met times the strength of its best evidence."""
    total = sum(max(w[0].weight, 0.0) for w in reqs) or 1.0
    got, covered, matched, missing = 0.0, 0.0, [], []
    quoted: set[tuple[str, int]] = set()
    for r, keys, umbrella, written in reqs:
        hit = None
        for key in keys:
            cand = found.get(key)
            if cand is not None and _better(hit, cand):
                hit = cand
        if umbrella:
            cand = found.get("category:" + umbrella)
            if cand is not None and _better(hit, cand):
                hit = cand
        if hit is None and written:
            hit = found.written(r.name, written)
        if hit is None:
            missing.append(r.name)
            continue
        w = max(r.weight, 0.0)
        got += w * strength(hit)
        covered += w
        matched.append(_match(hit, r.name, quoted))
    share = got / total
    return (
        Component(
            name,
            weight,
            round(weight * share, 2),
            tuple(matched),
            tuple(missing),
            f"{len(matched)} of {len(reqs)} found ({covered / total:.0%} by weight), "
            f"{share:.0%} after weighing where each is shown",
        ),
        share,
        covered / total,
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


def _cover_letter(a: ResumeAnalysis, req: Requirements, weight: float) -> tuple[Component, float]:
    """A letter earns points for what it shows: the job's skills in real sentences, its duties met.
    Length earns nothing and keyword lists count for nothing."""
    if not a.has_cover_letter:
        return Component("cover_letter", weight, 0.0, (), ("cover letter",), "no cover letter"), 0.0
    wanted = {k for r in req.skills for k in requirement_keys(r.name, r.aliases)}
    shown: dict[str, SkillMention] = {}
    for m in a.skills:
        if m.evidence.source == "cover_letter" and (norm(m.skill) in wanted or norm(m.evidence.text) in wanted):
            shown.setdefault(norm(m.skill), m)
    skill_share = min(1.0, len(shown) / LETTER_SKILLS_FOR_FULL) if wanted else 0.0
    duties, duty_share = duty_component(a, req.duties, 1.0, source="cover_letter") if req.duties else (None, 0.0)
    parts = [s for s in (skill_share if wanted else None, duty_share if duties else None) if s is not None]
    share = sum(parts) / len(parts) if parts else 0.0
    quoted: set[tuple[str, int]] = set()
    matched = tuple(_match(m, m.skill, quoted) for m in shown.values())
    matched += tuple(duties.matched) if duties else ()
    return Component(
        "cover_letter",
        weight,
        round(weight * share, 2),
        matched,
        (),
        f"{len(shown)} of the job's skills shown in sentences of the letter" + (f"; {duties.detail}" if duties else ""),
    ), share


def score(
    analysis: ResumeAnalysis,
    requirements: Requirements,
    answers: Mapping[str, str] | None = None,
    previous: Score | Mapping[str, Any] | None = None,
) -> Score:
    """Score one analysis against a job; deterministic, no clock, no I/O.

    Args:
        analysis: a ResumeAnalysis (fresh or loaded with from_dict).
        requirements: the job's requirements.
        answers: knockout id -> "yes"/"no"; a missing answer is unknown (no points, no failure).
        previous: an earlier Score of the same analysis (or its stored dict): a component whose part of
            the job has not changed since (the duties, the occupation) is carried over, not computed
            again. The result is the same as without it, only faster when thousands are rescored.
    Returns:
        Score whose total is the sum of the component points.
    """
    plan = plan_for(requirements)
    w = plan.shares
    found = _Found(analysis)
    comps = []
    coverage = 0.0
    inputs: dict[str, tuple[str, float]] = {}
    carry = _Carry(previous, inputs)
    if plan.required:
        req_c = carry.reuse("required_skills", plan.keys["required_skills"], w["required_skills"])
        if req_c is None:
            req_c, share, coverage = _skills("required_skills", w["required_skills"], plan.required, found)
            inputs["required_skills"] = (plan.keys["required_skills"], share)
            carry.made.append("required_skills")
        else:
            coverage = carry.previous.get("required_coverage", 0.0)
        comps.append(req_c)
    if plan.preferred:
        comps.append(
            carry(
                "preferred_skills",
                plan.keys["preferred_skills"],
                w["preferred_skills"],
                lambda wt: _skills("preferred_skills", wt, plan.preferred, found)[:2],
            )
        )
    exp_c = carry.reuse("experience", plan.keys["experience"], w["experience"])
    if exp_c is None:
        exp_c, share, rel, tier = experience_component(analysis, requirements, w["experience"])
        inputs["experience"] = (plan.keys["experience"], share)
        carry.made.append("experience")
    else:
        rel, tier = carry.previous.get("relevant_years"), carry.previous.get("tier")
    comps.append(exp_c)
    if requirements.duties:
        comps.append(
            carry(
                "duties",
                plan.keys["duties"],
                w["duties"],
                lambda weight: duty_component(analysis, requirements.duties, weight),
            )
        )
    job = job_occupations(requirements)
    if job.primary:
        comps.append(
            carry(
                "vocabulary",
                plan.keys["vocabulary"],
                w["vocabulary"],
                lambda weight: vocabulary_component(analysis, job.primary, job.primary_title, weight),
            )
        )
    comps.append(
        carry(
            "education",
            plan.keys["education"],
            w["education"],
            lambda weight: education_component(analysis, requirements, weight, job.primary, job.primary_title),
        )
    )
    failed = auto = False
    if requirements.knockouts:
        ko_c, failed, auto = _knockouts(requirements, answers or {}, w["knockouts"])
        comps.append(ko_c)
    comps.append(
        carry(
            "cover_letter",
            plan.keys["cover_letter"],
            w["cover_letter"],
            lambda wt: _cover_letter(analysis, requirements, wt),
        )
    )
    if analysis.partial:
        _read_only_what_it_holds(analysis, carry.made)
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
        inputs=inputs,
        has_cover_letter=analysis.has_cover_letter,
    )


def _read_only_what_it_holds(analysis: ResumeAnalysis, made: list[str]) -> None:
    """A partial analysis (its sentences and the facts a stored score repeats) may only feed the components
    that read nothing else: any other scored from it would be scored on nothing, silently."""
    allowed = SENTENCES_ONLY if analysis.has_cover_letter else SENTENCES_ONLY | {"cover_letter"}
    beyond = sorted(set(made) - allowed)
    if beyond:
        raise ValueError(f"{', '.join(beyond)} cannot be scored from a partial analysis: read the whole one")


class _Carry:
    """Compute a component, or carry it over from an earlier score when what it read has not changed
    (from a stored score only the carried components are read back)."""

    def __init__(self, previous: Score | Mapping[str, Any] | None, inputs: dict[str, tuple[str, float]]) -> None:
        if isinstance(previous, Score):
            previous = previous.as_dict()
        ok = previous is not None and previous.get("scorer_version") == SCORER_VERSION
        self.previous: Mapping[str, Any] = previous if ok and previous else {}
        self.old = {c["name"]: c for c in self.previous.get("components", ())}
        self.old_inputs = self.previous.get("inputs") or {}
        self.inputs = inputs
        self.made: list[str] = []  # the components computed, not carried over

    def __call__(
        self, name: str, key: str, weight: float, make: Callable[[float], tuple[Component, float]]
    ) -> Component:
        carried = self.reuse(name, key, weight)
        if carried is not None:
            return carried
        made, share = make(weight)
        self.inputs[name] = (key, share)
        self.made.append(name)
        return made

    def reuse(self, name: str, key: str, weight: float) -> Component | None:
        """The stored component at this weight when what it read is unchanged, else None."""
        held, comp = self.old_inputs.get(name), self.old.get(name)
        if held is None or held[0] != key or comp is None:
            return None
        self.inputs[name] = (held[0], held[1])
        return component_from_dict(comp, weight, round(weight * held[1], 2))


def evidence_strength(score_: Score) -> float:
    """Tie-breaker after the total: the points of the evidence-heavy components (experience first)."""
    by = {c.name: c.points for c in score_.components}
    return round(by.get("experience", 0.0) * 1000 + by.get("required_skills", 0.0), 4)


def rank_key(score_: Score, applied_at: date | datetime | str | Any) -> tuple[Any, ...]:
    """Sort key: score desc, then evidence strength desc, then applied earliest first."""
    return (-score_.total, -evidence_strength(score_), applied_at)
