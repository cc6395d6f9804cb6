"""full-text search

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-23 12:40:00

SQLite: an FTS5 table `search_fts` (rowid = application id; columns job, body), filled from the
documents already stored, and a trigger that drops an application's row when it is deleted.
PostgreSQL: a table search_fts(application_id, job_id, tsv) with a job index and a GIN index,
deleted with its application by the foreign key.
Neither is a model: migrations/env.py and the schema test skip them (ats.search.include_object).
"""

from alembic import op

revision = "0003"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(job, body, tokenize = 'unicode61 remove_diacritics 2')")
        op.execute(
            "CREATE TRIGGER search_fts_application_deleted AFTER DELETE ON applications "
            "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END"
        )
    else:
        op.execute(
            "CREATE TABLE search_fts (application_id integer PRIMARY KEY "
            "REFERENCES applications (id) ON DELETE CASCADE, job_id integer NOT NULL, tsv tsvector NOT NULL)"
        )
        op.execute("CREATE INDEX search_fts_job ON search_fts (job_id)")
        op.execute("CREATE INDEX search_fts_tsv ON search_fts USING gin (tsv)")
    from ats.search.index import backfill

    backfill(bind)


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_fts_application_deleted")
        op.execute("DROP TABLE IF EXISTS search_fts")
    else:
        op.execute("DROP TABLE IF EXISTS search_fts")
