"""The two demo postings, rewritten in our own words from ../shared/job-descriptions (same facts)."""

from __future__ import annotations

from typing import Any

from ats.jobs.models import duty_lines
from ats.jobs.occupation_choice import choose

EEO = (
    "We are an equal opportunity employer. We welcome applicants of every race, religion, colour, national "
    "origin, gender, sexual orientation, age, marital status, veteran status and disability status, and we "
    "make hiring decisions on merit alone."
)

TIERS = [
    {"name": "Entry level", "min_years": 0, "max_years": 1},
    {"name": "Experienced", "min_years": 1, "max_years": 3},
    {"name": "Supervisory", "min_years": 3, "max_years": 5},
    {"name": "Managerial", "min_years": 5, "max_years": None},
]


def _skill(name: str, required: bool, weight: float = 1.0) -> dict[str, Any]:
    return {"name": name, "required": required, "weight": weight, "aliases": []}


SPECIALIST: dict[str, Any] = {
    "title": "Customer Care Specialist",
    "department": "Customer Care",
    "location": "Austin, TX (hybrid, remote days available)",
    "remote": True,
    "employment_type": "full_time",
    "salary_min": 35000,
    "salary_max": 60000,
    "salary_currency": "USD",
    "salary_period": "year",
    "summary": (
        "Our Customer Care Specialists make sure every customer who contacts us leaves with an answer. "
        "You will take calls, emails and chats, solve complaints quickly and kindly, and help us keep the "
        "loyalty our customers give us. We want someone who communicates clearly and stays positive when a "
        "conversation gets hard."
    ),
    "responsibilities": "\n".join(
        [
            "Answer customer questions by phone, email and live chat",
            "Give customers accurate information about our products and services",
            "Investigate complaints and resolve them with a clear solution or alternative",
            "Keep customer accounts up to date, including billing, shipping and payment details",
            "Process orders, returns and exchanges",
            "Work with other departments to solve customer issues and follow up until they are resolved",
            "Track customer satisfaction and pass improvement ideas to management",
            "Coach and support newer members of the care team",
            "Record every interaction: the question, the complaint and what was done",
        ]
    ),
    "qualifications": "\n".join(
        [
            "Required: experience in customer support or as a customer service representative",
            "Required: confident handling of phone contacts and active listening",
            "Required: excellent spoken and written communication",
            "Required: ability to multitask, prioritise and manage your time",
            "Required: high school diploma or equivalent",
            "Preferred: familiarity with CRM systems (for example Zendesk, Salesforce Service Cloud or HubSpot)",
            "Preferred: associate or bachelor's degree in communication, business or a related field",
            "Preferred: a record of meeting or beating targets",
        ]
    ),
    "benefits": "\n".join(
        [
            "Health, dental and vision insurance",
            "Retirement plan",
            "Paid time off",
            "Professional development assistance",
            "Employee assistance program",
        ]
    ),
    "work_environment": (
        "Office-based with options to work remotely; occasional travel for team meetings or customer visits."
    ),
    "reporting_line": "Reports to the Customer Service Manager.",
    "how_to_apply": "Apply on this page with your resume and a cover letter about your experience.",
    "eeo_statement": EEO,
    "questions": [
        {
            "id": "source_detail",
            "text": "Which of our products have you used, if any?",
            "kind": "text",
            "required": False,
        },
        {
            "id": "years_in_support",
            "text": "How many years have you worked in a customer-facing role?",
            "kind": "number",
            "required": True,
        },
    ],
    "requirements_data": {
        "title": "Customer Care Specialist",
        "occupation_titles": [],
        "related_titles": [],
        "skills": [
            _skill("Customer Service", True, 2.0),
            _skill("Communication", True, 1.5),
            _skill("Active Listening", True, 1.0),
            _skill("Phone Etiquette", True, 1.0),
            _skill("Problem Solving", True, 1.0),
            _skill("Multitasking", True, 1.0),
            _skill("Time Management", False, 1.0),
            _skill("CRM", False, 1.5),
            _skill("Empathy", False, 1.0),
            _skill("Teamwork", False, 0.5),
            _skill("Order Processing", False, 0.5),
        ],
        "experience_tiers": TIERS,
        "target_tier": "Experienced",
        "education_minimum": "high_school",
        "education_preferred": "associate",
        "knockouts": [
            {
                "id": "background_check",
                "question": "Are you willing to take a background check?",
                "failing_answer": "no",
                "auto_reject": False,
            },
        ],
        "salary": {"min": 35000, "max": 60000, "currency": "USD", "period": "year"},
        "employment_type": "full_time",
    },
}

REPRESENTATIVE: dict[str, Any] = {
    "title": "Customer Care Representative",
    "department": "Customer Care",
    "location": "Remote (United States)",
    "remote": True,
    "employment_type": "full_time",
    "salary_min": 35000,
    "salary_max": 60000,
    "salary_currency": "USD",
    "salary_period": "year",
    "summary": (
        "Customer Care Representatives are the voice of our company. You will help customers with questions "
        "about products, services and policies, open and maintain their accounts, and make sure every "
        "conversation ends with the customer feeling heard."
    ),
    "responsibilities": "\n".join(
        [
            "Help customers with questions about our products, services and policies",
            "Keep a friendly, positive tone in every conversation",
            "Suggest products or services that genuinely help the customer",
            "Open new customer accounts and record their details accurately",
            "Listen to complaints, find the cause and choose the fastest fair solution",
            "Pass unusual cases to a supervisor or the right department with the context they need",
            "Handle a high volume of calls, chats and emails",
            "Help customers place orders and arrange refunds or exchanges",
        ]
    ),
    "qualifications": "\n".join(
        [
            "Required: high school diploma; a bachelor's degree is preferred",
            "Preferred: call center or customer service experience",
            "Required: strong communication and people skills: empathy, listening and clear speaking",
            "Required: flexibility to work different shifts, including weekends and holidays",
            "Required: willingness to complete our paid initial training",
            "Required: willingness to take, and ability to pass, a background check and drug screening",
            "Required: basic office and computer skills",
            "Required: organised, good at multitasking and managing time in a fast-paced environment",
        ]
    ),
    "benefits": "\n".join(["Paid initial training", "Health insurance", "Paid time off"]),
    "work_environment": "Remote, fast-paced contact centre with scheduled shifts.",
    "reporting_line": "Reports to the Customer Care Team Lead.",
    "how_to_apply": "Apply on this page with your resume; a cover letter is welcome.",
    "eeo_statement": EEO,
    "questions": [
        {
            "id": "shift",
            "text": "Which shift do you prefer?",
            "kind": "choice",
            "choices": ["Morning", "Afternoon", "Evening", "No preference"],
            "required": True,
        },
    ],
    "requirements_data": {
        "title": "Customer Care Representative",
        "occupation_titles": [],
        "related_titles": [],
        "skills": [
            _skill("Customer Service", True, 2.0),
            _skill("Communication", True, 1.5),
            _skill("Empathy", True, 1.0),
            _skill("Active Listening", True, 1.0),
            _skill("Multitasking", True, 1.0),
            _skill("Organizational Skills", True, 0.5),
            _skill("Microsoft Office", True, 0.5),
            _skill("Time Management", False, 0.5),
            _skill("Cross-selling", False, 0.5),
            _skill("Data Entry", False, 0.5),
            _skill("Live Chat", False, 0.5),
            _skill("Email Support", False, 0.5),
        ],
        "experience_tiers": TIERS,
        "target_tier": "Entry level",
        "education_minimum": "high_school",
        "education_preferred": "bachelor",
        "knockouts": [
            {
                "id": "weekends_holidays",
                "question": "Can you work shifts that include weekends and holidays?",
                "failing_answer": "no",
                "auto_reject": False,
            },
            {
                "id": "initial_training",
                "question": "Will you take part in the required initial training?",
                "failing_answer": "no",
                "auto_reject": False,
            },
            {
                "id": "background_check",
                "question": "Are you willing to take a background check and drug screening?",
                "failing_answer": "no",
                "auto_reject": False,
            },
        ],
        "salary": {"min": 35000, "max": 60000, "currency": "USD", "period": "year"},
        "employment_type": "full_time",
    },
}

POSTINGS = (SPECIALIST, REPRESENTATIVE)
for _posting in POSTINGS:  # what a recruiter's save derives: duties from the responsibilities, occupations
    _data = _posting["requirements_data"]
    _data["duties"] = duty_lines(_posting["responsibilities"])
    _data.update(choose(_posting["title"], " ".join(_data["duties"]), "", "")[0])
