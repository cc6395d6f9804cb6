"""The vocabulary component reads the resume's words of work, not the names of its sections."""

from __future__ import annotations

from datetime import date

from ats.screening.analyse import analyse
from ats.screening.terms import terms
from ats.screening.vocabulary import vocabulary_component, without_headings

ELEMENTARY_TEACHERS = "25-2021.00"  # O*NET's description: "Teach academic and social skills to students ..."
RESUME = (
    "Jane Doe\n"
    "Skills\n"
    "Cash handling, inventory, scheduling\n"
    "Experience\n"
    "Cashier, Corner Market, 2015 - 2018\n"
    "Handled cash, stocked shelves and opened the store on weekends.\n"
    "Interests: reading, hiking\n"
)


def test_one_use_of_each_heading_word_is_left_out_and_what_follows_a_colon_is_kept() -> None:
    text = "Skills\nCommunication skills and teamwork\nWork History\nHobbies: Reading\n"
    starts = [0, text.index("Work History"), text.index("Hobbies")]
    kept = without_headings(terms(text), text, starts)
    assert kept.count(terms("skills")[0]) == 1  # the body's "skills" stays, the heading's goes
    assert terms("history")[0] not in kept and terms("reading")[0] in kept
    assert kept.count(terms("work")[0]) == terms(text).count(terms("work")[0]) - 1


def test_the_headings_of_a_cashiers_resume_are_no_teaching_vocabulary() -> None:
    """'skills' weighs much in the elementary teachers' profile: a heading named so earned a cashier a share
    of a teaching job's vocabulary points, and the detail showed 'shared terms: skills'."""
    a = analyse(RESUME, as_of=date(2020, 1, 1))
    profile = {t for t, _, _ in a.term_profile}
    assert terms("skills")[0] not in profile and terms("experience")[0] not in profile
    assert terms("cashier")[0] in profile
    comp, _ = vocabulary_component(a, ELEMENTARY_TEACHERS, "Elementary School Teachers", 20.0)
    assert "skills" not in comp.detail.split("shared terms: ")[1].split(", ")


def test_a_skill_named_in_a_sentence_still_counts() -> None:
    a = analyse(
        RESUME.replace("Handled cash", "Taught reading skills to children, handled cash"), as_of=date(2020, 1, 1)
    )
    assert terms("skills")[0] in {t for t, _, _ in a.term_profile}
