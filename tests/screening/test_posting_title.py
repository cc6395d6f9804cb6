"""Years as the posting's own title: the specialty within an occupation O*NET files as one."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from ats.screening.analyse import analyse
from ats.screening.experience_score import TITLE_SHARE
from ats.screening.posting_title import holds_posting_title, title_parts
from ats.screening.results import Requirements
from ats.screening.score import score

AS_OF = date(2024, 6, 1)


@pytest.mark.parametrize(
    ("role", "posting"),
    [
        ("Sales Representative", "Outside Sales Representative"),  # a narrower post that still names the field
        ("Outside Sales Rep II", "Outside Sales Representative"),  # abbreviation and grade
        ("Senior Staff Accountant", "Staff Accountant"),
        ("Accountant", "Staff Accountant"),  # a profession word on its own
        ("Technical Recruiter", "Recruiter"),
        ("Senior Recruiter/HR Generalist", "Recruiter"),  # one post of two
        ("Information Technology Manager", "IT Manager"),
        ("Fitness Instructor", "Personal Trainer / Group Fitness Instructor"),  # the posting names two posts
        ("RN", "Registered Nurse - Medical/Surgical Unit"),
        ("Recruiter-in-Charge", "Recruiter"),  # being in charge is a rank
        ("Nurse in Charge", "Registered Nurse - Medical/Surgical Unit"),
    ],
)
def test_a_role_under_the_postings_own_title(role: str, posting: str) -> None:
    assert holds_posting_title(role, posting)


@pytest.mark.parametrize(
    ("role", "posting"),
    [
        ("Manager", "IT Manager"),  # a bare rank names no field
        ("Representative", "Customer Service Representative"),
        ("Sales Manager", "Outside Sales Representative"),  # another post of the same field
        ("HR Generalist", "Recruiter"),  # the same O*NET occupation, another specialty
        ("Customer Service Representative", "Customer Care Specialist"),  # a synonym: no word says so
        ("Web Designer", "Graphic Designer"),
        ("Information Technology Specialist", "IT Support Specialist"),  # drops the post's own field word
        ("Recruiter", ""),  # a job with no title has none to hold
        ("Officer in Charge", "Recruiter"),
    ],
)
def test_a_role_under_another_title(role: str, posting: str) -> None:
    assert not holds_posting_title(role, posting)


def test_the_postings_title_is_read_as_its_posts() -> None:
    assert title_parts("Personal Trainer / Group Fitness Instructor") == (
        ("personal", "trainer"),
        ("group", "fitness", "instructor"),
    )


def _experience(text: str, req: Requirements):  # type: ignore[no-untyped-def]
    return next(c for c in score(analyse(text, as_of=AS_OF), req).components if c.name == "experience")


def test_years_as_the_postings_title_earn_their_share_and_say_so() -> None:
    req = Requirements(title="Recruiter")  # O*NET files recruiters and HR generalists as HR specialists
    generalist = _experience("Experience\nHR Generalist | Acme | 01/2020 - 12/2023\n", req)
    recruiter = _experience("Experience\nTechnical Recruiter | Acme | 01/2020 - 12/2023\n", req)
    assert "4.0 years in the occupation" in generalist.detail and "4.0 years in the occupation" in recruiter.detail
    assert recruiter.points - generalist.points == pytest.approx(TITLE_SHARE * recruiter.weight, abs=0.02)
    assert "4.0 years as 'Recruiter', the posting's own title" in recruiter.detail
    assert "no role as 'Recruiter', the posting's own title" in generalist.detail


def test_the_title_share_fills_up_to_the_bar_and_counts_only_roles_of_the_occupation() -> None:
    req = Requirements(title="IT Manager")
    text = "Experience\nManager | Acme Foods | 01/2019 - 12/2023\nIT Manager | Beta | 07/2018 - 12/2018\n"
    exp = _experience(text, req)
    # the bare 'Manager' is no IT manager's role, so only the half year as 'IT Manager' counts, half the bar
    assert [m.label for m in exp.matched] == ["IT Manager"]
    assert "0.5 years as 'IT Manager', the posting's own title" in exp.detail
    longer = _experience("Experience\nIT Manager | Beta | 01/2014 - Present\n", req)  # every share in full
    assert "10.4 years as 'IT Manager'" in longer.detail and longer.points == pytest.approx(longer.weight, abs=0.02)


def test_a_line_of_work_the_job_lists_earns_the_share_too() -> None:
    """'Customer Service Representative' for a Customer Care Specialist: a synonym no word of the title gives
    away, which the job's own lines of work name."""
    text = "Experience\nCustomer Service Representative | Acme | 01/2020 - Present\n"
    bare = Requirements(title="Customer Care Specialist", occupation="43-4051.00")
    listed = replace(bare, occupation_titles=("customer service",))
    without, with_line = _experience(text, bare), _experience(text, listed)
    assert "no role as 'Customer Care Specialist', the posting's own title" in without.detail
    assert "4.4 years as 'Customer Care Specialist' or in a line of work the job lists" in with_line.detail
    assert with_line.points - without.points == pytest.approx(TITLE_SHARE * with_line.weight, abs=0.02)


def test_a_job_with_lines_of_work_and_no_title_names_only_the_lines() -> None:
    text = "Experience\nCustomer Service Representative | Acme | 01/2020 - Present\n"
    exp = _experience(text, Requirements(title="", occupation="43-4051.00", occupation_titles=("customer service",)))
    assert "4.4 years in a line of work the job lists" in exp.detail and "''" not in exp.detail
