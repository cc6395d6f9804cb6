"""The search index: one FTS5 row per application on SQLite; an expression GIN index on PostgreSQL.

SQLite keeps a copy of the application's document text in the FTS5 table `search_fts`
(rowid = application id, `job` = a token "j<job id>", `body` = resume + cover letter), so a
search inside one job intersects two posting lists instead of matching the whole database.
PostgreSQL needs no copy: `ix_documents_fts` indexes to_tsvector(extracted_text) directly.
"""
from __future__ import annotations

import re

from sqlalchemy import Select, select, text

from ats.extensions import db

FTS_TABLE = "search_fts"
PG_INDEX = "ix_documents_fts"
PG_TSVECTOR = "to_tsvector('english'::regconfig, coalesce(documents.extracted_text, ''::text))"
_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8


def _dialect() -> str:
    return db.session.get_bind().dialect.name


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    """Alembic filter: the FTS5 table (and its shadow tables) and the expression index are not models."""
    if type_ == "table" and name and name.startswith(FTS_TABLE):
        return False
    if type_ == "index" and name == PG_INDEX:
        return False
    return True


def _application_text_sql() -> str:
    """SQL giving (application id, job token, all document text) for the applications in :ids."""
    return ("SELECT a.id, 'j' || a.job_id, coalesce(group_concat(d.extracted_text, char(10)), '') "
            "FROM applications a LEFT JOIN documents d ON d.application_id = a.id "
            "AND d.extracted_text IS NOT NULL WHERE a.id IN ({ids}) GROUP BY a.id, a.job_id")


def index_application(application_id: int) -> None:
    """Refresh one application's row (caller commits); a no-op on PostgreSQL."""
    if _dialect() != "sqlite":
        return
    db.session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": application_id})
    db.session.execute(text(f"INSERT INTO {FTS_TABLE} (rowid, job, body) "
                            + _application_text_sql().format(ids=":id")), {"id": application_id})


def index_document(document) -> None:
    """Hook called when a document's extracted text changes (caller commits)."""
    db.session.flush()
    index_application(document.application_id)


def remove_application(application_id: int) -> None:
    """Drop an application's text from the index (erasure; the delete trigger does it too)."""
    if _dialect() == "sqlite":
        db.session.execute(text(f"DELETE FROM {FTS_TABLE} WHERE rowid = :id"), {"id": application_id})


def backfill(connection=None) -> int:
    """Rebuild the whole SQLite index from documents (migration and bulk loads); returns rows indexed."""
    conn = connection if connection is not None else db.session.connection()
    if conn.dialect.name != "sqlite":
        return 0
    conn.execute(text(f"DELETE FROM {FTS_TABLE}"))
    result = conn.execute(text(f"INSERT INTO {FTS_TABLE} (rowid, job, body) "
                               + _application_text_sql().format(ids="SELECT id FROM applications")))
    return result.rowcount or 0


def terms(query: str) -> list[str]:
    """The words of a search box entry; punctuation and operators are dropped, so input is never syntax."""
    return _WORD.findall(query or "")[:MAX_TERMS]


def matching_application_ids(job_id: int, query: str) -> Select | None:
    """A subquery of the job's application ids whose documents contain every word (prefix match).

    None when the query has no words (no filter).
    """
    words = terms(query)
    if not words:
        return None
    if _dialect() == "sqlite":
        body = " AND ".join(f'"{w}"*' for w in words)
        match = f'job : "j{int(job_id)}" AND body : ({body})'
        return (select(text("rowid")).select_from(text(FTS_TABLE))
                .where(text(f"{FTS_TABLE} MATCH :fts_match").bindparams(fts_match=match)))
    from ats.applications.models import Application, Document

    tsquery = " & ".join(f"'{w.lower()}':*" for w in words)
    return (select(Document.application_id)
            .where(Document.application_id.in_(select(Application.id).where(Application.job_id == job_id)))
            .where(text(f"{PG_TSVECTOR} @@ to_tsquery('english'::regconfig, :pg_tsq)")
                   .bindparams(pg_tsq=tsquery)))
