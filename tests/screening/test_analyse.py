"""End-to-end resume analysis and JSON round trip."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ats.screening.analyse import analyse
from ats.screening.results import ResumeAnalysis
from tests.screening.strategies import TEXT


def test_analysis_findings(analysis: ResumeAnalysis, resume_text: str) -> None:
    assert [r.title for r in analysis.roles] == ["Customer Service Representative", "Call Center Agent", "Barista"]
    assert analysis.total_years is not None and 9.0 < analysis.total_years < 9.4
    assert analysis.stated_years == 5.0
    assert analysis.stated_years_evidence.text == "5+ years of experience"
    assert analysis.highest_education == "bachelor"
    assert {c.name for c in analysis.certifications} >= {"HDI Customer Service Representative"}
    assert {(lg.language, lg.proficiency) for lg in analysis.languages} == {
        ("English", "native"),
        ("Spanish", "fluent"),
    }
    assert analysis.contact.email == "jane.doe@example.com"
    assert analysis.has_cover_letter and analysis.cover_letter_chars > 300
    skills = {m.skill for m in analysis.skills}
    assert {"Zendesk", "CRM", "Salesforce Service Cloud", "Billing", "Active Listening"} <= skills
    for m in analysis.skills:
        doc = resume_text if m.evidence.source == "resume" else None
        if doc:
            assert doc[m.evidence.start : m.evidence.end] == m.evidence.text


def test_json_round_trip_is_exact(analysis: ResumeAnalysis) -> None:
    d = json.loads(json.dumps(analysis.to_dict()))
    back = ResumeAnalysis.from_dict(d)
    assert back == analysis
    assert back.to_dict() == analysis.to_dict()
    assert isinstance(d["roles"][0]["start"], str)


def test_huge_and_empty_inputs(as_of) -> None:
    big = "Customer service with Zendesk. " * 10_000
    a = analyse(big, as_of=as_of)
    assert any(m.skill == "Zendesk" for m in a.skills)
    assert max(m.evidence.end for m in a.skills) <= 100_000
    empty = analyse("", None, as_of=as_of)
    assert empty.skills == () and empty.total_years is None and not empty.has_cover_letter


def test_as_of_is_the_reference_date(resume_text: str) -> None:
    a1 = analyse(resume_text, as_of=date(2024, 6, 30))
    a2 = analyse(resume_text, as_of=date(2025, 6, 30))
    assert a2.total_years - a1.total_years == pytest.approx(1.0, abs=0.01)


PROP_AS_OF = date(2024, 6, 30)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.one_of(st.none(), TEXT))
def test_analyse_never_crashes_and_evidence_matches(text: str, letter: str | None) -> None:
    a = analyse(text, letter, as_of=PROP_AS_OF)
    docs = {"resume": text, "cover_letter": letter or ""}
    for m in a.skills:
        ev = m.evidence
        assert docs[ev.source][ev.start : ev.end] == ev.text
    for r in a.roles:
        assert r.start is not None and r.end is not None and r.start <= r.end <= PROP_AS_OF
    assert a.total_years is None or a.total_years >= 0


NAMES_RESUME = """Sam Lee
Work History
Cashier | Sweet Ruby's Bakery | 05.2023 – present
- Handled complaints and processed orders by phone and email
Line Cook, Home Chef, 2018/03 - 2020/11
Delivery Driver, Domino's Pizza, Sept 2020 – Now
Education
Travis High School, 2015
B.A. Communication (in progress)
B.A. English, currently pursuing
B.S. Marketing, expected 2027
Skills
Ruby, Chef, Spanish
"""


def test_employer_school_and_degree_names_are_not_skills() -> None:
    a = analyse(NAMES_RESUME, as_of=date(2024, 6, 30))
    by_skill: dict[str, list[str]] = {}
    for m in a.skills:
        by_skill.setdefault(m.skill, []).append(m.evidence.sentence)
    stated = {m.skill for m in a.skills if m.via is None}
    assert not {"Travis", "IBM Domino", "Communication", "English"} & stated
    # Communication is still shown, by the phone and email work, never by the degree's name
    assert {m.via for m in a.skills if m.skill == "Communication"} == {"Phone Support", "Email Support"}
    # Ruby and Chef are found only in the skills list, not in the employer names.
    assert all("Bakery" not in s for s in by_skill["Ruby"])
    assert all("Home Chef" not in s for s in by_skill["Chef"])
    # A degree field is domain knowledge, not a soft skill: Marketing stays.
    assert "Marketing" in by_skill
    assert {"Complaint Resolution", "Order Processing", "Phone Support", "Email Support"} <= by_skill.keys()


def test_degrees_in_progress_do_not_set_the_highest_level() -> None:
    a = analyse(NAMES_RESUME, as_of=date(2024, 6, 30))
    assert a.highest_education == "high_school"
    assert [e.in_progress for e in a.education if e.level == "bachelor"] == [True, True, True]
    again = ResumeAnalysis.from_dict(json.loads(json.dumps(a.to_dict())))
    assert again == a


def test_roles_in_every_experience_section_are_found() -> None:
    text = (
        "Clinical Experience\nRegistered Nurse | St. Mary's Hospital | 2021 - present\n"
        "Education\nBSN, 2020\nWork History\nCashier | Walmart | 2016 - 2019\n"
    )
    a = analyse(text, as_of=date(2024, 6, 30))
    assert [r.title for r in a.roles] == ["Registered Nurse", "Cashier"]


JOB_BOARD_LAYOUT = """Skills
Python, SQL, scikit-learn, Tableau
Education Details
January 2012 to May 2016 B.E Computer Science Pune University
Data Scientist
Skill Details
Python- Experience - 36 months
Company Details
Data Scientist
Acme Analytics
June 2016 to Present
Built churn models in Python and scikit-learn for telecom clients.
"""


def test_job_board_headings_keep_study_years_out_of_work() -> None:
    """'Education Details' is the education section: the years of a degree are no role, and 'B.E' (no last
    dot, as Indian resumes write it) is a bachelor's degree; 'Company Details' holds the work."""
    a = analyse(JOB_BOARD_LAYOUT, as_of=date(2020, 6, 1))
    assert [(r.title, r.start, r.current) for r in a.roles] == [("Data Scientist", date(2016, 6, 1), True)]
    assert a.total_years is not None and 3.9 < a.total_years < 4.1
    assert a.highest_education == "bachelor"
    assert a.education[0].evidence.text.startswith("B.E")
    assert {"education", "experience", "skills"} <= set(a.sections)


def test_a_docx_table_with_from_and_to_columns_gives_its_roles() -> None:
    """A Word table of employment (Organisation | Designation | From | To), as many Indian resumes have: each
    row is a role, its dates from the two cells."""
    import io

    import docx

    from ats.screening.extract import extract_text

    document = docx.Document()
    document.add_paragraph("Work Experience")
    table = document.add_table(rows=1, cols=4)
    rows = [
        ("Organisation", "Designation", "From", "To"),
        ("Infosys Ltd", "Software Engineer", "Jan 2015", "Dec 2017"),
        ("Wipro Technologies", "Test Lead", "Jan 2018", "Till Date"),
    ]
    for cell, value in zip(table.rows[0].cells, rows[0], strict=True):
        cell.text = value
    for row in rows[1:]:
        for cell, value in zip(table.add_row().cells, row, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    a = analyse(extract_text(buffer.getvalue()).text, as_of=date(2021, 6, 1))
    assert [(r.title, r.employer, r.start, r.end, r.current) for r in a.roles] == [
        ("Software Engineer", "Infosys Ltd", date(2015, 1, 1), date(2017, 12, 1), False),
        ("Test Lead", "Wipro Technologies", date(2018, 1, 1), date(2021, 6, 1), True),
    ]


LINKEDIN_PROFILE = """Contact
www.linkedin.com/in/janedoe (LinkedIn)
jane.doe@example.org
Top Skills
Outreach.io
Negotiation
Certifications
Salesforce Certified Administrator
Jane Doe
Account Executive at Northwind Traders
Chicago, Illinois, United States
Summary
I sell cloud software to mid-market retailers.
Experience
Northwind Traders
Account Executive
March 2020 - Present (4 years 9 months)
Chicago, Illinois
Closed 40 new accounts a year.
Salesforce
2 years 3 months
Sales Development Representative
January 2018 - February 2020 (2 years 2 months)
Chicago, Illinois
Business Development Representative
October 2017 - December 2017 (3 months)
Education
University of Illinois Urbana-Champaign
Bachelor of Science - BS, Marketing · (2013 - 2017)
"""


def test_a_profile_pdf_reads_the_name_and_headline_below_its_sidebar() -> None:
    """LinkedIn's PDF opens with a sidebar (Contact, Top Skills, Certifications); the name, headline and town
    below it belong to no sidebar section: the name is no certification, the headline is found."""
    a = analyse(LINKEDIN_PROFILE, as_of=date(2024, 12, 1))
    assert [c.name for c in a.certifications] == ["Salesforce Certified Administrator"]
    assert a.headline == "Account Executive"
    assert a.headline_evidence is not None
    assert LINKEDIN_PROFILE[a.headline_evidence.start : a.headline_evidence.end] == "Account Executive"
    assert a.contact.name == "Jane Doe"
    assert "Outreach.io" in {m.skill for m in a.skills}


def test_a_profile_pdf_names_the_company_above_the_title_and_above_a_group_of_posts() -> None:
    """LinkedIn writes the company above the title, or above the company's tenure when several posts were
    held there (the later posts have no company line); a company named like a tool is no skill."""
    a = analyse(LINKEDIN_PROFILE, as_of=date(2024, 12, 1))
    assert [(r.title, r.employer) for r in a.roles] == [
        ("Account Executive", "Northwind Traders"),
        ("Sales Development Representative", "Salesforce"),
        ("Business Development Representative", "Salesforce"),
    ]
    assert "Salesforce" not in {m.skill for m in a.skills if m.evidence.source == "resume"}
    assert not {"Chicago", "Illinois", "United States", "Jane Doe"} & {m.skill for m in a.skills}


def test_a_skills_list_above_the_experience_is_no_profile_sidebar() -> None:
    """Only a resume opening with a contact box is read as a profile PDF: a list that merely comes first
    keeps all its items."""
    text = "Skills\nTeam Leadership\nCash handling\nExperience\nCashier, Jan 2015 to Mar 2017\nServed customers.\n"
    a = analyse(text, as_of=date(2024, 12, 1))
    assert a.sections["skills"] == (0, text.index("Experience"))


def test_a_real_profile_pdf_is_read_whichever_way_its_columns_come_out() -> None:
    """The same layout as a real two-column PDF: its reader follows the page's rows, so the name, headline
    and town come right after the contact lines, before the sidebar's other sections."""
    from ats.screening.extract import extract_text
    from tests.docfactory import linkedin_profile_pdf

    text = extract_text(linkedin_profile_pdf(), "profile.pdf").text
    a = analyse(text, as_of=date(2024, 12, 1))
    assert (a.headline, a.contact.name) == ("Account Executive", "Jane Doe")
    assert [c.name for c in a.certifications] == ["Salesforce Certified Administrator"]
    assert [(r.title, r.employer) for r in a.roles] == [
        ("Account Executive", "Northwind Traders"),
        ("Sales Development Representative", "Salesforce"),
        ("Business Development Representative", "Salesforce"),
    ]
    assert [(e.level, e.field) for e in a.education] == [("bachelor", "Marketing")]


def test_a_resume_exported_from_html_without_line_breaks_is_read_by_its_layout() -> None:
    """livecareer's pages as text (the public "Resume Dataset" holds 2,484 of them so) keep no line breaks:
    read as one line, the resume had no headline, and one role titled "Excel Experience Payroll Specialist"."""
    from ats.screening.extract import extract_text

    exported = (
        "PAYROLL SPECIALIST       Summary     Payroll specialist with eight years of multi-state payroll.     "
        "Highlights      ADP Workforce Now    Kronos   ,   Excel      Experience      Payroll Specialist    "
        "Mar 2016   to   Current      Company Name   \uff0d   City  ,   State     Process biweekly payroll for "
        "900 employees across six states.      Payroll Clerk    Jun 2012   to   Feb 2016      Company Name   "
        "\uff0d   City  ,   State     Entered timesheets and resolved pay discrepancies.      Education      "
        "Associate of Applied Science   :   Accounting  ,   2012    Metro Community College"
    )
    # through our extractor (the stored text gets its breaks back), and handed to the library as it is
    for text in (extract_text(exported.encode(), "resume.txt").text, exported):
        a = analyse(text, as_of=date(2020, 6, 1))
        assert a.headline == "PAYROLL SPECIALIST"
        assert [(r.title, r.start, r.end) for r in a.roles] == [
            ("Payroll Specialist", date(2016, 3, 1), date(2020, 6, 1)),
            ("Payroll Clerk", date(2012, 6, 1), date(2016, 2, 1)),
        ]
        assert a.highest_education == "associate"
        assert {"ADP Workforce Now", "Payroll"} <= {m.skill for m in a.skills}
        for role in a.roles:  # quotes are spans of the text given
            assert text[role.evidence.start : role.evidence.end] == role.evidence.text
