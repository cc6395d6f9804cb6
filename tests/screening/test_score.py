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
    exp = {c.name: c for c in s.components}["experience"]
    # the teller years are customer support (full), the barista years related work (half)
    assert "2.1 years in the occupation, 2.0 more in related roles (counted at 50%)" in exp.detail
    assert [m.label for m in exp.matched] == ["Bank Teller", "Barista (related role)"]


def _roles_analysis(text: str, as_of: date = date(2025, 1, 1)):
    from ats.screening.analyse import analyse

    return analyse(text, as_of=as_of)


CARE = Requirements(
    title="Customer Service Representative",
    occupation_titles=("Customer Service Representative",), related_titles=("Cashier",),
    experience_tiers=(ExperienceTier("entry", 0, 1), ExperienceTier("experienced", 1, 3),
                      ExperienceTier("senior", 3, None)),
    target_tier="experienced")


@pytest.mark.parametrize("text,points,tier", [
    # one year in the occupation, ended: 80% of the 25 points for the years, nothing for "now"
    ("Experience\nCustomer Service Representative | Acme Corp | Jan 2022 - Dec 2022\n"
     "Software Developer | Beta LLC | Jan 2023 - Present\n", 20.0, "experienced"),
    # two related years meet the minimum but earn half: 0.8 * 0.5 * 25 = 10
    ("Experience\nCashier | Acme Stores | Jan 2021 - Dec 2022\nSoftware Developer | Beta LLC | "
     "Jan 2023 - Present\n", 10.0, "experienced"),
    # half a year own + two related: (0.5 + 0.5 * (1 - 0.5)) * 0.8 * 25 = 15, held now: + 5
    ("Experience\nCustomer Service Representative | Acme Corp | Jul 2024 - Present\nCashier | Acme Stores | "
     "Jan 2021 - Dec 2022\n", 20.0, "experienced"),
])
def test_related_roles_earn_half_of_what_the_occupation_earns(text: str, points: float, tier: str) -> None:
    s = score(_roles_analysis(text), CARE)
    exp = {c.name: c for c in s.components}["experience"]
    assert exp.points == pytest.approx(points, abs=0.2) and s.tier == tier
    assert all("Developer" not in m.label for m in exp.matched)  # only roles that counted are quoted


def test_entry_level_target_ranks_relevant_experience_without_asking_for_it() -> None:
    entry = replace(CARE, target_tier="entry")
    none = score(_roles_analysis("Experience\nSoftware Developer | Beta LLC | Jan 2023 - Present\n"), entry)
    some = score(_roles_analysis("Experience\nCustomer Service Representative | Acme Corp | Jan 2023 - "
                                 "Present\n"), entry)
    exp = {c.name: c for c in some.components}["experience"]
    assert exp.points == 25 and some.total > none.total
    assert "no minimum years required" in exp.detail and none.tier == "entry"


def test_skills_shown_by_the_work_are_quoted_with_what_showed_them(analysis) -> None:
    req = Requirements(skills=(SkillRequirement("Soft Skills", True), SkillRequirement("Computer Skills", True),
                               SkillRequirement("Patience", True), SkillRequirement("Communication", True)))
    s = score(analysis, req)
    matched = {m.label: m for m in s.components[0].matched}
    assert set(matched) == {"Soft Skills", "Computer Skills", "Patience", "Communication"}
    assert matched["Patience"].via == "De-escalation" and "irate" in matched["Patience"].snippet
    assert matched["Soft Skills"].via and matched["Computer Skills"].via  # any skill of the kind
    assert matched["Communication"].via == ""  # stated ("communication skills") wins over shown
    again = Score.from_dict(json.loads(json.dumps(s.as_dict())))
    assert again == s and again.components[0].matched[0].via == s.components[0].matched[0].via


def test_implied_skills_survive_storage_with_what_implied_them(analysis) -> None:
    from ats.screening.results import ResumeAnalysis

    crm = [m for m in analysis.skills if m.skill == "CRM"]
    assert crm and {m.via for m in crm} <= {"Zendesk", "Salesforce Service Cloud"}
    assert ResumeAnalysis.from_dict(json.loads(json.dumps(analysis.to_dict()))) == analysis
