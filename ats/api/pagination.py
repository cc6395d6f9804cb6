"""Cursor pagination: an opaque cursor says where the next page starts; a malformed one is a 400 problem."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Sequence
from typing import Any, TypeVar
from urllib.parse import urlencode

from flask import request
from marshmallow import Schema, fields, validate
from sqlalchemy import Select

from ats.api.problems import fail
from ats.extensions import db

T = TypeVar("T")
DEFAULT_LIMIT, MAX_LIMIT = 50, 200


class PageArgs(Schema):
    """?cursor= from the previous page's next_cursor, ?limit= rows per page."""

    cursor = fields.String(load_default=None, validate=validate.Length(max=400))
    limit = fields.Integer(load_default=DEFAULT_LIMIT, validate=validate.Range(min=1, max=MAX_LIMIT))


def encode(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value, separators=(",", ":")).encode()).decode().rstrip("=")


def decode(cursor: str | None) -> Any:
    """The value inside a cursor; None for the first page."""
    if not cursor:
        return None
    try:
        return json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        fail(400, "The cursor is not one this API gave out; start again without it.", code="bad_cursor")


def page_by_id(query: Select, id_column: Any, args: dict[str, Any]) -> tuple[Sequence[Any], str | None]:
    """Rows of `query` newest first (id descending) after the cursor; (rows, next cursor or None)."""
    after = decode(args.get("cursor"))
    if after is not None:
        if not isinstance(after, int) or isinstance(after, bool):
            fail(400, "The cursor is not one this API gave out; start again without it.", code="bad_cursor")
        query = query.where(id_column < after)
    limit = args["limit"]
    rows = list(db.session.scalars(query.order_by(id_column.desc()).limit(limit + 1)))
    more = len(rows) > limit
    rows = rows[:limit]
    return rows, (encode(rows[-1].id) if more and rows else None)


def link_header(next_cursor: str | None) -> dict[str, str]:
    """The next page's URL (RFC 8288 Link, rel="next"), besides next_cursor in the body."""
    if not next_cursor:
        return {}
    args = {k: v for k, v in request.args.items() if k != "cursor"}
    args["cursor"] = next_cursor
    return {"Link": f'<{request.base_url}?{urlencode(args)}>; rel="next"'}
