"""Adverse impact: hand-computed rates and ratios, the four-fifths flag, small-cell suppression, who may see it;
and a crawl proving no per-person EEO answer reaches any page, CSV or API response."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select

from ats.applications.models import Application, StageEvent
from ats.candidates.models import Candidate
from ats.extensions import db
from ats.privacy.models import EeoResponse
from ats.reports.base import ReportFilter
from ats.reports.fairness import ScreenChoice, adverse_impact

T0 = datetime(2026, 2, 2, 9, 0, tzinfo=UTC)
# gender, score, furthest stage (moves skip Phone screen and Offer on purpose)
PEOPLE = (
    [
        ("female", s, "Hired" if i == 0 else "Interview" if i < 3 else "Screening" if i < 6 else "Applied")
        for i, s in enumerate([95, 90, 80, 75, 60, 50, 40, 30, 20, 10])
    ]
    + [
        ("male", s, "Hired" if i < 2 else "Interview" if i < 4 else "Screening" if i < 8 else "Applied")
        for i, s in enumerate([85, 81, 78, 72, 71, 65, 55, 45, 35, 25])
    ]
    + [("non_binary", s, "Screening") for s in (5, 4, 3)]
)
PATHS = {
    "Applied": ["Applied"],
    "Screening": ["Applied", "Screening"],
    "Interview": ["Applied", "Screening", "Interview"],
    "Hired": ["Applied", "Screening", "Interview", "Hired"],
}


def seed_people(job) -> None:
    stages = {s.name: s for s in job.stages}
    for n, (gender, score, furthest) in enumerate(PEOPLE):
        candidate = Candidate(name=f"Fair {n}", email=f"fair{n}@example.org", email_normalized=f"fair{n}@example.org")
        application = Application(
            job=job, candidate=candidate, stage_id=stages[furthest].id, score=float(score), applied_at=T0
        )
        db.session.add(application)
        db.session.flush()
        db.session.add(EeoResponse(application_id=application.id, job_id=job.id, gender=gender))
        previous = None
        for day, name in enumerate(PATHS[furthest]):
            db.session.add(
                StageEvent(
                    application_id=application.id,
                    from_name=previous,
                    to_stage_id=stages[name].id,
                    to_name=name,
                    created_at=T0 + timedelta(days=day),
                )
            )
            previous = name
    db.session.commit()


def table(report) -> dict[tuple[str, str], tuple]:
    return {(r[0], r[1]): tuple(r[2:]) for r in report.rows}


def test_rates_ratios_flag_and_suppression_by_hand(app, make_job):
    seed_people(make_job())
    report = adverse_impact("gender", ReportFilter(), ScreenChoice(top_n=5, threshold=70))
    rows = table(report)
    assert {g for _, g in rows} == {"Female", "Male"}  # three non-binary people: below the cell size of 5
    assert "1 left out" in report.note
    # (applicants, selected, rate %, impact ratio, flag)
    assert rows[("Automated screen: top 5 by score", "Female")] == (10, 3, 30.0, 1.0, "")
    assert rows[("Automated screen: top 5 by score", "Male")] == (10, 2, 20.0, 0.67, "Below four-fifths")
    assert rows[("Automated screen: score at least 70", "Female")] == (10, 4, 40.0, 0.8, "")  # exactly 4/5: no flag
    assert rows[("Automated screen: score at least 70", "Male")] == (10, 5, 50.0, 1.0, "")
    assert rows[("Reached Screening", "Female")] == (10, 6, 60.0, 0.75, "Below four-fifths")
    assert rows[("Reached Screening", "Male")] == (10, 8, 80.0, 1.0, "")
    assert rows[("Reached Phone screen", "Female")] == (10, 3, 30.0, 0.75, "Below four-fifths")  # skipped, counted
    assert rows[("Reached Offer", "Female")] == (10, 1, 10.0, 0.5, "Below four-fifths")
    assert rows[("Reached Hired", "Male")] == (10, 2, 20.0, 1.0, "")
    app.config["EEO_MIN_CELL_SIZE"] = 11
    assert adverse_impact("gender", ReportFilter(), ScreenChoice()).rows == []


def test_only_admins_granted_the_permission_see_it(app, make_job, make_user, login):
    seed_people(make_job())
    admin, recruiter = make_user("admin"), make_user("recruiter")
    runner = app.test_cli_runner()
    assert runner.invoke(args=["grant-permission", recruiter.email, "adverse_impact"]).exit_code != 0
    client = app.test_client()
    login(client, admin)
    assert client.get("/reports/fairness/adverse-impact").status_code == 404
    assert runner.invoke(args=["grant-permission", admin.email, "adverse_impact"]).exit_code == 0
    page = client.get("/reports/fairness/adverse-impact?top_n=5&threshold=70")
    assert page.status_code == 200 and "Below four-fifths" in page.get_data(as_text=True)
    rows = list(
        csv.reader(io.StringIO(client.get("/reports/fairness/adverse-impact.csv?top_n=5").get_data(as_text=True)))
    )
    assert rows[0][:3] == ["Measure", "Group", "Applicants"] and len(rows) > 4
    other = app.test_client()
    login(other, recruiter)
    assert other.get("/reports/fairness/adverse-impact").status_code == 404
    assert runner.invoke(args=["grant-permission", admin.email, "adverse_impact", "--revoke"]).exit_code == 0
    assert client.get("/reports/fairness/adverse-impact.csv").status_code == 404


def _fill(rule, pools) -> str | None:
    values = {}
    for name in rule.arguments:
        if name not in pools:
            return None
        values[name] = pools[name]
    try:
        return rule.build(values, append_unknown=False)[1]
    except Exception:
        return None


@pytest.fixture
def marked(app, make_job, make_application):
    """Six real applications; five share a distinctive gender (an aggregate group), one is alone, and every
    other answer is unique to its person."""
    job = make_job()
    apps = [make_application(job, name=f"Person {n}") for n in range(6)]
    for n, application in enumerate(apps):
        row = db.session.scalar(select(EeoResponse).where(EeoResponse.application_id == application.id))
        if row is None:
            row = EeoResponse(application_id=application.id, job_id=job.id)
            db.session.add(row)
        row.gender = "zqlonelyone" if n == 5 else "zqbiggroup"
        row.race_ethnicity, row.veteran_status, row.disability_status = f"zqrace{n}", f"zqvet{n}", f"zqdis{n}"
    db.session.commit()
    return job, apps


def test_no_per_person_eeo_answer_reaches_any_page_csv_or_api(app, marked, make_user, login, api_as):
    job, apps = marked
    admin = make_user("admin")
    app.test_cli_runner().invoke(args=["grant-permission", admin.email, "adverse_impact"])
    document = apps[0].documents[0]
    pools = {
        "application_id": apps[0].id,
        "candidate_id": apps[0].candidate_id,
        "document_id": document.id,
        "job_id": job.id,
        "slug": job.slug,
        "user_id": admin.id,
        "report": "funnel",
    }
    per_person = ["zqlonelyone", *(f"zq{k}{n}" for k in ("race", "vet", "dis") for n in range(6))]
    clients = []
    for user in (admin, make_user("recruiter")):
        client = app.test_client()
        login(client, user)
        clients.append(client)
    seen_group = []
    crawled = 0
    for rule in app.url_map.iter_rules():
        if "GET" not in rule.methods or rule.endpoint == "static":
            continue
        url = _fill(rule, pools)
        if url is None:
            continue
        responses = [c.get(url) for c in clients]
        if url.startswith("/api/"):
            responses.append(api_as(admin, "read").get(url))
        for response in responses:
            body = response.get_data().decode("utf-8", "replace").lower()
            crawled += 1
            leaked = [m for m in per_person if m in body]
            assert not leaked, f"{url} shows {leaked}"
            if "zqbiggroup" in body:
                seen_group.append(rule.endpoint)
    for extra in ("/reports/fairness/adverse-impact.csv", "/reports/fairness/adverse-impact?dimension=race_ethnicity"):
        body = clients[0].get(extra).get_data(as_text=True).lower()
        assert not [m for m in per_person if m in body]
        if "zqbiggroup" in body:
            seen_group.append(extra)
    assert crawled > 60
    # the group of five shows only as an aggregate on the adverse impact report
    allowed = {"reports.adverse_impact", "reports.adverse_impact_csv", "/reports/fairness/adverse-impact.csv"}
    assert seen_group and set(seen_group) <= allowed
