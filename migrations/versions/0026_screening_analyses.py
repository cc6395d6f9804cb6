"""stored analyses move to a table of their own; scores and analyses are json, not jsonb, on PostgreSQL

Revision ID: 26s
Revises: 25m
Create Date: 2026-12-06 03:40:00

A rescore rewrites thousands of scores. SQLite rewrites a whole row for any changed column, so each score
written also rewrote the 30 KB of analysis and sentence index beside it: writing 10,000 scores took 2.0 s
instead of 0.4 s. On PostgreSQL, jsonb parsed each score on the way in and printed each analysis on the way
out; plain json keeps the text as written (reading 10,000 analyses: 2.7 s -> 1.0 s), and lz4 compresses the
large values several times faster than the default pglz (writing 10,000 scores: 2.0 s -> 0.7 s, where the
server has lz4: PostgreSQL 14 and later, built with it). Existing analyses are
copied over, then the old columns dropped (natively: SQLite 3.35+ drops a column without rebuilding the
table, which with foreign keys on would have deleted the copied rows).

"""

import sqlalchemy as sa
from alembic import op

revision = "26s"
down_revision = "25m"
branch_labels = None
depends_on = None


def _postgres() -> bool:
    return op.get_bind().dialect.name == "postgresql"


def upgrade():
    op.create_table(
        "screening_analyses",
        sa.Column("result_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("analyser_version", sa.String(length=20), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("text_index", sa.Text(), nullable=True),
        sa.ForeignKeyConstraint(
            ["result_id"],
            ["screening_results.id"],
            name=op.f("fk_screening_analyses_result_id_screening_results"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("result_id", name=op.f("pk_screening_analyses")),
    )
    version = "analysis->>'analyser_version'" if _postgres() else "json_extract(analysis, '$.analyser_version')"
    data = "analysis::json" if _postgres() else "analysis"
    op.execute(
        "INSERT INTO screening_analyses (result_id, analyser_version, data, text_index) "
        f"SELECT id, COALESCE({version}, ''), {data}, text_index FROM screening_results WHERE analysis IS NOT NULL"
    )
    op.drop_column("screening_results", "text_index")
    op.drop_column("screening_results", "analysis")
    if _postgres():
        op.alter_column(
            "screening_results",
            "score_data",
            type_=sa.JSON(),
            existing_nullable=True,
            postgresql_using="score_data::json",
        )
        _compress_with_lz4({"screening_results": ("score_data",), "screening_analyses": ("data", "text_index")})


def _compress_with_lz4(columns: dict[str, tuple[str, ...]]) -> None:
    """lz4 for the large values, where the server supports it (else its default stays)."""
    bind = op.get_bind()
    for table, names in columns.items():
        for name in names:
            try:
                with bind.begin_nested():
                    bind.exec_driver_sql(f"ALTER TABLE {table} ALTER COLUMN {name} SET COMPRESSION lz4")
            except sa.exc.DBAPIError:  # older than 14, or built without lz4
                return


def downgrade():
    from sqlalchemy.dialects import postgresql

    pg = _postgres()
    if pg:
        op.alter_column(
            "screening_results",
            "score_data",
            type_=postgresql.JSONB(),
            existing_nullable=True,
            postgresql_using="score_data::jsonb",
        )
    op.add_column("screening_results", sa.Column("analysis", postgresql.JSONB() if pg else sa.JSON(), nullable=True))
    op.add_column("screening_results", sa.Column("text_index", sa.Text(), nullable=True))
    data = "a.data::jsonb" if pg else "a.data"
    op.execute(
        f"UPDATE screening_results SET analysis = (SELECT {data} FROM screening_analyses a "
        "WHERE a.result_id = screening_results.id), text_index = (SELECT a.text_index FROM screening_analyses a "
        "WHERE a.result_id = screening_results.id)"
    )
    op.drop_table("screening_analyses")
