"""Creating, importing, editing, duplicating jobs and their team; validation keeps what was typed."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from ats.audit.models import AuditEvent
from ats.extensions import db
from ats.jobs.models import Job, JobAssignment
from ats.tasks.models import Task
from tests.shared_data import own_posting, shared_path

POSTING_NAMES = ("customer-care-specialist.txt", "customer-care-representative.txt")


def _posting(source: str, name: str) -> str:
    """Our own test posting, or the real one in the team's shared folder (skipped without it, failed in CI)."""
    path = own_posting(name) if source == "own" else shared_path("job-descriptions", name)
    return path.read_text(encoding="utf-8")


def _form_fields(html: str) -> dict[str, str]:
    """The review form's inputs as a browser would submit them (text inputs, textareas, selected options, ticks)."""
    import html as htmlmod
    import re

    data: dict[str, str] = {}
    for m in re.finditer(r'<input type="(?:text|hidden)"[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"', html):
        data[m.group(1)] = htmlmod.unescape(m.group(2))
    for m in re.finditer(r'<input type="text" inputmode="decimal"[^>]*?name="([^"]+)"[^>]*?value="([^"]*)"', html):
        data[m.group(1)] = htmlmod.unescape(m.group(2))
    for m in re.finditer(r'<input type="checkbox"[^>]*?name="([^"]+)" value="y" checked', html):
        data[m.group(1)] = "y"
    for m in re.finditer(r'<textarea id="[^"]+" name="([^"]+)"[^>]*>(.*?)</textarea>', html, re.S):
        data[m.group(1)] = htmlmod.unescape(m.group(2))
    for m in re.finditer(r'<select[^>]*name="([^"]+)"[^>]*>(.*?)</select>', html, re.S):
        sel = re.search(r'<option value="([^"]*)" selected', m.group(2))
        first = re.search(r'<option value="([^"]*)"', m.group(2))
        data[m.group(1)] = htmlmod.unescape((sel or first).group(1)) if (sel or first) else ""
    data.pop("csrf_token", None)
    return data


@pytest.mark.parametrize("source", ["own", "shared"])
@pytest.mark.parametrize("posting", POSTING_NAMES)
def test_import_each_posting_through_the_review_form(client, login, make_user, source, posting):
    text = _posting(source, posting)
    login(client, make_user("recruiter"))
    review = client.post("/jobs/import", data={"description": text})
    assert review.status_code == 200
    html = review.get_data(as_text=True)
    assert "Review the imported job" in html
    data = _form_fields(html)
    assert "Customer Care" in data["title"]
    assert data.get("skill-0-name"), "the draft proposes at least one skill"
    data["skill-0-weight"] = "3"  # the recruiter edits a weight before saving
    data["status"] = "open"
    saved = client.post("/jobs/new", data=data)
    assert saved.status_code == 302
    job = db.session.scalar(select(Job))
    assert job.status == "open" and "Customer Care" in job.title
    req = job.requirements()
    assert req.skills and req.skills[0].weight == 3
    assert [s.name for s in job.stages][:2] == ["Applied", "Screening"]
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "job.created")).data["source"] == "import"


def test_import_upload_of_a_text_file(client, login, make_user):
    import io

    login(client, make_user("recruiter"))
    data = own_posting("customer-care-representative.txt").read_bytes()
    resp = client.post(
        "/jobs/import",
        data={"description": "", "file": (io.BytesIO(data), "posting.txt")},
        content_type="multipart/form-data",
    )
    assert resp.status_code == 200 and "Review the imported job" in resp.get_data(as_text=True)


def test_import_with_nothing_explains_what_to_do(client, login, make_user):
    login(client, make_user("recruiter"))
    resp = client.post("/jobs/import", data={"description": "  "})
    assert resp.status_code == 400
    assert "Paste the job description" in resp.get_data(as_text=True)


def test_invalid_form_keeps_everything_typed_and_saves_nothing(client, login, make_user):
    login(client, make_user("recruiter"))
    resp = client.post(
        "/jobs/new",
        data={
            "title": "Night <b>Agent</b>",
            "employment_type": "full_time",
            "stages": "Applied\nHired",
            "skill-0-name": "Zendesk",
            "skill-0-weight": "lots",
            "skill-0-kind": "preferred",
            "tier-0-name": "Senior",
            "tier-0-min": "5",
            "tier-0-max": "2",
            "ko-0-question": "Can you work nights?",
            "ko-0-failing": "no",
            "weight_required_skills": "30",
            "weight_preferred_skills": "10",
            "weight_experience": "25",
            "weight_duties": "10",
            "weight_vocabulary": "15",
            "weight_education": "10",
            "weight_knockouts": "5",
            "weight_cover_letter": "5",
        },
    )
    assert resp.status_code == 400
    html = resp.get_data(as_text=True)
    assert "Enter a number, e.g. 3 or 2.5." in html
    assert "The maximum years must be above the minimum." in html
    assert "The weights must add up to 100 (now 110)." in html
    assert 'value="Night &lt;b&gt;Agent&lt;/b&gt;"' in html and 'value="lots"' in html
    assert "Can you work nights?" in html and 'value="Zendesk"' in html
    assert db.session.scalar(select(Job)) is None


def test_editing_requirements_rescores_in_the_same_commit(client, login, make_user, make_job, make_application):
    job = make_job()
    application = make_application(job)
    before = application.score
    login(client, make_user("recruiter"))
    data = _form_fields(client.get(f"/jobs/{job.id}/edit").get_data(as_text=True))
    data["skill-0-name"] = "Underwater basket weaving"  # a required skill nobody has
    resp = client.post(f"/jobs/{job.id}/edit", data=data)
    assert resp.status_code == 302
    db.session.expire_all()
    assert job.requirements().skills[0].name == "Underwater basket weaving"
    assert db.session.scalar(select(Task).where(Task.kind == "rescore_job")) is not None
    assert application.score < before
    # a save without requirement changes does not rescore again
    client.post(f"/jobs/{job.id}/edit", data=_form_fields(client.get(f"/jobs/{job.id}/edit").get_data(as_text=True)))
    assert len(db.session.scalars(select(Task).where(Task.kind == "rescore_job")).all()) == 1


def test_duplicate_status_and_team(client, login, make_user, make_job):
    job = make_job()
    manager, interviewer = make_user("hiring_manager"), make_user("interviewer")
    login(client, make_user("recruiter"))
    resp = client.post(f"/jobs/{job.id}/duplicate")
    assert resp.status_code == 302
    copy = db.session.scalar(select(Job).where(Job.id != job.id))
    assert copy.status == "draft" and copy.title == f"Copy of {job.title}"
    assert copy.requirements_data == job.requirements_data and len(copy.stages) == len(job.stages)
    assert client.post(f"/jobs/{job.id}/status", data={"status": "closed"}).status_code == 302
    assert db.session.get(Job, job.id).status == "closed"
    resp = client.post(
        f"/jobs/{job.id}/team", data={f"role-{manager.id}": "hiring_manager", f"role-{interviewer.id}": "interviewer"}
    )
    assert resp.status_code == 302
    roles = {a.user_id: a.role for a in db.session.scalars(select(JobAssignment).where(JobAssignment.job_id == job.id))}
    assert roles == {manager.id: "hiring_manager", interviewer.id: "interviewer"}
    client.post(f"/jobs/{job.id}/team", data={f"role-{manager.id}": "hiring_manager"})
    assert db.session.scalar(select(JobAssignment).where(JobAssignment.user_id == interviewer.id)) is None
    assert client.post(f"/jobs/{job.id}/team", data={f"role-{manager.id}": "admin"}).status_code == 400


@pytest.mark.parametrize("role", ["hiring_manager", "interviewer"])
def test_non_recruiters_reach_no_recruiter_action(client, login, make_user, make_job, make_application, role):
    job = make_job()
    application = make_application(job)
    user = make_user(role)
    from ats.jobs.services import assign

    assign(job, user, role, actor=None)  # even on their own job
    login(client, user)
    gets = [
        "/jobs",
        "/jobs/new",
        "/jobs/import",
        f"/jobs/{job.id}/edit",
        f"/jobs/{job.id}/team",
        f"/jobs/{job.id}/applicants.csv",
    ]
    posts = [
        "/jobs/new",
        "/jobs/import",
        f"/jobs/{job.id}/edit",
        f"/jobs/{job.id}/duplicate",
        f"/jobs/{job.id}/status",
        f"/jobs/{job.id}/team",
    ]
    for url in gets:
        assert client.get(url).status_code == 404, url
    for url in posts:
        assert client.post(url, data={"title": "x", "status": "closed"}).status_code == 404, url
    assert db.session.scalar(select(Job).where(Job.id != job.id)) is None
    assert db.session.get(Job, job.id).status == "open"
    assert client.get(f"/applications/{application.id}").status_code == 200
    assert "Advance to" not in client.get(f"/applications/{application.id}").get_data(as_text=True)


def test_anonymous_is_sent_to_login(client, make_job):
    job = make_job()
    for url in ("/jobs", f"/jobs/{job.id}/applicants", f"/jobs/{job.id}/applicants.csv"):
        resp = client.get(url)
        assert resp.status_code == 302 and "/login" in resp.headers["Location"]


def test_recruiter_pages_render(client, login, make_user, make_job):
    job = make_job(title="Night <Agent>")
    make_user("hiring_manager", name="Hana Manager")
    login(client, make_user("admin"))
    listing = client.get("/jobs").get_data(as_text=True)
    assert "Night &lt;Agent&gt;" in listing and f"/jobs/{job.id}/edit" in listing
    assert ">Jobs</a>" in listing  # the nav entry
    for url in ("/jobs/new", "/jobs/import", f"/jobs/{job.id}/edit", f"/jobs/{job.id}/team"):
        assert client.get(url).status_code == 200, url
    edit = client.get(f"/jobs/{job.id}/edit").get_data(as_text=True)
    assert 'value="Customer service"' in edit and '<option value="Experienced" selected>' in edit
    assert "Hana Manager" in client.get(f"/jobs/{job.id}/team").get_data(as_text=True)


def test_switching_screening_off_and_on(client, login, make_user, make_job, make_application):
    job = make_job(screening_enabled=False)
    application = make_application(job)
    assert application.screening_status == "off" and application.score is None
    login(client, make_user("recruiter"))
    data = _form_fields(client.get(f"/jobs/{job.id}/edit").get_data(as_text=True))
    assert "screening_enabled" not in data
    data["screening_enabled"] = "y"
    assert client.post(f"/jobs/{job.id}/edit", data=data).status_code == 302
    db.session.expire_all()
    assert application.screening_status == "done" and application.score is not None


def test_the_jobs_occupation_is_shown_confirmed_and_changed(client, login, make_user, make_job):
    """Saving stores the O*NET occupation taken from the title (shown by name), the recruiter may change it
    by title or code, and typed extra titles count in full and survive edits."""
    job = make_job(title="Customer Care Specialist")
    login(client, make_user("recruiter"))
    page = client.get(f"/jobs/{job.id}/edit").get_data(as_text=True)
    data = _form_fields(page)
    data["occupation"] = ""  # empty: taken from the title and duties
    data["related_occupations"] = ""
    data["extra_titles"] = "Dog Groomer\nDog Groomer\n  Kennel   Attendant  "
    assert client.post(f"/jobs/{job.id}/edit", data=data).status_code == 302
    db.session.expire_all()
    req = job.requirements()
    assert req.occupation == "43-4051.00" and req.related_occupations
    assert req.occupation_titles == ("Dog Groomer", "Kennel Attendant")
    again = _form_fields(client.get(f"/jobs/{job.id}/edit").get_data(as_text=True))
    assert again["occupation"] == "Customer Service Representatives (43-4051.00)"
    assert again["extra_titles"].splitlines() == ["Dog Groomer", "Kennel Attendant"]
    again["occupation"] = "registered nurse"  # typed as a title
    again["related_occupations"] = "none"
    assert client.post(f"/jobs/{job.id}/edit", data=again).status_code == 302
    db.session.expire_all()
    req = job.requirements()
    assert req.occupation == "29-1141.00" and req.related_occupations == ()
    assert "Dog Groomer" in req.occupation_titles
    again = _form_fields(client.get(f"/jobs/{job.id}/edit").get_data(as_text=True))
    again["occupation"] = "29-1141.00 whatever follows"  # a pasted code wins
    again["related_occupations"] = "Licensed Practical Nurse"
    assert client.post(f"/jobs/{job.id}/edit", data=again).status_code == 302
    db.session.expire_all()
    assert job.requirements().related_occupations == ("29-2061.00",)


def test_an_unknown_occupation_is_refused_and_what_was_typed_stays(client, login, make_user, make_job):
    job = make_job(title="Customer Care Specialist")
    login(client, make_user("recruiter"))
    data = _form_fields(client.get(f"/jobs/{job.id}/edit").get_data(as_text=True))
    before = dict(job.requirements_data)
    data["occupation"] = "Xqzv Wplk"
    resp = client.post(f"/jobs/{job.id}/edit", data=data)
    assert resp.status_code == 400
    html = resp.get_data(as_text=True)
    assert "No O*NET occupation matches “Xqzv Wplk”" in html and 'value="Xqzv Wplk"' in html
    db.session.expire_all()
    assert job.requirements_data == before


def _imported(client, login, make_user, text: str) -> tuple[str, dict[str, str]]:
    """A recruiter imports a posting: the review form's page and its fields."""
    login(client, make_user("recruiter"))
    html = client.post("/jobs/import", data={"description": text}).get_data(as_text=True)
    return html, _form_fields(html)


def test_import_keeps_titles_the_posting_names(client, login, make_user):
    """'Experience as a ...' in a posting becomes an editable extra title on the review form."""
    text = (
        "Kennel Assistant\nWe are hiring a kennel assistant in Austin, TX.\nRequirements\n"
        "- Experience as a Doggy Daycare Host or Veterinary Assistant\n- High school diploma\n"
    )
    _, data = _imported(client, login, make_user, text)
    assert data["extra_titles"].splitlines() == ["Doggy Daycare Host", "Veterinary Assistant"]


def test_import_keeps_the_lines_of_work_the_experience_requirement_names(client, login, make_user):
    """'3+ years in media relations or corporate communications' fills the same box, and saving keeps it."""
    text = (
        "Public Relations Specialist\nRequirements\n"
        "- 3+ years of experience in media relations or corporate communications\n- Bachelor's degree\n"
    )
    html, data = _imported(client, login, make_user, text)
    assert data["extra_titles"].splitlines() == ["media relations", "corporate communications"]
    assert "lines of work whose years count in full" in html
    data["status"] = "open"
    assert client.post("/jobs/new", data=data).status_code == 302
    req = db.session.scalar(select(Job)).requirements()
    assert req.occupation_titles == ("media relations", "corporate communications")


def test_rescore_command_updates_scores_from_older_scorers(app, make_job, make_application):
    """`flask rescore` rescores jobs whose stored scores came from another scorer version, and says so."""
    from ats.applications.models import ScreeningResult
    from ats.screening.score import SCORER_VERSION

    job = make_job()
    application = make_application(job)
    runner = app.test_cli_runner()
    first = runner.invoke(args=["rescore"])
    assert first.exit_code == 0, first.output
    assert "up to date" in first.output and "0 applications rescored" in first.output
    assert "1 rescored (0 were out of date)" in runner.invoke(args=["rescore", "--all"]).output
    result = db.session.scalar(select(ScreeningResult).where(ScreeningResult.application_id == application.id))
    result.scorer_version, application.score = "1999.01.1", 0.0
    db.session.commit()
    out = runner.invoke(args=["rescore", "--job", str(job.id)])
    assert "1 rescored (1 were out of date)" in out.output
    db.session.expire_all()
    assert result.scorer_version == SCORER_VERSION and application.score > 0
    assert runner.invoke(args=["rescore", "--job", "999"]).exit_code != 0
