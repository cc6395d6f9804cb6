"""Find resume sections (summary, experience, education, skills, ...) by their headings."""

from __future__ import annotations

HEADINGS: dict[str, tuple[str, ...]] = {
    "summary": (
        "summary",
        "professional summary",
        "profile",
        "professional profile",
        "objective",
        "career objective",
        "about me",
        "career summary",
        "personal statement",
        "executive profile",
        "executive summary",
        "career overview",
        "career focus",
        "professional overview",
        "summary of qualifications",
        "qualifications summary",
        "profile summary",
        "personal profile",
        "experience summary",
        "career profile",
    ),
    "experience": (
        "experience",
        "work experience",
        "professional experience",
        "employment",
        "employment history",
        "work history",
        "career history",
        "relevant experience",
        "experience history",
        "professional background",
        "clinical experience",
        "employment experience",
        "professional history",
        "career experience",
        "relevant work experience",
        "work background",
        "employment background",
        "internship experience",
        "internships",
        "professional employment",
        "company details",
        "work details",
        "employment details",
    ),
    "education": (
        "education",
        "education and training",
        "academic background",
        "academics",
        "education & training",
        "educational background",
        "education details",
        "educational details",
        "academic details",
        "academic profile",
        "academic qualifications",
        "academic qualification",
        "educational qualifications",
        "educational qualification",
        "education qualifications",
        "qualifications and education",
        "scholastic record",
        "academic record",
    ),
    "skills": (
        "skills",
        "key skills",
        "core skills",
        "technical skills",
        "core competencies",
        "competencies",
        "areas of expertise",
        "skills and abilities",
        "skills & abilities",
        "skills summary",
        "qualifications",
        "tools",
        "software",
        "skill details",
        "skills details",
        "top skills",  # LinkedIn's profile PDF
        "highlights",
        "skill highlights",
        "skills highlights",
        "core qualifications",
        "summary of skills",
        "strengths",
        "core strengths",
        "key strengths",
        "technical expertise",
        "it skills",
        "software skills",
        "computer skills",
        "technical proficiencies",
        "proficiencies",
    ),
    "certifications": (
        "certifications",
        "certification",
        "certificates",
        "licenses",
        "licenses and certifications",
        "certifications and licenses",
        "licenses & certifications",
        "certifications & licenses",
        "training and certifications",
        "certifications and training",
    ),
    "languages": ("languages", "language skills", "language", "languages known"),
    "projects": ("projects", "key projects", "academic projects", "project details"),
    "publications": ("publications", "papers", "presentations and publications", "publications and presentations"),
    "volunteering": ("volunteer experience", "volunteering", "volunteer work"),
    "awards": (
        "awards",
        "honors",
        "achievements",
        "awards and honors",
        "accomplishments",
        "core accomplishments",
        "activities and honors",
        "honors and awards",
        "honors awards",  # LinkedIn's 'Honors-Awards'
    ),
    "affiliations": ("affiliations", "professional affiliations", "memberships", "professional memberships"),
    "other": (
        "additional information",
        "personal information",
        "personal details",
        "declaration",
        "contact",
        "contact information",
        "contact details",
    ),
    "references": ("references",),
    "interests": (
        "interests",
        "hobbies",
        "hobbies and interests",
        "extracurricular activities",
        "extra curricular activities",
        "co curricular activities",
    ),
}
_LOOKUP = {h: name for name, hs in HEADINGS.items() for h in hs}
_DECOR = " \t#*=-_|•:"


def heading_of(line: str) -> tuple[str, bool] | None:
    """(section name, has inline content) if the line is a heading like 'SKILLS:' or 'Education'."""
    head, colon, rest = line.partition(":")
    if len(head) > 50 or not head.strip(_DECOR)[:1].isupper():
        return None  # headings are short and capitalised; a lower-case 'skills' is a wrapped line
    key = " ".join(head.strip(_DECOR).lower().replace("&", "and").replace("-", " ").split())
    name = _LOOKUP.get(key) or _LOOKUP.get(key.replace(" and ", " & ")) or _experience_like(key)
    if name is None:
        return None
    return name, bool(colon and rest.strip())


def _experience_like(key: str) -> str | None:
    """'Retail Experience', 'Teaching Experience': a short heading ending in 'experience'."""
    words = key.split()
    if (
        2 <= len(words) <= 3
        and words[-1] == "experience"
        and all(w.isalpha() for w in words)
        and not {"summary", "of", "years", "overview"} & set(words)
    ):
        return "experience"
    return None


def find_sections(text: str) -> dict[str, tuple[int, int]]:
    """Section name -> (start, end) character span; the first heading of each kind wins."""
    out: dict[str, tuple[int, int]] = {}
    for name, start, end in all_sections(text):
        if name not in out:
            out[name] = (start, end)
    return out


def all_sections(text: str) -> list[tuple[str, int, int]]:
    """(section name, start, end) for every heading in order, repeats included."""
    marks: list[tuple[int, str]] = []
    pos = 0
    for line in text.splitlines(keepends=True):
        h = heading_of(line.rstrip("\r\n"))
        if h:
            marks.append((pos, h[0]))
        pos += len(line)
    return [
        (name, start, marks[i + 1][0] if i + 1 < len(marks) else len(text)) for i, (start, name) in enumerate(marks)
    ]


def section_at(sections: dict[str, tuple[int, int]], pos: int) -> str | None:
    """Which section a character offset falls in."""
    for name, (s, e) in sections.items():
        if s <= pos < e:
            return name
    return None
