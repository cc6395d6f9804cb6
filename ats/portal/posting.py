"""A posting as search engines and job boards read it: schema.org JobPosting, HTML description, closing date."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from flask import current_app
from markupsafe import Markup, escape

from ats.db import utcnow
from ats.jobs.models import Job

SCHEMA_EMPLOYMENT = {
    "full_time": "FULL_TIME",
    "part_time": "PART_TIME",
    "contract": "CONTRACTOR",
    "temporary": "TEMPORARY",
    "internship": "INTERN",
}
# Every property Google for Jobs requires, plus those it recommends that we can fill; tests check them.
REQUIRED_PROPERTIES = ("title", "description", "datePosted", "hiringOrganization", "validThrough")
LOCATION_PROPERTIES = {"onsite": ("jobLocation",), "remote": ("jobLocationType", "applicantLocationRequirements")}


def lines(text: str | None) -> list[str]:
    return [line.strip().lstrip("-•* ").strip() for line in (text or "").splitlines() if line.strip()]


def closing_date(job: Job) -> date:
    """The recruiter's closing date, else JOB_VALID_DAYS from today (an open job without one stays open)."""
    if job.valid_through is not None:
        return job.valid_through
    return utcnow().date() + timedelta(days=int(current_app.config["JOB_VALID_DAYS"]))


def country_of(job: Job) -> str:
    return job.country or str(current_app.config["DEFAULT_COUNTRY"])


def description_html(job: Job) -> str:
    """The posting's sections as escaped HTML (job boards and Google read HTML descriptions)."""
    parts: list[Markup] = []
    if job.summary.strip():
        parts.append(Markup("<p>{}</p>").format(job.summary.strip()))
    for heading, text in (
        ("Responsibilities", job.responsibilities),
        ("Qualifications", job.qualifications),
        ("Benefits", job.benefits),
    ):
        items = lines(text)
        if items:
            parts.append(Markup("<h3>{}</h3><ul>").format(heading))
            parts.extend(Markup("<li>{}</li>").format(item) for item in items)
            parts.append(Markup("</ul>"))
    if job.work_environment.strip():
        parts.append(Markup("<h3>Work environment</h3><p>{}</p>").format(job.work_environment.strip()))
    return str(Markup("").join(parts)) or str(escape(job.title))


def address(job: Job) -> dict[str, Any]:
    found: dict[str, Any] = {"@type": "PostalAddress", "addressCountry": country_of(job)}
    if job.location:
        found["addressLocality"] = job.location
    if job.region:
        found["addressRegion"] = job.region
    return found


def job_posting_ld(job: Job, url: str) -> dict[str, Any]:
    """schema.org JobPosting (rendered with |tojson, so it is escaped for HTML)."""
    company = current_app.config["COMPANY_NAME"]
    data: dict[str, Any] = {
        "@context": "https://schema.org/",
        "@type": "JobPosting",
        "title": job.title,
        "description": description_html(job),
        "identifier": {"@type": "PropertyValue", "name": company, "value": job.slug},
        "datePosted": (job.posted_at or job.created_at).date().isoformat(),
        "validThrough": f"{closing_date(job).isoformat()}T23:59:59+00:00",
        "employmentType": SCHEMA_EMPLOYMENT.get(job.employment_type, "OTHER"),
        "hiringOrganization": {
            "@type": "Organization",
            "name": company,
            "sameAs": current_app.config["BASE_URL"].rstrip("/") + "/careers",
        },
        "directApply": True,
        "url": url,
    }
    if job.location or not job.remote:
        data["jobLocation"] = {"@type": "Place", "address": address(job)}
    if job.remote:
        data["jobLocationType"] = "TELECOMMUTE"
        data["applicantLocationRequirements"] = {"@type": "Country", "name": country_of(job)}
    if job.salary_published and (job.salary_min is not None or job.salary_max is not None):
        value: dict[str, Any] = {"@type": "QuantitativeValue", "unitText": job.salary_period.upper()}
        if job.salary_min is not None:
            value["minValue"] = float(job.salary_min)
        if job.salary_max is not None:
            value["maxValue"] = float(job.salary_max)
        data["baseSalary"] = {"@type": "MonetaryAmount", "currency": job.salary_currency, "value": value}
    return data
