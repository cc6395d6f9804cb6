"""The search index `search_fts`: one row per application with the text of its documents.

SQLite: an FTS5 table (rowid = application id, `job` = a token "j<job id>", `body` = resume +
cover letter), so a search inside one job intersects two posting lists instead of matching the
whole database. PostgreSQL: a table (application_id, job_id, tsv tsvector) with a job index and a
GIN index, so the planner can check only the job's stored vectors when a word is common.
"""

from __future__ import annotations

import re

from sqlalchemy import Select, select, text

from ats.extensions import db

FTS_TABLE = "search_fts"
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8


def _dialect() -> str:
    return db.session.get_bind().dialect.name


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic filter: the FTS5 table (and its shadow tables) and the expression index are not models."""
    if type_ == "table" and name and name.startswith(FTS_TABLE):
        return False
    return True


def _application_text_sql(dialect: str) -> str:
    """SQL giving (application id, job, all document text) for the applications in {ids}."""
    if dialect == "sqlite":
        return (
            "SELECT a.id, 'j' || a.job_id, coalesce(group_concat(d.extracted_text, char(10)), '') "
            "FROM applications a LEFT JOIN documents d ON d.application_id = a.id "
            "AND d.extracted_text IS NOT NULL WHERE a.id IN ({ids}) GROUP BY a.id, a.job_id"
        )
    return (
        "SELECT a.id, a.job_id, to_tsvector('english'::regconfig, "
        "coalesce(string_agg(d.extracted_text, E'\\n'), '')) "
        "FROM applications a LEFT JOIN documents d ON d.application_id = a.id "
        "AND d.extracted_text IS NOT NULL WHERE a.id IN ({ids}) GROUP BY a.id, a.job_id"
    )


def _columns(dialect: str) -> str:
    return "(rowid, job, body)" if dialect == "sqlite" else "(application_id, job_id, tsv)"


def _key(dialect: str) -> str:
    return "rowid" if dialect == "sqlite" else "application_id"


def index_application(application_id: int) -> None:
    """Refresh one application's row (caller commits)."""
    dialect = _dialect()
    db.session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE {_key(dialect)} = :id"), {"id": application_id})  # nosec B608: constant table and column names
    db.session.execute(
        text(f"INSERT INTO {FTS_TABLE} {_columns(dialect)} " + _application_text_sql(dialect).format(ids=":id")),
        {"id": application_id},
    )


def index_document(document) -> None:
    """Hook called when a document's extracted text changes (caller commits)."""
    db.session.flush()
    index_application(document.application_id)


def remove_application(application_id: int) -> None:
    """Drop an application's text from the index (erasure; a trigger or foreign key does it too)."""
    db.session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE {_key(_dialect())} = :id"), {"id": application_id})  # nosec B608: constant table and column names


def backfill(connection=None) -> int:
    """Rebuild the whole index from documents (migration and bulk loads); returns rows indexed."""
    conn = connection if connection is not None else db.session.connection()
    dialect = conn.dialect.name
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))  # nosec B608: constant table and column names
    result = conn.execute(
        text(
            f"INSERT INTO {FTS_TABLE} {_columns(dialect)} "
            + _application_text_sql(dialect).format(ids="SELECT id FROM applications")
        )
    )
    return result.rowcount or 0


def terms(query: str) -> list[str]:
    """The words of a search box entry; punctuation and operators are dropped, so input is never syntax."""
    return _WORD.findall(query or "")[:MAX_TERMS]


def matching_application_ids(job_id: int | None, query: str) -> Select | None:
    """A subquery of the job's (or, with job_id None, every job's) application ids whose documents contain
    every word (prefix match). None when the query has no words (no filter).
    """
    words = terms(query)
    if not words:
        return None
    if _dialect() == "sqlite":
        body = " AND ".join(f'"{w}"*' for w in words)
        match = f"body : ({body})" if job_id is None else f'job : "j{int(job_id)}" AND body : ({body})'
        return (
            select(text("rowid"))
            .select_from(text(FTS_TABLE))
            .where(text(f"{FTS_TABLE} MATCH :fts_match").bindparams(fts_match=match))
        )
    tsquery = " & ".join(f"'{w.lower()}':*" for w in words)
    condition = "tsv @@ to_tsquery('english'::regconfig, :pg_tsq)"
    if job_id is None:
        where = text(condition).bindparams(pg_tsq=tsquery)
    else:
        where = text("job_id = :fts_job AND " + condition).bindparams(fts_job=int(job_id), pg_tsq=tsquery)
    return select(text("application_id")).select_from(text(FTS_TABLE)).where(where)
