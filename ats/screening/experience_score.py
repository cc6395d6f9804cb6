"""The experience component: years in the occupation count in full, related years in part."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .experience import recency, tier_for, years_of
from .occupations import TitleMatcher
from .results import Component, Match, Requirements, ResumeAnalysis, Role

RELEVANT_YEARS_FOR_FULL = 1.0  # when a job sets no years, one year in the occupation is enough
CURRENT_SHARE = 0.2  # share of experience points earned by a relevant role held now
RELATED_CREDIT = 0.5  # a year in a related role earns half what a year in the occupation earns
MAX_ROLES_QUOTED = 10


@dataclass(frozen=True, slots=True)
class CountedYears:
    """How a resume's dated roles count for one job."""

    own: float  # merged years in roles of the job's occupation
    counted: float  # merged years in own and related roles (what the tier is read from)
    own_roles: tuple[Role, ...]
    related_roles: tuple[Role, ...]
    current_kind: str | None  # "own" / "related": the kind of a relevant role held now
    ended: date | None  # when the last relevant role ended, if none is current


def count_years(a: ResumeAnalysis, req: Requirements) -> CountedYears:
    """Split the roles into own-occupation, related and other, and merge each group's years."""
    own_m = TitleMatcher.for_titles(tuple(req.occupation_titles))
    rel_m = TitleMatcher.for_titles(tuple(req.related_titles))
    own = tuple(r for r in a.roles if own_m.matches(r.title))
    related = tuple(r for r in a.roles if not own_m.matches(r.title) and rel_m.matches(r.title))
    own_current, _ = recency(own, a.roles)
    any_current, ended = recency(own + related, a.roles)
    kind = "own" if own_current else "related" if any_current else None
    return CountedYears(years_of(own) or 0.0, years_of(own + related) or 0.0, own, related,
                        kind, ended)


def experience_component(a: ResumeAnalysis, req: Requirements, weight: float
                         ) -> tuple[Component, float | None, str | None]:
    """(component, years that count, candidate tier) for one job.

    With occupation titles, years in the job's own occupation earn points in full and years in
    related roles at RELATED_CREDIT; a relevant role held now earns CURRENT_SHARE of the points.
    Without titles, every dated role counts; without dated roles, a stated total does.
    """
    target = next((t for t in req.experience_tiers if t.name == req.target_tier), None)
    if not req.occupation_titles or not a.roles:
        return _untitled(a, req, weight, target)
    cy = count_years(a, req)
    tier = tier_for(cy.counted, req.experience_tiers)
    # A target with no minimum (entry level) penalises no one, yet relevant years still rank.
    need = target.min_years if target and target.min_years > 0 else RELEVANT_YEARS_FOR_FULL
    matched = tuple(_role_match(r, "") for r in cy.own_roles) + tuple(
        _role_match(r, " (related role)") for r in cy.related_roles)
    matched = matched[:MAX_ROLES_QUOTED]
    own_frac = min(1.0, cy.own / need)
    all_frac = min(1.0, cy.counted / need)
    frac = own_frac + RELATED_CREDIT * (all_frac - own_frac)
    now = 1.0 if cy.current_kind == "own" else RELATED_CREDIT if cy.current_kind else 0.0
    points = round(weight * ((1 - CURRENT_SHARE) * frac + CURRENT_SHARE * now), 1)
    tname = target.name if target and target.min_years > 0 else None
    wanted = (f"{need:g}+ years in the occupation for tier {tname!r}" if tname
              else f"{need:g}+ year in the occupation")
    missing = () if own_frac >= 1 else (wanted,)
    detail = _detail(cy, need, tname, tier)
    return Component("experience", weight, points, matched, missing, detail), cy.counted, tier


def _detail(cy: CountedYears, need: float, target: str | None, tier: str | None) -> str:
    """One line a recruiter can check against the quoted roles."""
    related = cy.counted - cy.own
    parts = [f"{cy.own:.1f} years in the occupation"]
    if related > 0.005:
        parts.append(f"{related:.1f} more in related roles (counted at {RELATED_CREDIT:.0%})")
    goal = (f"{need:g} needed for {target!r}; candidate tier: {tier or 'none'}" if target
            else f"no minimum years required; {need:g}+ in the occupation earns full points")
    now = ("; relevant role is current" if cy.current_kind == "own"
           else "; current role is a related one" if cy.current_kind == "related"
           else f"; relevant experience ended {cy.ended.year}, not current" if cy.ended else "")
    return f"{', '.join(parts)} vs {goal}{now}"


def _untitled(a: ResumeAnalysis, req: Requirements, weight: float, target
              ) -> tuple[Component, float | None, str | None]:
    """No occupation titles (or no dated roles): all dated roles, else the stated total."""
    rel = years = a.total_years  # None when no dated roles were found
    basis = "all dated roles"
    if not a.roles and a.stated_years is not None:
        years, basis = a.stated_years, "stated total (no dated roles found)"
    tier = tier_for(years, req.experience_tiers)
    matched = tuple(_role_match(r, "") for r in a.roles[:MAX_ROLES_QUOTED])
    if a.stated_years_evidence and not a.roles:
        ev = a.stated_years_evidence
        matched = (Match("stated years", ev.sentence, ev.source, ev.start, ev.end),)
    need = target.min_years if target else 0.0
    if need <= 0:
        detail = ("no minimum years set: full points" if not target else
                  f"target tier {target.name!r} needs no minimum: full points")
        return Component("experience", weight, weight, matched, (), detail), rel, tier
    frac = min(1.0, (years or 0.0) / need)
    missing = () if frac >= 1 else (f"{need:g}+ years for tier {target.name!r}",)
    detail = (f"{(years or 0):.1f} years ({basis}) vs {need:g} needed for {target.name!r}; "
              f"candidate tier: {tier or 'none'}")
    return Component("experience", weight, round(weight * frac, 1), matched, missing, detail), rel, tier


def _role_match(r: Role, suffix: str) -> Match:
    return Match((r.title or "role") + suffix, r.evidence.sentence, r.evidence.source,
                 r.evidence.start, r.evidence.end)
