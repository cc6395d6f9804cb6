"""The ranked applicant list: order, filters kept in the URL, search, keyset pages, read-only for assigned staff."""

from __future__ import annotations

import re
from datetime import UTC

import pytest

from ats.extensions import db


@pytest.fixture
def ranked(make_job, make_application):
    job = make_job()
    strong = make_application(job, name="Strong Sam", answers={"weekends": "yes"})
    weak = make_application(job, name="Weak Wanda", answers={"weekends": "no"})
    return job, strong, weak


def _names(html: str) -> list[str]:
    return re.findall(r'class="candidate-link">([^<]+)<', html)


def test_rows_are_in_score_order_with_components_and_chips(client, login, make_user, ranked):
    job, strong, weak = ranked
    strong.score, weak.score = 80.0, 40.0
    db.session.commit()
    login(client, make_user("recruiter"))
    resp = client.get(f"/jobs/{job.id}/applicants")
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    assert _names(html) == ["Strong Sam", "Weak Wanda"]
    assert '<svg class="stack"' in html and "chip chip-ok" in html
    assert "Export CSV" in html


def test_filters_are_applied_and_kept_in_the_url(client, login, make_user, ranked):
    job, strong, weak = ranked
    strong.score, weak.score = 80.0, 40.0
    db.session.commit()
    login(client, make_user("recruiter"))
    html = client.get(f"/jobs/{job.id}/applicants?min_score=50").get_data(as_text=True)
    assert _names(html) == ["Strong Sam"]
    assert 'name="min_score" min="0" max="100" step="1" value="50"' in html
    html = client.get(f"/jobs/{job.id}/applicants?knockout=1").get_data(as_text=True)
    assert _names(html) == ["Weak Wanda"]
    html = client.get(f"/jobs/{job.id}/applicants?stage={job.stages[1].id}").get_data(as_text=True)
    assert _names(html) == []
    html = client.get(f"/jobs/{job.id}/applicants?skill=Customer+service").get_data(as_text=True)
    assert set(_names(html)) == {"Strong Sam", "Weak Wanda"}
    data = dict(weak.screening.score_data)
    data["components"] = [
        {**c, "matched": [m for m in c["matched"] if m["label"] != "Active listening"]} for c in data["components"]
    ]
    weak.screening.score_data = data
    db.session.commit()
    html = client.get(f"/jobs/{job.id}/applicants?skill=Active+listening").get_data(as_text=True)
    assert _names(html) == ["Strong Sam"]
    html = client.get(f"/jobs/{job.id}/applicants?min_score=abc&applied_from=2001-13-01").get_data(as_text=True)
    assert "Enter a score from 0 to 100." in html and "Enter a date as YYYY-MM-DD." in html
    assert len(_names(html)) == 2


def test_full_text_search_finds_words_of_the_resume_only_in_this_job(
    client, login, make_user, make_job, make_application
):
    job = make_job()
    other_job = make_job(title="Other role")
    make_application(job, name="Zelda Zendesk")
    make_application(other_job, name="Otto Other")
    login(client, make_user("recruiter"))
    html = client.get(f"/jobs/{job.id}/applicants?q=zendesk").get_data(as_text=True)
    assert _names(html) == ["Zelda Zendesk"]
    html = client.get(f"/jobs/{job.id}/applicants?q=zzzunknownword").get_data(as_text=True)
    assert _names(html) == []
    # search syntax characters are just dropped, never an error
    for q in ('"', "NEAR(", "a OR b AND", "*", "') OR 1=1 --", "body:x"):
        assert client.get(f"/jobs/{job.id}/applicants", query_string={"q": q}).status_code == 200


def test_keyset_pages_cover_every_row_once(client, login, make_user, make_job, make_application, monkeypatch):
    from ats.review import ranking

    job = make_job()
    apps = [make_application(job, name=f"Person {i}") for i in range(5)]
    for i, a in enumerate(apps):
        a.score = [50.0, 70.0, 50.0, None, 90.0][i]
    db.session.commit()
    seen, cursor = [], None
    filters = ranking.Filters.parse({})
    while True:
        page = ranking.ranked_page(job, filters, cursor, size=2)
        seen += [r.application.id for r in page.rows]
        cursor = page.next_cursor
        if not cursor:
            break
    expected = [apps[4].id, apps[1].id, apps[2].id, apps[0].id, apps[3].id]
    assert seen == expected
    login(client, make_user("recruiter"))
    monkeypatch.setattr(ranking, "PAGE_SIZE", 2)
    html = client.get(f"/jobs/{job.id}/applicants").get_data(as_text=True)
    assert "Next page" in html


def test_assigned_hiring_manager_sees_the_list_read_only_and_others_get_404(client, login, make_user, ranked):
    job, strong, weak = ranked
    from ats.jobs.services import assign

    manager = make_user("hiring_manager")
    assign(job, manager, "hiring_manager", actor=None)
    login(client, manager)
    resp = client.get(f"/jobs/{job.id}/applicants")
    assert resp.status_code == 200
    html = resp.get_data(as_text=True)
    assert "Strong Sam" in html and "Export CSV" not in html and "Edit job" not in html
    other = make_user("interviewer")
    client.post("/logout")
    login(client, other)
    assert client.get(f"/jobs/{job.id}/applicants").status_code == 404
    assert client.get(f"/applications/{strong.id}").status_code == 404


def test_bulk_move_from_the_ranked_list(client, login, make_user, ranked, app):
    if "pipeline.bulk" not in app.view_functions:
        pytest.skip("the pipeline's bulk action is not installed")
    job, strong, weak = ranked
    login(client, make_user("recruiter"))
    html = client.get(f"/jobs/{job.id}/applicants").get_data(as_text=True)
    assert f'name="application_ids" value="{strong.id}" form="bulk-form"' in html and "data-bulk-toolbar" in html
    resp = client.post(
        f"/jobs/{job.id}/bulk",
        data={
            "action": "move",
            "stage_id": job.stages[1].id,
            "application_ids": [strong.id],
            f"version_{strong.id}": strong.version,
            "next": f"/jobs/{job.id}/applicants",
        },
    )
    assert resp.status_code == 303 and resp.headers["Location"].endswith(f"/jobs/{job.id}/applicants")
    db.session.expire_all()
    assert strong.stage_id == job.stages[1].id and weak.stage_id == job.stages[0].id


def test_sort_by_applied_date_pages_with_a_date_cursor(app, make_job, make_application):
    from datetime import datetime, timedelta

    from ats.review import ranking

    job = make_job()
    apps = [make_application(job, name=f"P{i}") for i in range(3)]
    base = datetime(2026, 1, 1, tzinfo=UTC)
    for i, a in enumerate(apps):
        a.applied_at = base + timedelta(days=i)
    db.session.commit()
    filters = ranking.Filters.parse({"sort": "applied"})
    first = ranking.ranked_page(job, filters, None, size=2)
    assert [r.application.id for r in first.rows] == [apps[2].id, apps[1].id]
    second = ranking.ranked_page(job, filters, first.next_cursor, size=2)
    assert [r.application.id for r in second.rows] == [apps[0].id] and second.next_cursor is None
    # a cursor from another sort order, or garbage, starts again instead of failing
    assert len(ranking.ranked_page(job, ranking.Filters.parse({}), first.next_cursor, size=5).rows) == 3
    assert len(ranking.ranked_page(job, filters, "v'; DROP TABLE x", size=5).rows) == 3
