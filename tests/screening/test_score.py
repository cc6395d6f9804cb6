"""Scoring components, evidence behind every point, knockouts, shared-out weights and ranking."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest

from ats.screening.analyse import analyse
from ats.screening.experience_score import TITLE_SHARE
from ats.screening.results import ExperienceTier, KnockoutQuestion, Requirements, Score, SkillRequirement, Weights
from ats.screening.score import SCORER_VERSION, rank_key, score

CSR, TELLERS, BARISTAS = "43-4051.00", "43-3071.00", "35-3023.00"


@pytest.fixture
def req() -> Requirements:
    return Requirements(
        title="Customer Care Specialist",
        occupation=CSR,
        skills=(
            SkillRequirement("CRM", True),
            SkillRequirement("Active Listening", True),
            SkillRequirement("Python", True),
            SkillRequirement("Spanish", False),
        ),
        experience_tiers=(
            ExperienceTier("entry", 0, 1),
            ExperienceTier("1-3 years", 1, 3),
            ExperienceTier("supervisory", 3, None),
        ),
        target_tier="supervisory",
        education_minimum="high_school",
        education_preferred="bachelor",
        knockouts=(
            KnockoutQuestion("weekends", "Weekends?", "no", auto_reject=True),
            KnockoutQuestion("bg", "Background check?", "no"),
        ),
    )


def by_name(s: Score) -> dict:
    return {c.name: c for c in s.components}


def test_components_sum_to_total_and_explain(analysis, req) -> None:
    s = score(analysis, req, {"weekends": "yes", "bg": "yes"})
    assert s.total == pytest.approx(sum(c.points for c in s.components), abs=0.01)
    comp = by_name(s)
    assert comp["required_skills"].missing == ("Python",)
    assert {m.label for m in comp["required_skills"].matched} == {"CRM", "Active Listening"}
    assert all(m.snippet or m.where == "listed in Skills" for m in comp["required_skills"].matched)
    assert all(m.where for m in comp["required_skills"].matched)
    exp = comp["experience"]  # all but the share for years as the posting's own title (its roles are CSRs)
    assert exp.points >= (0.95 - TITLE_SHARE) * exp.weight and s.tier == "supervisory"
    assert "no role as 'Customer Care Specialist', the posting's own title" in exp.detail
    assert s.relevant_years is not None and 8 < s.relevant_years < 9
    edu = comp["education"]  # the level asked for is met; Communication is not the field of the job
    assert edu.points == pytest.approx(edu.weight / 2, abs=0.01)
    assert "meets the level asked for; no qualification in the field of" in edu.detail
    assert comp["knockouts"].points == pytest.approx(comp["knockouts"].weight, abs=0.01)
    assert "vocabulary" in comp and comp["vocabulary"].points > 0 and "shared terms" in comp["vocabulary"].detail
    assert s.required_coverage == pytest.approx(2 / 3, abs=1e-3)
    assert s.scorer_version == SCORER_VERSION and s.requirements_hash == req.fingerprint()
    assert not s.auto_reject


def test_empty_components_hand_their_weight_to_the_others(analysis, req) -> None:
    s = score(analysis, req, {"weekends": "yes", "bg": "yes"})
    names = {c.name for c in s.components}
    assert "duties" not in names  # the job lists no duties
    assert sum(c.weight for c in s.components) == pytest.approx(100, abs=0.01)


def test_deterministic_and_round_trips(analysis, req) -> None:
    a, b = score(analysis, req), score(analysis, req)
    assert a == b
    assert Score.from_dict(json.loads(json.dumps(a.as_dict()))) == a


def test_knockouts_auto_reject_only_when_enabled_and_unanswered_is_unknown(analysis, req) -> None:
    s = score(analysis, req, {"weekends": "no"})
    assert s.knockout_failed and s.auto_reject
    s = score(analysis, req, {"bg": "no"})
    assert s.knockout_failed and not s.auto_reject
    s = score(analysis, req, {})
    ko = by_name(s)["knockouts"]
    assert not s.knockout_failed and ko.points == 0  # no answers (an imported resume): no points
    assert "2 not answered (unknown)" in ko.detail


def test_a_job_with_no_occupation_counts_every_dated_role(analysis) -> None:
    s = score(analysis, Requirements(title="Xyzzy", skills=(SkillRequirement("CRM", True),)))
    exp = by_name(s)["experience"]
    assert exp.points > 0.9 * exp.weight and "every role counts" in exp.detail


def test_no_years_set_relevant_experience_still_counts(analysis) -> None:
    s = score(analysis, Requirements(title="Customer Service Representative"))
    exp = by_name(s)["experience"]
    assert exp.points >= 0.95 * exp.weight and "years in the occupation" in exp.detail
    nurse = by_name(score(analysis, Requirements(title="Registered Nurse")))["experience"]
    assert nurse.points == 0 and nurse.missing == ("1+ year in the occupation",) and nurse.matched == ()


def test_relevant_work_held_now_weighs_more_than_work_that_ended_long_ago(req) -> None:
    def exp_of(text: str):
        s = score(analyse(text, as_of=date(2026, 6, 1)), req)
        return by_name(s)["experience"], s.tier

    now, now_tier = exp_of("Experience\nCustomer Service Representative, Acme Corp, Jan 2019 - Present\n")
    recent, _ = exp_of(
        "Experience\nJunior Developer, Beta Inc, Jan 2025 - Present\n"
        "Customer Service Representative, Acme Corp, Jan 2018 - Dec 2024\n"
    )
    old, old_tier = exp_of(
        "Experience\nJunior Developer, Beta Inc, Jan 2016 - Present\n"
        "Customer Service Representative, Acme Corp, Jan 2008 - Dec 2015\n"
    )
    assert now.points > recent.points > old.points > 0
    assert "relevant work held now" in now.detail and "ended 2024" in recent.detail
    assert now_tier == old_tier == "supervisory"  # the tier reads the years, whenever they were


def test_weights_validated_migrated_and_hash_changes() -> None:
    with pytest.raises(ValueError):
        Weights(required_skills=50, preferred_skills=50)
    old_defaults = {
        "required_skills": 40,
        "preferred_skills": 10,
        "experience": 25,
        "education": 10,
        "knockouts": 10,
        "cover_letter": 5,
    }
    assert Weights.from_dict(old_defaults) == Weights()  # a job on the old defaults moves to today's
    custom = Weights.from_dict({**old_defaults, "required_skills": 30, "experience": 35})
    assert custom.duties == 0 and custom.vocabulary == 0 and custom.experience == 35
    before = {"required_skills": 15, "preferred_skills": 5, "experience": 30, "duties": 10, "vocabulary": 20}
    before |= {"education": 10, "knockouts": 5, "cover_letter": 5}  # scorer 2026.12.2's defaults
    assert Weights.from_dict(before) == Weights() and Weights().education == 5 and Weights().experience == 35
    kept = {**before, "education": 5, "experience": 35, "vocabulary": 15, "duties": 15}
    assert Weights.from_dict(kept).as_dict() == kept  # weights a recruiter chose are kept
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
    req = Requirements(skills=(SkillRequirement("crm software", True), SkillRequirement("problem-solving", True)))
    comp = score(analysis, req).components[0]
    assert comp.missing == () and len(comp.matched) == 2


def test_a_skill_shown_in_a_role_proves_more_than_one_in_a_list() -> None:
    req = Requirements(title="Bookkeeper", skills=(SkillRequirement("QuickBooks", True),))
    in_role = analyse(
        "Experience\nBookkeeper | Acme | 2020 - Present\n- Kept the books in QuickBooks for three shops\n",
        as_of=date(2024, 1, 1),
    )
    listed = analyse(
        "Experience\nBookkeeper | Acme | 2020 - Present\n- Kept the books for three shops\n\n"
        "Skills\nQuickBooks, Excel, Word, Outlook\n",
        as_of=date(2024, 1, 1),
    )
    a, b = score(in_role, req).components[0], score(listed, req).components[0]
    assert a.points > b.points > 0
    assert a.matched[0].where == "in a recent role" and b.matched[0].where == "listed in Skills"


def test_one_skills_line_is_quoted_once() -> None:
    req = Requirements(skills=(SkillRequirement("QuickBooks", True), SkillRequirement("Microsoft Excel", True)))
    a = analyse("Summary\nCareful bookkeeper.\n\nSkills\nQuickBooks, Excel, Word, Outlook\n", as_of=date(2024, 1, 1))
    matched = score(a, req).components[0].matched
    assert [m.where for m in matched] == ["listed in Skills", "listed in Skills"]
    assert [bool(m.snippet) for m in matched] == [True, False]


def test_rank_key_orders_score_then_evidence_then_date(analysis, req) -> None:
    s1 = score(analysis, req)
    s2 = replace(s1, total=s1.total - 5)
    weaker = tuple(replace(c, points=0.0) if c.name == "experience" else c for c in s1.components)
    s3 = replace(s1, components=weaker)
    order = sorted(
        [(s2, date(2024, 1, 1)), (s3, date(2024, 1, 1)), (s1, date(2024, 2, 1)), (s1, date(2024, 1, 5))],
        key=lambda t: rank_key(*t),
    )
    assert order[0] == (s1, date(2024, 1, 5)) and order[1][1] == date(2024, 2, 1)
    assert order[2][0] is s3 and order[3][0] is s2


def test_own_occupation_counts_in_full_related_in_part_other_work_not_at_all() -> None:
    text = (
        "Experience\nBarista | Starbucks | 01/2019 - 12/2020\nBank Teller | Chase Bank | 01/2021 - 12/2022\n"
        "Customer Service Representative | Acme | 01/2023 - 12/2023\n"
    )
    a = analyse(text, as_of=date(2024, 6, 1))
    req = Requirements(title="Customer Care Specialist", occupation=CSR, related_occupations=(TELLERS,))
    s = score(a, req)
    exp = by_name(s)["experience"]
    assert a.total_years == pytest.approx(5.0, abs=0.05)
    assert "1.0 years in the occupation + 2.0 in related work = 3.0 relevant years" in exp.detail
    # related work counts at half (2.0 years -> 1.0), filling at most half the one-year bar (0.5)
    assert "1.5 counted years" in exp.detail and s.relevant_years == pytest.approx(3.0, abs=0.05)
    assert "related work counts at 50%, up to 50% of the bar" in exp.detail
    assert [m.label for m in exp.matched] == ["Customer Service Representative", "Bank Teller (related work)"]


# a customer care job asking for two years, with tellers as related work
TWO_YEARS_OF_CARE = Requirements(
    title="Customer Care Specialist",
    occupation=CSR,
    related_occupations=(TELLERS,),
    experience_tiers=(ExperienceTier("2+ years", 2.0, None),),
    target_tier="2+ years",
)


def test_related_work_tops_up_the_years_in_the_occupation_but_never_stands_in_for_them() -> None:
    req = TWO_YEARS_OF_CARE
    tellers = analyse("Experience\nBank Teller | Chase Bank | 01/2012 - 12/2023\n", as_of=date(2024, 6, 1))
    agent = analyse("Experience\nCustomer Service Representative | Acme | 01/2022 - 12/2023\n", as_of=date(2024, 6, 1))
    both = analyse(
        "Experience\nCustomer Service Representative | Acme | 01/2023 - 12/2023\n"
        "Bank Teller | Chase Bank | 01/2019 - 12/2022\n",
        as_of=date(2024, 6, 1),
    )
    exp = {
        name: by_name(score(a, req))["experience"]
        for name, a in (("tellers", tellers), ("agent", agent), ("both", both))
    }
    # twelve years of related work count as one year (half the bar), not six: below two years in the occupation
    assert "12.0 in related work" in exp["tellers"].detail and "1.0 counted years vs 2 needed" in exp["tellers"].detail
    assert exp["tellers"].missing and exp["tellers"].points < exp["agent"].points
    # a year in the occupation and four of related work reach the bar: 1 + min(4 x 50%, half of 2) = 2
    assert "2.0 counted years vs 2 needed" in exp["both"].detail and not exp["both"].missing


def test_a_role_counted_through_the_jobs_lines_of_work_says_so() -> None:
    text = "Experience\nLab Tech | Acme Plastics | 01/2020 - 12/2023\nTest Technician | Volt Co | 01/2018 - 12/2019\n"
    a = analyse(text, as_of=date(2024, 6, 1))
    req = Requirements(
        title="Engineering Technician",
        occupation="17-3023.00",
        occupation_titles=("engineering technician", "lab technician", "test technician"),
    )
    exp = by_name(score(a, req))["experience"]
    assert [m.label for m in exp.matched] == [
        "Lab Tech (a title or line of work the job lists)",
        "Test Technician (a title or line of work the job lists)",
    ]
    assert "6.0 years in the occupation" in exp.detail


CARE = Requirements(
    title="Customer Service Representative",
    occupation=CSR,
    related_titles=("Cashier",),
    experience_tiers=(
        ExperienceTier("entry", 0, 1),
        ExperienceTier("experienced", 1, 3),
        ExperienceTier("senior", 3, None),
    ),
    target_tier="experienced",
)


@pytest.mark.parametrize(
    "text,tier",
    [
        (
            "Experience\nCustomer Service Representative | Acme Corp | Jan 2022 - Dec 2022\n"
            "Software Developer | Beta LLC | Jan 2023 - Present\n",
            "experienced",
        ),
        (
            "Experience\nCashier | Acme Stores | Jan 2021 - Dec 2022\nSoftware Developer | Beta LLC | "
            "Jan 2023 - Present\n",
            "experienced",
        ),
    ],
)
def test_a_year_of_related_work_counts_half(text: str, tier: str) -> None:
    s = score(analyse(text, as_of=date(2025, 1, 1)), CARE)
    exp = by_name(s)["experience"]
    assert s.tier == tier
    assert all("Developer" not in m.label for m in exp.matched)  # only roles that counted are quoted


def test_entry_level_target_ranks_relevant_experience_without_asking_for_it() -> None:
    entry = replace(CARE, target_tier="entry")
    none = score(
        analyse("Experience\nSoftware Developer | Beta LLC | Jan 2023 - Present\n", as_of=date(2025, 1, 1)), entry
    )
    some = score(
        analyse(
            "Experience\nCustomer Service Representative | Acme Corp | Jan 2023 - Present\n", as_of=date(2025, 1, 1)
        ),
        entry,
    )
    assert some.total > none.total and "1 year reaches the bar" in by_name(some)["experience"].detail


def test_skills_shown_by_the_work_are_quoted_with_what_showed_them(analysis) -> None:
    req = Requirements(
        skills=(
            SkillRequirement("Soft Skills", True),
            SkillRequirement("Computer Skills", True),
            SkillRequirement("Patience", True),
            SkillRequirement("Communication", True),
        )
    )
    s = score(analysis, req)
    matched = {m.label: m for m in s.components[0].matched}
    assert set(matched) == {"Soft Skills", "Computer Skills", "Patience", "Communication"}
    assert matched["Patience"].via == "De-escalation" and "irate" in matched["Patience"].snippet
    assert matched["Soft Skills"].via and matched["Computer Skills"].via  # any skill of the kind
    # shown by the work in a role proves more than "communication skills" in the skills list
    assert matched["Communication"].where == "in a recent role" and matched["Communication"].via
    again = Score.from_dict(json.loads(json.dumps(s.as_dict())))
    assert again == s and again.components[0].matched[0].via == s.components[0].matched[0].via


def test_implied_skills_survive_storage_with_what_implied_them(analysis) -> None:
    from ats.screening.results import ResumeAnalysis

    crm = [m for m in analysis.skills if m.skill == "CRM"]
    assert crm and {m.via for m in crm} <= {"Zendesk", "Salesforce Service Cloud"}
    assert ResumeAnalysis.from_dict(json.loads(json.dumps(analysis.to_dict()))) == analysis


def test_a_stored_analysis_reads_its_sentences_back_and_matches_duties_as_the_fresh_one(analysis, req) -> None:
    from ats.screening.results import ResumeAnalysis, TextIndex

    stored = ResumeAnalysis.from_dict(json.loads(json.dumps(analysis.to_dict())))
    assert stored.text == analysis.text and stored.sentences and stored.postings
    assert TextIndex.from_json(analysis.text.to_json()) == analysis.text
    assert TextIndex.from_json("") == TextIndex()
    duties = ("Answer customer calls about billing", "Resolve complaints and process refunds", "Answer calls")
    job = replace(req, duties=duties)
    assert score(stored, job) == score(analysis, job)
    assert next(c for c in score(stored, job).components if c.name == "duties").matched


def test_carrying_unchanged_components_over_gives_the_same_score(analysis, req) -> None:
    first = score(analysis, replace(req, duties=("Answer customer calls about billing",)), {"weekends": "yes"})
    assert set(first.inputs) >= {"duties", "vocabulary", "cover_letter"}
    changed = replace(
        req,
        duties=("Answer customer calls about billing",),
        weights=Weights(
            required_skills=25,
            preferred_skills=5,
            experience=25,
            duties=10,
            vocabulary=20,
            education=5,
            knockouts=5,
            cover_letter=5,
        ),
    )
    again = score(analysis, changed, {"weekends": "yes"}, previous=first)
    assert again == score(analysis, changed, {"weekends": "yes"})  # carried over, the same result
    other_duties = replace(changed, duties=("Write software in Python",))
    recomputed = score(analysis, other_duties, {"weekends": "yes"}, previous=first)
    assert recomputed == score(analysis, other_duties, {"weekends": "yes"})
    assert by_name(recomputed)["duties"].points != by_name(again)["duties"].points


def test_skills_and_experience_carry_over_when_their_part_of_the_job_is_unchanged(analysis, req) -> None:
    answers = {"weekends": "yes"}
    first = score(analysis, req, answers).as_dict()
    assert {"required_skills", "preferred_skills", "experience"} <= set(first["inputs"])
    # a stored component marked, so a carried one can be told from one worked out again
    marked = json.loads(json.dumps(first))
    for c in marked["components"]:
        c["detail"] += " [stored]"
    stored = {c["name"]: c["detail"] for c in marked["components"]}

    other_skills = replace(req, skills=(*req.skills[:2], SkillRequirement("Zendesk", True), req.skills[3]))
    again = score(analysis, other_skills, answers, previous=marked)
    assert by_name(again)["experience"].detail == stored["experience"]  # carried
    assert by_name(again)["preferred_skills"].detail == stored["preferred_skills"]  # carried
    assert by_name(again)["required_skills"].detail != stored["required_skills"]  # worked out again
    fresh = score(analysis, other_skills, answers)
    assert (again.total, again.tier, again.relevant_years, again.required_coverage) == (
        fresh.total,
        fresh.tier,
        fresh.relevant_years,
        fresh.required_coverage,
    )
    carried = score(analysis, other_skills, answers, previous=first)
    assert carried == fresh
    # carried matches are read back only when looked at, and written back as they were stored
    assert list(by_name(carried)["experience"].matched) == list(by_name(fresh)["experience"].matched)
    assert by_name(carried)["experience"].matched[:1] == by_name(fresh)["experience"].matched[:1]
    assert carried.as_dict() == fresh.as_dict()

    lower_bar = replace(req, target_tier="1-3 years")
    again = score(analysis, lower_bar, answers, previous=marked)
    assert by_name(again)["required_skills"].detail == stored["required_skills"]  # carried
    assert by_name(again)["experience"].detail != stored["experience"]
    assert score(analysis, lower_bar, answers, previous=first) == score(analysis, lower_bar, answers)
    assert again.required_coverage == first["required_coverage"]


def test_a_stored_analysis_reads_its_skills_on_demand_and_scores_the_same(analysis, req) -> None:
    from ats.screening.results import ResumeAnalysis, StoredMentions

    stored = ResumeAnalysis.from_dict(json.loads(json.dumps(analysis.to_dict())))
    assert isinstance(stored.skills, StoredMentions) and len(stored.skills) == len(analysis.skills)
    assert stored.skills[-1] == analysis.skills[-1] and stored.skills[1:3] == tuple(analysis.skills[1:3])
    assert list(stored.skills) == list(analysis.skills) and stored == analysis
    assert score(stored, req, {"weekends": "yes"}) == score(analysis, req, {"weekends": "yes"})


def test_a_rescore_reads_the_sentences_only_when_a_component_reading_them_changed(analysis, req) -> None:
    from ats.screening import rescore_reads

    job = replace(req, duties=("Answer customer calls about billing",))
    stored = score(analysis, job, {"weekends": "yes"}).as_dict()
    assert not rescore_reads(job, stored, True).text
    fewer_skills = replace(job, skills=job.skills[1:])  # skills change the letter's skill part only
    assert not rescore_reads(fewer_skills, stored, False).text
    assert rescore_reads(fewer_skills, stored, True).text  # the letter's duties are scored with them
    assert rescore_reads(replace(job, duties=("Write software in Python",)), stored, False).text
    assert rescore_reads(job, {**stored, "scorer_version": "1999.1"}, False).text
    assert rescore_reads(job, None, False).text


def test_a_rescore_of_the_duties_reads_no_analysis_unless_a_letter_is_scored_by_them(analysis, req) -> None:
    from ats.screening import rescore_reads
    from ats.screening.results import ResumeAnalysis

    job = replace(req, duties=("Answer customer calls about billing",))
    new_duties = replace(job, duties=("Resolve billing problems by phone",))
    with_letter = score(analysis, job, {"weekends": "yes"}).as_dict()
    assert with_letter["has_cover_letter"] is True
    assert rescore_reads(new_duties, with_letter) == (True, True)  # the letter is scored by the duties too
    analysis = replace(analysis, has_cover_letter=False)
    stored = score(analysis, job, {"weekends": "yes"}).as_dict()
    assert rescore_reads(job, stored) == (False, False)
    assert rescore_reads(new_duties, stored) == (False, True)
    assert rescore_reads(new_duties, {k: v for k, v in stored.items() if k != "has_cover_letter"}) == (True, True)
    assert rescore_reads(replace(job, skills=job.skills[1:]), stored) == (True, False)
    assert rescore_reads(new_duties, None) == (True, True)
    text = analysis.to_dict()["text_index"]
    lean = ResumeAnalysis.carried_over(stored, analysis.analyser_version, text)
    assert score(lean, new_duties, {"weekends": "yes"}, stored) == score(analysis, new_duties, {"weekends": "yes"})
    with pytest.raises(ValueError, match="required_skills cannot be scored from a partial analysis"):
        score(lean, replace(new_duties, skills=job.skills[1:]), {"weekends": "yes"}, stored)


def test_stated_years_of_related_work_fill_at_most_half_the_bar_too() -> None:
    req = TWO_YEARS_OF_CARE
    tellers = analyse("Summary\nI bring 10 years of experience as a bank teller at Chase.\n", as_of=date(2024, 6, 1))
    agent = analyse("Summary\nI bring 2 years of customer service experience.\n", as_of=date(2024, 6, 1))
    related, own = by_name(score(tellers, req))["experience"], by_name(score(agent, req))["experience"]
    assert "10 stated years in related work" in related.detail and "1.0 counted years vs 2 needed" in related.detail
    assert "2 stated years in the occupation" in own.detail and related.points < own.points
