"""Job-board feeds: JSON, RSS (read back with feedparser), the board XML and sitemap.xml are well formed and
list exactly the live jobs; the JobPosting markup has every property Google for Jobs requires."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET  # our own output, parsed to prove it is well formed
from datetime import date, timedelta

import feedparser
import pytest

from ats.portal.posting import REQUIRED_PROPERTIES

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


@pytest.fixture
def jobs(make_job):
    """An on-site job with a closing date, a fully remote one, and three that must not be listed."""
    onsite = make_job(
        "Customer Care Specialist",
        region="TX",
        country="US",
        valid_through=date.today() + timedelta(days=20),
        department="Support",
        responsibilities="Answer calls <b>politely</b>\nLog tickets in the CRM",
    )
    remote = make_job("Remote Support Agent <script>", location=None, remote=True, country="CA", salary_published=False)
    make_job("Closed Role", status="closed")
    make_job("Draft Role", status="draft")
    make_job("Expired Role", valid_through=date.today() - timedelta(days=1))
    return {"onsite": onsite, "remote": remote}


LIVE = {"Customer Care Specialist", "Remote Support Agent <script>"}


def test_json_lists_live_jobs_with_their_markup(client, jobs):
    response = client.get("/api/v1/public/jobs")
    assert response.status_code == 200 and response.headers["Cache-Control"].startswith("public")
    items = {item["title"]: item for item in response.json["items"]}
    assert set(items) == LIVE
    onsite = items["Customer Care Specialist"]
    assert onsite["salary"]["text"] == "$35,000 – $60,000 a year"
    assert onsite["apply_url"].endswith(f"/careers/{jobs['onsite'].slug}/apply")
    assert onsite["api_apply_url"].endswith(f"/api/v1/public/jobs/{jobs['onsite'].slug}/applications")
    assert onsite["posting"]["@type"] == "JobPosting"
    assert items["Remote Support Agent <script>"]["salary"] is None  # not published


def test_rss_is_read_by_a_feed_parser(client, jobs):
    response = client.get("/api/v1/public/jobs.rss")
    assert response.mimetype == "application/rss+xml"
    feed = feedparser.parse(response.data)
    assert feed.bozo == 0, feed.get("bozo_exception")
    assert feed.version == "rss20"
    assert {entry.title for entry in feed.entries} == LIVE
    onsite = next(e for e in feed.entries if e.title == "Customer Care Specialist")
    assert onsite.link == f"http://localhost/careers/{jobs['onsite'].slug}"
    assert onsite.id == onsite.link and onsite.published_parsed is not None
    assert "&lt;b&gt;politely&lt;/b&gt;" in onsite.summary  # the recruiter's text stays text
    assert feed.feed.link == "http://localhost/careers"


def test_board_xml_has_one_job_per_opening_with_what_boards_need(client, jobs):
    response = client.get("/api/v1/public/jobs.xml")
    assert response.mimetype == "application/xml"
    root = ET.fromstring(response.data)
    assert root.tag == "source" and root.findtext("publisher") == "Northwind Support Co."
    found = {node.findtext("title"): node for node in root.findall("job")}
    assert set(found) == LIVE
    onsite = found["Customer Care Specialist"]
    assert onsite.findtext("location") == "Austin, TX, US"
    assert onsite.findtext("salary") == "$35,000 – $60,000 a year"
    assert onsite.findtext("url") == f"http://localhost/careers/{jobs['onsite'].slug}"
    assert onsite.findtext("apply_url") == f"http://localhost/careers/{jobs['onsite'].slug}/apply"
    assert "<li>Log tickets in the CRM</li>" in onsite.findtext("description")
    assert onsite.findtext("jobtype") == "fulltime"
    assert onsite.findtext("expirationdate") == jobs["onsite"].valid_through.isoformat()
    remote = found["Remote Support Agent <script>"]
    assert remote.findtext("remotetype") == "Fully remote" and remote.findtext("country") == "CA"
    assert remote.findtext("salary") == ""


def test_sitemap_lists_the_careers_page_and_every_live_job(client, jobs):
    response = client.get("/sitemap.xml")
    root = ET.fromstring(response.data)
    assert root.tag == f"{SITEMAP_NS}urlset"
    locs = {node.findtext(f"{SITEMAP_NS}loc") for node in root}
    assert locs == {"http://localhost/careers"} | {f"http://localhost/careers/{j.slug}" for j in jobs.values()}
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", node.findtext(f"{SITEMAP_NS}lastmod")) for node in root)
    assert "Sitemap: http://localhost/sitemap.xml" in client.get("/robots.txt").get_data(as_text=True)


def _json_ld(client, job) -> dict:
    html = client.get(f"/careers/{job.slug}").get_data(as_text=True)
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block, "the job page carries JobPosting markup"
    return json.loads(block.group(1))


def test_json_ld_of_an_onsite_job_has_every_required_property(client, jobs):
    data = _json_ld(client, jobs["onsite"])
    assert data["@type"] == "JobPosting"
    for name in REQUIRED_PROPERTIES:
        assert data.get(name), f"JobPosting lacks {name}"
    assert data["hiringOrganization"]["name"] == "Northwind Support Co."
    assert data["validThrough"] == f"{jobs['onsite'].valid_through.isoformat()}T23:59:59+00:00"
    address = data["jobLocation"]["address"]
    assert address == {
        "@type": "PostalAddress",
        "addressLocality": "Austin, TX",
        "addressRegion": "TX",
        "addressCountry": "US",
    }
    assert data["employmentType"] == "FULL_TIME" and data["identifier"]["value"] == jobs["onsite"].slug
    assert data["baseSalary"]["value"] == {
        "@type": "QuantitativeValue",
        "unitText": "YEAR",
        "minValue": 35000.0,
        "maxValue": 60000.0,
    }
    assert "&lt;b&gt;politely&lt;/b&gt;" in data["description"] and "<ul>" in data["description"]
    assert "jobLocationType" not in data


def test_json_ld_of_a_remote_job_names_where_applicants_may_live(client, jobs):
    data = _json_ld(client, jobs["remote"])
    for name in REQUIRED_PROPERTIES:
        assert data.get(name), f"JobPosting lacks {name}"
    assert data["jobLocationType"] == "TELECOMMUTE"
    assert data["applicantLocationRequirements"] == {"@type": "Country", "name": "CA"}
    assert "jobLocation" not in data and "baseSalary" not in data
    valid = date.fromisoformat(data["validThrough"][:10])
    assert valid == date.today() + timedelta(days=30)  # JOB_VALID_DAYS ahead: no closing date was set


def test_closed_draft_and_expired_jobs_are_gone_from_every_public_page(client, jobs, make_job):
    for title in ("Closed Role", "Draft Role", "Expired Role"):
        for url in (
            "/careers",
            "/api/v1/public/jobs",
            "/api/v1/public/jobs.rss",
            "/api/v1/public/jobs.xml",
            "/sitemap.xml",
        ):
            assert title not in client.get(url).get_data(as_text=True), (title, url)
    assert client.get("/careers/expired-role").status_code == 404
