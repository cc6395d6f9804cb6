"""Every report against values worked out by hand from tests/reports/seed.py, through the pages and the CSV."""

from __future__ import annotations

import csv
import io

import pytest

from ats.reports.base import ReportFilter
from ats.reports.catalog import REPORTS
from tests.reports.seed import seed


@pytest.fixture
def seeded(app, make_job):
    return seed(make_job)


def run(key: str, **filters):
    return REPORTS[key][1](ReportFilter(**filters))


def test_funnel_counts_every_stage_up_to_the_furthest_reached(seeded):
    rows = run("funnel").rows
    assert [tuple(r) for r in rows] == [
        ("Applied", 7, 57.1),
        ("Screening", 4, 75.0),
        ("Phone screen", 3, 100.0),
        ("Interview", 3, 66.7),
        ("Offer", 2, 100.0),
        ("Hired", 2, None),
    ]
    beta = run("funnel", job_id=seeded["jobs"]["B"].id).rows
    assert [r[1] for r in beta] == [2, 1, 1, 1, 1, 1]
    from datetime import date

    january = run("funnel", start=date(2026, 1, 1), end=date(2026, 1, 31)).rows
    assert january[0][1] == 6  # b2 applied in March


def test_time_in_stage_and_time_to_hire_medians_and_p90(seeded):
    assert [tuple(r) for r in run("time-in-stage").rows] == [
        ("Applied", 5, 2.0, 4.0),
        ("Screening", 4, 2.0, 6.0),
        ("Phone screen", 2, 2.0, 6.0),
        ("Interview", 3, 2.0, 22.0),
        ("Offer", 1, 8.0, 8.0),
    ]
    assert [tuple(r) for r in run("time-to-hire").rows] == [
        ("Alpha Agent", 1, 20.0, 20.0),
        ("Beta Lead", 1, 30.0, 30.0),
        ("All jobs", 2, 20.0, 30.0),
    ]


def test_sources_scores_outcomes_rejections_and_failures(seeded):
    assert [tuple(r) for r in run("sources").rows] == [
        ("LinkedIn", 3, 2, 1, 33.3),
        ("Careers page", 2, 0, 0, 0.0),
        ("Referral", 2, 1, 1, 50.0),
    ]
    assert [r[1] for r in run("scores").rows] == [0, 1, 0, 0, 1, 1, 0, 1, 1, 1]
    outcomes = {r[0]: tuple(r[1:]) for r in run("score-outcomes").rows}
    assert outcomes["80–89"] == (1, 100.0, 100.0, 100.0)
    assert outcomes["70–79"] == (1, 100.0, 100.0, 0.0)
    assert outcomes["10–19"] == (1, 100.0, 0.0, 0.0)
    assert outcomes["40–49"] == (1, 0.0, 0.0, 0.0)
    assert outcomes["90–100"] == (1, 100.0, 100.0, 100.0)
    assert outcomes["0–9"] == (0, None, None, None)
    assert [tuple(r) for r in run("rejections").rows] == [
        ("Not enough experience", "We rejected them", 2, 66.7),
        ("Accepted another offer", "They withdrew", 1, 33.3),
    ]
    assert [tuple(r) for r in run("screening-failures").rows] == [
        ("The file could not be read.", 1),
        ("Failed a knockout question (screened)", 1),
    ]


def test_report_pages_draw_from_json_and_csv_matches_the_table(seeded, client, make_user, login):
    login(client, make_user("recruiter"))
    assert "Funnel" in client.get("/reports").get_data(as_text=True)
    for key in REPORTS:
        page = client.get(f"/reports/{key}?job=abc&from=not-a-date")
        assert page.status_code == 200, key
        html = page.get_data(as_text=True)
        assert f'id="chart-data-{key}"' in html and "chart.umd.min.js" in html and "<table>" in html
        assert "Seed Person" not in html and "seed0@example.org" not in html
    response = client.get(f"/reports/funnel.csv?job={seeded['jobs']['A'].id}")
    assert response.headers["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True))))
    assert rows[0][0] == "Stage" and rows[1] == ["Applied", "5", "60.0"]  # a1, a2, a4 of five
    assert client.get("/reports/nope").status_code == 404


def test_csv_cells_that_look_like_formulas_are_defused(seeded, client, make_user, login):
    from ats.applications.models import StageEvent
    from ats.extensions import db

    db.session.query(StageEvent).filter(StageEvent.reason == "Accepted another offer").update(
        {"reason": "=HYPERLINK(1)"}
    )
    db.session.commit()
    login(client, make_user("admin"))
    body = client.get("/reports/rejections.csv").get_data(as_text=True)
    assert "'=HYPERLINK(1)" in body


@pytest.mark.parametrize("role", ["hiring_manager", "interviewer"])
def test_hiring_teams_do_not_see_cross_job_reports(seeded, client, make_user, login, role):
    login(client, make_user(role))
    assert client.get("/reports").status_code == 404
    assert client.get("/reports/funnel.csv").status_code == 404
