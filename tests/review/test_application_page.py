"""The candidate page: evidence highlighted in place (escaped), breakdown, documents, duplicates, timeline."""

from __future__ import annotations

import re

from ats.extensions import db
from ats.review.highlight import Span, segments


def test_matched_skills_are_highlighted_in_the_resume_text(client, login, make_user, make_job, make_application):
    job = make_job()
    application = make_application(job, name="Dana Example")
    login(client, make_user("recruiter"))
    resp = client.get(f"/applications/{application.id}")
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    marks = re.findall(
        r'<mark class="evidence evidence-(\w+)"(?: id="([^"]+)")? title="([^"]*)" tabindex="-1">([^<]*)<', html
    )
    skill_marks = [(title, text) for kind, _, title, text in marks if kind == "skill"]
    assert "Customer service (required skills)" in dict(skill_marks), marks
    # each matched item links to its mark, so a click scrolls to the evidence
    anchors = [anchor for kind, anchor, _, _ in marks if kind == "skill" and anchor]
    assert anchors and all(f'href="#{a}" class="ev-link"' in html for a in anchors)
    text = application.document("resume").extracted_text
    assert all(t in text for _, t in skill_marks)  # the marked words are the resume's own words, in place
    assert any(kind == "role" for kind, _, _, _ in marks)
    assert "Score: " in html and "Required skills" in html and "Knockout questions" in html
    assert f"/documents/{application.document('resume').id}/download" in html
    assert "Can you work weekends and holidays?" in html
    assert "Applied" in html and "Screened" in html


def test_segments_escape_text_and_clip_overlaps():
    segs = segments(
        "<b>Zendesk</b> and CRM",
        [Span(3, 10, "Zendesk", "skill"), Span(5, 14, "x", "skill"), Span(19, 22, "CRM", "skill")],
    )
    assert "".join(s.text for s in segs) == "<b>Zendesk</b> and CRM"
    assert [(s.text, s.label) for s in segs if s.label] == [("Zendesk", "Zendesk"), ("</b>", "x"), ("CRM", "CRM")]


def test_anchors_of_long_evidence_and_swallowed_spans_still_get_an_id():
    segs = segments(
        "abcdef ghij",
        [Span(0, 6, "a", "skill", "ev-1"), Span(2, 4, "b", "skill", "ev-2"), Span(7, 7, "duty", "anchor", "ev-3")],
    )
    assert "".join(s.text for s in segs) == "abcdef ghij"
    assert [s.anchor for s in segs if s.anchor] == ["ev-1", "ev-2", "ev-3"]
    assert [s.text for s in segs if s.anchor == "ev-3"] == [""]


def test_hostile_resume_text_is_escaped(client, login, make_user, make_job, make_application):
    job = make_job()
    application = make_application(job, name="Mallory <img src=x onerror=alert(1)>")
    doc = application.document("resume")
    doc.extracted_text = "<script>alert(1)</script> Customer service " + (doc.extracted_text or "")
    db.session.commit()
    login(client, make_user("recruiter"))
    html = client.get(f"/applications/{application.id}").get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<img src=x" not in html


def test_other_applications_and_likely_duplicates_respect_access(client, login, make_user, make_job, make_application):
    job, other_job = make_job(), make_job(title="Warehouse lead")
    application = make_application(job, name="Pat Twin", phone="+1 512 555 0199")
    twin = make_application(other_job, name="pat twin", phone="(512) 555-0199")
    login(client, make_user("recruiter"))
    html = client.get(f"/applications/{application.id}").get_data(as_text=True)
    assert "Likely the same person" in html and f"open={twin.id}" in html
    manager = make_user("hiring_manager")
    from ats.jobs.services import assign

    assign(job, manager, "hiring_manager", actor=None)
    client.post("/logout")
    login(client, manager)
    html = client.get(f"/applications/{application.id}").get_data(as_text=True)
    assert f"open={twin.id}" not in html  # the manager may not see the other job
    assert client.get(f"/applications/{twin.id}").status_code == 404


def test_timeline_lists_stage_moves_with_who_and_why(client, login, make_user, make_job, make_application):
    from ats.pipeline.services import move

    job = make_job()
    application = make_application(job)
    recruiter = make_user("recruiter", name="Rita Recruiter")
    move(recruiter, application, job.stages[1].id, expected_version=application.version, note="Strong phone manner")
    login(client, recruiter)
    html = client.get(f"/applications/{application.id}").get_data(as_text=True)
    assert "Moved Applied → Screening" in html and "by Rita Recruiter" in html and "Strong phone manner" in html


def test_review_navigation_follows_rank_order(client, login, make_user, make_job, make_application):
    job = make_job()
    a, b, c = (make_application(job, name=n) for n in ("A", "B", "C"))
    a.score, b.score, c.score = 90.0, 60.0, 30.0
    db.session.commit()
    login(client, make_user("recruiter"))
    html = client.get(f"/applications/{b.id}").get_data(as_text=True)
    assert f'data-next="/applications/{c.id}"' in html and f'data-previous="/applications/{a.id}"' in html
    assert "js/triage.js" in html


def test_review_navigation_keeps_the_list_filters(client, login, make_user, make_job, make_application):
    job = make_job()
    a, b, c = (make_application(job, name=n) for n in ("A", "B", "C"))
    a.score, b.score, c.score = 90.0, 60.0, 30.0
    db.session.commit()
    login(client, make_user("recruiter"))
    listing = client.get(f"/jobs/{job.id}/applicants?min_score=50").get_data(as_text=True)
    assert f'href="/jobs/{job.id}/applicants?min_score=50&amp;open={a.id}"' in listing  # the panel, filters kept
    html = client.get(f"/applications/{a.id}?min_score=50").get_data(as_text=True)
    assert f'data-next="/applications/{b.id}?min_score=50"' in html
    html = client.get(f"/applications/{b.id}?min_score=50").get_data(as_text=True)
    assert "data-next=" not in html  # C is below the minimum score
    assert f'href="/jobs/{job.id}/applicants?min_score=50"' in html


def test_skills_shown_by_the_work_say_what_showed_them(client, login, make_user, make_job, make_application):
    """'Communication' earned by answering calls is quoted with the call sentence and 'shown by Phone Support'."""
    job = make_job()
    job.requirements_data = {
        **job.requirements_data,
        "skills": [
            {"name": "Communication", "required": True, "weight": 1.0},
            {"name": "Soft Skills", "required": True, "weight": 1.0},
        ],
    }
    db.session.commit()
    application = make_application(job)
    login(client, make_user("recruiter"))
    html = client.get(f"/applications/{application.id}").get_data(as_text=True)
    row = re.search(r'class="ev-link" data-evidence="[^"]+">Communication</a>(.*?)</li>', html, re.S).group(1)
    assert "shown by Phone Support" in row and "60 calls a day" in row and "in a recent role" in row
    assert re.search(r'>Soft Skills</a> <span class="via">shown by [A-Z]', html)


def test_each_duty_quote_says_the_words_it_shares_with_the_duty(client, login, make_user, make_job, make_application):
    """The recruiter reads whether a duty was met in substance: the duty's words the quoted sentence shares and
    the share of the duty it meets stand beside the quote."""
    job = make_job()
    job.requirements_data = {**job.requirements_data, "duties": ["Answer customer calls about billing and refunds"]}
    db.session.commit()
    application = make_application(job)
    login(client, make_user("recruiter"))
    html = client.get(f"/applications/{application.id}").get_data(as_text=True)
    duties = re.search(r'class="component comp-duties">(.*?)</div>', html, re.S).group(1)
    duty = "Answer customer calls about billing and refunds"
    row = re.search(rf'{duty}</a> <span class="where muted">([^<]*)</span>', duties)
    assert row, duties
    assert re.fullmatch(r"shares [a-z, ]+ \(\d+% of the duty\)", row.group(1)), row.group(1)
    assert "calls" in row.group(1) or "customer" in row.group(1)
