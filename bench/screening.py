"""Benchmark: spaCy start-up, resumes analysed+scored per second (one core), rescoring 10,000.

Run: .venv/bin/python bench/screening.py [N_RESUMES]
"""

from __future__ import annotations

import json
import random
import sys
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

FIRST = ["Jane", "Carlos", "Aisha", "Wei", "Priya", "Tom", "Fatima", "Lucas", "Maria", "Kofi"]
LAST = ["Doe", "Garcia", "Khan", "Chen", "Patel", "Smith", "Okafor", "Silva", "Rossi", "Mensah"]
TITLES = [
    "Customer Service Representative",
    "Call Center Agent",
    "Sales Associate",
    "Customer Care Specialist",
    "Retail Associate",
    "Help Desk Technician",
    "Cashier",
    "Team Lead, Customer Support",
    "Warehouse Associate",
    "Software Engineer",
    "Registered Nurse",
]
EMPLOYERS = [
    "Acme Corp",
    "Globex LLC",
    "Initech Inc.",
    "Umbrella Group",
    "Stark Retail",
    "Wayne Bank",
    "Hooli Services",
    "Vandelay Industries",
]
BULLETS = [
    "Handled 60+ inbound calls a day using Zendesk and Salesforce Service Cloud.",
    "Resolved billing inquiries via phone, email and live chat.",
    "De-escalated irate customers and processed returns and exchanges.",
    "Maintained customer accounts in the CRM with accurate data entry.",
    "Trained new hires on phone etiquette and active listening.",
    "Processed orders and payments on the POS system.",
    "Built REST APIs in Python and Go; deployed with Docker and Kubernetes.",
    "Administered medications and recorded vital signs in Epic.",
    "Exceeded quota by 20% through upselling and cross-selling.",
    "Used Microsoft Excel pivot tables to report CSAT trends.",
]
SKILLS = [
    "Microsoft Office",
    "HubSpot",
    "Freshdesk",
    "problem-solving",
    "multi-tasking",
    "empathy",
    "conflict resolution",
    "time management",
    "bilingual (English/Spanish)",
    "typing 65 WPM",
    "ServiceNow",
    "QuickBooks",
    "SQL",
    "teamwork",
    "attention to detail",
]
DATES = [
    "{m} {y} - Present",
    "{M} {y} – Current",
    "{mm}/{y} - {mm2}/{y2}",
    "{y}-{y2}",
    "{m}. {y} â€“ {m2} {y2}",
    "since {y}",
    "{y} to date",
    "{M} {y} — {M2} {y2}",
]
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


def make_resume(rng: random.Random) -> str:
    """A varied, realistic resume text."""
    name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
    out = [
        name,
        f"{name.split()[0].lower()}@example.com | (555) {rng.randint(100, 999)}-"
        f"{rng.randint(1000, 9999)} | linkedin.com/in/{name.split()[1].lower()}",
        "",
        "PROFESSIONAL SUMMARY",
        f"Friendly professional with {rng.randint(1, 12)}+ years of customer service experience.",
        "",
        "WORK EXPERIENCE",
    ]
    y = 2024
    for _ in range(rng.randint(1, 4)):
        y2, y = y, y - rng.randint(1, 4)
        m, m2 = rng.randint(1, 12), rng.randint(1, 12)
        d = rng.choice(DATES).format(
            m=MONTHS[m - 1][:3],
            M=MONTHS[m - 1],
            mm=f"{m:02d}",
            y=y,
            m2=MONTHS[m2 - 1][:3],
            M2=MONTHS[m2 - 1],
            mm2=f"{m2:02d}",
            y2=y2,
        )
        out += [f"{rng.choice(TITLES)} | {rng.choice(EMPLOYERS)} | {d}"]
        out += [f"• {b}" for b in rng.sample(BULLETS, rng.randint(2, 5))] + [""]
    out += [
        "EDUCATION",
        rng.choice(
            [
                "Bachelor of Arts in Communication, State University, 2012",
                "High School Diploma, Lincoln High School",
                "Associate's degree in Business Administration",
                "Master of Business Administration (MBA)",
            ]
        ),
        "",
        "SKILLS: " + ", ".join(rng.sample(SKILLS, rng.randint(4, 9))),
        "",
        "CERTIFICATIONS",
        rng.choice(["HDI-CSR", "CPR certified", "CompTIA A+", "PMP"]),
        "",
        "LANGUAGES",
        rng.choice(["English (native), Spanish (fluent)", "English, French"]),
    ]
    return "\n".join(out)


def main() -> None:
    """Print the figures the issue asks for."""
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 500
    t0 = time.perf_counter()
    from ats.screening.nlp import get_nlp

    get_nlp()
    t1 = time.perf_counter()
    from ats.screening.skills import default_matcher, taxonomy_stats

    default_matcher()
    t2 = time.perf_counter()
    from ats.screening.analyse import analyse
    from ats.screening.jobdesc import parse_job_description
    from ats.screening.results import ResumeAnalysis, Weights
    from ats.screening.score import score

    posting = Path(__file__).resolve().parents[2] / "shared" / "job-descriptions" / "customer-care-specialist.txt"
    req = parse_job_description(posting.read_text(encoding="utf-8")).requirements
    rng = random.Random(42)
    texts = [make_resume(rng) for _ in range(n)]
    as_of = date(2025, 1, 1)
    analyse(texts[0], as_of=as_of)
    t3 = time.perf_counter()
    stored = []
    for t in texts:
        a = analyse(t, "Dear hiring team, I would love to join you. " * 8, as_of=as_of)
        score(a, req)
        stored.append(json.dumps(a.to_dict()))
    t4 = time.perf_counter()
    rate = n / (t4 - t3)
    changed = replace(req, target_tier="supervisory", weights=Weights(45, 5, 25, 10, 10, 5))
    rows = [json.loads(stored[i % n]) for i in range(10_000)]
    t5 = time.perf_counter()
    totals = [score(ResumeAnalysis.from_dict(d), changed).total for d in rows]
    t6 = time.perf_counter()
    stats = taxonomy_stats()
    print(f"spaCy blank('en') start-up:        {t1 - t0:.2f} s")
    print(f"skill matcher build:               {t2 - t1:.2f} s ({stats['phrases']} phrases, {stats['skills']} skills)")
    print(f"analyse+score, one core:           {rate:.0f} resumes/s ({n} resumes)")
    print(
        f"rescore 10,000 stored analyses:    {t6 - t5:.2f} s (from_dict + score; mean {sum(totals) / len(totals):.1f})"
    )


if __name__ == "__main__":
    main()
