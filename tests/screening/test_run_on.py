"""A resume whose line breaks all became spaces (a form's text box, a spreadsheet cell) is read as lines again."""

from __future__ import annotations

from datetime import date

from ats.screening.analyse import analyse
from ats.screening.run_on import RUN_ON_CHARS, mark_run_on_breaks

RUN_ON = (
    "PAYROLL SPECIALIST Summary Payroll specialist with eight years of multi-state payroll for manufacturing "
    "firms. Known for accurate and timely pay runs and clear answers to employees. Highlights ADP Workforce Now "
    "Kronos Excel Strong Communication Skills Experience Payroll Specialist Mar 2016 to Current Acme Tools - "
    "Dayton , OH Process biweekly payroll for 900 employees across six states. Reconcile payroll accounts and "
    "prepare quarterly tax filings. Train new hires on the time clock and answer their pay questions. Work with "
    "benefits vendors on deductions and garnishments. Payroll Clerk Jun 2012 to Feb 2016 Beta Foods - Dayton , "
    "OH Entered timesheets for three plants and resolved pay discrepancies. Filed new hire reports with the "
    "state. Kept employee records up to date and answered pay questions at the plant offices every week. "
    "Education Associate of Applied Science , Accounting 2012 Sinclair "
    "Community College - Dayton , OH Skills ADP, Kronos, payroll, reconciliation, garnishments, tax filings, Excel"
)


def test_a_run_on_resume_is_read_by_its_dates_headings_and_sentences() -> None:
    assert len(RUN_ON) > RUN_ON_CHARS and "\n" not in RUN_ON
    a = analyse(RUN_ON, as_of=date(2020, 6, 1))
    assert a.headline == "PAYROLL SPECIALIST"
    assert [(r.title, r.start, r.end) for r in a.roles] == [
        ("Payroll Specialist", date(2016, 3, 1), date(2020, 6, 1)),
        ("Payroll Clerk", date(2012, 6, 1), date(2016, 2, 1)),
    ]
    assert {"summary", "experience", "education", "skills"} <= set(a.sections)
    assert a.highest_education == "associate"
    for role in a.roles:  # offsets index the text given: a break took a space's place
        assert RUN_ON[role.evidence.start : role.evidence.end] == role.evidence.text


def test_breaks_go_where_lines_ended_and_nowhere_else() -> None:
    lines = mark_run_on_breaks(RUN_ON).split("\n")
    assert len(mark_run_on_breaks(RUN_ON)) == len(RUN_ON)
    assert lines[:3] == [
        "PAYROLL SPECIALIST",
        "Summary",
        "Payroll specialist with eight years of multi-state payroll for manufacturing firms.",
    ]
    assert "Mar 2016 to Current" in lines and "Highlights" in lines
    # a title-case word after another is part of a phrase, not a heading
    assert "ADP Workforce Now Kronos Excel Strong Communication Skills" in lines


def test_lines_a_page_could_hold_are_left_alone() -> None:
    text = "Summary Payroll specialist. Experience Payroll Clerk Jun 2012 to Feb 2016 Entered timesheets."
    assert mark_run_on_breaks(text) == text
    assert mark_run_on_breaks("Payroll specialist.\n" * 100) == "Payroll specialist.\n" * 100


def test_a_heading_word_or_abbreviation_before_a_title_stays_with_it() -> None:
    """'Software' heads a list of tools and 'Projects' a list of projects, but 'Software Engineer' and 'Projects
    Manager' just before a dated entry are titles; the work history's own heading still heads it. A full stop
    after an abbreviation ('Sr.', 'e.g.') ends no sentence."""
    filler = "Built and supported reporting tools for the finance team. " * 20
    text = (
        f"Summary {filler}Experience Designer / Technical Designer Jan 2013 to Aug 2015 Acme - Austin , TX "
        f"{filler}Coached juniors on the principles of software development. Software Engineer Nov 2008 to Apr "
        f"2011 Beta - Austin , TX {filler}Ran the site in Basra. Projects Manager Nov 2002 to Aug 2005 Gamma "
        f"{filler}Closed the books e.g. each month. Sr. Accountant Jan 2000 to Oct 2002 Delta {filler}"
        "Skills Software Excel Tableau Jira"
    )
    lines = mark_run_on_breaks(text).split("\n")
    assert "Software Engineer" in lines and "Projects Manager" in lines
    assert "Experience" in lines and "Designer / Technical Designer" in lines
    a = analyse(text, as_of=date(2020, 6, 1))
    assert [r.title for r in a.roles] == [
        "Designer / Technical Designer",
        "Software Engineer",
        "Projects Manager",
        "Sr. Accountant",  # no sentence ends at an abbreviation's full stop
    ]
    assert "Closed the books e.g. each month." in lines
