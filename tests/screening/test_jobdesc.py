"""Job-description parsing: what 'right' means for both shared postings and headless ones."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings

from ats.screening.jobdesc import parse_job_description
from tests.screening.strategies import TEXT

KEYS = {
    "title",
    "required_skills",
    "preferred_skills",
    "experience_tiers",
    "target_tier",
    "education",
    "knockout_questions",
    "salary",
    "employment_type",
    "location",
}


@pytest.fixture(scope="module")
def specialist(specialist_text: str) -> dict:
    return parse_job_description(specialist_text).to_json_dict()


@pytest.fixture(scope="module")
def representative(representative_text: str) -> dict:
    return parse_job_description(representative_text).to_json_dict()


def test_json_shape(specialist: dict) -> None:
    assert KEYS <= specialist.keys()
    json.dumps(specialist)


def test_specialist_title_tiers_salary_type(specialist: dict) -> None:
    assert specialist["title"] == "Customer Care Specialist"
    assert specialist["experience_tiers"] == [
        {"name": "entry", "min_years": 0.0, "max_years": 1.0},
        {"name": "1-3 years", "min_years": 1.0, "max_years": 3.0},
        {"name": "supervisory", "min_years": 3.0, "max_years": None},
        {"name": "managerial", "min_years": 5.0, "max_years": None},
    ]
    # "Proven customer support experience" is asked for: target the first tier that needs years
    assert specialist["target_tier"] == "1-3 years"
    # the $36,718 average quoted later is context, not the posted range
    assert specialist["salary"] == {"min": 35000.0, "max": 60000.0, "currency": "USD", "period": "year"}
    assert specialist["employment_type"] == "full_time"
    assert specialist["location"] is None  # "[City, State]" is a placeholder
    assert specialist["remote"] is True  # "options for remote work"


def test_specialist_skills_education_knockouts(specialist: dict) -> None:
    req = set(specialist["required_skills"])
    assert {
        "CRM",
        "Active Listening",
        "Communication",
        "Multitasking",
        "Time Management",
        "Problem Solving",
        "Empathy",
        "Patience",
        "Customer Service",
        "Phone Support",
        "Presentation Skills",
        "Teamwork",
        "Prioritization",
    } <= req
    assert {"Billing", "Order Processing"} <= set(specialist["preferred_skills"])
    assert not req & set(specialist["preferred_skills"])
    assert specialist["education"] == {"minimum": "high_school", "preferred": "associate"}
    assert [k["failing_answer"] for k in specialist["knockout_questions"]] == ["no"]
    assert len(specialist["benefits"]) == 5
    assert specialist["summary"].startswith("We are looking for a Customer Care Specialist")
    assert "Process orders, returns, and exchanges for customers" in specialist["responsibilities"]
    # the intro list "Whether you are: A job seeker ..., A hiring manager ..." is prose, not duties
    assert not any(
        r.startswith(("A job seeker", "A hiring manager", "Or simply")) for r in specialist["responsibilities"]
    )
    assert "Strong phone contact handling skills and active listening" in specialist["qualifications"]
    assert specialist["occupation"] == "43-4051.00"
    # "roles such as Sales Associate, ... Retail Associate" prepare for the job: related work
    assert {"Sales Associate", "Retail Associate"} <= set(specialist["related_titles"])
    assert not {"Sales Associate", "Retail Associate"} & set(specialist["occupation_titles"])


def test_representative_posting(representative: dict) -> None:
    assert representative["title"] == "Customer Care Representative"
    assert representative["education"] == {"minimum": "high_school", "preferred": "bachelor"}
    assert {k["id"] for k in representative["knockout_questions"]} == {
        "weekends_holidays",
        "shift_work",
        "background_check",
        "drug_screening",
        "initial_training",
    }
    assert all(k["failing_answer"] == "no" for k in representative["knockout_questions"])
    assert {
        "Empathy",
        "Active Listening",
        "Communication",
        "Multitasking",
        "Organizational Skills",
        "Time Management",
        "Computer Skills",
    } <= set(representative["required_skills"])
    # "Proven call center or customer service experience preferred": one requirement met by either
    assert "Call Center or Customer Service" in representative["preferred_skills"]
    assert representative["experience_tiers"] == [] and representative["target_tier"] is None
    assert representative["salary"] is None
    assert representative["summary"].startswith("Customer service representatives, also known as")


PLAIN = (
    "We are hiring a Warehouse Associate in Dallas, TX. This is a full-time position. "
    "You will pick and pack orders and keep inventory records. Requirements: 2+ years of "
    "warehouse experience, forklift certification preferred, must be able to lift 50 lbs "
    "and be available to work weekends. A high school diploma or GED is required. "
    "Pay is $18 - $22 per hour."
)


def test_plain_paragraph_posting() -> None:
    d = parse_job_description(PLAIN).to_json_dict()
    assert d["title"] == "Warehouse Associate"
    assert d["experience_tiers"] == [{"name": "2+ years", "min_years": 2.0, "max_years": None}]
    assert d["target_tier"] == "2+ years"
    assert d["salary"] == {"min": 18.0, "max": 22.0, "currency": "USD", "period": "hour"}
    assert d["employment_type"] == "full_time" and d["location"] == "Dallas, TX"
    assert {"weekends_holidays", "lifting"} <= {k["id"] for k in d["knockout_questions"]}
    assert d["education"]["minimum"] == "high_school"
    assert "Warehouse Operations" in d["required_skills"]
    assert "Forklift Certification" in d["preferred_skills"]


BULLETS = """Junior Python Developer (Remote)

- Build REST APIs in Python and Django
- Write unit tests and review code in GitHub
- 1-2 years of software development experience
- Bachelor's degree in Computer Science preferred
- Must be authorized to work in the US; we do not offer visa sponsorship
- Salary: £30k - £38k per year
"""


def test_bullet_list_posting_without_headings() -> None:
    d = parse_job_description(BULLETS).to_json_dict()
    assert d["title"] == "Junior Python Developer"
    assert "Python" in d["required_skills"] + d["preferred_skills"]
    assert d["experience_tiers"][0]["min_years"] == 1.0
    assert d["experience_tiers"][0]["max_years"] == 2.0
    assert d["education"] == {"minimum": None, "preferred": "bachelor"}
    ko = {k["id"]: k["failing_answer"] for k in d["knockout_questions"]}
    assert ko["work_authorisation"] == "no" and ko["sponsorship"] == "yes"
    assert d["salary"] == {"min": 30000.0, "max": 38000.0, "currency": "GBP", "period": "year"}
    assert d["remote"] is True


LADDER = """Registered Nurse - Medical/Surgical Unit

Experience
- New graduate nurses (less than 1 year) are welcome through our residency program
- Experienced nurse: 1 to 5 years of acute care experience
- Senior nurse / charge nurse: 5+ years of experience
"""


def test_labelled_ladder_and_title_suffix() -> None:
    d = parse_job_description(LADDER).to_json_dict()
    assert d["experience_tiers"] == [
        {"name": "entry", "min_years": 0.0, "max_years": 1.0},
        {"name": "Experienced nurse", "min_years": 1.0, "max_years": 5.0},
        {"name": "Senior nurse / charge nurse", "min_years": 5.0, "max_years": None},
    ]
    assert d["target_tier"] == "entry"  # "new graduate nurses ... are welcome"
    assert d["occupation"] == "29-1141.00"  # Registered Nurses, matched without the unit suffix


def test_empty_posting_gives_empty_draft() -> None:
    d = parse_job_description("").to_json_dict()
    assert d["title"] == "" and d["required_skills"] == [] and d["salary"] is None


@settings(max_examples=40, deadline=None)
@given(TEXT)
def test_parse_job_description_never_crashes(text: str) -> None:
    d = parse_job_description(text).to_json_dict()
    assert isinstance(d["required_skills"], list)


def test_customer_care_posting_names_titles_and_its_occupation() -> None:
    req = parse_job_description(
        "Customer Service Representative\nExperience as a Sales Associate, Call Center "
        "Representative, Retail Associate, or any role that involves direct interaction with "
        "customers."
    ).requirements
    assert req.occupation == "43-4051.00" and req.related_occupations
    # "experience as a ..." names roles whose years the posting itself counts in full
    assert {"Sales Associate", "Call Center Representative", "Retail Associate"} <= set(req.occupation_titles)
    assert not set(req.occupation_titles) & set(req.related_titles)


def test_alternatives_exclusions_and_taught_skills() -> None:
    req = parse_job_description(
        "Bookkeeper\n\nYou will keep the books in QuickBooks, Sage or Xero and run payroll. No accounting "
        "degree required. We will train you on Gusto. Pay: $22-$26 per hour, full-time."
    ).requirements
    by_name = {s.name: s for s in req.skills}
    either = by_name["QuickBooks or Xero"]
    assert either.required and set(either.aliases) == {"QuickBooks", "Xero"}
    assert by_name["Payroll"].required  # no qualifications section: the core duties are required
    assert not by_name["Gusto Payroll"].required  # taught on the job: a plus at most
    assert "Accounting" not in by_name  # "no accounting degree required"
    assert req.employment_type == "full_time"
    assert req.salary is not None and (req.salary.min, req.salary.max, req.salary.period) == (22, 26, "hour")


def test_exclusions_name_work_that_is_not_asked_for() -> None:
    req = parse_job_description(
        "Warehouse Associate\n\nRequirements:\n- No forklift experience needed\n- Inventory management experience\n"
    ).requirements
    names = {s.name for s in req.skills}
    assert "Forklift Operation" not in names and "Inventory Management" in names


def test_the_fields_of_a_degree_are_no_skills() -> None:
    # the education component reads a degree's field; as a skill it would count the degree line twice
    req = parse_job_description(
        "Public Relations Specialist\n\nRequirements:\n"
        "- Bachelor's degree in public relations, communications, journalism or marketing\n"
        "- 3+ years of experience in media relations\n"
        "- Experience with Cision\n"
    ).requirements
    names = {n for s in req.skills for n in (s.name, *s.aliases)}
    assert "Journalism" not in names and "Marketing" not in names
    assert "Media Relations" in names  # the same words in experience asked for are a skill
    assert req.education_minimum == "bachelor"


def test_the_lines_of_work_an_experience_requirement_names_count_in_full() -> None:
    req = parse_job_description(
        "Public Relations Specialist\n\nRequirements:\n"
        "- 3+ years of experience in public relations, media relations or corporate communications\n"
        "- 2+ years of experience as an engineering, lab or test technician in a plant\n"
        "- Previous call centre, telemarketing or telesales experience of at least one year\n"
        "- 5+ years of progressive experience in finance or accounting, 2 of them managing people\n"
        "- 3+ years of graphic design experience in an agency or in-house team\n"
    ).requirements
    lines = set(req.occupation_titles)
    assert {"public relations", "media relations", "corporate communications"} <= lines
    assert {"engineering technician", "lab technician", "test technician"} <= lines  # the noun is shared
    assert {"call centre", "telemarketing", "telesales", "graphic design"} <= lines
    assert not lines & {"finance", "accounting", "agency", "in-house team", "plant"}  # broad fields, settings


def test_experience_lines_keep_to_the_work_named() -> None:
    from ats.screening.jobdesc_lines import experience_lines

    assert experience_lines(["3+ years of experience in sales or customer service"]) == ("customer service",)
    assert experience_lines(["2 years of experience as a Registered Nurse required"]) == ("Registered Nurse",)
    assert experience_lines(["Two years of experience in payroll administration is required"]) == (
        "payroll administration",
    )
    cooks = experience_lines(["1 year as a line cook, prep cook or sous chef"])
    assert cooks == ("line cook", "prep cook", "sous chef")
    assert experience_lines(["Minimum 2 years of experience in a customer-facing role"]) == ()
    assert experience_lines(["2 years of experience as a team leader or assistant manager"]) == ()  # ranks only
    assert experience_lines(["Experience in social media marketing"]) == ()  # no years asked: a skill, not a bar
    # a list that repeats its preposition: 'as a teller' is not a line of work, and no "teller banker" either
    # ('teller' alone is a word of titles in 12 occupations: too broad to count in full, like 'sales')
    banking = experience_lines(["2+ years of experience in retail banking, as a teller or personal banker"])
    assert banking == ("retail banking", "personal banker")
    assert experience_lines(["2 years as a cashier or customer service associate"]) == ("customer service associate",)


def test_a_posting_without_an_experience_line_names_no_lines() -> None:
    req = parse_job_description("Barista\n\nRequirements:\n- Friendly and reliable\n- Weekend shifts\n").requirements
    assert req.occupation_titles == ()


NO_BULLETS = """Registered Nurse (RN) - Med/Surg - Night Shift

St. Luke's Hospital is hiring experienced RNs for our 32-bed medical-surgical unit.

Qualifications
Current RN license in the state of Texas (required)
BLS and ACLS certification required
Minimum 2 years of acute care nursing experience; med/surg preferred
BSN preferred

Duties
Assess, plan and evaluate patient care for 5-6 patients per shift
Administer medications and document care in Epic
Educate patients and families on discharge plans

Pay: $42-$55/hour depending on experience. Sign-on bonus available.
"""


def test_sections_of_plain_lines_under_headings_are_read_like_bullet_lists() -> None:
    d = parse_job_description(NO_BULLETS).to_json_dict()
    assert d["duties"] == [
        "Assess, plan and evaluate patient care for 5-6 patients per shift",
        "Administer medications and document care in Epic",
        "Educate patients and families on discharge plans",
    ]
    assert d["education"] == {"minimum": None, "preferred": "bachelor"}  # "BSN preferred"
    assert {"Basic Life Support", "Advanced Cardiac Life Support"} <= set(d["required_skills"])
    assert "Hiring" not in d["required_skills"] + d["preferred_skills"]  # "the hospital is hiring" asks for nothing


DATA_ANALYST = """Senior Data Analyst

Responsibilities:
* Build dashboards in Tableau and Power BI for the finance and sales teams
* Write complex SQL queries against our Snowflake warehouse
* Partner with product managers to define KPIs and run A/B tests

Must have:
* 4+ years as a data analyst or business intelligence analyst
* Expert SQL; working knowledge of Python
"""


def test_years_as_a_role_are_a_tier_and_the_words_choose_among_the_titles_occupations() -> None:
    req = parse_job_description(DATA_ANALYST).requirements
    assert [(t.min_years, t.max_years) for t in req.experience_tiers] == [(4.0, None)]
    # 'Data Analyst' is a reported title of Survey Researchers and an alternate one of BI analysts
    assert req.occupation == "15-2051.01"


def test_a_sum_of_money_in_the_experience_line_keeps_its_tier_and_a_pay_line_gives_none() -> None:
    """'budgets over $1M' is the size of the work, not pay: the years beside it are the tier. A line
    about pay that names years ('a $2,000 bonus after 2 years') asks for no experience."""
    text = (
        "Project Manager\n\nRequirements\n"
        "- 5+ years of experience managing projects, with budgets over $1M\n"
        "- Experience with Microsoft Project\n\n"
        "Benefits\n- A $2,000 bonus after 2 years of service; experience the best team in town\n"
    )
    req = parse_job_description(text).requirements
    assert [(t.min_years, t.max_years) for t in req.experience_tiers] == [(5.0, None)]
    assert req.target_tier == req.experience_tiers[0].name


INDIAN_POSTING = """Senior Java Developer

Job Description:
We are looking for a Senior Java Developer with 5-8 years of experience to join our product engineering team.

Must have:
* Strong hands-on experience in Core Java, Spring Boot and Microservices
* Good understanding of REST web services
* Exposure to Kafka is an added advantage

Nice to have:
* Knowledge of Docker and Kubernetes
* Master's degree in computer science

Qualification: B.E / B.Tech / MCA
CTC: 18 - 24 LPA
"""

BRITISH_POSTING = """Customer Service Advisor (Part Time)

Salary: £11.50 per hour

You'll be answering inbound calls and emails from our customers and resolving queries about their orders.

Essential:
- GCSE English and Maths (grade C/4 or above)
- Confident using a PC and Microsoft Office

Desirable:
- Experience with Salesforce or a similar CRM
"""


def test_headings_that_mark_a_plus_make_their_items_preferred() -> None:
    india = parse_job_description(INDIAN_POSTING).requirements
    required = {s.name for s in india.skills if s.required}
    preferred = {s.name for s in india.skills if not s.required}
    assert {"Java", "Spring Boot", "Microservices"} <= required
    assert {"Docker", "Kubernetes", "Apache Kafka"} <= preferred  # "Nice to have:", "an added advantage"
    assert india.education_minimum == "bachelor"  # "Qualification: B.E / B.Tech / MCA"
    assert india.education_preferred == "master"  # under "Nice to have:"
    both = parse_job_description("Analyst\n\nRequired and preferred skills:\n- Excel\n- SQL\n").requirements
    assert {s.name for s in both.skills if s.required} >= {"Microsoft Excel", "SQL"}  # a heading of both is no plus
    uk = parse_job_description(BRITISH_POSTING).requirements
    assert {s.name for s in uk.skills if s.required} == {"Microsoft Office"}
    assert {"Salesforce", "CRM"} <= {s.name for s in uk.skills if not s.required}  # "Desirable:"
    assert "C" not in {s.name for s in uk.skills}  # "grade C/4" is a grade, not the C language
    assert uk.education_minimum == "high_school"  # GCSEs


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("CTC: 18 - 24 LPA", (1_800_000, 2_400_000, "INR", "year")),
        ("Salary: 6-8 lakhs per annum", (600_000, 800_000, "INR", "year")),
        ("Salary: ₹ 5,00,000 - 7,00,000 a year", (500_000, 700_000, "INR", "year")),
        ("Salary: Rs. 40,000 per month", (40_000, 40_000, "INR", "month")),
        ("Salary: 45.000 - 55.000 EUR per year", (45_000, 55_000, "EUR", "year")),
        ("Salary range $50,000 to 60,000", (50_000, 60_000, "USD", "year")),
        ("Pay: $19 - $23 per hour.", (19, 23, "USD", "hour")),
    ],
)
def test_pay_as_india_and_europe_write_it(line: str, expected: tuple) -> None:
    from ats.screening.jobdesc_rules import find_salary

    pay = find_salary([line])
    assert pay is not None and (pay.min, pay.max, pay.currency, pay.period) == expected
