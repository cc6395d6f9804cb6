"""Migration 26s moves stored analyses to a table of their own and back, losing nothing either way."""

import json

from flask_migrate import downgrade
from flask_migrate import upgrade as alembic_upgrade
from sqlalchemy import inspect, text

from ats.applications.models import ScreeningResult
from ats.dbsetup import MIGRATIONS_DIR
from ats.extensions import db


def _json(value):
    """A JSON column read by raw SQL: text on SQLite, already decoded by psycopg on PostgreSQL."""
    return json.loads(value) if isinstance(value, str) else value


def test_analyses_move_to_their_own_table_and_back_with_their_scores(app, make_job, make_application):
    job = make_job()
    application = make_application(job)
    result_id = application.screening.id
    stored = application.screening
    analysis, index, score = stored.analysis, stored.text_index, stored.score_data
    assert analysis and index and score
    db.session.commit()
    db.session.remove()

    downgrade(directory=str(MIGRATIONS_DIR), revision="25m")
    assert "screening_analyses" not in inspect(db.engine).get_table_names()
    row = db.session.execute(
        text("SELECT analysis, text_index, score_data FROM screening_results WHERE id = :id"), {"id": result_id}
    ).one()
    assert (_json(row[0]), row[1], _json(row[2])) == (analysis, index, score)
    db.session.remove()

    alembic_upgrade(directory=str(MIGRATIONS_DIR), revision="heads")
    assert "analysis" not in {c["name"] for c in inspect(db.engine).get_columns("screening_results")}
    version = db.session.execute(
        text("SELECT analyser_version FROM screening_analyses WHERE result_id = :id"), {"id": result_id}
    ).scalar_one()
    assert version == analysis["analyser_version"]
    back = db.session.get(ScreeningResult, result_id)
    assert (back.analysis, back.text_index, back.score_data) == (analysis, index, score)


def test_erasing_an_analysis_deletes_its_row_and_deleting_a_result_takes_its_analysis(app, make_job, make_application):
    job = make_job()
    first, second = make_application(job, name="First One"), make_application(job, name="Second One")
    count = "SELECT count(*) FROM screening_analyses WHERE result_id = :id"
    first.screening.analysis = None
    db.session.commit()
    assert db.session.execute(text(count), {"id": first.screening.id}).scalar_one() == 0
    result_id = second.screening.id
    db.session.delete(second)
    db.session.commit()
    assert db.session.execute(text(count), {"id": result_id}).scalar_one() == 0
