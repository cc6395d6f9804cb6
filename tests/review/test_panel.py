"""The review panel: loaded beside the list, its actions through the services, errors next to the form."""

from __future__ import annotations

import json

from ats.applications.models import Application
from ats.candidates.models import Note
from ats.extensions import db
from ats.notifications.models import OutboxMessage

HX = {"HX-Request": "true"}


def _post(client, application, action, **data):
    data.setdefault("version", application.version)
    return client.post(f"/applications/{application.id}/panel/{action}", data=data, headers=HX)


def test_the_list_opens_an_application_from_the_url_and_the_panel_loads_alone(
    client, login, make_user, make_job, make_application
):
    job = make_job()
    application = make_application(job, name="Pia Panel")
    login(client, make_user("recruiter"))
    html = client.get(f"/jobs/{job.id}/applicants?open={application.id}").get_data(as_text=True)
    assert 'class="triage with-panel"' in html and 'id="panel-title"' in html and "Pia Panel" in html
    assert 'id="panel" class="review-panel" aria-label="Application" tabindex="-1">' in html  # shown, not hidden
    fragment = client.get(f"/applications/{application.id}/panel")
    assert fragment.status_code == 200
    body = fragment.get_data(as_text=True)
    assert "<html" not in body and "Advance to Screening" in body and "Careers page" in body
    assert "careers_page" not in body and "high_school" not in body


def test_tabs_hide_exits_from_the_active_ranking_and_count_each(client, login, make_user, make_job, make_application):
    from ats.pipeline.services import reject

    job = make_job()
    kept = make_application(job, name="Kim Kept")
    gone = make_application(job, name="Rex Rejected")
    recruiter = make_user("recruiter")
    reject(recruiter, gone, expected_version=gone.version, reason="Missing required skills")
    login(client, recruiter)
    html = client.get(f"/jobs/{job.id}/applicants").get_data(as_text=True)
    assert "Kim Kept" in html and "Rex Rejected" not in html
    assert 'aria-current="page">Active <span class="count">1</span>' in html
    assert 'Rejected <span class="count">1</span>' in html and 'All <span class="count">2</span>' in html
    html = client.get(f"/jobs/{job.id}/applicants?tab=rejected").get_data(as_text=True)
    assert "Rex Rejected" in html and "Kim Kept" not in html
    assert kept.id != gone.id


def test_advance_reject_note_and_tag_from_the_panel(client, login, make_user, make_job, make_application, outbox):
    job = make_job()
    application = make_application(job, name="Ada Action")
    login(client, make_user("recruiter"))
    resp = _post(client, application, "advance", list="tab=active")
    assert resp.status_code == 200
    body = resp.get_data(as_text=True)
    assert "Ada Action advanced to Screening." in body
    assert f'id="row-{application.id}"' in body and 'hx-swap-oob="true"' in body and 'id="tab-counts"' in body
    assert json.loads(resp.headers["HX-Trigger"])["ats:application-changed"]["id"] == application.id
    db.session.expire_all()
    assert application.stage.name == "Screening"

    resp = _post(client, application, "note", body="Great on the phone", visibility="team")
    assert resp.status_code == 200 and "Great on the phone" in resp.get_data(as_text=True)
    assert db.session.query(Note).filter_by(application_id=application.id).count() == 1

    resp = _post(client, application, "tag", tag="night shift")
    assert resp.status_code == 200
    db.session.expire_all()
    assert application.tags == ["night shift"]
    assert _post(client, application, "untag", tag="night shift").status_code == 200
    db.session.expire_all()
    assert application.tags == []

    resp = _post(
        client,
        application,
        "reject",
        reason="Missing required skills",
        template="rejection_after_interview",
        delay="24",
        note="Not this time",
    )
    assert resp.status_code == 200
    db.session.expire_all()
    assert application.stage.kind == "rejected" and application.rejection_reason == "Missing required skills"
    message = (
        db.session.query(OutboxMessage)
        .filter_by(application_id=application.id, template="rejection_after_interview")
        .one()
    )
    assert message.status == "pending" and "interviewing" in message.body_text


def test_a_refused_action_keeps_what_was_typed_and_a_stale_one_is_409(
    client, login, make_user, make_job, make_application
):
    job = make_job()
    application = make_application(job, name="Eve Error")
    login(client, make_user("recruiter"))
    resp = _post(client, application, "reject", reason="", note="Typed note kept")
    assert resp.status_code == 400
    body = resp.get_data(as_text=True)
    assert "Choose a reason for the rejection from the list." in body and "Typed note kept" in body
    assert 'id="p-reject" open' in body
    resp = _post(client, application, "advance", version=application.version - 1)
    assert resp.status_code == 409 and "changed by someone else" in resp.get_data(as_text=True)
    db.session.expire_all()
    assert application.stage.name == "Applied"
    assert _post(client, application, "nonsense").status_code == 404


def test_readers_get_the_panel_without_actions_and_cannot_post(client, login, make_user, make_job, make_application):
    from ats.jobs.services import assign

    job = make_job()
    application = make_application(job)
    manager = make_user("hiring_manager")
    assign(job, manager, "hiring_manager", actor=None)
    login(client, manager)
    body = client.get(f"/applications/{application.id}/panel").get_data(as_text=True)
    assert "p-advance" not in body and "Reject…" not in body
    assert _post(client, application, "advance").status_code == 404
    db.session.expire_all()
    assert db.session.get(Application, application.id).stage.name == "Applied"


def test_breakdown_uses_words_and_quotes_a_skills_line_once(app, make_job):
    from ats.review.application_page import breakdown

    job = make_job()
    line = "time management, teamwork, order processing"
    score = {
        "components": [
            {
                "name": "preferred_skills",
                "weight": 10,
                "points": 5,
                "matched": [
                    {
                        "label": "Time Management",
                        "snippet": line,
                        "source": "resume",
                        "start": 0,
                        "end": 15,
                        "where": "listed in Skills",
                    },
                    {
                        "label": "Teamwork",
                        "snippet": "",
                        "source": "resume",
                        "start": 17,
                        "end": 25,
                        "where": "listed in Skills",
                    },
                    {
                        "label": "CRM",
                        "snippet": "Used Zendesk daily.",
                        "source": "resume",
                        "start": 40,
                        "end": 47,
                        "via": "Zendesk",
                        "where": "in a recent role",
                    },
                ],
                "missing": ["Empathy"],
            },
            {"name": "education", "weight": 10, "points": 0, "matched": [], "missing": ["high_school"]},
            {
                "name": "knockouts",
                "weight": 5,
                "points": 5,
                "matched": [{"label": "weekends", "snippet": "yes", "source": "answers", "start": 0, "end": 0}],
                "missing": [],
            },
        ]
    }
    rows = breakdown(score, job, "ev-1")
    assert [r["label"] for r in rows] == ["Preferred skills", "Education", "Knockout questions"]
    skills = rows[0]["matched"]
    assert skills[0]["snippet"] == line and skills[1]["same_line"] and not skills[0]["same_line"]
    assert skills[2]["via"] == "Zendesk" and skills[2]["anchor"] == "ev-1-3"
    assert rows[1]["missing"] == ["High school diploma"]
    assert (
        rows[2]["matched"][0]["label"] == "Can you work weekends and holidays?"
        and rows[2]["matched"][0]["anchor"] is None
    )
