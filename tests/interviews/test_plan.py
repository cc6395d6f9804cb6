"""Interview plans are pre-filled from the job's requirements and editable."""

from ats.extensions import db
from ats.interviews import plan
from ats.interviews.models import InterviewRound


def test_competencies_come_from_the_requirements_required_first(team):
    names = plan.competencies_from_requirements(team.job_a)
    assert names[:3] == ["Customer service", "Active listening", "CRM software"]
    assert names[3].startswith("Experience: Experienced (1-3 years)")
    assert names[4] == "Education: High school diploma"


def test_questions_come_from_the_bank_or_the_generic_fallback():
    assert "Describe a call" in plan.questions_for("Active listening")[0]
    assert plan.questions_for("Forklift driving") == [
        "Tell me about a time you used forklift driving at work. What was the result?"
    ]


def test_plan_page_shows_the_suggestion_and_saving_it_replaces_rounds(team, client, login):
    login(client, team.hm)
    page = client.get(f"/jobs/{team.job_a.id}/interview-plan").get_data(as_text=True)
    assert "Phone screen" in page and "Active listening" in page and "- Describe a call" in page
    response = client.post(
        f"/jobs/{team.job_a.id}/interview-plan",
        data={
            "count": 3,
            "name-0": "Phone screen",
            "competencies-0": "Communication\n- Explain our product",
            "name-1": "Panel",
            "competencies-1": "Problem solving\nCRM use",
            "name-2": "",
            "competencies-2": "",
        },
    )
    assert response.status_code == 302
    rounds = db.session.query(InterviewRound).filter_by(job_id=team.job_a.id).order_by(InterviewRound.position).all()
    assert [r.name for r in rounds] == ["Phone screen", "Panel"]
    assert rounds[0].competencies == [{"name": "Communication", "questions": ["Explain our product"]}]
    assert rounds[1].competency_names == ["Problem solving", "CRM use"]


def test_a_bad_plan_keeps_what_was_typed_and_saves_nothing(team, client, login):
    login(client, team.recruiter)
    response = client.post(
        f"/jobs/{team.job_a.id}/interview-plan",
        data={
            "count": 2,
            "name-0": "Screen",
            "competencies-0": "- a question first",
            "name-1": "Onsite",
            "competencies-1": "Teamwork",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Write a competency on its own line before its questions." in page
    assert "- a question first" in page and "Onsite" in page
    assert db.session.query(InterviewRound).count() == 0


def test_interviewers_can_read_the_plan_but_not_change_it(team, client, login):
    login(client, team.interviewer)
    page = client.get(f"/jobs/{team.job_a.id}/interview-plan").get_data(as_text=True)
    assert "<dt>Active listening</dt>" in page and "Describe a call" in page and "Save plan" not in page
    assert (
        client.post(
            f"/jobs/{team.job_a.id}/interview-plan", data={"count": 1, "name-0": "X", "competencies-0": "Y"}
        ).status_code
        == 404
    )
    assert db.session.query(InterviewRound).count() == 0
