"""Generated resumes with distinct contact details, for import tests."""

import pytest


@pytest.fixture
def distinct_resume():
    from ats.demo.documents import ResumeDoc, Section, render

    def make(name: str, email: str | None, fmt: str = "pdf") -> bytes:
        contact = " | ".join(x for x in (email, "+1 512 555 0134", "Austin, TX") if x)
        doc = ResumeDoc(
            name=name,
            contact=contact,
            sections=(
                Section("Summary", ("Customer care specialist with 3 years of experience.",)),
                Section("Experience", ()),
                Section("Skills", ("Customer service, active listening",), sidebar=True),
            ),
            experience_rows=(("Jan 2021 - Present", "Customer Care Specialist, Acme Corp", "Answered calls."),),
        )
        return render(doc, fmt)

    return make
