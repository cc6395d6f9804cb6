"""O*NET occupations: job titles resolved to occupations, a posting's own and related occupations, and
which past roles count in full, in part or not at all."""

from __future__ import annotations

from datetime import date

import pytest

from ats.screening.analyse import analyse
from ats.screening.occupation_similarity import find_occupations, resolve_posting, signature_words
from ats.screening.occupations import RELATED_MAX, best_codes, normalise_title, resolve_title
from ats.screening.requirements import Requirements
from ats.screening.role_kinds import job_occupations, kind_of_title, with_specialisations
from ats.screening.title_lists import TitleMatcher

CSR, CHEFS, ACCOUNTANTS, TEACHERS_ELEM = "43-4051.00", "35-1011.00", "13-2011.00", "25-2021.00"


def codes(title: str) -> frozenset[str]:
    return best_codes(resolve_title(title))


@pytest.mark.parametrize(
    "title,code",
    [
        ("Customer Service Representative", CSR),
        ("Sr. Cust. Svc Rep II", CSR),
        ("CSR", CSR),
        ("Customer Service Representactive", CSR),  # a typo still finds the title
        ("Executive Chef", CHEFS),
        ("Senior Banquet Chef", CHEFS),
        ("Staff Accountant", ACCOUNTANTS),
        ("Accountant II", ACCOUNTANTS),
        ("Aircraft Maintenance Technician", "49-3011.00"),
        ("Elementary School Teacher", TEACHERS_ELEM),
    ],
)
def test_titles_resolve_to_their_occupation(title: str, code: str) -> None:
    assert code in codes(title)


def test_shared_alternate_titles_go_to_the_occupation_whose_name_they_echo() -> None:
    # "Customer Service Representative" is listed under three occupations; it is the CSR's own name
    assert codes("Customer Service Representative") == {CSR}


@pytest.mark.parametrize(
    "title", ["Manager", "Consultant", "Target", "Presence", "Company Name", "Skill Highlights", ""]
)
def test_generic_and_unknown_words_name_no_occupation(title: str) -> None:
    assert resolve_title(title) == ()


def test_titles_are_head_final_when_a_modifier_is_unknown() -> None:
    found = dict(resolve_title("Pre-Service Teacher"))
    assert found and all(0 < conf < 1 for conf in found.values())
    assert any(code.startswith("25-") for code in found)


def test_normalising_drops_rank_and_expands_abbreviations() -> None:
    assert normalise_title("Sr. Cust. Svc Rep II (contract)") == "customer service representative"
    assert normalise_title("HR Generalist") == "human resource generalist"


@pytest.mark.parametrize(
    "short, spelled",
    [
        ("Seasonal Dept Manager", "Department Manager"),
        ("Mktg Manager", "Marketing Manager"),
        ("VP of Sales", "Vice President of Sales"),
        ("CFO", "Chief Financial Officer"),
        ("Sw Engineer", "Software Engineer"),
        ("Mfg Engineer", "Manufacturing Engineer"),
        ("Acctg Clerk", "Accounting Clerk"),
        ("PR Specialist", "Public Relations Specialist"),
        ("QA Manager", "Quality Assurance Manager"),
        ("Admin Asst", "Administrative Assistant"),
        ("Systems Admin", "Systems Administrator"),
        ("Acct Exec", "Account Executive"),
        ("Sr. Acct", "Accountant"),
    ],
)
def test_an_abbreviated_title_names_the_work_its_spelled_out_form_names(short: str, spelled: str) -> None:
    assert codes(spelled)
    assert codes(short) == codes(spelled)


def test_a_lead_before_another_rank_is_seniority() -> None:
    assert codes("Shoe Dept. Lead Supervisor") == codes("Shoe Department Supervisor") == {"41-1011.00"}
    assert codes("Head Chef") == {"35-1011.00"}  # before the work itself, the word stays


def test_the_words_after_to_say_whom_the_post_serves() -> None:
    assert codes("Executive Assistant to the CEO") == codes("Executive Assistant")
    assert codes("Administrative Assistant to Chief Nursing Officer") == codes("Administrative Assistant")
    assert resolve_title("Assistant to the CFO") == ()  # an assistant, of no one line of work
    assert "41-9091.00" in codes("Door to Door Sales Representative")  # an O*NET title holding 'to' stays whole


def test_a_weak_near_match_does_not_stop_the_search_for_a_shorter_title() -> None:
    # the whole title is a weak match to 'sales account manager' titles; its head 'Account Manager' is exact
    assert "11-2022.00" in codes("Regional Account Manager")  # Sales Managers
    assert "41-4012.00" in codes("Digital Media Sales Consultant")  # wholesale sales representatives


def test_a_lone_rank_noun_left_after_the_modifiers_names_no_occupation() -> None:
    assert resolve_title("Professional Healthcare Representative") == ()


def test_two_posts_held_at_once_name_both_occupations() -> None:
    both = codes("Lead Bartender & Store Trainer")
    assert "35-3011.00" in both and "13-1151.00" in both  # Bartenders, Training and Development Specialists
    assert "53-2021.00" in codes("Charter Sales Rep and Flight Dispatcher")  # the second post counts too
    assert any(c.startswith("41-") for c in codes("Charter Sales Rep and Flight Dispatcher"))


def test_pieces_without_a_head_noun_share_the_last_one() -> None:
    # a marketing assistant and an export assistant, not 'Marketing' (no post) and an export assistant
    both = codes("Marketing and Export Assistant")
    assert "11-2021.00" in both and "43-5011.01" in both  # Marketing Managers, Freight Forwarders
    assert {"11-2021.00", "11-2022.00"} <= codes("Sales and Marketing Manager")


def test_a_title_with_and_in_its_name_stays_one_title() -> None:
    found = dict(resolve_title("Research and Development Manager"))  # an O*NET title as a whole
    assert "11-9121.00" in found and all(code.startswith("11-") for code in found)  # managers, not two posts


@pytest.mark.parametrize(
    "title,text,primary",
    [
        ("Customer Care Representative", "Answer customer calls and emails", CSR),
        ("Executive Chef", "Plan menus and lead the kitchen", CHEFS),
        ("IT Manager", "Lead the help desk and manage servers and networks", "11-3021.00"),
        ("Construction Project Manager", "Run construction sites and subcontractors", "11-9021.00"),
        # 'Data Analyst' is a reported title of Survey Researchers and an alternate one of BI analysts
        ("Data Analyst", "Build dashboards in Tableau, write SQL queries and define KPIs", "15-2051.01"),
        # no O*NET title is 'UX Designer' (only like 'Industrial Designer'): the words decide
        ("UX Designer", "Design wireframes and prototypes in Figma, run usability tests", "15-1255.00"),
    ],
)
def test_a_posting_gets_one_primary_occupation(title: str, text: str, primary: str) -> None:
    choice = resolve_posting(title, text)
    assert choice.primary == primary
    assert 0 < len(choice.related) <= 4 and primary not in choice.related


def test_a_posting_that_describes_a_specialisation_gets_it() -> None:
    # O*NET files "Digital Marketing Specialist" under Marketing Specialists (13-1161.00); paid search and SEO
    # are its specialisation, Search Marketing Strategists (13-1161.01), and the broad one becomes related
    digital = resolve_posting(
        "Digital Marketing Specialist",
        "Run paid search and paid social campaigns on Google Ads. Improve search engine optimisation (SEO) of "
        "our website. Manage our social media accounts and email marketing campaigns.",
    )
    assert digital.primary == "13-1161.01" and "13-1161.00" in digital.related
    # a finance manager's posting reads as the broad Financial Managers, not Treasurers and Controllers
    finance = resolve_posting("Finance Manager", "Lead budgeting, forecasting and financial reporting for the group")
    assert finance.primary == "11-3031.00"


def test_generic_work_is_not_related_to_everything() -> None:
    related = resolve_posting("Construction Project Manager", "Run construction sites").related
    assert "11-1021.00" not in related  # General and Operations Managers
    assert "47-1011.00" in related  # First-Line Supervisors of Construction Trades


def test_signature_words_mark_an_occupations_titles() -> None:
    assert "construction" in signature_words("11-9021.00")
    assert "chef" in signature_words(CHEFS)
    assert "customer" in signature_words(CSR)


def test_an_institution_word_marks_no_field() -> None:
    # 'center' stands in call-centre titles only beside 'call'; alone it is a data centre or a work centre
    assert signature_words("41-9041.00") == {"call", "telemarketer"}  # Telemarketers
    assert kind_for("Call Centre Agent", "Avionics Work Center Supervisor", occupation="41-9041.00") is None
    assert kind_for("Call Centre Agent", "Call Center Team Lead", occupation="41-9041.00") is not None


def test_recruiters_search_by_title_or_words() -> None:
    assert find_occupations("call center agent", 5)
    assert CSR in find_occupations("customer service representative", 3)


def kind_for(job_title: str, role_title: str, **req) -> str | None:
    job = job_occupations(Requirements(title=job_title, **req))
    return kind_of_title(role_title, tuple(sorted(codes(role_title))), job)


@pytest.mark.parametrize(
    "role",
    [
        "Customer Service Representative",
        "Bilingual Customer Service Rep",
        "Customer Care Associate",
        "Customer Service Manager",
    ],
)
def test_customer_service_roles_count_in_full_for_a_customer_service_job(role: str) -> None:
    assert kind_for("Customer Service Representative", role) == "own"


@pytest.mark.parametrize(
    "role", ["Registered Nurse", "Software Developer", "Forklift Operator", "Accountant", "Warehouse Associate"]
)
def test_unrelated_roles_do_not_count_for_a_customer_service_job(role: str) -> None:
    assert kind_for("Customer Service Representative", role) is None


def test_sales_associates_are_not_the_customer_service_occupation() -> None:
    # the issue: expanding CSR into sales gave sales associates full experience points
    assert kind_for("Customer Service Representative", "Sales Associate") != "own"


def test_same_profession_under_another_specialty_is_related() -> None:
    assert kind_for("Elementary School Teacher", "Substitute Teacher") == "related"
    assert kind_for("Elementary School Teacher", "4th Grade Teacher") in ("own", "related")
    assert kind_for("Executive Chef", "Sous Chef") == "own"
    assert kind_for("Executive Chef", "Line Cook") == "related"


def test_construction_field_roles_are_related_to_construction_management() -> None:
    assert kind_for("Construction Project Manager", "Construction Worker") == "related"
    assert kind_for("Construction Project Manager", "General Manager") is None


def test_the_recruiters_own_titles_count_as_they_say() -> None:
    assert kind_for("Customer Service Representative", "Game Master", occupation_titles=("Game Master",)) == "own"
    assert kind_for("Customer Service Representative", "Barista", related_titles=("Barista",)) == "related"


def test_the_postings_own_title_counts_in_full_where_onet_files_it_elsewhere() -> None:
    """The posting resolves 'Project Manager' by its duties to Project Management Specialists, while the
    title alone is filed under Architectural and Engineering Managers: a role with the post's own name is
    the post's work, with a rank or a field before it."""
    specialists = "13-1082.00"
    assert specialists not in codes("Project Manager")
    assert kind_for("Project Manager", "Project Manager", occupation=specialists) == "own"
    assert kind_for("Project Manager", "Senior Project Manager", occupation=specialists) == "own"
    assert kind_for("Project Manager", "Construction Project Manager", occupation=specialists) == "own"
    assert kind_for("Project Manager", "Program Manager", occupation=specialists) != "own"


def test_a_line_of_work_counts_the_workers_title_in_full() -> None:
    # the posting's "experience in media buying" and "as a lab technician" name work O*NET files elsewhere
    assert kind_for("Digital Marketing Specialist", "Media Buyer") is None
    assert kind_for("Digital Marketing Specialist", "Media Buyer", occupation_titles=("media buying",)) == "own"
    assert kind_for("Engineering Technician", "Senior Lab Technician", occupation_titles=("lab technician",)) == "own"
    # one listed word must be the whole title but its rank
    matcher = TitleMatcher(("telemarketing", "Server"))
    assert matcher.matches("Telemarketer") and matcher.matches("Telemarketing Manager")
    assert not matcher.matches("Telemarketing Software Engineer")
    assert matcher.matches("Lead Server") and not matcher.matches("Server Administrator")
    # a line of work of a field and a generic kind of work also names the field's own titles
    lines = TitleMatcher(("social media marketing", "digital marketing"))
    assert lines.matches("Public Relations & Social Media Manager") and lines.matches("Social Media Coordinator")
    assert not lines.matches("Digital Media Consultant") and not lines.matches("Marketing Manager")


def test_a_field_made_of_the_words_of_the_jobs_own_fields_is_related_work() -> None:
    """Search Marketing Strategists' fields are 'paid search', 'social media', 'digital media planner' and
    the like: a paid media specialist or a media planner does work next to them, which O*NET files with
    librarians and public relations."""
    search = "13-1161.01"
    assert kind_for("Digital Marketing Specialist", "Paid Media Specialist", occupation=search) == "related"
    assert kind_for("Digital Marketing Specialist", "Senior Associate Media Planner", occupation=search) == "related"
    # one word of a field is not enough, nor a word the fields lack, nor one word said twice
    assert kind_for("Digital Marketing Specialist", "Media Specialist", occupation=search) is None
    assert kind_for("Digital Marketing Specialist", "Digital Media Sales Consultant", occupation=search) is None
    assert kind_for("Customer Service Representative", "Service / Service Manager") is None


def test_a_stored_occupation_wins_over_the_title() -> None:
    assert kind_for("Specialist", "Executive Chef", occupation=CHEFS) == "own"


def test_words_after_a_title_are_dropped_trusting_it_less() -> None:
    found = dict(resolve_title("Cashier Zaxbys"))  # the employer written after the title
    assert "41-2011.00" in found and found["41-2011.00"] < 1.0
    assert "29-2061.00" in codes("Licensed Practical Nurse- Step-down Unit")  # the unit after the title
    assert resolve_title("Extra-Curricular Activities") == ()  # 'Extra' ends too few titles to be a head
    assert resolve_title("Dean's List All Semesters") == ()  # a possessive is no title's end


def _account_manager(duties: str) -> tuple[str, ...]:
    text = f"Experience\nAccount Manager\nJan 2015 - Dec 2019\n{duties}\n"
    return analyse(text, as_of=date(2021, 1, 1)).roles[0].occupations


def test_a_title_of_several_kinds_of_work_is_read_by_the_roles_own_lines() -> None:
    # O*NET lists 'Account Manager' under sales, fundraising and financial managers, and sales representatives
    selling = _account_manager(
        "Sold advertising packages to new clients and grew territory sales by 20%.\n"
        "Prospected leads, negotiated contracts and closed deals with business customers."
    )
    assert any(c.startswith("41-") for c in selling) and "11-3031.00" not in selling
    finance = _account_manager(
        "Prepared financial statements, budgets and cash flow forecasts for the firm.\n"
        "Managed investment accounts, reconciled ledgers and reported to the chief financial officer."
    )
    assert "11-3031.00" in finance and not any(c.startswith("41-") for c in finance)
    assert set(selling) | set(finance) <= set(codes("Account Manager"))  # narrowed, never another reading


def test_a_close_title_with_a_rank_the_role_lacks_is_other_work() -> None:
    # 'Auto Mechanic Supervisor' shares every word of 'Auto Mechanic' but one: the rank
    assert "49-1011.00" not in codes("Auto Mechanic")  # First-Line Supervisors of Mechanics


def test_two_posts_joined_by_a_slash_each_name_their_work() -> None:
    # 'Finance Manager' matches less surely than 'Operations Manager': it used to fall out of the tie
    assert {"11-3031.00", "11-1021.00"} <= codes("Finance Manager/ Operations Manager")
    assert {"43-3071.00", "43-4051.00"} <= codes("Teller/Customer Service Representative")
    assert codes("Owner/Operator") == codes("Operator")  # a piece that names nothing adds nothing


def test_a_specialisation_of_the_jobs_occupation_is_the_occupation() -> None:
    # O*NET's Treasurers and Controllers (11-3031.01) are Financial Managers (11-3031) in the SOC
    assert "11-3031.01" in codes("Controller")
    assert kind_for("Finance Manager", "Controller") == "own"
    assert kind_for("Staff Accountant", "Controller") == "related"  # Financial Managers are related work


def test_the_specialisations_of_an_all_other_occupation_are_separate_work() -> None:
    assert with_specialisations(frozenset({"11-3031.00"})) >= {"11-3031.01", "11-3031.03"}
    # 'Computer Occupations, All Other' gathers unlike work: Web Administrators, GIS technologists...
    assert with_specialisations(frozenset({"15-1299.00"})) == {"15-1299.00"}


def test_the_other_occupations_a_posting_title_names_are_related_first() -> None:
    named = codes("Engineering Technician")  # civil, electrical, mechanical, industrial ... technicians
    assert len(named) >= 5
    choice = resolve_posting("Engineering Technician", "Build prototypes and run product tests in the lab")
    assert choice.primary in named
    assert named - {choice.primary} <= set(choice.related)
    assert len(choice.related) <= RELATED_MAX
    # one code named: the related ones are the closest, at most four
    assert len(resolve_posting("Executive Chef", "Plan menus and lead the kitchen").related) <= 4


def test_a_title_that_is_the_core_of_one_occupations_titles_names_it() -> None:
    # no O*NET title reads 'Engineering Manager'; twenty of Architectural and Engineering Managers hold both
    # words ('Civil Engineering Manager', 'Engineering Design Manager'), where the nearest two-word title
    # was 'Engineering Technician'
    assert codes("Engineering Manager") == {"11-9041.00"}
    assert dict(resolve_title("Engineering Manager"))["11-9041.00"] < 1.0  # less sure than an exact title
    assert codes("Customer Service Representative") == {CSR}  # an exact title is read as before


def test_a_reported_title_that_names_another_occupations_work_is_not_the_jobs_field() -> None:
    # New Accounts Clerks report "Customer Service Specialist" as a title, but customer service is the work of
    # Customer Service Representatives (43-4051): a call-centre agent is not a personal banker
    job = job_occupations(Requirements(title="Personal Banker", occupation="43-4141.00"))
    assert "customer service" not in job.own_fields
    assert {"personal banker", "universal banker", "new account"} <= job.own_fields
    assert kind_for("Personal Banker", "Customer Service Representative", occupation="43-4141.00") is None
    assert kind_for("Personal Banker", "Universal Banker", occupation="43-4141.00") == "own"
    # O*NET files "Customer Service Specialist" under New Accounts Clerks too: for a banker it is related work
    assert "43-4141.00" in codes("Customer Service Specialist")
    assert kind_for("Personal Banker", "Customer Service Specialist", occupation="43-4141.00") == "related"
    assert kind_for("Customer Service Rep", "Customer Service Specialist", occupation="43-4051.00") == "own"
    # a title of parts is own work when a part O*NET files there names it
    assert kind_for("Personal Banker", "Front Desk/Customer Service Specialist", occupation="43-4141.00") == "related"
    assert kind_for("Personal Banker", "Teller / Personal Banker", occupation="43-4141.00") == "own"
    # the job's own occupation keeps its own name's field
    assert "customer service" in job_occupations(Requirements(title="CSR", occupation="43-4051.00")).own_fields


def test_a_field_that_other_occupations_mostly_hold_is_not_the_jobs_own() -> None:
    # Computer User Support Specialists report "Information Technology Specialist", but most reported titles of
    # that field ("Information Technology Manager", "... Director", "... Analyst") are other occupations' work:
    # an IT manager's years are not an IT support job's own
    job = job_occupations(Requirements(title="IT Support Specialist", occupation="15-1232.00"))
    assert "information technology" not in job.own_fields
    assert {"help desk", "desktop support", "technical support"} <= job.own_fields
    assert kind_for("IT Support Specialist", "Information Technology Manager", occupation="15-1232.00") != "own"
    assert kind_for("IT Support Specialist", "Information Technology Specialist", occupation="15-1232.00") == "own"
    assert kind_for("IT Support Specialist", "Help Desk Technician", occupation="15-1232.00") == "own"
    # nor the related field of a software developer job: IT in general is no nearer to it than other work
    related = ("15-1253.00", "15-1299.08", "15-1254.00", "15-1241.00")  # QA, systems engineers, web, networks
    dev = job_occupations(Requirements("Software Developer", occupation="15-1252.00", related_occupations=related))
    assert "information technology" not in dev.rel_fields
    assert "information technology architect" in dev.rel_fields
    # a field its titles mostly name stays: the work of bookkeepers
    books = job_occupations(Requirements(title="Bookkeeper", occupation="43-3031.00"))
    assert {"bookkeeper", "account payable"} <= books.own_fields


def test_a_field_only_managers_titles_give_is_own_work_for_a_post_that_manages_it() -> None:
    """O*NET gives Computer and Information Systems Managers the field 'information systems' only through managers'
    titles ("Information Systems Manager", "Director of Information Systems"): an information systems specialist
    works in that field beside the manager, so for an IT manager job those years are related work, not its own.
    A field the occupation's titles also give without a managing rank ('customer service' of "Customer Service
    Representative") still counts every rank, and so does the field of the posting's own title."""
    it = "11-3021.00"
    job = job_occupations(Requirements(title="Technology Manager", occupation=it))
    assert "information system" in job.managing_fields
    for role in ("Information Systems", "Computer Information Systems Specialist II", "Information Systems Intern"):
        assert kind_for("Technology Manager", role, occupation=it) == "related", role
    for role in ("Information Systems Manager", "Director of Information Systems", "Information Systems Team Lead"):
        assert kind_for("Technology Manager", role, occupation=it) == "own", role
    # the field of the posting's own title counts at every rank (the "IT" of an "IT Manager" posting)
    assert kind_for("IT Manager", "IT Specialist", occupation=it) == "own"
    # the finance manager's "Financial Planning Manager" makes no analyst a finance manager
    assert kind_for("Finance Manager", "Financial Planning Analyst", occupation="11-3031.00") == "related"
    # the retail supervisor's "Delicatessen Manager" makes no deli clerk a store manager
    retail = "41-1011.00"
    assert kind_for("Store Manager", "Delicatessen", occupation=retail) == "related"
    assert kind_for("Store Manager", "Delicatessen Manager", occupation=retail) == "own"
    # a field given by titles of every rank is untouched
    assert not job_occupations(Requirements(title="Customer Service Representative")).managing_fields
    assert kind_for("Customer Service Representative", "Customer Service Associate") == "own"
