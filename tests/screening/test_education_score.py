"""The education component: the level asked for is a gate, and a qualification in the job's field earns the rest."""

from __future__ import annotations

from datetime import date

import pytest

from ats.screening.analyse import analyse
from ats.screening.education_score import FIELD_FULL, education_component, field_closeness
from ats.screening.results import Requirements

ACCOUNTANTS, CHEFS = "13-2011.00", "35-1011.00"
AS_OF = date(2024, 6, 30)


def _resume(education: str) -> str:
    return (
        "Jane Roe\nExperience\nClerk, Acme Corp, 2015 - 2023\nKept the books and filed reports.\n"
        f"Education\n{education}\n"
    )


def _edu(education: str, occupation: str | None = ACCOUNTANTS, **req: str):
    a = analyse(_resume(education), as_of=AS_OF)
    r = Requirements(title="Staff Accountant", occupation=occupation, **req)
    return education_component(a, r, 10.0, occupation, "Accountants and Auditors")


def test_a_degree_in_the_field_meets_the_level_and_the_field() -> None:
    comp, share = _edu("Bachelor of Science in Accounting, State University, 2014", education_minimum="bachelor")
    assert share == 1.0 and comp.points == 10.0
    assert "field of Accountants and Auditors (Accounting)" in comp.detail
    assert comp.matched[0].snippet.startswith("Bachelor of Science in Accounting")


def test_a_degree_of_the_level_in_another_field_earns_the_level_part_only() -> None:
    comp, share = _edu("Bachelor of Arts in Theatre, State University, 2014", education_minimum="bachelor")
    assert share == pytest.approx(0.5) and comp.points == 5.0
    assert comp.detail == "meets the level asked for; no qualification in the field of Accountants and Auditors"
    assert comp.matched  # the level is still quoted


def test_below_the_minimum_earns_nothing_even_in_the_field() -> None:
    comp, share = _edu("Associate of Science in Accounting, 2012", education_minimum="bachelor")
    assert share == 0.0 and comp.points == 0.0 and comp.missing == ("bachelor",)


def test_with_no_requirement_only_a_qualification_in_the_field_earns_points() -> None:
    in_field, share = _edu("Associate of Science in Accounting, 2012")
    assert share == 1.0 and in_field.detail.startswith("no education requirement; field of")
    other, share = _edu("Bachelor of Arts in Theatre, State University, 2014")
    assert share == 0.0 and other.points == 0.0 and other.matched == ()
    none, share = _edu("")
    assert share == 0.0 and none.detail == "no education requirement; no completed qualification found"


def test_a_qualification_in_progress_is_not_in_the_field_yet() -> None:
    comp, share = _edu("Bachelor of Science in Accounting, expected 2026")
    assert share == 0.0 and comp.points == 0.0


def test_without_an_occupation_the_level_alone_counts() -> None:
    comp, share = _edu(
        "Bachelor of Arts in Theatre, State University, 2014", occupation=None, education_minimum="bachelor"
    )
    assert share == 1.0 and comp.detail == "meets the level asked for"


def test_missing_the_preferred_level_keeps_part_of_the_level_share() -> None:
    comp, share = _edu(
        "Bachelor of Science in Accounting, State University, 2014",
        education_minimum="bachelor",
        education_preferred="master",
    )
    assert share == pytest.approx(0.7) and comp.missing == ("master",)  # 0.7 of the level, the field met
    assert comp.detail.startswith("meets minimum bachelor; preferred master not found; field of")


@pytest.mark.parametrize(
    "line",
    [
        "High School Diploma, De Anza High School, City, State",  # a particle of a name ('Chef de Cuisine')
        "Executive MBA, St. Joseph's University",  # a rank word ('Executive Chef')
        "Bachelor of Arts : Graphic Design, Universidad del Valle de Mexico",
    ],
)
def test_rank_words_and_name_particles_do_not_make_a_field(line: str) -> None:
    assert field_closeness(line, CHEFS)[0] < FIELD_FULL / 4


def test_a_word_counts_for_the_field_only_as_the_profile_writes_it() -> None:
    """'Accounting' and the 'accounts' of customer service work share a stem, not a field."""
    line = "Bachelor of Science : Accounting, State University, 2014"
    assert field_closeness(line, "13-2011.00")[0] >= FIELD_FULL  # Accountants and Auditors
    assert field_closeness(line, "43-4051.00") == (0.0, ())  # Customer Service Representatives


def test_a_culinary_degree_is_in_the_field_of_chefs() -> None:
    close, words = field_closeness("Associate of Arts : Culinary Arts, Culinary Institute, 2008", CHEFS)
    assert close >= FIELD_FULL / 2 and words[0] == "Culinary"


REGISTERED_NURSES, NEW_ACCOUNTS_CLERKS, ELECTRICAL_TECHNICIANS = "29-1141.00", "43-4141.00", "17-3023.00"


@pytest.mark.parametrize(
    ("line", "occupation"),
    [
        # the school's kind and place: each word is in the profile ('community' health, 'new' accounts)
        (
            "Associate of Arts , Honors General Education 2010 Glendale Community College - City , State",
            REGISTERED_NURSES,
        ),
        ("Bachelor of Arts : Economics City College of New York GPA: 3.2", NEW_ACCOUNTS_CLERKS),
        ("Bachelor of Arts : Communications 2004 The College Of New Rochelle City , State", NEW_ACCOUNTS_CLERKS),
        ("Bachelor of Arts : Accounting Central Connecticut State University", REGISTERED_NURSES),
        ("Bachelor of Arts - English and History Texas Tech University // City , State", ELECTRICAL_TECHNICIANS),
        # the award's own name
        ("Associates of Applied Arts : Applied Arts Hawkeye Community College - City , State", ELECTRICAL_TECHNICIANS),
    ],
)
def test_the_name_of_the_school_or_the_award_is_no_field(line: str, occupation: str) -> None:
    """A recruiter reads 'partly the field of Registered Nurses (Community)' for a community college's name as
    a mistake: the words that name the school, its place or the award say nothing of the subject."""
    assert field_closeness(line, occupation) == (0.0, ())


def test_the_same_words_in_a_subject_still_count() -> None:
    close, words = field_closeness("Bachelor of Science : Community Health, State University", REGISTERED_NURSES)
    assert close > 0 and "Community" in words and "Health" in words
    close, words = field_closeness(
        "Associate of Applied Science : Electronics Engineering Technology", ELECTRICAL_TECHNICIANS
    )
    assert close >= FIELD_FULL / 2 and words[:2] == ("Electronics", "Engineering")


def test_a_community_college_degree_earns_the_level_but_not_the_field() -> None:
    text = "Jane Doe\nEducation\nAssociate of Arts , General Education 2010 Glendale Community College - City , State\n"
    a = analyse(text, as_of=date(2020, 1, 1))
    req = Requirements(title="Registered Nurse", occupation=REGISTERED_NURSES, education_minimum="associate")
    comp, share = education_component(a, req, 5.0, REGISTERED_NURSES, "Registered Nurses")
    assert share == pytest.approx(0.5) and comp.points == pytest.approx(2.5)
    assert comp.detail == "meets the level asked for; no qualification in the field of Registered Nurses"
