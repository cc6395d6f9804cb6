"""Deterministic, realistic demo applicants: profiles rendered into PDF and DOCX resumes."""

from __future__ import annotations

import random
from dataclasses import dataclass

from ats.demo.documents import ResumeDoc, Section

FIRST = [
    "Maria",
    "James",
    "Aisha",
    "Chen",
    "Olivia",
    "Mateo",
    "Priya",
    "Daniel",
    "Fatima",
    "Lucas",
    "Grace",
    "Noah",
    "Sofia",
    "Ethan",
    "Amara",
    "Liam",
    "Hana",
    "Diego",
    "Zoe",
    "Omar",
    "Elena",
    "Marcus",
    "Yuki",
    "Isabel",
    "Kwame",
    "Nora",
    "Samuel",
    "Leila",
    "Tom",
    "Ana",
]
LAST = [
    "Garcia",
    "Okafor",
    "Nguyen",
    "Smith",
    "Patel",
    "Kowalski",
    "Johnson",
    "Haddad",
    "Silva",
    "Brown",
    "Kim",
    "Müller",
    "Rossi",
    "Adeyemi",
    "Larsen",
    "Chen",
    "Torres",
    "O'Brien",
    "Novak",
    "Wright",
]
CITIES = ["Austin, TX", "Dallas, TX", "Phoenix, AZ", "Denver, CO", "Atlanta, GA", "Columbus, OH", "Tampa, FL"]
EMPLOYERS = [
    "Brightline Telecom",
    "Harbor Bank",
    "Summit Health",
    "Cedar Retail",
    "Northstar Insurance",
    "Bluebird Airlines",
    "Maple Utilities",
    "Orbit Electronics",
    "Riverbend Hotels",
    "Keystone Logistics",
]
CARE_ROLES = [
    "Customer Service Representative",
    "Call Center Agent",
    "Customer Care Specialist",
    "Customer Support Representative",
    "Client Services Representative",
]
LEAD_ROLES = ["Customer Service Supervisor", "Team Lead, Customer Care", "Customer Service Manager"]
OTHER_ROLES = ["Warehouse Associate", "Line Cook", "Delivery Driver", "Bookkeeper", "Junior Web Developer"]
CARE_SKILLS = [
    "customer service",
    "active listening",
    "phone etiquette",
    "problem-solving",
    "multitasking",
    "time management",
    "empathy",
    "conflict resolution",
    "live chat",
    "email support",
    "order processing",
    "data entry",
    "Microsoft Office",
    "teamwork",
    "cross-selling",
    "organized",
]
TOOLS = ["Zendesk", "Salesforce Service Cloud", "HubSpot", "Freshdesk", "ServiceNow", "Five9", "Excel"]
EDUCATION = [
    ("high_school", "High School Diploma, {city} High School, {year}"),
    ("associate", "Associate of Arts in Communication, {city} Community College, {year}"),
    ("bachelor", "Bachelor of Business Administration, State University, {year}"),
    ("master", "Master of Arts in Communication, State University, {year}"),
]
SOURCES = ["careers_page", "careers_page", "linkedin", "indeed", "referral", "job_fair"]
DUTIES = [
    "Answered {n} calls a day about billing, orders and returns with a {p}% satisfaction score.",
    "Resolved complaints by phone, email and live chat, escalating complex cases to supervisors.",
    "Processed orders, refunds and exchanges and kept customer accounts accurate in {tool}.",
    "Trained {k} new agents on {tool} and our escalation policy.",
    "Led a team of {k} representatives and cut average handling time by {p}%.",
]


@dataclass(frozen=True)
class DemoApplicant:
    """One generated applicant: identity, documents, answers, and where the demo puts them."""

    name: str
    email: str
    phone: str
    city: str
    resume: ResumeDoc
    cover_letter: str
    fmt: str
    source: str
    answers: dict[str, str]
    days_ago: int


MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _date_text(rng: random.Random, year: int) -> str:
    """A start date in one of the forms real resumes use: 'Mar 2019', 'March 2019', '03/2019'."""
    month, style = rng.randint(1, 12), rng.choice(["abbr", "numeric", "full"])
    if style == "numeric":
        return f"{month:02d}/{year}"
    name = MONTHS[month - 1]
    return f"{name[:3] if style == 'abbr' else name} {year}"


def _roles(rng: random.Random, profile: str) -> list[tuple[str, str, str]]:
    """Experience rows newest first, shaped by the profile's seniority."""
    by_profile: dict[str, list[tuple[int, int | None]]] = {
        "entry": [(2025, None)],
        "junior": [(2023, None), (2022, 2023)],
        "mid": [(2022, None), (2019, 2022)],
        "senior": [(2021, None), (2017, 2021), (2014, 2017)],
        "changer": [(2024, None), (2018, 2024)],
    }
    spans = by_profile[profile]
    rows = []
    for index, (start, end) in enumerate(spans):
        if profile == "changer" and index == 1:
            title = rng.choice(OTHER_ROLES)
        elif profile == "senior" and index == 0:
            title = rng.choice(LEAD_ROLES)
        else:
            title = rng.choice(CARE_ROLES)
        start_text = _date_text(rng, start)
        end_text = rng.choice(["Present", "Current"]) if end is None else f"Dec {end}"
        pool = DUTIES if profile == "senior" else DUTIES[:3] if profile != "mid" else DUTIES[:4]
        duty = rng.choice(pool).format(
            n=rng.randint(40, 90), p=rng.randint(8, 30), k=rng.randint(3, 12), tool=rng.choice(TOOLS)
        )
        rows.append((f"{start_text} – {end_text}", f"{title}, {rng.choice(EMPLOYERS)}", duty))
    return rows


def make_applicant(rng: random.Random, index: int, job_title: str) -> DemoApplicant:
    """A realistic applicant with a resume whose skills and history vary with the profile."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name = f"{first} {last}"
    email = f"{first.lower()}.{last.lower().replace(chr(39), '').replace('ü', 'u')}{index}@example.net"
    phone = f"+1 512 555 {rng.randint(1000, 9999)}"
    city = rng.choice(CITIES)
    profile = rng.choice(["entry", "junior", "mid", "mid", "senior", "changer"])
    skills = rng.sample(CARE_SKILLS, k={"entry": 4, "junior": 6, "mid": 8, "senior": 10, "changer": 4}[profile])
    tools = rng.sample(TOOLS, k={"entry": 0, "junior": 1, "mid": 2, "senior": 3, "changer": 1}[profile])
    level, pattern = rng.choice(EDUCATION[:3] if profile != "senior" else EDUCATION)
    summary = {
        "entry": "Friendly and reliable recent graduate looking for a first role in customer care.",
        "junior": "Customer service representative with about 2 years of experience on busy support lines.",
        "mid": "Customer care professional with 4+ years of experience across phone, email and chat.",
        "senior": "Customer service leader with 10+ years of experience building and coaching care teams.",
        "changer": "Hard-working professional moving into customer support after years in operations.",
    }[profile]
    layout = rng.choice(["single", "two-column", "table"])
    resume = ResumeDoc(
        name=name,
        contact=f"{email} | {phone} | {city}",
        sections=(
            Section("Summary", (summary,)),
            Section("Experience", ()),
            Section("Skills", (", ".join(skills + tools),), sidebar=True),
            Section(
                "Languages",
                (rng.choice(["English", "English, Spanish", "English, French", "English, Mandarin"]),),
                sidebar=True,
            ),
            Section(
                "Education",
                (
                    pattern.format(
                        city=city.split(",")[0],
                        year=rng.randint(2021, 2024) if profile == "entry" else rng.randint(2004, 2018),
                    ),
                ),
            ),
        ),
        layout=layout,
        experience_rows=tuple(_roles(rng, profile)),
    )
    cover = (
        ""
        if rng.random() < 0.3
        else (
            f"Dear hiring team,\n\nI am applying for the {job_title} role. {summary} I enjoy solving problems "
            f"for customers and I stay calm with difficult callers. I would welcome the chance to talk.\n\n{name}"
        )
    )
    answers = {
        "background_check": "yes" if rng.random() > 0.1 else "no",
        "weekends_holidays": "yes" if rng.random() > 0.2 else "no",
        "initial_training": "yes",
        "years_in_support": str({"entry": 0, "junior": 2, "mid": 4, "senior": 10, "changer": 1}[profile]),
        "shift": rng.choice(["Morning", "Afternoon", "Evening", "No preference"]),
    }
    return DemoApplicant(
        name=name,
        email=email,
        phone=phone,
        city=city,
        resume=resume,
        cover_letter=cover,
        fmt="pdf" if index % 2 == 0 else "docx",
        source=rng.choice(SOURCES),
        answers=answers,
        days_ago=rng.randint(1, 40),
    )
