"""Shared fixtures for the screening library tests (no Flask app needed)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.shared_data import own_posting, shared_path

AS_OF = date(2024, 6, 30)

RESUME = """Jane Q. Doe
jane.doe@example.com | (555) 123-4567 | linkedin.com/in/janedoe

SUMMARY
Customer service professional with 5+ years of experience in busy call centers.

EXPERIENCE
Customer Service Representative | Acme Corp | Jan 2019 - Present
• Resolved billing inquiries via phone, email and chat support using Zendesk.
Call Center Agent, Beta LLC
03/2016 - 06/2019
• De-escalated irate customers; accurate data entry and order processing.
Barista, Starbucks, Sept. 2014 â€“ Aug 2015

EDUCATION
Bachelor of Arts in Communication, University of Texas, 2015
High School Diploma

SKILLS: Salesforce Service Cloud, MS Office, active listening, problem-solving, multitasking,
empathy, time management, communication skills, teamwork

CERTIFICATIONS
HDI Customer Service Representative (HDI-CSR), 2020

LANGUAGES
English (native), Spanish (fluent)
"""


@pytest.fixture
def as_of() -> date:
    return AS_OF


@pytest.fixture
def resume_text() -> str:
    return RESUME


@pytest.fixture(scope="session")
def specialist_text() -> str:
    return shared_path("job-descriptions", "customer-care-specialist.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def representative_text() -> str:
    return shared_path("job-descriptions", "customer-care-representative.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def own_specialist_text() -> str:
    return own_posting("customer-care-specialist.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def own_representative_text() -> str:
    return own_posting("customer-care-representative.txt").read_text(encoding="utf-8")


@pytest.fixture
def analysis(resume_text: str):
    from ats.screening.analyse import analyse

    return analyse(resume_text, "Dear team, I would love to help your customers. " * 10, as_of=AS_OF)
