"""Scoring components, determinism, knockouts, redistribution and ranking."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from ats.screening.results import (ExperienceTier, KnockoutQuestion, Requirements, Score,
                                   SkillRequirement, Weights)
from ats.screening.score import SCORER_VERSION, rank_key, score


@pytest.fixture
def req() -> Requirements:
    return Requirements(
        title="Customer Care Specialist",
        occupation_titles=("Customer Service Representative", "Call Center Agent"),
        skills=(SkillRequirement("CRM", True), SkillRequirement("Active Listening", True),
                SkillRequirement("Python", True), SkillRequirement("Spanish", False)),
        experience_tiers=(ExperienceTier("entry", 0, 1), ExperienceTier("1-3 years", 1, 3),
                          ExperienceTier("supervisory", 3, None)),
        target_tier="supervisory", education_minimum="high_school",
        education_preferred="bachelor",
        knockouts=(KnockoutQuestion("weekends", "Weekends?", "no", auto_reject=True),
                   KnockoutQuestion("bg", "Background check?", "no")))


def test_components_sum_to_total_and_explain(analysis, req) -> None:
    s = score(analysis, req, {"weekends": "yes", "bg": "yes"})
    assert s.total == round(sum(c.points for c in s.components), 1)
    comp = {c.name: c for c in s.components}
    assert comp["required_skills"].missing == ("Python",)
    assert comp["required_skills"].points == pytest.approx(40 * 2 / 3, abs=0.05)
    assert {m.label for m in comp["required_skills"].matched} == {"CRM", "Active Listening"}
    assert all(m.snippet and m.source == "resume" for m in comp["required_skills"].matched)
    assert comp["preferred_skills"].points == 10
    assert comp["experience"].points == 25 and s.tier == "supervisory"
    assert s.relevant_years is not None and 8 < s.relevant_years < 8.5
    assert comp["education"].points == 10 and comp["knockouts"].points == 10
    assert s.required_coverage == pytest.approx(2 / 3, abs=1e-3)
    assert s.scorer_version == SCORER_VERSION and s.requirements_hash == req.fingerprint()
    assert not s.auto_reject


def test_deterministic_and_round_trips(analysis, req) -> None:
    a, b = score(analysis, req), score(analysis, req)
    assert a == b
    assert Score.from_dict(json.loads(json.dumps(a.as_dict()))) == a


def test_knockouts_auto_reject_only_when_enabled_and_missing_is_not_failure(analysis, req) -> None:
    s = score(analysis, req, {"weekends": "no"})
    assert s.knockout_failed and s.auto_reject
    s = score(analysis, req, {"bg": "no"})
    assert s.knockout_failed and not s.auto_reject
    s = score(analysis, req, {})
    assert not s.knockout_failed and {c.name: c for c in s.components}["knockouts"].points == 10


def test_empty_requirements_let_a_perfect_candidate_reach_100(analysis) -> None:
    req = Requirements(title="x", skills=(SkillRequirement("CRM", True),))
    s = score(analysis, req)
    assert s.total == 100.0
    assert "full points" in {c.name: c for c in s.components}["preferred_skills"].detail


def test_no_years_set_relevant_experience_still_counts(analysis) -> None:
    titles = ("Customer Service Representative",)
    s = score(analysis, Requirements(title="CSR", occupation_titles=titles))
    exp = {c.name: c for c in s.components}["experience"]
    assert exp.points == 25 and "years in the occupation" in exp.detail
    nurse = Requirements(title="Nurse", occupation_titles=("Registered Nurse",))
    exp = {c.name: c for c in score(analysis, nurse).components}["experience"]
    assert exp.points == 0 and exp.missing == ("1+ year in the occupation",) and exp.matched == ()


def test_relevant_role_held_now_earns_its_share_and_is_explained(req) -> None:
    from ats.screening.analyse import analyse

    def exp_of(text: str) -> tuple[float, str, str | None]:
        s = score(analyse(text, as_of=date(2026, 6, 1)), req)
        c = {c.name: c for c in s.components}["experience"]
        return c.points, c.detail, s.tier

    now = exp_of("Experience\nCustomer Service Representative, Acme Corp, Jan 2019 - Present\n")
    past = exp_of("Experience\nJunior Developer, Beta Inc, Jan 2025 - Present\n"
                  "Customer Service Representative, Acme Corp, Jan 2018 - Dec 2024\n")
    gap = exp_of("Experience\nCustomer Service Representative, Acme Corp, Jan 2019 - Dec 2025\n")
    assert now[0] == 25 and "relevant role is current" in now[1]
    assert past[0] == 20 and "relevant experience ended 2024, not current" in past[1]
    assert gap[0] == 25 and "relevant role is current" in gap[1]  # between jobs, last was relevant
    assert now[2] == past[2] == "supervisory"  # tiers count relevant years in full


def test_weights_validated_and_hash_changes() -> None:
    with pytest.raises(ValueError):
        Weights(50, 50, 25, 10, 10, 5)
    r = Requirements(title="a")
    assert r.fingerprint() != replace(r, title="b").fingerprint()
    assert Requirements.from_dict({"title": "a"}) == r
    assert Requirements.from_dict({"target_tier": "gone"}).target_tier is None
    with pytest.raises(ValueError):
        Requirements(experience_tiers=(ExperienceTier("entry", 0, 1),), target_tier="gone")
    assert Requirements.from_dict(json.loads(json.dumps(r.to_dict()))).fingerprint() == r.fingerprint()


def test_aliases_widen_requirement(analysis) -> None:
    req = Requirements(skills=(SkillRequirement("Ticketing", True, aliases=("Zendesk",)),))
    comp = score(analysis, req).components[0]
    assert comp.missing == () and comp.matched[0].label == "Ticketing"


def test_requirement_names_are_canonicalised_through_the_taxonomy(analysis) -> None:
    req = Requirements(skills=(SkillRequirement("crm software", True),
                               SkillRequirement("problem-solving", True)))
    comp = score(analysis, req).components[0]
    assert comp.missing == () and len(comp.matched) == 2


def test_rank_key_orders_score_then_coverage_then_date(analysis, req) -> None:
    s1 = score(analysis, req)
    s2 = replace(s1, total=s1.total - 5)
    s3 = replace(s1, required_coverage=0.1)
    order = sorted([(s2, date(2024, 1, 1)), (s3, date(2024, 1, 1)), (s1, date(2024, 2, 1)),
                    (s1, date(2024, 1, 5))], key=lambda t: rank_key(*t))
    assert order[0] == (s1, date(2024, 1, 5)) and order[1][1] == date(2024, 2, 1)
    assert order[2][0] is s3 and order[3][0] is s2


def test_customer_facing_roles_are_relevant_for_customer_care() -> None:
    from ats.screening.analyse import analyse
    from ats.screening.jobdesc import parse_job_description

    text = ("Experience\nBarista | Starbucks | 2019 - 2021\nBank Teller | Chase Bank | 2021 - 2023\n"
            "Software Developer | Acme Corp | 2023 - 2024\n")
    a = analyse(text, as_of=date(2024, 1, 1))
    req = parse_job_description("Customer Care Specialist\nWe are looking for a Customer Care "
                                "Specialist with 3+ years of customer service experience.").requirements
    s = score(a, req)
    assert s.relevant_years == pytest.approx(4.0, abs=0.1)
    assert a.total_years == pytest.approx(5.0, abs=0.1)
