"""Notes: team or private; @mentions notify team members by email and in the app."""

from ats.candidates.models import Note
from ats.extensions import db
from ats.interviews.models import Mention


def test_mention_notifies_by_email_and_in_app_list(team, client, app, login, outbox):
    login(client, team.interviewer)
    handle = team.hm.email.split("@")[0]
    response = client.post(
        f"/interviews/applications/{team.app_a.id}/notes",
        data={"body": f"@{handle} please look at her CRM answers", "visibility": "team"},
    )
    assert response.status_code == 302
    mention = db.session.query(Mention).one()
    assert mention.user_id == team.hm.id and mention.read_at is None
    mail = [m for m in outbox if m["To"] == team.hm.email]
    assert len(mail) == 1 and "mentioned you" in mail[0]["Subject"]
    manager = app.test_client()
    login(manager, team.hm)
    page = manager.get("/mentions").get_data(as_text=True)
    assert "please look at her CRM answers" in page and "New:" in page and "Alice Aardvark" in page
    assert manager.post(f"/mentions/{mention.id}/read").status_code == 302
    assert db.session.get(Mention, mention.id).read_at is not None
    # nobody else can mark it
    assert client.post(f"/mentions/{mention.id}/read").status_code == 404


def test_mentions_of_people_outside_the_team_and_private_notes_notify_nobody(team, make_user, client, login, outbox):
    outsider = make_user("hiring_manager")
    login(client, team.interviewer)
    before = len(outbox)
    client.post(
        f"/interviews/applications/{team.app_a.id}/notes",
        data={"body": f"@{outsider.email.split('@')[0]} hi", "visibility": "team"},
    )
    client.post(
        f"/interviews/applications/{team.app_a.id}/notes",
        data={"body": f"@{team.hm.email} private thought", "visibility": "private"},
    )
    assert db.session.query(Mention).count() == 0
    assert len(outbox) == before


def test_private_notes_are_only_shown_to_their_author(team, app, client, login):
    login(client, team.interviewer)
    client.post(f"/interviews/applications/{team.app_a.id}/notes", data={"body": "MY-PRIVATE", "visibility": "private"})
    client.post(f"/interviews/applications/{team.app_a.id}/notes", data={"body": "FOR-TEAM", "visibility": "team"})
    assert "MY-PRIVATE" in client.get(f"/interviews/applications/{team.app_a.id}").get_data(as_text=True)
    other = app.test_client()
    login(other, team.recruiter)
    page = other.get(f"/interviews/applications/{team.app_a.id}").get_data(as_text=True)
    assert "FOR-TEAM" in page and "MY-PRIVATE" not in page


def test_an_empty_note_is_refused_next_to_the_field(team, client, login):
    login(client, team.hm)
    response = client.post(f"/interviews/applications/{team.app_a.id}/notes", data={"body": "  "})
    assert response.status_code == 400
    assert "Write the note before saving it." in response.get_data(as_text=True)
    assert db.session.query(Note).count() == 0


def test_a_note_about_the_candidate_from_another_job_stays_with_that_jobs_team(
    team, app, client, login, make_application, same_person
):
    """Live-attack defect 2: job B's note "about the candidate" was shown to job A's hiring manager and interviewer."""
    other = same_person(team.app_a, make_application(team.job_b, name="Alice Aardvark", email="alice@example.org"))
    login(client, team.recruiter)
    response = client.post(
        f"/interviews/applications/{other.id}/notes",
        data={"body": "B-TEAM-ABOUT-CANDIDATE salary talk", "visibility": "team", "about": "candidate"},
    )
    assert response.status_code == 302
    note = db.session.query(Note).one()
    assert note.application_id is None and note.job_id == team.job_b.id
    for user in (team.hm, team.interviewer):
        viewer = app.test_client()
        login(viewer, user)
        for path in (f"/interviews/applications/{team.app_a.id}", f"/applications/{team.app_a.id}"):
            page = viewer.get(path)
            assert page.status_code == 200, path
            assert "B-TEAM-ABOUT-CANDIDATE" not in page.get_data(as_text=True), (user.role, path)
    # the recruiter (who sees both jobs) still reads it next to job A's application
    page = client.get(f"/interviews/applications/{team.app_a.id}").get_data(as_text=True)
    assert "B-TEAM-ABOUT-CANDIDATE" in page


def test_a_note_about_the_candidate_on_my_job_is_shown_on_my_job(team, app, client, login):
    login(client, team.recruiter)
    client.post(
        f"/interviews/applications/{team.app_a.id}/notes",
        data={"body": "A-TEAM-ABOUT-CANDIDATE", "visibility": "team", "about": "candidate"},
    )
    viewer = app.test_client()
    login(viewer, team.interviewer)
    assert "A-TEAM-ABOUT-CANDIDATE" in viewer.get(f"/interviews/applications/{team.app_a.id}").get_data(as_text=True)
