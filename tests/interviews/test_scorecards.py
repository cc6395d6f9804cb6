"""Scorecards: four-point ratings, hidden until you submit yours, amendments keep history."""

from ats.extensions import db
from ats.interviews.models import Scorecard, ScorecardRevision


def _form(interview, ratings, recommendation="yes", action="submit", **extra):
    names = interview.round.competency_names
    data = {"count": len(names), "takeaways": "Calm and precise.", "recommendation": recommendation, "action": action}
    for i, name in enumerate(names):
        data[f"competency-{i}"] = name
        if ratings is not None:
            data[f"rating-{i}"] = ratings
        data[f"evidence-{i}"] = f"Evidence about {name}"
    data.update(extra)
    return data


def test_other_scorecards_stay_hidden_until_you_submit_yours(team, schedule_interview, app, login):
    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer, team.other_interviewer])
    first, second, manager = app.test_client(), app.test_client(), app.test_client()
    login(first, team.interviewer)
    login(second, team.other_interviewer)
    login(manager, team.hm)
    assert (
        first.post(
            f"/interviews/{interview.id}/scorecard", data=_form(interview, 4, "strong_yes", takeaways="SECRET-FIRST")
        ).status_code
        == 302
    )
    card = db.session.query(Scorecard).one()

    page = second.get(f"/interviews/applications/{team.app_a.id}").get_data(as_text=True)
    assert "1 other scorecard is hidden until you submit your own" in page
    assert "SECRET-FIRST" not in page and "Strong yes" not in page
    assert second.get(f"/scorecards/{card.id}").status_code == 404
    # a draft does not unlock the others
    assert (
        second.post(
            f"/interviews/{interview.id}/scorecard", data=_form(interview, None, "", action="draft")
        ).status_code
        == 302
    )
    assert second.get(f"/scorecards/{card.id}").status_code == 404

    # the hiring manager of the job sees everything at once
    assert manager.get(f"/scorecards/{card.id}").status_code == 200
    assert "Strong yes" in manager.get(f"/interviews/applications/{team.app_a.id}").get_data(as_text=True)

    assert second.post(f"/interviews/{interview.id}/scorecard", data=_form(interview, 2, "no")).status_code == 302
    page = second.get(f"/interviews/applications/{team.app_a.id}").get_data(as_text=True)
    assert "hidden until you submit" not in page and "Strong yes" in page
    assert "SECRET-FIRST" in second.get(f"/scorecards/{card.id}").get_data(as_text=True)


def test_submitting_requires_every_rating_and_a_recommendation(team, schedule_interview, client, login):
    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer])
    login(client, team.interviewer)
    response = client.post(f"/interviews/{interview.id}/scorecard", data=_form(interview, None, ""))
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Rate Customer service before submitting." in page
    assert "Choose an overall recommendation before submitting." in page
    assert "Evidence about Customer service" in page  # typed text kept
    assert db.session.query(Scorecard).count() == 0
    assert client.post(f"/interviews/{interview.id}/scorecard", data=_form(interview, 3, "maybe")).status_code == 400


def test_amending_a_submitted_scorecard_keeps_the_previous_version(team, schedule_interview, client, login):
    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer])
    login(client, team.interviewer)
    client.post(f"/interviews/{interview.id}/scorecard", data=_form(interview, 3, "yes"))
    card = db.session.query(Scorecard).one()
    submitted_at = card.submitted_at
    no_reason = client.post(f"/interviews/{interview.id}/scorecard", data=_form(interview, 1, "strong_no"))
    assert no_reason.status_code == 400 and "Say why you are amending" in no_reason.get_data(as_text=True)
    assert (
        client.post(
            f"/interviews/{interview.id}/scorecard", data=_form(interview, 1, "strong_no", reason="Reference check")
        ).status_code
        == 302
    )
    db.session.expire_all()
    card = db.session.get(Scorecard, card.id)
    assert card.recommendation == "strong_no" and card.submitted_at == submitted_at
    revision = db.session.query(ScorecardRevision).one()
    assert revision.previous["recommendation"] == "yes"
    assert {r["rating"] for r in revision.previous["ratings"]} == {3}
    assert revision.reason == "Reference check" and revision.editor_id == team.interviewer.id
    page = client.get(f"/scorecards/{card.id}").get_data(as_text=True)
    assert "History of amendments" in page and "Reference check" in page


def test_only_the_panel_and_managers_can_score(team, schedule_interview, client, login):
    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer])
    login(client, team.other_interviewer)
    assert client.get(f"/interviews/{interview.id}/scorecard").status_code == 404


def test_candidate_panel_shows_screening_evidence_next_to_ratings(team, schedule_interview, client, login):
    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer])
    login(client, team.interviewer)
    client.post(f"/interviews/{interview.id}/scorecard", data=_form(interview, 4, "strong_yes"))
    page = client.get(f"/interviews/applications/{team.app_a.id}").get_data(as_text=True)
    row = page[page.index('<th scope="row">Active listening</th>') :]
    row = row[: row.index("</tr>")]
    assert 'mark class="evidence"' in row and "Strong yes" in row and "Evidence about Active listening" in row


def test_interview_is_done_once_the_whole_panel_has_submitted(team, schedule_interview, app, login):
    from ats.interviews.models import Interview

    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer, team.other_interviewer])
    for user in (team.interviewer, team.other_interviewer):
        client = app.test_client()
        login(client, user)
        assert db.session.get(Interview, interview.id).status == "scheduled"
        client.post(f"/interviews/{interview.id}/scorecard", data=_form(interview, 3, "yes"))
    db.session.expire_all()
    assert db.session.get(Interview, interview.id).status == "done"
