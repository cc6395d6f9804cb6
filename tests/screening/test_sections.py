"""Section headings."""

from ats.screening.sections import find_sections, section_at


def test_sections_found_with_spans(resume_text: str) -> None:
    s = find_sections(resume_text)
    assert list(s) == ["summary", "experience", "education", "skills", "certifications",
                       "languages"]
    start, end = s["education"]
    assert resume_text[start:end].startswith("EDUCATION")
    assert section_at(s, resume_text.index("Bachelor")) == "education"


def test_sentences_are_not_headings() -> None:
    text = "Experience with Zendesk is great\nSkills: CRM"
    assert find_sections(text) == {"skills": (33, len(text))}
