"""Education levels, fields, certifications and languages."""

from __future__ import annotations

from datetime import date

import pytest

from ats.screening.education import find_education, highest, name_spans


@pytest.mark.parametrize(
    "text,level,field",
    [
        ("Bachelor of Arts in Communication, UT", "bachelor", "Communication"),
        ("B.Sc. in Computer Science", "bachelor", "Computer Science"),
        ("Associate's degree in Business Administration", "associate", "Business Administration"),
        ("Master of Business Administration (MBA)", "master", None),
        ("Ph.D. in Chemistry", "doctorate", "Chemistry"),
        ("High School Diploma", "high_school", None),
        ("GED, 2010", "high_school", None),
        # as India, Britain and professional schools write them
        ("B.Tech in Computer Science, VIT University, 2014", "bachelor", "Computer Science"),
        ("B.E. in Electrical Engineering", "bachelor", "Electrical Engineering"),
        ("BE (Mechanical), Anna University, 2011", "bachelor", None),
        ("B.Com, Pune University, 2013", "bachelor", None),
        ("BCA from IGNOU, 2012", "bachelor", None),
        ("LL.B, Delhi University", "bachelor", None),
        ("M.Tech in VLSI Design", "master", "VLSI Design"),
        ("MCA, 2015", "master", None),
        ("PGDM, IIM Bangalore, 2015", "master", None),
        ("M.S. Computer Science, Stanford", "master", None),
        ("Doctor of Pharmacy (PharmD)", "doctorate", None),
        ("Diploma in Hotel Management, 2010", "associate", "Hotel Management"),
        ("HSC, Maharashtra Board, 2009", "high_school", None),
        ("A-Levels, 2008", "high_school", None),
        ("High School Diploma in General Studies", "high_school", "General Studies"),
    ],
)
def test_levels_and_fields(text: str, level: str, field: str | None) -> None:
    found = find_education(text)
    assert found[0].level == level
    if field:
        assert found[0].field == field


def test_sales_associate_is_not_a_degree_and_highest_wins() -> None:
    assert find_education("Sales Associate at Target") == []
    assert find_education("I want TO BE a great engineer. BE the best. Sent the BE report.") == []
    found = find_education("High school diploma\nBachelor's degree in Nursing")
    assert highest(found) == "bachelor"


@pytest.mark.parametrize(
    "text",
    [
        "B.S. Nursing (in progress)",
        "Bachelor of Science in Nursing, expected 2027",
        "Currently pursuing a Bachelor's degree in Accounting",
        "Master of Business Administration\nState University, Expected May 2025",
        "MBA candidate, State University",
        "B.A. English, 2022 - Present",
    ],
)
def test_degrees_in_progress_are_not_the_highest_completed_level(text: str) -> None:
    found = find_education("High School Diploma, 2019\n" + text, as_of=date(2024, 6, 30))
    assert found[-1].in_progress
    assert highest(found) == "high_school"


def test_future_graduation_year_is_in_progress_and_past_one_is_not() -> None:
    as_of = date(2024, 6, 30)
    assert find_education("B.S. Biology, 2026", as_of=as_of)[0].in_progress
    done = find_education("B.S. Biology, 2020\nState University, 2016 - 2020", as_of=as_of)
    assert not done[0].in_progress and highest(done) == "bachelor"


def test_degree_and_school_names_cover_the_name_only() -> None:
    text = "Education\nB.A. Communication, Travis High School, 2015\nB.S. Marketing"
    spans = name_spans(text, find_education(text), [(0, len(text))])
    got = {(text[a:b], kind) for a, b, kind in spans}
    assert {("B.A. Communication", "degree"), ("Travis High School", "school"), ("B.S. Marketing", "degree")} <= got


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("BA (Hons) Marketing, 2015", [("bachelor", "Marketing")]),
        (
            "BSc (Hons) Accounting and Finance, 2:1 – University of Leeds, 2011",
            [("bachelor", "Accounting and Finance")],
        ),
        ("MA Hons History, St Andrews", [("master", "History")]),
        ("MBA (Finance), 2015", [("master", "Finance")]),
        ("B.Com (Accounting), Delhi University, 2011", [("bachelor", "Accounting")]),
        ("Master of Science (MSc) in Data Science, 2019", [("master", "Data Science")]),  # one degree, not two
        ("BSc, University of Leeds, 2011", [("bachelor", None)]),  # the university's town is no field
        ("MBA Candidate, Wharton, 2020", [("master", None)]),
    ],
)
def test_degrees_as_britain_and_india_write_their_fields(line: str, expected: list) -> None:
    from ats.screening.education import find_education

    assert [(e.level, e.field) for e in find_education(f"Education\n{line}\n")] == expected


@pytest.mark.parametrize(
    "text,field",
    [
        ("Bachelor of Science - BS, Marketing · (2013 - 2017)", "Marketing"),  # LinkedIn's profile PDF
        ("Master of Business Administration - MBA, Finance", "Finance"),
        ("Bachelor's degree, Computer Science", "Computer Science"),
        ("Bachelor of Science , Merchandising and Marketing", "Merchandising and Marketing"),  # job boards
        ("Bachelor of Science, University of Texas", None),  # the school, not the field
        ("Associate Degree, Austin\nCommunity College", None),  # a school's name wrapped onto the next line
        ("Bachelor of Arts, 2012", None),
    ],
)
def test_a_field_after_the_degrees_name_and_a_comma(text: str, field: str | None) -> None:
    """'Degree, Field' (after the degree's abbreviation too) names the field, once per degree."""
    found = find_education(text)
    assert [(f.level, f.field) for f in found][:1] == [(found[0].level, field)]
    assert len(found) == 1
