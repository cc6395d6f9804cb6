"""Section headings."""

import pytest

from ats.screening.sections import all_sections, find_sections, heading_of, section_at


def test_sections_found_with_spans(resume_text: str) -> None:
    s = find_sections(resume_text)
    assert list(s) == ["summary", "experience", "education", "skills", "certifications", "languages"]
    start, end = s["education"]
    assert resume_text[start:end].startswith("EDUCATION")
    assert section_at(s, resume_text.index("Bachelor")) == "education"


def test_sentences_are_not_headings() -> None:
    text = "Experience with Zendesk is great\nSkills: CRM"
    assert find_sections(text) == {"skills": (33, len(text))}


@pytest.mark.parametrize(
    "line",
    [
        "Clinical Experience",
        "Work History",
        "Professional Background",
        "EMPLOYMENT",
        "Retail Experience:",
        "Employment Experience",
    ],
)
def test_experience_heading_variants(line: str) -> None:
    assert heading_of(line) == ("experience", False)


@pytest.mark.parametrize(
    "line", ["Summary of Experience", "5 years experience", "Great customer service experience with many clients"]
)
def test_experience_like_lines_that_are_not_job_headings(line: str) -> None:
    assert heading_of(line) != ("experience", False)


def test_all_sections_keeps_repeated_headings() -> None:
    text = "Clinical Experience\nRN, 2020 - 2022\nEducation\nBSN\nWork History\nAide, 2018\n"
    assert [n for n, _, _ in all_sections(text)] == ["experience", "education", "experience"]
    assert list(find_sections(text)) == ["experience", "education"]


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Highlights", "skills"),  # livecareer's skills list heading (186 of its 528 resumes)
        ("Skill Highlights", "skills"),
        ("Core Qualifications", "skills"),
        ("Skill Details", "skills"),
        ("IT Skills:", "skills"),
        ("Education Details", "education"),
        ("EDUCATIONAL QUALIFICATIONS", "education"),
        ("Academic Qualification", "education"),
        ("Academic Details", "education"),
        ("Company Details", "experience"),
        ("Profile Summary", "summary"),
        ("Languages Known", "languages"),
        ("Publications", "publications"),
        ("Extra-Curricular Activities", "interests"),
        ("Extracurricular Activities", "interests"),
        ("Declaration", "other"),
        ("Top Skills", "skills"),  # LinkedIn's profile PDF
        ("Honors-Awards", "awards"),
        ("Contact", "other"),
    ],
)
def test_headings_other_layouts_use(line: str, name: str | None) -> None:
    """Headings of Indian, British and job-board resumes, not only the American ones."""
    found = heading_of(line)
    assert (found[0] if found else None) == name


@pytest.mark.parametrize("line", ["Project: Video banking for a UK bank", "Company Name", "Details"])
def test_lines_that_look_like_new_headings_are_not(line: str) -> None:
    """A role's 'Project:' line stays inside the role; a placeholder employer is no heading."""
    assert heading_of(line) is None
