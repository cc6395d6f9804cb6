"""Saved views: a user's named filters for the candidates page or a job's ranked list, replayed as links."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import parse_qsl, urlencode

from sqlalchemy import select

from ats.audit.services import record
from ats.extensions import db
from ats.talent.models import SavedView

_KEY = re.compile(r"^[a-z_]{1,20}$")
_PAGE = re.compile(r"^(candidates|job:\d{1,10})$")
NOT_SAVED = ("open", "after", "page", "csrf_token")  # where you were, not what you filtered


class SavedViewError(ValueError):
    """Why a view was not saved, in plain words."""


def clean_query(query: str) -> str:
    """The filters of a query string, re-encoded: simple keys only, no position in the list."""
    pairs = parse_qsl((query or "").lstrip("?"), keep_blank_values=False)
    return urlencode([(k, v[:200]) for k, v in pairs if _KEY.match(k) and k not in NOT_SAVED])[:2000]


def views_for(user: Any, page: str) -> list[SavedView]:
    return list(
        db.session.scalars(
            select(SavedView).where(SavedView.user_id == user.id, SavedView.page == page).order_by(SavedView.name)
        )
    )


def save_view(user: Any, page: str, name: str, query: str) -> SavedView:
    """Save (or replace, by name) the current filters of a page for this user."""
    name = " ".join((name or "").split())
    if not name or len(name) > 80:
        raise SavedViewError("Name the view (at most 80 characters).")
    if not _PAGE.match(page or ""):
        raise SavedViewError("That page cannot be saved as a view.")
    view = db.session.scalar(
        select(SavedView).where(SavedView.user_id == user.id, SavedView.page == page, SavedView.name == name)
    )
    if view is None:
        view = SavedView(user_id=user.id, page=page, name=name)
        db.session.add(view)
    view.query = clean_query(query)
    db.session.flush()
    record(user, "saved_view.saved", "saved_view", view.id, page=page, name=name)
    db.session.commit()
    return view


def delete_view(user: Any, view_id: int) -> SavedView | None:
    """Delete one of the user's own views (someone else's is None: the caller answers 404)."""
    view = db.session.get(SavedView, view_id)
    if view is None or view.user_id != user.id:
        return None
    db.session.delete(view)
    record(user, "saved_view.deleted", "saved_view", view_id)
    db.session.commit()
    return view
