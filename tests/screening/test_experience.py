"""Dates, roles, merged years, relevant years, stated years and tiers."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings

from ats.screening.dates import find_date_ranges
from ats.screening.experience import find_stated_years, tier_for, years_of
from ats.screening.results import Evidence, ExperienceTier, Role
from ats.screening.roles import employer_spans, find_roles
from ats.screening.title_likeness import MIN_TITLE_SCORE, title_score
from tests.screening.strategies import TEXT

AS_OF = date(2024, 6, 30)


@pytest.mark.parametrize(
    "text,start,end,current",
    [
        ("Jan 2019 - Present", date(2019, 1, 1), AS_OF, True),
        ("January 2019 – Current", date(2019, 1, 1), AS_OF, True),
        ("03/2018 - 06/2020", date(2018, 3, 1), date(2020, 6, 1), False),
        ("2017-2019", date(2017, 1, 1), date(2019, 1, 1), False),
        ("2019 to date", date(2019, 1, 1), AS_OF, True),
        ("Summer 2021", date(2021, 6, 1), date(2021, 8, 1), False),
        ("Sept. 2018 – Aug 2019", date(2018, 9, 1), date(2019, 8, 1), False),
        ("Sept. 2018 â€“ Aug 2019", date(2018, 9, 1), date(2019, 8, 1), False),
        ("Sept. 2018 â€” Aug 2019", date(2018, 9, 1), date(2019, 8, 1), False),
        ("May 2015 — June 2016", date(2015, 5, 1), date(2016, 6, 1), False),
        ("since 2020", date(2020, 1, 1), AS_OF, True),
        ("2022-06 – present", date(2022, 6, 1), AS_OF, True),
        ("2020-09 – 2022-05", date(2020, 9, 1), date(2022, 5, 1), False),
        ("Oct '23 - Present", date(2023, 10, 1), AS_OF, True),
        ("Feb ’22 - Aug ’23", date(2022, 2, 1), date(2023, 8, 1), False),
        ("05.2023 – present", date(2023, 5, 1), AS_OF, True),
        ("2018/03 - 2020/11", date(2018, 3, 1), date(2020, 11, 1), False),
        ("Sept 2020 – Now", date(2020, 9, 1), AS_OF, True),
        ("Jun. '21 to present", date(2021, 6, 1), AS_OF, True),
        # whole dates, day and all, as Indian, European and US resumes write them
        ("15 March 2014 – 30 September 2016", date(2014, 3, 1), date(2016, 9, 1), False),
        ("1st Mar 2014 to 30th Sept 2016", date(2014, 3, 1), date(2016, 9, 1), False),
        ("15-Mar-2014 to 30-Sep-2016", date(2014, 3, 1), date(2016, 9, 1), False),
        ("March 15, 2014 - September 30, 2016", date(2014, 3, 1), date(2016, 9, 1), False),
        ("14.03.2014 – 30.09.2016", date(2014, 3, 1), date(2016, 9, 1), False),
        ("01.02.2015 - 03.04.2016", date(2015, 2, 1), date(2016, 4, 1), False),
        ("14/03/2014 - 30/09/2016", date(2014, 3, 1), date(2016, 9, 1), False),
        ("03/15/2014 - 09/30/2016", date(2014, 3, 1), date(2016, 9, 1), False),
        ("12/01/2015 - 11/30/2016", date(2015, 12, 1), date(2016, 11, 1), False),
        ("2014-03-15 to 2016-09-30", date(2014, 3, 1), date(2016, 9, 1), False),
        ("Sept 1st, 2015 - Present", date(2015, 9, 1), AS_OF, True),
        ("Mar-14 to Sep-16", date(2014, 3, 1), date(2016, 9, 1), False),
        ("Mar-2014 to Sep-2016", date(2014, 3, 1), date(2016, 9, 1), False),
        ("June 2018 - Onwards", date(2018, 6, 1), AS_OF, True),
        ("June 2018 onwards", date(2018, 6, 1), AS_OF, True),
        ("Jan 2015 | Dec 2017", date(2015, 1, 1), date(2017, 12, 1), False),  # a DOCX table's From | To cells
        ("Aug 2012 Â Oct 2013", date(2012, 8, 1), date(2013, 10, 1), False),  # a dash a PDF left as "Â"
        ("2015 - 2015", date(2015, 1, 1), date(2015, 7, 1), False),  # part of one year: half of it, not nothing
    ],
)
def test_date_range_forms(text: str, start: date, end: date, current: bool) -> None:
    found = find_date_ranges(f"Agent, Acme, {text}", AS_OF)
    assert [(f[2], f[3], f[4]) for f in found] == [(start, end, current)]


def test_future_end_is_clipped_and_phone_numbers_are_not_dates() -> None:
    assert find_date_ranges("Call 555-2019-2020 now", AS_OF) == []
    ((_, _, _, end, current),) = find_date_ranges("Agent 2023 - 2026", AS_OF)
    assert end == AS_OF and current


def test_roles_title_and_employer_in_common_layouts() -> None:
    text = (
        "Customer Service Representative | Acme Corp | Jan 2019 - Present\n"
        "Call Center Agent, Beta LLC\nJanuary 2017 – Dec 2018\n"
        "Gamma Stores — Sales Associate (03/2015 - 06/2016)\n"
    )
    roles = find_roles(text, AS_OF)
    assert [(r.title, r.employer) for r in roles] == [
        ("Customer Service Representative", "Acme Corp"),
        ("Call Center Agent", "Beta LLC"),
        ("Sales Associate", "Gamma Stores"),
    ]
    assert roles[0].evidence.text == "Jan 2019 - Present"


def test_roles_with_employer_on_the_next_or_previous_line() -> None:
    text = (
        "WORK HISTORY\nCustomer Service Representative          Jan 2019 - Present\n"
        "Acme Corp, Dallas, TX\n• Answered calls\nBeta Bank\n"
        "Teller                                    2016 – 2018\n• Cash handling\n\n"
        "Jan 2014 - Dec 2015\nSales Associate, Gamma Stores\n"
    )
    assert [(r.title, r.employer) for r in find_roles(text, AS_OF)] == [
        ("Customer Service Representative", "Acme Corp"),
        ("Teller", "Beta Bank"),
        ("Sales Associate", "Gamma Stores"),
    ]


def test_table_layout_with_blank_lines_finds_title_below() -> None:
    text = (
        "Experience\n\nDates\n\nRole\n\n09/2020 – present\n\nNordstrom\n\n"
        "Customer Experience Specialist,\n\nRespond to customers on phone.\n"
    )
    (r,) = find_roles(text, AS_OF)
    assert (r.title, r.employer) == ("Customer Experience Specialist", "Nordstrom")


def test_school_years_are_not_roles() -> None:
    assert find_roles("University of Texas, 2012-2016\nBachelor of Arts, 2012 - 2016", AS_OF) == []


def test_form_like_entries_and_sentences_that_state_a_role() -> None:
    form = (
        "WORK EXPERIENCE\nCompany: Infosys Ltd\nDesignation: Software Engineer\nDuration: Jan 2015 to Dec 2017\n"
        "Organization: Wipro Technologies\nRole: Test Engineer\nPeriod: 01/06/2012 - 31/12/2014"
    )
    assert [(r.title, r.employer, r.start, r.end) for r in find_roles(form, AS_OF)] == [
        ("Software Engineer", "Infosys Ltd", date(2015, 1, 1), date(2017, 12, 1)),
        ("Test Engineer", "Wipro Technologies", date(2012, 6, 1), date(2014, 12, 1)),  # 31/12: the day comes first
    ]
    prose = (
        "Working as a Senior Accountant in ABC Pvt Ltd from June 2016 to till date.\n"
        "Worked as Accounts Executive in XYZ Ltd from May 2012 to May 2016.\n"
        "Worked as a team member in the sales group from 2009 to 2011 and learned a great deal about the business."
    )
    assert [(r.title, r.employer, r.start, r.end) for r in find_roles(prose, AS_OF)] == [
        ("Senior Accountant", "ABC Pvt Ltd", date(2016, 6, 1), AS_OF),
        ("Accounts Executive", "XYZ Ltd", date(2012, 5, 1), date(2016, 5, 1)),
    ]


def test_a_dated_career_break_is_no_role() -> None:
    text = (
        "EXPERIENCE\n2001 to 1-28-2014 I was a stay at home mom.\nCareer Break, 03/2015 - 06/2017\n"
        "Sabbatical (2018 - 2019): travelled through Asia\nOffice Administrator, Acme, 09/1999 to 02/2001"
    )
    assert [(r.title, r.start, r.end) for r in find_roles(text, AS_OF)] == [
        ("Office Administrator", date(1999, 9, 1), date(2001, 2, 1))
    ]


def role(title: str, s: date, e: date, current: bool = False) -> Role:
    return Role(title, None, s, e, current, Evidence("resume", 0, 1, "x", "x"))


def test_overlapping_roles_are_merged() -> None:
    a = role("CSR", date(2018, 1, 1), date(2019, 12, 1))
    b = role("Agent", date(2019, 1, 1), date(2020, 12, 1))
    assert years_of([a, b]) == pytest.approx(3.0, abs=0.01)
    assert years_of([a]) == pytest.approx(2.0, abs=0.01)
    assert years_of([]) is None


@pytest.mark.parametrize(
    "text,years",
    [
        ("5+ years of experience in retail", 5.0),
        ("over three years of customer service experience", 3.0),
        ("I bring 2 years' experience", 2.0),
        ("worked here for years", None),
        ("Total Experience: 5 Years 3 Months", 5.25),
        ("Total IT experience of 7 years", 7.0),
        ("Work Experience: 8 Yrs", 8.0),
        ("Overall 3 years and 6 months of experience", 3.5),
        ("Experience: 2012 - 2016 at Acme for 2 years", None),
        # as job boards write it
        ("Total Experience: 5 Year(s) 3 Month(s)", 5.25),
        ("Total Experience : 5 Yrs 3 Mths", 5.25),
        ("Exp: 4.2 Yrs", 4.2),
        ("Work Experience (3 Years)", 3.0),
        ("Expected: 2 years", None),
        ("Experience (2015 - 2018)", None),
    ],
)
def test_stated_years(text: str, years: float | None) -> None:
    got = find_stated_years(text)
    assert (got[0] if got else None) == years
    if got:
        assert got[1].text in text


def test_tiers() -> None:
    tiers = [
        ExperienceTier("entry", 0, 1),
        ExperienceTier("1-3 years", 1, 3),
        ExperienceTier("supervisory", 3, None),
        ExperienceTier("managerial", 5, None),
    ]
    assert tier_for(0.5, tiers) == "entry"
    assert tier_for(2, tiers) == "1-3 years"
    assert tier_for(4, tiers) == "supervisory"
    assert tier_for(7, tiers) == "managerial"
    assert tier_for(None, tiers) is None


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_date_ranges_are_ordered_and_clipped(text: str) -> None:
    for s, e, start, end, _ in find_date_ranges(text, AS_OF):
        assert 0 <= s < e <= len(text) and start <= end <= AS_OF


def test_one_line_roles_without_title_words_use_the_line_order() -> None:
    text = (
        "Work History\n"
        "Help Desk | Acme Corp | 2022-06 – present\n"
        "- Reset passwords for staff\n"
        "Front Desk | Hilton Garden Inn | Sept 2019 – Dec 2019\n"
        "- Greeted guests\n"
        "Retail Sales | 05.2018 – 08.2019\n"
        "Target, Austin TX\n"
        "- Stocked shelves\n"
        "Barista | Oct '16 - Apr '18\n"
    )
    got = [(r.title, r.employer) for r in find_roles(text, AS_OF)]
    assert got == [
        ("Help Desk", "Acme Corp"),
        ("Front Desk", "Hilton Garden Inn"),
        ("Retail Sales", "Target"),
        ("Barista", None),
    ]


def test_organisation_first_line_still_takes_the_title_from_its_neighbour() -> None:
    got = find_roles("Bank Teller\nChase Bank | Oct '16 - Apr '18\n", AS_OF)
    assert [(r.title, r.employer) for r in got] == [("Bank Teller", "Chase Bank")]


def test_employer_spans_point_at_the_employer_name() -> None:
    text = "Cashier | Sweet Ruby's Bakery | 05.2023 – present\n- Used Ruby scripts\n"
    spans = employer_spans(text, find_roles(text, AS_OF))
    assert [text[a:b] for a, b in spans] == ["Sweet Ruby's Bakery"]


@pytest.mark.parametrize(
    "line,title,employer",
    [
        ("Front-End Developer (contract), Smith Micro | 08/2021 - 04/2022", "Front-End Developer", "Smith Micro"),
        ("Host (part-time, weekends), Jack Stack Barbecue, 2020 - 2022", "Host", "Jack Stack Barbecue"),
        ("Senior Manager, Customer Care, Grubhub | March 2019 - Present", "Senior Manager, Customer Care", "Grubhub"),
        ("Director, Acme Corp | 2019 - 2022", "Director", "Acme Corp"),
        ("Concierge, Four Seasons Hotel Boston, Sep 2020 - Jan 2022", "Concierge", "Four Seasons Hotel Boston"),
    ],
)
def test_title_qualifiers_departments_and_more_title_words(line: str, title: str, employer: str) -> None:
    roles = find_roles(f"Experience\n{line}\n", AS_OF)
    assert [(r.title, r.employer) for r in roles] == [(title, employer)]


def test_a_title_glued_to_its_employer_and_first_duty_is_read_from_the_line_head() -> None:
    text = (
        "Experience\n01/2017 to Current\n"
        "Sales Associate Acme Outfitters - Austin , TX Help customers, run the registers, throw freight, "
        "help with shelf resets and keep the floor clean.\n"
        "05/2014 to 01/2015\n"
        "Managed a busy front desk and answered phones for three doctors, scheduled patients and kept records.\n"
    )
    titles = [r.title for r in find_roles(text, AS_OF)]
    assert titles[0].startswith("Sales Associate") and len(titles[0].split()) <= 5
    assert titles[1] == ""  # a duty sentence gives no title: its head names no job


def test_a_title_after_the_employer_and_place_at_the_head_of_a_duty_line_is_read() -> None:
    text = (
        "Experience\nAugust 2008\nto\nJanuary 2012\n"
        "Company Name City , State Agriculture Teacher Served as high school agriculture teacher, FFA Advisor, "
        "facility manager, counselor and mentor.\n"
    )
    roles = find_roles(text, AS_OF)
    assert [r.title for r in roles] == ["Agriculture Teacher"]
    assert "25-2032.00" in roles[0].occupations  # Career/Technical Education Teachers, Secondary School


def test_a_post_ending_in_a_title_word_is_a_title_though_it_names_a_center() -> None:
    text = "Experience\nAvionics Work Center Supervisor\nJuly 2008 to July 2011 Company Name - City , State\n"
    assert [r.title for r in find_roles(text, AS_OF)] == ["Avionics Work Center Supervisor"]
    text = "Experience\nCommunity Health Center\nJuly 2008 to July 2011\nSenior Accountant\n"
    assert [r.title for r in find_roles(text, AS_OF)] == ["Senior Accountant"]  # a place is still no post


def test_a_duty_that_opens_with_a_past_tense_verb_is_no_title() -> None:
    text = "Experience\nCreated dynamic financial models\n2007 to 2012\nConfigured routers\n2013 to 2014\n"
    assert [r.title for r in find_roles(text, AS_OF)] == ["", ""]
    text = "Experience\nCertified Teacher\n2007 to 2012\nManaged Care Claims Auditor\n2013 to 2014\n"
    assert [r.title for r in find_roles(text, AS_OF)] == ["Certified Teacher", "Managed Care Claims Auditor"]


def test_a_name_ending_in_an_institution_is_no_title() -> None:
    # 'Elementary School' is an O*NET title of teachers, but 'Turner Elementary School' is a school
    assert title_score("Turner Elementary School") < MIN_TITLE_SCORE
    assert title_score("Elementary School Teacher") > MIN_TITLE_SCORE
    assert title_score("Customer Services") > MIN_TITLE_SCORE  # a department's name stays a title


@pytest.mark.parametrize(
    "title_line",
    [
        "Vice President and Director of Human Resources and Administration",  # nine words, two posts
        "Marketing Coordinator/Administrative Assistant/Budget and Grants Specialist",  # over 70 characters
        "Strength and Conditioning Trainer and Assistant Coach of Swimming",
        "Senior Engineer II (Managed Process Engineering and Automation Groups)",  # a long qualifier
        "Rifle Platoon Leader",
        "Science Department Chair",
    ],
)
def test_a_long_title_of_several_posts_or_a_leader_is_still_the_role_title(title_line: str) -> None:
    text = f"Experience\n{title_line}\nMarch 2011 to April 2014 Company Name - City , State\nRan the team.\n"
    (role,) = find_roles(text, AS_OF)
    assert role.title == title_line.split(" (")[0]


def test_a_long_piece_is_scored_by_its_posts_but_a_sentence_or_a_list_of_many_is_not() -> None:
    two_posts = "Vice President and Director of Human Resources and Administration"
    assert title_score(two_posts) > MIN_TITLE_SCORE
    duties = "Managed payroll and Trained new hires on the timekeeping system for two sites"
    assert title_score(duties) < MIN_TITLE_SCORE
    # a long sentence is no title, however many posts it names: by its full stop, or by its lower-case words
    sentence = "Worked beside the Store Manager and Assistant Manager on every weekly floor reset"
    assert title_score(sentence + ".") == 0.0
    assert title_score(sentence) == 0.0
    five = "Cashier / Stocker / Greeter / Baker / Driver / Host / Runner / Porter / Dishwasher"
    assert title_score(five) == 0.0  # a list of tasks or skills, not posts held at once


@pytest.mark.parametrize(
    "title_line,title",
    [
        ("Private Client Group Relationship Associate III", "Private Client Group Relationship Associate III"),
        ("Coordinator of Campus Ministry Services", "Coordinator of Campus Ministry Services"),
        ("Mechanical Engineering Co-op", "Mechanical Engineering Co-op"),
        ("Family Advocate //", "Family Advocate"),
        ("/ Assistant Pattern Maker", "Assistant Pattern Maker"),
    ],
)
def test_a_grade_an_of_phrase_a_co_op_and_stray_slashes_leave_the_post(title_line: str, title: str) -> None:
    # a grade after the post, or a department after "of", is no organisation's name; "Co-op" is no "Co."
    text = f"Experience\n{title_line}\nMarch 2011 to April 2014 Company Name - City , State\nRan the team.\n"
    assert [r.title for r in find_roles(text, AS_OF)] == [title]


def test_a_long_title_line_below_the_dates_gives_its_head_as_the_title() -> None:
    # over 90 characters with its employer and place: the head, to the first separator, is the title
    text = (
        "Professional Experience\n12/2008 to Current\n"
        "Vice President-Commercial Lending Team Manager and Agricultural Loan Officer Company Name - City , State\n"
        "Led a team of six lenders.\n"
    )
    (role,) = find_roles(text, AS_OF)
    assert role.title == "Vice President-Commercial Lending Team Manager and Agricultural Loan Officer"


def test_an_award_of_the_year_is_no_post() -> None:
    assert title_score("Teacher of the Year") < MIN_TITLE_SCORE
    assert title_score("Salesperson of the Month") < MIN_TITLE_SCORE
    assert title_score("Acme Co.") < MIN_TITLE_SCORE  # a company still


def test_a_resume_that_writes_titles_in_one_place_titles_every_role_there() -> None:
    # no list of titles knows 'Bookseller'; the resume writes its titles before the dates on the line
    text = (
        "Experience\nBookseller , 08/2016 to Current Company Name - City , State\nShelved and sold books.\n"
        "Cashier , 01/2014 to 07/2016 Company Name - City , State\nRan the till.\n"
        "Sales Associate , 01/2012 to 12/2013 Company Name - City , State\nHelped customers.\n"
    )
    roles = find_roles(text, date(2018, 1, 1))
    assert [r.title for r in roles] == ["Bookseller", "Cashier", "Sales Associate"]
    assert roles[0].occupations == ()  # titled, but it names no occupation: it counts as other work


def test_a_piece_that_is_no_name_leaves_the_role_untitled() -> None:
    text = (
        "Experience\nFrom 08/2016 to Current Company Name - City , State\nShelved and sold books.\n"
        "Cashier , 01/2014 to 07/2016 Company Name - City , State\nRan the till.\n"
        "Sales Associate , 01/2012 to 12/2013 Company Name - City , State\nHelped customers.\n"
    )
    assert [r.title for r in find_roles(text, date(2018, 1, 1))] == ["", "Cashier", "Sales Associate"]


def test_a_short_line_with_its_dates_is_still_a_role() -> None:
    """Ten words or fewer that are no sentence stay a role's line, whatever word comes before the date."""
    text = "Sales Manager since 2015\nTeam Lead, Acme, from 2012 to 2014\n"
    assert [(r.title, r.start) for r in find_roles(text, AS_OF)] == [
        ("Sales Manager", date(2015, 1, 1)),
        ("Team Lead", date(2012, 1, 1)),
    ]


@pytest.mark.parametrize("now", ["till now", "until now", "Till Today", "up to present", "till date", "to date"])
def test_the_ways_of_saying_a_role_goes_on(now: str) -> None:
    roles = find_roles(f"Experience\nJava Developer - TCS - 06/2010 to {now}\n- Wrote code\n", date(2022, 6, 1))
    assert [(r.title, r.start, r.current) for r in roles] == [("Java Developer", date(2010, 6, 1), True)]


EUROPASS = """WORK EXPERIENCE
01/09/2016 – CURRENT – Milan, Italy
SOFTWARE ENGINEER – ACME S.P.A.
Development of microservices in Java.

01/03/2013 – 31/08/2016 – Rome, Italy
JUNIOR DEVELOPER – BETA SRL
"""


def test_a_resume_keeps_one_order_of_day_and_month_and_a_duty_ends_the_role_above() -> None:
    roles = find_roles(EUROPASS, date(2022, 7, 1))
    # "31/08/2016" shows the day first, so "01/09/2016" is September; the title two lines above the second
    # dates, past a duty sentence, is the first role's
    assert [(r.title, r.employer, r.start) for r in roles] == [
        ("SOFTWARE ENGINEER", "ACME S.P.A", date(2016, 9, 1)),
        ("JUNIOR DEVELOPER", "BETA SRL", date(2013, 3, 1)),
    ]
    us = find_roles("Experience\nAnalyst, Acme, 03/01/2015 - Present\nClerk, Beta, 06/15/2012 - 02/28/2015\n", AS_OF)
    assert [r.start for r in us] == [date(2015, 3, 1), date(2012, 6, 1)]  # "06/15/2012" shows the month first
