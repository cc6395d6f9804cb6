"""The experience component: years in the job's occupation count in full, related work in part.

One computation gives the years, the tier and the points, so the three always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from .experience import tier_for, years_of
from .occupations import normalise_title
from .posting_title import names_the_posting
from .results import Component, ExperienceTier, Match, Requirements, ResumeAnalysis, Role
from .role_kinds import JobOccupations, choice_for, fields_of, headline_kind, job_occupations, kind_of_title

RELEVANT_YEARS_FOR_FULL = 1.0  # when a job sets no years, one year in the occupation reaches the bar
RELATED_CREDIT = 0.5  # a year of related work counts as half a year in the occupation
RELATED_REACH_CAP = 0.5  # related work fills at most half the bar: it tops up years in the occupation, never stands in
REACH_SHARE, DEPTH_SHARE, RECENT_SHARE = 0.6, 0.1, 0.2  # reaching the bar, years beyond it, recency
TITLE_SHARE = 0.1  # years as the posting's own title or a line of work it lists, up to the bar: the specialty
DEPTH_FACTOR = 3.0  # years keep adding depth up to three times the bar
RECENCY_YEARS = 10.0  # relevant work that ended this long ago earns no recency
HEADLINE_CREDIT = 0.5  # a headline naming the work is weak evidence of holding it now
MAX_ROLES_QUOTED = 10


@dataclass(frozen=True, slots=True)
class CountedYears:
    """How a resume's dated roles count for one job."""

    own: float  # merged years in roles of the job's occupation
    related: float  # merged years in related roles, beyond the own ones
    own_roles: tuple[Role, ...]
    related_roles: tuple[Role, ...]
    recency: float  # 1 for relevant work held now, down to 0 for work that ended RECENCY_YEARS ago
    ended: date | None  # when the last relevant role ended, if none is current
    by_headline: bool  # the resume's headline named the occupation for an untitled current role
    headline: str | None = None  # what the headline names: "own", "related" or None
    every_role: bool = False  # the job names no line of work, so every dated role counted
    titled: float = 0.0  # merged years in own roles under the posting's own title or a line of work it lists

    @property
    def relevant(self) -> float:
        """Years of relevant work, own and related: what the tier is read from."""
        return self.own + self.related

    def counted(self, need: float) -> float:
        """Own years plus related years at their credit, up to half the bar: what the points are read from."""
        return self.own + related_counted(self.related, need)


def related_counted(years: float, need: float) -> float:
    """Years of related work as points count them: at their credit, filling at most half the bar."""
    return min(RELATED_CREDIT * years, RELATED_REACH_CAP * need)


def count_years(a: ResumeAnalysis, req: Requirements) -> CountedYears:
    """Split the roles into the job's occupation, related work and other work, and merge each."""
    job = job_occupations(req)
    every_role = not job.primary and not req.occupation_titles and not req.related_titles
    if every_role:
        kinds: list[str | None] = ["own"] * len(a.roles)  # a job with no line of work: every dated role counts
    else:
        kinds = [kind_of_title(r.title, r.occupations, job) for r in a.roles]
    by_headline = False
    headline = headline_kind(a, job)
    if headline == "own" and a.roles:
        latest = max(range(len(a.roles)), key=lambda i: (a.roles[i].end or date.min, a.roles[i].current))
        if kinds[latest] is None and not a.roles[latest].title:
            kinds[latest], by_headline = "own", True
    own_roles = tuple(r for r, k in zip(a.roles, kinds, strict=True) if k == "own")
    rel_roles = tuple(r for r, k in zip(a.roles, kinds, strict=True) if k == "related")
    own_years = years_of(own_roles) or 0.0
    titled = years_of(r for r in own_roles if r.title and names_the_posting(r.title, req)) or 0.0
    both = years_of(own_roles + rel_roles) or 0.0
    recency, ended = _recency(own_roles, rel_roles, a.roles, a.as_of)
    if headline and recency < HEADLINE_CREDIT * (1.0 if headline == "own" else RELATED_CREDIT):
        recency, ended = HEADLINE_CREDIT * (1.0 if headline == "own" else RELATED_CREDIT), None
    return CountedYears(
        own_years,
        max(0.0, round(both - own_years, 2)),
        own_roles,
        rel_roles,
        recency,
        ended,
        by_headline,
        headline,
        every_role,
        titled,
    )


def _recency(
    own: tuple[Role, ...], related: tuple[Role, ...], roles: Sequence[Role], as_of: date | None
) -> tuple[float, date | None]:
    """1 when relevant work is held now (related work at its credit), less the longer ago it ended."""
    latest = as_of or max((r.end for r in roles if r.end), default=None)
    if latest is None:
        return 0.0, None
    best, ended = 0.0, None
    for group, credit in ((own, 1.0), (related, RELATED_CREDIT)):
        for r in group:
            if r.end is None:
                continue
            gap = 0.0 if r.current else max(0.0, (latest - r.end).days / 365.25)
            value = credit * max(0.0, 1 - gap / RECENCY_YEARS)
            if value > best:
                best, ended = value, (None if r.current else r.end)
    return round(best, 3), ended


def experience_component(
    a: ResumeAnalysis, req: Requirements, weight: float
) -> tuple[Component, float, float | None, str | None]:
    """(component, its share of the weight, years that count, candidate tier) for one job.

    Points: REACH_SHARE for reaching the bar (the target tier's minimum, else one year), DEPTH_SHARE
    for years beyond it up to DEPTH_FACTOR times the bar, RECENT_SHARE for relevant work held now,
    TITLE_SHARE for years as the posting's own title or in a line of work it lists, up to the bar.
    No dated role and no stated total means no points.
    """
    target = next((t for t in req.experience_tiers if t.name == req.target_tier), None)
    need = target.min_years if target and target.min_years > 0 else RELEVANT_YEARS_FOR_FULL
    if not a.roles:
        return _stated_only(a, req, weight, need, target)
    cy = count_years(a, req)
    counted, relevant = round(cy.counted(need), 2), round(cy.relevant, 2)
    tier = tier_for(relevant, req.experience_tiers)
    reach = min(1.0, counted / need)
    depth = min(1.0, counted / (DEPTH_FACTOR * max(need, 1.0)))
    share = REACH_SHARE * reach + DEPTH_SHARE * depth + RECENT_SHARE * cy.recency
    share += TITLE_SHARE * min(1.0, cy.titled / need)
    points = round(weight * share, 2)
    job = job_occupations(req)
    matched = tuple(_role_match(r, _why_own(r, cy, job)) for r in cy.own_roles)
    matched += tuple(_role_match(r, " (related work)") for r in cy.related_roles)
    tname = target.name if target and target.min_years > 0 else None
    wanted = f"{need:g}+ years in the occupation for tier {tname!r}" if tname else f"{need:g}+ year in the occupation"
    missing = () if reach >= 1 else (wanted,)
    return (
        Component(
            "experience",
            weight,
            points,
            matched[:MAX_ROLES_QUOTED],
            missing,
            _detail(cy, counted, need, tname, tier, a.total_years, req.title, bool(req.occupation_titles)),
        ),
        share,
        relevant,
        tier,
    )


def _stated_only(
    a: ResumeAnalysis, req: Requirements, weight: float, need: float, target: ExperienceTier | None
) -> tuple[Component, float, float | None, str | None]:
    """No dated roles: a stated total ('5 years of customer service experience') counts when its
    sentence names the job's line of work (in full) or related work (in part); otherwise nothing."""
    ev = a.stated_years_evidence
    if a.stated_years is None or ev is None:
        return (
            Component(
                "experience",
                weight,
                0.0,
                (),
                (f"{need:g}+ year in the occupation",),
                "no dated roles and no stated years of experience found: no points",
            ),
            0.0,
            None,
            None,
        )
    ch = choice_for(req.title, req.occupation, tuple(req.related_occupations))
    said = f" {normalise_title(ev.sentence)} "
    own = fields_of(tuple([ch.primary] if ch.primary else []), (req.title,) if req.title else ())
    rel = fields_of(tuple(sorted(ch.related)), ())
    credit = (
        1.0 if any(f" {f} " in said for f in own) else RELATED_CREDIT if any(f" {f} " in said for f in rel) else 0.0
    )
    counted = round(a.stated_years if credit == 1.0 else related_counted(a.stated_years, need) if credit else 0.0, 2)
    tier = tier_for(counted, req.experience_tiers) if counted else None
    reach = min(1.0, counted / need)
    depth = min(1.0, counted / (DEPTH_FACTOR * max(need, 1.0)))
    share = REACH_SHARE * reach + DEPTH_SHARE * depth
    points = round(weight * share, 2)
    how = (
        "in the occupation"
        if credit == 1.0
        else f"in related work (counted at {RELATED_CREDIT:.0%}, up to {RELATED_REACH_CAP:.0%} of the bar)"
        if credit
        else "but the sentence names other work: not counted"
    )
    return (
        Component(
            "experience",
            weight,
            points,
            (Match("stated years", ev.sentence, ev.source, ev.start, ev.end),) if credit else (),
            () if reach >= 1 else (f"{need:g}+ year in the occupation",),
            f"no dated roles; {a.stated_years:g} stated years {how} (tier: {tier or 'none'}): "
            f"{counted:.1f} counted years vs {need:g} needed",
        ),
        share,
        counted,
        tier,
    )


def _detail(
    cy: CountedYears,
    counted: float,
    need: float,
    target: str | None,
    tier: str | None,
    total: float | None,
    title: str,
    listed: bool,
) -> str:
    """One line a recruiter can check against the quoted roles (computed figures, not quotes)."""
    if cy.every_role:
        years = f"{cy.own:.1f} years of dated work (the job names no occupation: every role counts)"
    elif cy.related > 0.005:
        years = (
            f"{cy.own:.1f} years in the occupation + {cy.related:.1f} in related work = {cy.relevant:.1f} relevant "
            f"years (tier: {tier or 'none'}); for the points related work counts at {RELATED_CREDIT:.0%}, "
            f"up to {RELATED_REACH_CAP:.0%} of the bar"
        )
    else:
        years = f"{cy.own:.1f} years in the occupation (tier: {tier or 'none'})"
    goal = f"{need:g} needed for {target!r}" if target else f"{need:g} year reaches the bar"
    if cy.headline and not cy.own_roles and not cy.related_roles:
        now = f"the resume's headline names {'the' if cy.headline == 'own' else 'related'} work"
    elif cy.recency >= 0.999:
        now = "relevant work held now"
    elif cy.recency > 0:
        now = f"relevant work ended {cy.ended.year}" if cy.ended else "related work held now"
    else:
        now = "no recent relevant work"
    own_title = ""
    named = f"as {title!r}, the posting's own title"
    if listed:
        named = f"as {title!r} or in a line of work the job lists" if title else "in a line of work the job lists"
    if cy.titled > 0:
        own_title = f"; {cy.titled:.1f} years {named}"
    elif cy.own_roles and (title or listed):
        own_title = f"; no role {named}"
    other = f"; {total:.1f} years of work in all" if total else ""
    return f"{years}: {counted:.1f} counted years vs {goal}; {now}{own_title}{other}"


def _why_own(r: Role, cy: CountedYears, job: JobOccupations) -> str:
    """Why a role counts in full when its occupation alone does not say so: the resume's headline for an
    untitled current role, or a title or line of work the job lists ('Lab Tech' for 'lab technician')."""
    if cy.by_headline and not r.title:
        return " (by the resume's headline)"
    if not cy.every_role and r.title and not set(r.occupations) & job.own and job.own_m.matches(r.title):
        return " (a title or line of work the job lists)"
    return ""


def _role_match(r: Role, suffix: str) -> Match:
    return Match((r.title or "role") + suffix, r.evidence.sentence, r.evidence.source, r.evidence.start, r.evidence.end)
