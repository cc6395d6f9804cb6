"""Points only for evidence: empty resumes, keyword lists, stuffed letters, prose dates, verbatim quotes."""

from __future__ import annotations

from datetime import date

import pytest

from ats.screening.analyse import analyse
from ats.screening.jobdesc import parse_job_description
from ats.screening.results import Requirements
from ats.screening.roles import find_roles
from ats.screening.score import score

AS_OF = date(2024, 6, 1)


@pytest.fixture(scope="module")
def care(own_specialist_text) -> Requirements:
    return parse_job_description(own_specialist_text).requirements


def test_an_empty_resume_scores_below_ten(care: Requirements, own_representative_text: str) -> None:
    for req in (care, parse_job_description(own_representative_text).requirements):
        for text in ("", "   \n\n", "Jane Doe\njane@example.com\n"):
            s = score(analyse(text, as_of=AS_OF), req)
            assert s.total < 10, (text, [(c.name, c.points) for c in s.components])


def test_a_bare_list_of_every_required_skill_scores_below_two_years_of_relevant_work(care: Requirements) -> None:
    keywords = ", ".join(s.name for s in care.skills)
    listed = score(analyse(f"Skills\n{keywords}\n", as_of=AS_OF), care)
    worked = score(
        analyse(
            "Experience\nCustomer Service Representative | Acme Corp | 06/2022 - Present\n"
            "- Answered 60 customer calls a day about billing and orders\n",
            as_of=AS_OF,
        ),
        care,
    )
    assert listed.total < worked.total


def test_a_keyword_stuffed_cover_letter_adds_nothing(care: Requirements) -> None:
    resume = (
        "Experience\nCustomer Service Representative | Acme Corp | 06/2021 - Present\n"
        "- Answered customer calls about orders\n"
    )
    stuffed = ", ".join(s.name for s in care.skills) * 3
    real = (
        "Dear hiring team, for three years I have answered customer calls and chats at Acme, "
        "where I resolve billing complaints and keep every customer account up to date in our CRM."
    )
    without = score(analyse(resume, as_of=AS_OF), care)
    with_stuffed = score(analyse(resume, stuffed, as_of=AS_OF), care)
    with_real = score(analyse(resume, real, as_of=AS_OF), care)
    assert with_stuffed.total == pytest.approx(without.total, abs=0.01)
    assert with_real.total > without.total


@pytest.mark.parametrize(
    "text",
    [
        "Since 1995, the company has grown to five hundred stores across the country and beyond.",
        "Our family business was founded in 1998 and has served the community from 1998 to 2020 proudly.",
        "I was born in 1920 - Present day records are kept in the office.",
        # short sentences too: ten words or fewer
        "Since 1995, the company has grown to 500 staff.",
        "Worked with the team from 2015 onwards to grow sales.",
        "The shop has been busy since 2012 and growing.",
    ],
)
def test_a_prose_sentence_with_a_year_is_not_a_role(text: str) -> None:
    assert find_roles(text, AS_OF) == []


def test_no_role_before_the_career_could_start_and_none_in_the_future() -> None:
    text = "Experience\nCashier | Acme | 1930 - 1940\nHigh School Diploma, 2010\nAgent | Beta | 2023 - 2031\n"
    roles = find_roles(text, AS_OF)
    assert [r.title for r in roles] == ["Agent"] and roles[0].end == AS_OF


def test_the_same_role_listed_twice_counts_once() -> None:
    text = (
        "Experience\nCustomer Service Representative | Acme | 01/2020 - 12/2021\n- Calls\n"
        "Customer Service Representative | Acme | 01/2020 - 12/2021\n- Calls again\n"
    )
    a = analyse(text, as_of=AS_OF)
    assert len(a.roles) == 1 and a.total_years == pytest.approx(2.0, abs=0.05)


def test_every_quote_is_a_span_of_the_text_as_written(care: Requirements, resume_text: str) -> None:
    a = analyse(resume_text, as_of=AS_OF, custom_skills=care.skill_defs())
    flat = " ".join(resume_text.split())
    for comp in score(a, care).components:
        for m in comp.matched:
            if m.source != "resume":
                continue
            assert not m.snippet or m.snippet in flat, (comp.name, m.snippet)
            words = " ".join(resume_text[m.start : m.end].split())
            assert words and words in (m.snippet or flat), (comp.name, words)


def test_computed_figures_are_not_quoted(care: Requirements, resume_text: str) -> None:
    exp = {c.name: c for c in score(analyse(resume_text, as_of=AS_OF), care).components}["experience"]
    assert "years in the occupation" in exp.detail and all('"' not in m.snippet[:1] for m in exp.matched)
    assert not any("years in the occupation" in m.snippet for m in exp.matched)


def test_tier_years_and_points_come_from_one_computation(care: Requirements, resume_text: str) -> None:
    s = score(analyse(resume_text, as_of=AS_OF), care)
    exp = {c.name: c for c in s.components}["experience"]
    assert (
        f"{s.relevant_years:.1f} years in the occupation" in exp.detail
        or f"= {s.relevant_years:.1f} relevant years" in exp.detail
    )
    assert f"tier: {s.tier}" in exp.detail
