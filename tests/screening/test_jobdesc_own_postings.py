"""Our own test postings (tests/data/postings) carry the structure of the real ones, and the parser reads it."""

from __future__ import annotations

import pytest

from ats.screening import parse_job_description

LADDER = [(0.0, 1.0), (1.0, 3.0), (3.0, None), (5.0, None)]  # <1, 1-3, 3+, 5+ years


@pytest.fixture(scope="module", params=["specialist", "representative"])
def draft(request, own_specialist_text: str, own_representative_text: str) -> dict:
    text = own_specialist_text if request.param == "specialist" else own_representative_text
    return parse_job_description(text).to_json_dict()


def test_four_experience_tiers(draft: dict) -> None:
    assert [(t["min_years"], t["max_years"]) for t in draft["experience_tiers"]] == LADDER


def test_salary_range_in_dollars_a_year(draft: dict) -> None:
    assert draft["salary"] == {"min": 35000.0, "max": 60000.0, "currency": "USD", "period": "year"}


def test_knockouts_for_weekends_background_check_and_training(draft: dict) -> None:
    ids = {k["id"] for k in draft["knockout_questions"]}
    assert {"weekends_holidays", "background_check", "initial_training"} <= ids
    assert all(k["failing_answer"] == "no" for k in draft["knockout_questions"])


def test_high_school_minimum_and_bachelor_preferred(draft: dict) -> None:
    assert draft["education"] == {"minimum": "high_school", "preferred": "bachelor"}


def test_title_type_and_customer_service_occupation(draft: dict) -> None:
    assert draft["title"].startswith("Customer Care ")
    assert draft["employment_type"] == "full_time"
    assert draft["occupation"] == "43-4051.00"  # Customer Service Representatives
    assert draft["related_occupations"] and "43-4051.00" not in draft["related_occupations"]
    assert draft["duties"] and all(len(d.split()) >= 3 for d in draft["duties"])
