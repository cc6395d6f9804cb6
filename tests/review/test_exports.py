"""CSV export of the ranked list: rank order, score components, formula-injection safe, recruiters only."""

from __future__ import annotations

import csv
import io

import pytest

from ats.extensions import db
from ats.review.exports import HEADER, ranked_csv, safe_cell


@pytest.mark.parametrize("value", ["=1+1", "+SUM(A1)", "-2+3", "@cmd", "\tx", "\rx"])
def test_dangerous_cells_get_a_leading_apostrophe(value):
    assert safe_cell(value) == "'" + value


def test_plain_values_pass_through():
    assert safe_cell("Dana") == "Dana" and safe_cell(-3.5) == -3.5 and safe_cell("a=b") == "a=b"


def test_export_is_ranked_with_components_and_escaped(client, login, make_user, make_job, make_application):
    job = make_job()
    evil = make_application(job, name='=HYPERLINK("http://x","y")')
    good = make_application(job, name="Good Person")
    evil.score, good.score = 10.0, 95.0
    db.session.commit()
    login(client, make_user("recruiter"))
    resp = client.get(f"/jobs/{job.id}/applicants.csv")
    assert resp.status_code == 200 and resp.mimetype == "text/csv"
    assert "attachment" in resp.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(resp.get_data(as_text=True).lstrip("\ufeff"))))
    assert tuple(rows[0]) == HEADER
    assert [r[2] for r in rows[1:]] == ["Good Person", '\'=HYPERLINK("http://x","y")']
    assert rows[1][HEADER.index("required_skills_points")] != ""
    assert "Customer service" in rows[1][HEADER.index("required_matched")]


def test_export_honours_filters_and_ids(app, make_user, make_job, make_application):
    from ats.review.ranking import Filters

    job = make_job()
    a, b = make_application(job, name="Ann"), make_application(job, name="Bob")
    a.score, b.score = 80.0, 20.0
    db.session.commit()
    recruiter = make_user("recruiter")
    assert "Bob" not in ranked_csv(job, recruiter, filters=Filters.parse({"min_score": "50"}))
    only_b = ranked_csv(job, recruiter, application_ids=[b.id])
    assert "Bob" in only_b and "Ann" not in only_b
    with pytest.raises(LookupError):
        ranked_csv(job, make_user("interviewer"))
