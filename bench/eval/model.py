"""Data model of a labelled resume: its content (rendered later) and the labels a human wrote.

Span conventions of the labels: months are inclusive; "Present"/"to date" ends in Oct 2026 (reference date
2026-11-01); a year-only range reads mid-year (Jul start, Jun end); "Summer" is Jun-Aug.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ats.demo.documents import ResumeDoc, Section

Month = tuple[int, int]  # (year, month 1-12)
REFERENCE_MONTH: Month = (2026, 10)  # last full month before the reference date 2026-11-01


@dataclass(frozen=True)
class Job:
    """One dated role as written on the resume, with the human reading of its span and its kind."""

    dates: str
    title: str
    detail: str
    start: Month
    end: Month | None  # None: "present" / "to date"
    kind: str  # care, retail, hospitality, sales, dev, nurse, warehouse, finance, teaching, other


@dataclass(frozen=True)
class Labels:
    """What a careful human reader tags on the resume."""

    skills: tuple[str, ...]
    education: str | None  # high_school, associate, bachelor, master, doctorate or None
    relevant: frozenset[str]  # ids of postings this resume is a fitting candidate for


@dataclass(frozen=True)
class LabelledResume:
    """A resume (structured content) and its labels."""

    rid: str
    role: str  # role family, for the dataset summary
    name: str
    contact: str
    summary: tuple[str, ...]
    jobs: tuple[Job, ...]
    education: tuple[str, ...]
    labels: Labels
    skills_lines: tuple[str, ...] = ()
    extra: tuple[Section, ...] = ()
    layout: str = "single"
    rows: bool = True  # jobs as experience rows (tables in the table layout) or as plain lines
    cover_letter: str | None = None
    sidebar: tuple[str, ...] = field(default=("Skills", "Languages", "Certifications"))
    # Wording of the resume rather than content: standard headings renamed (("Experience", "Work History"), ...)
    # and the first line of a job when jobs are plain lines. Rows need the "Experience" heading to render.
    headings: tuple[tuple[str, str], ...] = ()
    job_line: str = "{title} | {dates}"

    def doc(self) -> ResumeDoc:
        """The renderable document in this resume's layout."""
        names = dict(self.headings)
        experience = names.get("Experience", "Experience")
        as_rows = self.rows and experience.lower() == "experience"
        sections: list[Section] = []
        if self.summary:
            sections.append(Section(names.get("Summary", "Summary"), self.summary))
        if self.skills_lines:
            sections.append(Section(names.get("Skills", "Skills"), self.skills_lines, sidebar="Skills" in self.sidebar))
        job_lines: tuple[str, ...] = ()
        if not as_rows:
            job_lines = tuple(
                line
                for job in self.jobs
                for line in (self.job_line.format(title=job.title, dates=job.dates), job.detail)
            )
        sections.append(Section(experience, job_lines))
        sections.append(Section(names.get("Education", "Education"), self.education))
        sections.extend(Section(s.heading, s.lines, sidebar=s.heading in self.sidebar) for s in self.extra)
        rows = tuple((job.dates, job.title, job.detail) for job in self.jobs) if as_rows else ()
        return ResumeDoc(self.name, self.contact, tuple(sections), layout=self.layout, experience_rows=rows)

    def expected_years(self, kinds: frozenset[str] | None = None) -> float:
        """Merged (overlap-free) years of the jobs, all of them or only those of the given kinds."""
        spans = [
            (_index(j.start), _index(j.end or REFERENCE_MONTH)) for j in self.jobs if kinds is None or j.kind in kinds
        ]
        return round(_merged_months(spans) / 12, 2)


def _index(month: Month) -> int:
    """Months since year 0, so spans can be merged with integers."""
    return month[0] * 12 + month[1] - 1


def _merged_months(spans: list[tuple[int, int]]) -> int:
    """Months covered by inclusive [start, end] month spans after merging overlaps."""
    total = 0
    current: tuple[int, int] | None = None
    for start, end in sorted(spans):
        if current and start <= current[1] + 1:
            current = (current[0], max(current[1], end))
            continue
        if current:
            total += current[1] - current[0] + 1
        current = (start, end)
    if current:
        total += current[1] - current[0] + 1
    return total
