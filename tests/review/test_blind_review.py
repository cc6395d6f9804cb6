"""Blind review: the ranked list, the application page (and its panel), the resume text and the CSV hide who the
applicant is until the chosen stage, with the evidence highlights in the same places; then everything returns."""

from __future__ import annotations

import re

from ats.applications.blind import BLOCK, Masker
from ats.extensions import db

HIDDEN = ("Dana Example", "dana@example.com", "512 555 0134", "Austin High School")


def marks(html: str) -> list[str]:
    """The evidence marks of the page: their anchors and labels (what is highlighted, and where it links)."""
    return re.findall(r'<mark class="evidence[^"]*"(?: id="[^"]*")? title="([^"]*)"', html)


def test_blind_review_masks_identity_but_keeps_the_highlights(
    app, client, make_job, make_application, make_user, login
):
    job = make_job()
    application = make_application(job, name="Dana Example", email="dana.blind@example.org")
    recruiter = make_user("recruiter")
    login(client, recruiter)
    phone = next(s for s in job.stages if s.name == "Phone screen")
    open_page = client.get(f"/applications/{application.id}").get_data(as_text=True)
    open_marks = marks(open_page)
    assert "Dana Example" in open_page and open_marks

    refused = client.post(f"/jobs/{job.id}/blind-review", data={"enabled": "1", "until_stage_id": "999999"})
    assert refused.status_code == 303
    db.session.refresh(job)
    assert not job.blind_review
    client.post(f"/jobs/{job.id}/blind-review", data={"enabled": "1", "until_stage_id": str(phone.id)})
    db.session.refresh(job)
    assert job.blind_review and job.blind_until_stage_id == phone.id

    listing = client.get(f"/jobs/{job.id}/applicants").get_data(as_text=True)
    assert f"Applicant {application.id}" in listing and "Dana Example" not in listing
    board = client.get(f"/jobs/{job.id}/board").get_data(as_text=True)
    assert f"Applicant {application.id}" in board and "Dana Example" not in board
    page = client.get(f"/applications/{application.id}").get_data(as_text=True)
    panel = client.get(f"/applications/{application.id}/panel").get_data(as_text=True)
    for html in (page, panel):
        assert not [h for h in HIDDEN if h in html], [h for h in HIDDEN if h in html]
        assert "dana.blind@example.org" not in html and BLOCK in html and "Blind review" in html
        assert marks(html) == open_marks  # the same evidence, highlighted in the same order
    assert "Customer service" in page  # what the score counted is still readable
    document = application.documents[0]
    assert client.get(f"/documents/{document.id}/download").status_code == 404
    csv_body = client.get(f"/jobs/{job.id}/applicants.csv").get_data(as_text=True)
    assert f"Applicant {application.id}" in csv_body and "dana.blind@example.org" not in csv_body

    client.post(
        f"/applications/{application.id}/panel/move",
        data={"stage_id": str(phone.id), "version": str(application.version)},
    )
    lifted = client.get(f"/applications/{application.id}").get_data(as_text=True)
    assert "Dana Example" in lifted and "dana.blind@example.org" in lifted and BLOCK not in lifted
    assert "Dana Example" in client.get(f"/jobs/{job.id}/board").get_data(as_text=True)
    assert client.get(f"/documents/{document.id}/download").status_code == 200


def test_the_masker_keeps_length_and_hides_each_kind():
    class Person:
        name, email, phone, location = "Dana Example", "dana@example.com", "+1 512 555 0134", "Austin, TX"

    text = (
        "Dana Example\ndana@example.com | +1 (512) 555-0134 | https://photos.example.com/dana.jpg\n"
        "123 Main Street, Apt 4, Austin, TX 78701\nJan 2021 - Present Customer Care Specialist, Acme Corp\n"
        "High School Diploma, Austin High School, 2014\nB.A., University of Texas at Austin, 2018\n"
    )
    masked = Masker(Person()).mask(text)
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    for gone in (
        "Dana",
        "dana@",
        "555",
        "photos.example",
        "Main Street",
        "78701",
        "Austin High",
        "2014",
        "2018",
        "Texas",
    ):
        assert gone not in masked, gone
    for kept in ("Jan 2021 - Present Customer Care Specialist, Acme Corp", "High School Diploma"):
        assert kept in masked, kept


def test_a_blind_jobs_applicant_is_not_found_across_jobs_until_the_stage(
    app, client, make_job, make_application, make_user, login
):
    job = make_job()
    application = make_application(job, name="Bea Blindspot", email="bea.blind@example.org")
    phone = next(s for s in job.stages if s.name == "Phone screen")
    job.blind_review, job.blind_until_stage_id = True, phone.id
    db.session.commit()
    login(client, make_user("recruiter"))
    for url in ("/search?q=Blindspot", "/search?q=bea.blind", "/search?q=Acme", "/candidates", "/candidates?q=Acme"):
        html = client.get(url).get_data(as_text=True)
        assert "Bea Blindspot" not in html and "bea.blind@example.org" not in html, url
    client.post(
        f"/applications/{application.id}/panel/move",
        data={"stage_id": str(phone.id), "version": str(application.version)},
    )
    assert "Bea Blindspot" in client.get("/search?q=Blindspot").get_data(as_text=True)
    assert "Bea Blindspot" in client.get("/candidates").get_data(as_text=True)
