"""The dashboard shows only the user's jobs and work; decisions go through the pipeline service."""

from datetime import UTC, datetime, time, timedelta

from ats.applications.models import Application, StageEvent
from ats.extensions import db


def test_dashboard_lists_my_job_interviews_and_owed_scorecards(team, schedule_interview, client, login):
    soon = datetime.now(UTC) + timedelta(hours=1)
    if soon.date() != datetime.now(UTC).date():
        soon = datetime.now(UTC).replace(hour=23, minute=59)
    schedule_interview(
        team.app_a, team.recruiter, [team.interviewer], day=soon.date(), at=time(soon.hour, soon.minute), tz="UTC"
    )
    login(client, team.interviewer)
    page = client.get("/dashboard").get_data(as_text=True)
    assert "Customer Care Specialist" in page and "Warehouse Lead" not in page
    today = page[page.index("Interviews today") : page.index("Interviews this week")]
    assert "Alice Aardvark" in today
    owed = page[page.index("Scorecards I still owe") :]
    assert "Alice Aardvark" in owed
    assert "Waiting for my decision" not in page  # interviewers do not decide


def test_hiring_manager_advances_and_rejects_with_a_reason(team, schedule_interview, client, login):
    login(client, team.hm)
    app_id = team.app_a.id
    version = team.app_a.version
    assert (
        client.post(
            f"/interviews/applications/{app_id}/decision", data={"action": "advance", "version": version}
        ).status_code
        == 302
    )
    application = db.session.get(Application, app_id)
    assert application.stage.name == "Screening"
    stale = client.post(f"/interviews/applications/{app_id}/decision", data={"action": "advance", "version": version})
    assert stale.status_code == 409 and "changed by someone else" in stale.get_data(as_text=True)
    no_reason = client.post(
        f"/interviews/applications/{app_id}/decision",
        data={"action": "reject", "version": application.version, "reason": "", "note": "Typed"},
    )
    assert no_reason.status_code == 400 and "Choose a reason" in no_reason.get_data(as_text=True)
    assert ">Typed</textarea>" in no_reason.get_data(as_text=True)  # what the manager typed is kept
    free_text = client.post(
        f"/interviews/applications/{app_id}/decision",
        data={"action": "reject", "version": application.version, "reason": "Skills do not match"},
    )
    assert free_text.status_code == 400  # the same listed reasons as recruiters, nothing typed in their place
    assert (
        client.post(
            f"/interviews/applications/{app_id}/decision",
            data={
                "action": "reject",
                "version": application.version,
                "reason": "Missing required skills",
                "note": "No CRM experience at all",
            },
        ).status_code
        == 302
    )
    db.session.expire_all()
    application = db.session.get(Application, app_id)
    assert application.stage.kind == "rejected" and application.rejection_reason == "Missing required skills"
    events = db.session.query(StageEvent).filter_by(application_id=app_id).all()
    assert [e.to_name for e in events][-2:] == ["Screening", "Rejected"]
    assert (events[-1].reason, events[-1].note) == ("Missing required skills", "No CRM experience at all")


def test_interviewers_cannot_move_anything(team, client, login):
    login(client, team.interviewer)
    response = client.post(
        f"/interviews/applications/{team.app_a.id}/decision", data={"action": "advance", "version": team.app_a.version}
    )
    assert response.status_code == 404
    assert db.session.get(Application, team.app_a.id).stage.name == "Applied"


def test_submitted_scorecard_puts_the_application_in_waiting_for_decision(team, schedule_interview, client, app, login):
    from ats.interviews.scorecards import ScorecardInput, competencies_for, save

    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer])
    ratings = [{"competency": c, "rating": 3, "evidence": ""} for c in competencies_for(interview)]
    save(interview, team.interviewer, ScorecardInput(ratings=ratings, recommendation="yes", submit=True))
    login(client, team.hm)
    page = client.get("/dashboard").get_data(as_text=True)
    waiting = page[page.index("Waiting for my decision") : page.index("Interviews today")]
    assert "Alice Aardvark" in waiting


def test_reject_from_the_dashboard_returns_to_it(team, schedule_interview, client, login):
    from ats.interviews.scorecards import ScorecardInput, competencies_for, save

    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer])
    ratings = [{"competency": c, "rating": 1, "evidence": ""} for c in competencies_for(interview)]
    save(interview, team.interviewer, ScorecardInput(ratings=ratings, recommendation="strong_no", submit=True))
    login(client, team.hm)
    page = client.get("/dashboard").get_data(as_text=True)
    assert "Reason for rejecting Alice Aardvark" in page and '<optgroup label="We rejected them">' in page
    response = client.post(
        f"/interviews/applications/{team.app_a.id}/decision",
        data={
            "action": "reject",
            "reason": "Did not pass the interview",
            "version": team.app_a.version,
            "back": "dashboard",
        },
    )
    assert response.status_code == 302 and response.headers["Location"].endswith("/dashboard")
    page = client.get("/dashboard").get_data(as_text=True)
    assert "Nothing is waiting for you." in page
