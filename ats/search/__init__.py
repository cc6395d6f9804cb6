"""Full-text search over resume and cover-letter text (SQLite FTS5, PostgreSQL tsvector)."""

from ats.search.index import (
    FTS_TABLE,
    backfill,
    include_object,
    index_application,
    index_document,
    matching_application_ids,
    remove_application,
)

__all__ = [
    "FTS_TABLE",
    "backfill",
    "include_object",
    "index_application",
    "index_document",
    "matching_application_ids",
    "remove_application",
]
