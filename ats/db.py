"""Declarative base, naming convention and the column types every model shares."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import JSON, DateTime, MetaData, Table, Text, TypeDecorator, bindparam, cast, func, or_, update
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.engine import Connection
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from ats.config import dump_json

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Timezone-aware now; a callable default so every row gets its own time."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Stores UTC; always hands back aware datetimes (SQLite forgets the zone)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


JSONType = JSON().with_variant(JSONB(), "postgresql")
# Documents read and written whole (stored analyses, scores): PostgreSQL's json keeps the text as written,
# where jsonb parses every write and prints every read (2.6x slower to read 10,000 analyses, measured)
JSONDocument = JSON()


def update_by_id(connection: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
    """UPDATE the rows' columns by their "id" in one executemany sent straight to the driver: each column's
    value is converted once by its own type (JSON by our serialiser), where SQLAlchemy's per-statement
    parameter handling was a quarter of writing 10,000 rescored scores. Every row names the same columns;
    onupdate defaults (updated_at) are filled in as an ORM update would."""
    names = [k for k in rows[0] if k != "id"]
    statement = update(table).where(table.c.id == bindparam("id")).values({n: bindparam(n) for n in names})
    dialect = connection.dialect
    compiled = statement.compile(dialect=dialect)
    extra: dict[str, Any] = {}
    for column in compiled.update_prefetch:  # onupdate defaults, such as updated_at
        default: Any = column.onupdate
        extra[column.key] = default.arg(None) if default.is_callable else default.arg
    convert: dict[str, Any] = {}
    for name in [*names, *extra]:
        kind = table.c[name].type
        convert[name] = dump_json if isinstance(kind, JSON) else kind.dialect_impl(dialect).bind_processor(dialect)
    fixed = {k: convert[k](v) if convert[k] and v is not None else v for k, v in extra.items()}
    values = [
        {**fixed, **{k: convert[k](v) if k != "id" and convert[k] and v is not None else v for k, v in row.items()}}
        for row in rows
    ]
    order = compiled.positiontup
    params: Any = [tuple(v[k] for k in order) for v in values] if order else values
    connection.exec_driver_sql(compiled.string, params)


def like_escape(text: str) -> str:
    """Text for LIKE ... ESCAPE '\\' that matches itself only."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def json_text_holds(column: Any, fragments: list[str], casefold: bool = False) -> Any:
    """SQL: the JSON column's text holds one of the fragments, however it was written. JSONB prints
    '"k": "v"', orjson '"k":"v"', json.dumps may escape non-ASCII letters; a fragment names the compact
    form and the others are tried beside it."""
    text: Any = cast(column, Text)
    if casefold:
        text = func.lower(text)
    variants: dict[str, None] = {}
    for fragment in fragments:
        spaced = fragment.replace('":', '": ').replace('",', '", ')
        for v in (fragment, spaced):
            variants[v] = None
            variants[v.encode("ascii", "backslashreplace").decode().replace("\\x", "\\u00")] = None
    conditions = [text.like("%" + like_escape(v.lower() if casefold else v) + "%", escape="\\") for v in variants]
    return or_(*conditions)


def json_string(value: str) -> str:
    """A string as compact JSON writes it (non-ASCII kept)."""
    return json.dumps(value, ensure_ascii=False)


class Base(DeclarativeBase):
    """Shared metadata with a naming convention so migrations stay stable across databases."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class TimestampMixin:
    """created_at/updated_at filled by the application, not the database clock."""

    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, nullable=False)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow, nullable=False)
