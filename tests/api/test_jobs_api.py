"""Jobs through the API: the job form's rules (the same messages), requirements, drafts, publish and close."""

from __future__ import annotations

from sqlalchemy import select

from ats.audit.models import AuditEvent
from ats.extensions import db
from ats.jobs.models import Job
from ats.jobs.requirements_form import JobForm

WEIGHTS = {
    "required_skills": 30,
    "preferred_skills": 10,
    "experience": 20,
    "duties": 10,
    "vocabulary": 10,
    "education": 10,
    "knockouts": 5,
    "cover_letter": 5,
}


def _body(**changes) -> dict:
    body = {
        "title": "Customer Care Representative",
        "location": "Denver",
        "region": "CO",
        "country": "us",
        "summary": "Help customers by phone.",
        "responsibilities": "Answer customer calls and emails\nResolve billing questions quickly",
        "salary_min": 40000,
        "salary_max": 52000,
        "stages": ["Applied", "Phone screen", "Interview", "Hired"],
        "requirements": {
            "skills": [
                {"name": "Customer service", "weight": 2},
                {"name": "Zendesk", "required": False, "aliases": ["Zendesk Support"]},
            ],
            "experience_tiers": [
                {"name": "Entry", "min_years": 0, "max_years": 1},
                {"name": "Experienced", "min_years": 1},
            ],
            "target_tier": "Experienced",
            "education_minimum": "high_school",
            "knockouts": [{"question": "Can you work weekends?", "failing_answer": "no", "auto_reject": True}],
            "weights": WEIGHTS,
        },
    }
    body.update(changes)
    return body


def test_create_a_job_as_the_form_would_save_it(app, make_user, api_as):
    api = api_as(make_user("recruiter"))
    response = api.post("/api/v1/jobs", json=_body())
    assert response.status_code == 201, response.json
    assert response.headers["Location"].endswith(f"/api/v1/jobs/{response.json['id']}")
    job = db.session.get(Job, response.json["id"])
    assert job.status == "draft" and job.country == "US" and job.region == "CO"
    assert [s.name for s in job.stages] == ["Applied", "Phone screen", "Interview", "Hired", "Rejected", "Withdrawn"]
    req = job.requirements_data
    assert req["occupation"] == "43-4051.00"  # taken from the title, as the form does
    assert req["skills"][1] == {"name": "Zendesk", "required": False, "weight": 1.0, "aliases": ["Zendesk Support"]}
    assert req["knockouts"][0]["id"] == "can-you-work-weekends" and req["weights"]["experience"] == 20
    assert req["duties"] == ["Answer customer calls and emails", "Resolve billing questions quickly"]
    shown = response.json["requirements"]
    assert shown["occupation_label"] == "Customer Service Representatives (43-4051.00)"
    assert shown["duties"] == req["duties"]
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "job.created")).data["source"] == "api"


def test_the_form_and_the_api_refuse_the_same_input_with_the_same_words(app, make_user, api_as):
    api = api_as(make_user("recruiter"))
    bad = _body(salary_min=60000, salary_max=50000, country="USA")
    bad["requirements"] = {**bad["requirements"], "target_tier": "Senior", "weights": {**WEIGHTS, "duties": 40}}
    bad["requirements"]["skills"].append({"name": "customer service"})
    response = api.post("/api/v1/jobs", json=bad)
    assert response.status_code == 422 and response.mimetype == "application/problem+json"
    errors = {e["pointer"]: e["detail"] for e in response.json["errors"]}
    assert errors["/requirements/target_tier"] == "Choose one of the tiers above."
    assert errors["/requirements/weights"] == "The weights must add up to 100 (now 130)."
    assert errors["/requirements/skills/2/name"] == "customer service is listed twice."
    assert errors["/salary_max"] == "The maximum must be at least the minimum."
    assert errors["/country"] == "Enter the two-letter country code, e.g. US, CA or GB."
    assert db.session.scalar(select(Job)) is None
    form = JobForm.from_request(
        {
            "title": "X",
            "employment_type": "full_time",
            "salary_min": "60000",
            "salary_max": "50000",
            "target_tier": "Senior",
        }
        | {f"weight_{k}": str(v) for k, v in {**WEIGHTS, "duties": 40}.items()}
    )
    assert form.validate() is None
    assert (
        form.errors["salary_max"] == errors["/salary_max"] and form.errors["weights"] == errors["/requirements/weights"]
    )


def test_an_unknown_occupation_and_unknown_fields_are_refused(app, make_user, api_as):
    api = api_as(make_user("recruiter"))
    unknown = api.post("/api/v1/jobs", json=_body(requirements={"occupation": "99-9999.99"}))
    assert unknown.status_code == 422
    assert unknown.json["errors"][0]["pointer"] == "/requirements/occupation"
    mass = api.post("/api/v1/jobs", json=_body(created_by_id=1, slug="mine"))
    assert mass.status_code == 422
    assert {e["pointer"] for e in mass.json["errors"]} == {"/created_by_id", "/slug"}


def test_patch_changes_only_what_is_sent_and_requirements_rescore(app, make_user, make_job, make_application, api_as):
    job = make_job()
    make_application(job)
    api = api_as(make_user("recruiter"))
    before = dict(job.requirements_data)
    response = api.patch(f"/api/v1/jobs/{job.id}", json={"department": "Care", "valid_through": "2030-01-31"})
    assert response.status_code == 200 and response.json["department"] == "Care"
    assert response.json["valid_through"] == "2030-01-31"
    db.session.refresh(job)
    assert job.title == "Customer Care Specialist"
    assert [(s["name"], s["required"]) for s in job.requirements_data["skills"]] == [
        (s["name"], s["required"]) for s in before["skills"]
    ]
    put = api.put(
        f"/api/v1/jobs/{job.id}/requirements",
        json={"skills": [{"name": "Customer service"}, {"name": "Salesforce"}], "related_occupations": ["none"]},
    )
    assert put.status_code == 200
    assert [s["name"] for s in put.json["skills"]] == ["Customer service", "Salesforce"]
    assert put.json["related_occupations"] == []
    assert put.json["experience_tiers"] == before["experience_tiers"]  # kept: not sent
    audit = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "job.updated")).all()
    assert audit[-1].data["rescored"] is True


def test_publish_and_close_move_the_job_on_and_off_the_public_pages(app, client, make_user, make_job, api_as):
    job = make_job("Quiet Role", status="draft")
    api = api_as(make_user("recruiter"))
    assert "Quiet Role" not in client.get("/api/v1/public/jobs").get_data(as_text=True)
    published = api.post(f"/api/v1/jobs/{job.id}/publish")
    assert published.status_code == 200 and published.json["status"] == "open" and published.json["posted_at"]
    assert published.json["public_url"] == f"http://localhost/careers/{job.slug}"
    assert "Quiet Role" in client.get("/api/v1/public/jobs").get_data(as_text=True)
    closed = api.post(f"/api/v1/jobs/{job.id}/close")
    assert closed.json["status"] == "closed" and closed.json["public_url"] is None
    assert "Quiet Role" not in client.get("/api/v1/public/jobs").get_data(as_text=True)


def test_a_draft_from_a_posting_text_is_ready_to_send_back(app, make_user, api_as):
    api = api_as(make_user("recruiter"))
    text = (
        "Customer Service Representative\n\nResponsibilities\n- Answer customer calls and emails every day\n\n"
        "Requirements\n- 2+ years of customer service experience\n- Experience with Zendesk or another CRM\n"
        "- High school diploma required\n"
    )
    response = api.post("/api/v1/jobs/draft", json={"text": text})
    assert response.status_code == 200 and response.json["errors"] == []
    draft = response.json["job"]
    assert draft["title"] == "Customer Service Representative"
    assert draft["requirements"]["occupation"] == "43-4051.00"
    assert {s["name"] for s in draft["requirements"]["skills"]} >= {"Customer Service"}
    assert db.session.scalar(select(Job)) is None  # a draft saves nothing
    created = api.post("/api/v1/jobs", json=draft)
    assert created.status_code == 201, created.json


def test_nul_characters_are_refused_before_they_reach_the_database(app, make_user, make_job, api_as):
    """PostgreSQL cannot store NUL in text: schemathesis found the 500 this used to be."""
    api = api_as(make_user("recruiter"))
    job = make_job()
    for response in (
        api.post("/api/v1/jobs", json={"title": "Agent\x00"}),
        api.patch(f"/api/v1/jobs/{job.id}", json={"requirements": {"skills": [{"name": "CRM\x00"}]}}),
        api.get(f"/api/v1/jobs/{job.id}/applications", query_string={"skill": "CRM\x00"}),
    ):
        assert response.status_code == 422 and response.json["code"] == "nul_character"
    assert db.session.scalar(select(Job).where(Job.title.startswith("Agent"))) is None
