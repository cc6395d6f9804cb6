"""Open jobs for job boards and search engines: JSON, RSS 2.0, the XML feed boards ingest, and sitemap.xml."""

from __future__ import annotations

from email.utils import format_datetime
from typing import Any
from xml.etree.ElementTree import Element, SubElement, tostring  # building only: nothing here parses XML

from flask import current_app, url_for

from ats.db import utcnow
from ats.jobs.models import Job
from ats.portal.posting import closing_date, country_of, description_html, job_posting_ld
from ats.portal.services import salary_text

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
BOARD_JOB_TYPES = {
    "full_time": "fulltime",
    "part_time": "parttime",
    "contract": "contract",
    "temporary": "temporary",
    "internship": "internship",
}


def _urls(job: Job) -> dict[str, str]:
    return {
        "url": url_for("portal.job", slug=job.slug, _external=True),
        "apply_url": url_for("portal.apply", slug=job.slug, _external=True),
        "api_apply_url": url_for("api_public.apply", slug=job.slug, _external=True),
    }


def _posted(job: Job):
    return job.posted_at or job.created_at


def _place(job: Job) -> str:
    """'Austin, TX, US': the location as typed, then the region unless it already says it, then the country."""
    parts = [job.location or ""]
    if job.region and not (job.location or "").endswith(job.region):
        parts.append(job.region)
    return ", ".join(p for p in (*parts, country_of(job)) if p)


def public_job(job: Job) -> dict[str, Any]:
    """What anyone may read about an open job, with its JobPosting markup."""
    urls = _urls(job)
    salary = None
    if job.salary_published and (job.salary_min is not None or job.salary_max is not None):
        salary = {
            "min": None if job.salary_min is None else float(job.salary_min),
            "max": None if job.salary_max is None else float(job.salary_max),
            "currency": job.salary_currency,
            "period": job.salary_period,
            "text": salary_text(job),
        }
    return {
        "slug": job.slug,
        "title": job.title,
        "department": job.department,
        "location": job.location,
        "region": job.region,
        "country": country_of(job),
        "remote": job.remote,
        "employment_type": job.employment_type,
        "salary": salary,
        "summary": job.summary,
        "description_html": description_html(job),
        "posted_at": _posted(job),
        "valid_through": closing_date(job),
        **urls,
        "posting": job_posting_ld(job, urls["url"]),
    }


def _text(parent: Element, tag: str, value: Any) -> Element:
    child = SubElement(parent, tag)
    child.text = "" if value is None else str(value)
    return child


def rss(jobs: list[Job]) -> bytes:
    """RSS 2.0: one item per open job, newest first."""
    company = current_app.config["COMPANY_NAME"]
    root = Element("rss", {"version": "2.0", "xmlns:atom": ATOM})
    channel = SubElement(root, "channel")
    _text(channel, "title", f"Jobs at {company}")
    _text(channel, "link", url_for("portal.careers", _external=True))
    _text(channel, "description", f"Open positions at {company}")
    _text(channel, "language", "en")
    _text(channel, "lastBuildDate", format_datetime(max((_posted(j) for j in jobs), default=utcnow())))
    SubElement(
        channel,
        "atom:link",
        {"href": url_for("api_public.jobs_rss", _external=True), "rel": "self", "type": "application/rss+xml"},
    )
    for job in jobs:
        item = SubElement(channel, "item")
        url = _urls(job)["url"]
        _text(item, "title", job.title)
        _text(item, "link", url)
        _text(item, "guid", url).set("isPermaLink", "true")
        _text(item, "pubDate", format_datetime(_posted(job)))
        _text(item, "description", description_html(job))
        if job.department:
            _text(item, "category", job.department)
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode()


def job_board_xml(jobs: list[Job]) -> bytes:
    """The XML feed job boards ingest: <source> with one <job> per opening (title, location, description,
    salary, URLs, dates)."""
    company = current_app.config["COMPANY_NAME"]
    root = Element("source")
    _text(root, "publisher", company)
    _text(root, "publisherurl", url_for("portal.careers", _external=True))
    _text(root, "lastBuildDate", format_datetime(utcnow()))
    for job in jobs:
        node = SubElement(root, "job")
        urls = _urls(job)
        _text(node, "title", job.title)
        _text(node, "date", format_datetime(_posted(job)))
        _text(node, "referencenumber", job.slug)
        _text(node, "url", urls["url"])
        _text(node, "apply_url", urls["apply_url"])
        _text(node, "company", company)
        _text(node, "location", _place(job))
        _text(node, "city", job.location or "")
        _text(node, "state", job.region or "")
        _text(node, "country", country_of(job))
        _text(
            node, "remotetype", "Fully remote" if job.remote and not job.location else ("Hybrid" if job.remote else "")
        )
        _text(node, "description", description_html(job))
        _text(node, "salary", salary_text(job) or "")
        _text(node, "jobtype", BOARD_JOB_TYPES.get(job.employment_type, job.employment_type))
        _text(node, "category", job.department or "")
        _text(node, "expirationdate", closing_date(job).isoformat())
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode()


def sitemap(jobs: list[Job]) -> bytes:
    """The careers page and every open job's page, with when each last changed."""
    root = Element("urlset", {"xmlns": SITEMAP})
    newest = max((j.updated_at for j in jobs), default=None)
    pages = [(url_for("portal.careers", _external=True), newest)]
    pages += [(_urls(j)["url"], j.updated_at) for j in jobs]
    for loc, changed in pages:
        node = SubElement(root, "url")
        _text(node, "loc", loc)
        if changed is not None:
            _text(node, "lastmod", changed.date().isoformat())
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + tostring(root, encoding="unicode").encode()
