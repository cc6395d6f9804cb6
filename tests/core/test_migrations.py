"""Migrations build the schema from nothing and match the models exactly."""

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text

from ats import create_app
from ats.dbsetup import upgrade
from ats.extensions import db
from ats.search import include_object
from tests.conftest import PG_URL, base_config


def test_upgrade_on_an_empty_database_creates_every_table(tmp_path):
    app = create_app(base_config(tmp_path, PG_URL or f"sqlite:///{tmp_path / 'fresh.sqlite'}"))
    with app.app_context():
        if PG_URL:
            db.session.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
            db.session.commit()
        upgrade()
        tables = set(inspect(db.engine).get_table_names())
        assert {t.name for t in db.metadata.sorted_tables} <= tables
        assert "alembic_version" in tables
        with db.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True, "include_object": include_object}),
                db.metadata,
            )
        assert diff == [], f"models and migrations differ: {diff}"
        db.session.remove()
        db.engine.dispose()


@pytest.mark.skipif(bool(PG_URL), reason="SQLite pragmas only apply to SQLite")
def test_sqlite_connections_have_wal_busy_timeout_and_foreign_keys(app):
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert conn.execute(text("PRAGMA busy_timeout")).scalar() == 5000
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
