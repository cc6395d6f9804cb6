"""Skill taxonomy and matching."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ats.screening.nlp import make_doc
from ats.screening.results import SkillDef
from ats.screening.skills import find_skills, load_taxonomy, lookup, taxonomy_stats

DATA = Path(__file__).resolve().parents[2] / "ats" / "screening" / "data" / "skills.jsonl"


def names(text: str, custom=()) -> set[str]:
    return {m.skill for m in find_skills(make_doc(text), "resume", custom)}


def test_taxonomy_records_have_required_fields_and_known_categories() -> None:
    cats = {"soft skills", "tools and software", "channels", "domain knowledge", "languages", "certifications"}
    lines = DATA.read_text(encoding="utf-8").splitlines()
    for line in lines:
        rec = json.loads(line)
        assert {"id", "label", "aliases", "category"} <= rec.keys()
        assert rec["category"] in cats
    assert 20_000 <= taxonomy_stats()["phrases"] <= 45_000  # curated, domain and O*NET tool names


@pytest.mark.parametrize(
    "name",
    [
        "CRM",
        "Salesforce Service Cloud",
        "Zendesk",
        "HubSpot",
        "Freshdesk",
        "ServiceNow",
        "Active Listening",
        "Problem Solving",
        "Multitasking",
        "Empathy",
        "Conflict Resolution",
        "Phone Etiquette",
        "Live Chat",
        "Email Support",
        "Data Entry",
        "Microsoft Office",
        "Order Processing",
        "Billing",
        "De-escalation",
        "Bilingual",
        "Spanish",
        "Time Management",
        "Communication",
        "Patience",
        "Teamwork",
        "Presentation Skills",
        "Prioritization",
        "Cross-selling",
        "Upselling",
        "Computer Skills",
        "Organizational Skills",
        "Customer Service",
    ],
)
def test_posting_skills_are_in_taxonomy(name: str) -> None:
    assert lookup(name) is not None


def test_crm_tools_count_for_crm() -> None:
    for tool in ("Zendesk", "Salesforce Service Cloud", "HubSpot", "Freshdesk", "ServiceNow"):
        found = names(f"Daily work in {tool}.")
        assert {tool, "CRM"} <= found, (tool, found)
    assert "CRM" in names("Familiarity with CRM software and CRM systems")


@pytest.mark.parametrize(
    "text,skill",
    [
        ("Strong PROBLEM-SOLVING skills", "Problem Solving"),
        ("problem solving", "Problem Solving"),
        ("e-mail support", "Email Support"),
        ("email support", "Email Support"),
        ("multi-tasking", "Multitasking"),
        ("Multitasking", "Multitasking"),
        ("handled phone, email and chat support", "Live Chat"),
        ("handled phone, email and chat support", "Phone Support"),
        ("Skilled in conflict resolutions", "Conflict Resolution"),
        ("MS Office and Microsoft Excel", "Microsoft Excel"),
    ],
)
def test_matching_is_robust_to_case_punctuation_and_plurals(text: str, skill: str) -> None:
    assert skill in names(text)


def test_ambiguous_short_aliases_need_context() -> None:
    assert not {"Go", "R"} & names("Let's go to the store. R&D budget. Excel at service.")
    assert "Microsoft Excel" not in names("Excel at customer service")
    assert {"Go", "R", "Python"} <= names("Languages: Python, Go, R, SQL")
    assert "R" in names("Statistics in R programming")


def test_names_kept_case_sensitive_are_found_as_resumes_write_them() -> None:
    found = names(
        "Database: Ms-Access, Mysql, MONGODB\nLanguages: php, Html5, Xml\nSource Control Management: SVN, GIT"
    )
    assert {"MySQL", "MongoDB", "PHP", "Git"} <= found
    # a plural of another acronym, a capitalised headline and a word in prose stay what they are
    assert "Kodak Dental Systems Kodak PRACTICEWORKS Practice management software PMS" not in names(
        "Supported three PMs on the rollout"
    )
    assert not {"Chef", "Git", "Java"} & names("EXECUTIVE CHEF\nWe git it done. JAVA HOUSE COFFEE")
    # only software is written in lower case: "dbt" is a data tool, DBT a therapy
    assert "Dialectical Behavior Therapy" not in names("Nice to have: dbt, Airflow")
    assert "Dialectical Behavior Therapy" in names("Certified in DBT and CBT")


def test_a_coined_name_written_apart_is_the_same_tool() -> None:
    found = names("Kept the books in Quick Books; built pages in Java Script on Mongo DB; MS POWER POINT")
    assert {"QuickBooks", "JavaScript", "MongoDB", "Microsoft PowerPoint"} <= found
    assert "LinkedIn" not in names("Each ticket is linked in the tracker")


def test_short_names_count_as_items_of_a_labelled_list_on_their_line() -> None:
    text = (
        "Versioning Tools: Git\n\nFrameworks: Spring 4 & Struts 2\nTools: Git, JIRA, Eclipse, putty\n\n"
        "Reporting Tools: MS Reporting Services, SAS\n❖ Languages: C, C++, PL/SQL"
    )
    assert {"Spring Framework", "Eclipse IDE", "C"} <= names(text)
    # after a label but not an item of a list: a word in a sentence
    assert "Microsoft Project" not in names("Description: Developed as a MCA Final SEM Project for\nGlobal Realtors")


def test_evidence_keeps_words_as_written_and_sentence() -> None:
    text = "Summary line.\nUsed ZENDESK daily for tickets. Other."
    m = next(m for m in find_skills(make_doc(text), "resume") if m.skill == "Zendesk")
    assert m.evidence.text == "ZENDESK"
    assert text[m.evidence.start : m.evidence.end] == "ZENDESK"
    assert m.evidence.sentence == "Used ZENDESK daily for tickets."
    assert m.evidence.source == "resume"


def test_custom_skills_with_aliases() -> None:
    custom = (SkillDef("acme-pos", "AcmePOS", ("Acme point of sale", "APOS"), "tools and software"),)
    assert "AcmePOS" in names("Five years on the acme point of sale terminal", custom)
    assert "AcmePOS" not in names("Five years on the acme point of sale terminal")


def test_onet_technology_skills_are_included() -> None:
    tax = load_taxonomy()
    assert any(s.id.startswith("onet-") for s in tax.values())
    assert "Tableau" in names("Built dashboards in Tableau and Microsoft Power BI")


@pytest.mark.parametrize(
    "text,skill",
    [
        ("Trained new hires on policies", "Training and Mentoring"),
        ("coached junior agents weekly", "Training and Mentoring"),
        ("Answered 70 calls per day", "Phone Support"),
        ("Answered questions by phone", "Phone Support"),
        ("Answered questions by phone and e-mail", "Email Support"),
        ("Lead 7 reps handling exceptions", "Leadership"),
        ("Document every interaction in Salesforce.", "Record Keeping"),
        ("Handled guest complaints at the front desk", "Complaint Resolution"),
        ("Served customers in a busy cafe", "Customer Service"),
    ],
)
def test_action_rules(text: str, skill: str) -> None:
    assert skill in names(text)


def test_action_rules_do_not_fire_on_unrelated_words() -> None:
    found = names("Trained in CPR. Lead poisoning awareness. Phone: 555-123-4567")
    assert not {"Training and Mentoring", "Leadership", "Phone Support"} & found


def test_retail_sales_is_one_domain_skill() -> None:
    assert "Retail Sales" in names("Retail Sales Associate, Macy's")


@pytest.mark.parametrize(
    "text,skill",
    [
        ("Menu planning and costing for a 120-seat restaurant", "Menu Planning"),
        ("Managed classroom behaviour with clear routines and classroom management", "Classroom Management"),
        ("Processed benefits enrollment and FMLA requests", "Benefits Administration"),
        ("Built spreadsheets in MS Excel 2016 and Word", "Microsoft Excel"),
        ("Deployed services on AWS", "Amazon Web Services"),
    ],
)
def test_domain_skills_and_short_tool_names_of_many_occupations(text: str, skill: str) -> None:
    assert skill in names(text)


@pytest.mark.parametrize(
    "text,skill",
    [
        ("Automated server builds with Ansible and Vagrant", "Ansible software"),
        ("Automated server builds with Ansible and Vagrant", "HashiCorp Vagrant"),
        ("Searched application logs in Splunk", "Splunk Enterprise"),
        ("Deployed EAR files to WebLogic 12c; code kept in SVN", "Oracle WebLogic Server"),
        ("Deployed EAR files to WebLogic 12c; code kept in SVN", "Apache Subversion SVN"),
        ("Mapped service areas in ArcMap and hosted meetings on Webex", "ESRI ArcMap"),
        ("Mapped service areas in ArcMap and hosted meetings on Webex", "Cisco Webex"),
    ],
)
def test_tools_are_found_by_the_short_names_people_write_without_the_vendor(text: str, skill: str) -> None:
    """O*NET names tools with their vendor ('HashiCorp Vagrant', 'Cisco Webex') or as '... software'."""
    assert skill in names(text)


def test_a_vendors_product_named_by_an_everyday_word_needs_the_vendor() -> None:
    """'Corel Painter' and Avid's 'audio visual editing' leave no bare 'Painter' or phrase to find."""
    found = names("House Painter, 2015 to 2018. Did audio visual editing for church services.")
    assert not {"Corel Painter", "Avid Technology audio visual editing"} & set(found)


@pytest.mark.parametrize(
    "text,not_skill",
    [
        ("Cashier at Sweet Ruby's Bakery", "Ruby"),
        ("Graduated from Travis High School", "Travis"),
        ("Delivery driver for Domino's Pizza", "IBM Domino"),
    ],
)
def test_ambiguous_tool_names_in_proper_names_are_not_skills(text: str, not_skill: str) -> None:
    assert not_skill not in names(text)


def test_ambiguous_tool_names_still_count_as_tools() -> None:
    assert {"Ruby", "Travis", "IBM Domino"} <= names("Ruby, Travis and Domino administration")


@pytest.mark.parametrize(
    "text,skill",
    [
        ("Handled complaints from walk-in customers", "Complaint Resolution"),
        ("Processed orders for 40 stores", "Order Processing"),
        ("Took phone orders", "Order Processing"),
        ("Answered calls at a busy front desk", "Phone Support"),
        ("Answered phones and greeted visitors", "Phone Support"),
        ("Escalated billing problems to the supervisor", "Escalation Management"),
        ("Escalating issues to tier 2", "Escalation Management"),
        ("Helped members by phone and email", "Email Support"),
        ("Reached customers via e-mail", "Email Support"),
    ],
)
def test_past_tense_and_verb_forms(text: str, skill: str) -> None:
    assert skill in names(text)


def test_email_word_alone_is_not_a_channel() -> None:
    assert "Email Support" not in names("Email: jane@example.com")


def test_modifiers_sharing_one_head_noun_each_name_their_skill() -> None:
    found = {
        m.skill: m.evidence.text
        for m in find_skills(make_doc("Possess interpersonal, analytical and negotiation skills."), "resume")
    }
    assert found["Problem Solving"] == "analytical"  # 'analytical skills', though 'skills' stands after another word
    assert {"Interpersonal Skills", "Negotiation"} <= set(found)
    assert "Problem Solving" in names("Excellent communication, organizational and analytical capabilities.")
    assert "Problem Solving" not in names("Analytical chemistry lab; soft skills.")  # no coordination, no head


def test_building_relationships_is_read_from_the_action_and_implies_interpersonal_skills() -> None:
    found = find_skills(make_doc("Established strong relationships with client personnel."), "resume")
    by = {m.skill: m for m in found}
    assert by["Relationship Building"].evidence.text == "Established strong relationships"
    assert by["Interpersonal Skills"].via == "Relationship Building"
    assert "Relationship Building" not in names("Reported on relationships between sales and weather.")


def test_a_kind_of_tool_heading_a_list_is_not_a_skill_and_common_words_need_a_tool_list() -> None:
    found = find_skills(make_doc("Operating Systems: Windows, Linux"), "resume")
    assert {m.skill for m in found} >= {"Microsoft Windows", "Linux"}
    assert all(m.evidence.text != "Operating Systems" for m in found)  # shown by Windows, not by the heading
    assert "Operating system" in names("Installed network operating systems for 20 offices.")
    assert "Microsoft Project" not in names("Project: Video banking tests for a bank.")
    assert "Microsoft Project" in names("Tools: Visio, Project, Excel, Jira")


def test_soft_skills_shown_by_what_was_done_and_trait_words_only_in_a_list() -> None:
    assert "Negotiation" in names("Negotiated repayment of defaulted loans within government guidelines.")
    assert "Coordination" in names("Coordinated with all transporters and suppliers for the dispatch of goods.")
    assert "Active Listening" in names("A patient listener who fully focuses on speakers.")
    assert "Creativity" in names("Strengths: Creative, Organized, Punctual, Bilingual")
    assert "Creativity" not in names("Our Creative Director approved the campaign.")


def test_each_action_rule_pairs_its_own_actions_with_its_own_objects() -> None:
    # 'managed' belongs to a rule about escalations, 'to' to another one about escalating: never mixed
    assert "Escalation Management" not in names("Analyzed data and managed territory to target physicians.")
    assert "Escalation Management" in names("Escalated unresolved issues to the duty manager.")
    assert "Escalation Management" not in names("Quickly and courteously resolved all guest problems.")
    assert "Problem Solving" in names("Quickly and courteously resolved all guest problems.")
    assert "Conflict Resolution" in names("Resolved interpersonal conflicts by listening.")


def test_hiring_is_a_skill_of_its_own_that_shows_recruiting() -> None:
    found = {m.skill: m for m in find_skills(make_doc("Interviewed, hired and trained new representatives."), "resume")}
    assert found["Hiring"].evidence.text == "hired and trained"
    assert found["Recruiting"].via == "Hiring"
    assert "Leadership" in names("Hire, train and supervise all interns and part-time staff.")


def test_recruiting_work_is_read_from_what_was_done_with_candidates() -> None:
    assert "Candidate Interviewing" in names("Recruited and interviewed qualified candidates for open positions.")
    assert "Candidate Screening" in names("Pre-screened all resumes prior to sending them to hiring managers.")
    assert "Candidate Interviewing" not in names("Interviewed hospital professionals for feature stories.")


def test_the_plural_of_a_worker_noun_names_people_not_a_skill_or_a_tool() -> None:
    # "designers" and "product managers" are whom the work is done with
    found = names("Work with product managers and designers to turn requirements into working software.")
    assert not found & {"Product Management", "Oracle Designer"}
    # the singular is still the name or the title it was
    assert {"Product Management", "Oracle Designer"} <= names("Product Manager at Acme; built forms in Designer.")


def test_a_word_shared_by_two_skills_names_both() -> None:
    """'accounts receivable and payable' names Accounts Payable too, quoted with both conjuncts; a title
    ('... and payable clerk') and a longer phrase are not read that way."""
    doc_text = "Responsible for all accounts receivable and payable. Market research and analysis for 3 brands."
    found = {(m.skill, m.evidence.text) for m in find_skills(make_doc(doc_text), "resume")}
    assert ("Accounts Payable", "accounts receivable and payable") in found
    assert ("Market Analysis", "Market research and analysis") in found
    assert "Accounts Payable" not in names("Worked as accounts receivable and payable clerk.")


def test_a_products_one_word_name_in_lower_case_in_a_sentence_is_the_ordinary_word() -> None:
    """'the director's calendar', 'set forth by', 'a clean workspace' name no product; the same words
    capitalised, next to other tools or in a list of tools still do."""
    for sentence, product in (
        ("Managed the director's calendar and travel arrangements.", "Google Calendar"),
        ("Reached monthly sales goals set forth by the Sales Director.", "Forth"),
        ("Maintained a clean and organized workspace.", "Google Workspace software"),
        ("Analyzed group dynamics in a final research paper.", "Microsoft Dynamics"),
        ("Painting on canvas, drawing and crafts.", "Canva"),
    ):
        assert product not in names(sentence), sentence
    assert "Google Calendar" in names("Scheduled every meeting in Google Calendar.")
    assert "Microsoft Dynamics" in names("Kept the books in Dynamics and Excel.")
    found = names("Git maven jenkins vagrant docker nagios sonarcube chef ansible")  # a list without commas
    assert {"HashiCorp Vagrant", "Ansible software", "Nagios"} <= found
    assert "Apache Spark" in names("Tools: spark, hadoop, hive")


def test_managing_relationships_is_not_crm_software() -> None:
    """Relationship management is work with people; CRM is software. "Strong partner relationship management"
    or "client relations" shows the first and says nothing of the second, unless the software is named."""
    for text in ("Strong partner relationship management with senior managers", "Handled client relations daily"):
        found = names(text)
        assert "Customer Relationship Management" in found and "CRM" not in found, (text, found)
    assert "CRM" in names("Customer Relationship Management (CRM) software: Salesforce and HubSpot")
