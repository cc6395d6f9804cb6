"""full-text search

Revision ID: 0003
Revises: 0001
Create Date: 2026-11-23 12:40:00

SQLite: an FTS5 table `search_fts` (rowid = application id; columns job, body), filled from the
documents already stored, and a trigger that drops an application's row when it is deleted.
PostgreSQL: a GIN expression index on to_tsvector(documents.extracted_text); nothing is copied.
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
        op.execute("CREATE VIRTUAL TABLE search_fts USING fts5(job, body, "
                   "tokenize = 'unicode61 remove_diacritics 2')")
        op.execute("CREATE TRIGGER search_fts_application_deleted AFTER DELETE ON applications "
                   "BEGIN DELETE FROM search_fts WHERE rowid = old.id; END")
        from ats.search.index import backfill

        backfill(bind)
    elif bind.dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_documents_fts ON documents USING gin "
                   "(to_tsvector('english'::regconfig, coalesce(extracted_text, ''::text)))")


def downgrade():
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS search_fts_application_deleted")
        op.execute("DROP TABLE IF EXISTS search_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_documents_fts")
