"""Education levels, fields, certifications and languages."""

from __future__ import annotations

import pytest

from ats.screening.education import find_education, highest


@pytest.mark.parametrize("text,level,field", [
    ("Bachelor of Arts in Communication, UT", "bachelor", "Communication"),
    ("B.Sc. in Computer Science", "bachelor", "Computer Science"),
    ("Associate's degree in Business Administration", "associate", "Business Administration"),
    ("Master of Business Administration (MBA)", "master", None),
    ("Ph.D. in Chemistry", "doctorate", "Chemistry"),
    ("High School Diploma", "high_school", None),
    ("GED, 2010", "high_school", None),
])
def test_levels_and_fields(text: str, level: str, field: str | None) -> None:
    found = find_education(text)
    assert found[0].level == level
    if field:
        assert found[0].field == field


def test_sales_associate_is_not_a_degree_and_highest_wins() -> None:
    assert find_education("Sales Associate at Target") == []
    found = find_education("High school diploma\nBachelor's degree in Nursing")
    assert highest(found) == "bachelor"
