"""Saved views: a named set of filters of one page (the candidates page or a job's ranked list), per user."""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ats.db import TimestampMixin
from ats.extensions import Model


class SavedView(TimestampMixin, Model):
    """`page` is "candidates" or "job:<id>"; `query` is the page's own query string, replayed as a link."""

    __tablename__ = "saved_views"
    __table_args__ = (UniqueConstraint("user_id", "page", "name", name="uq_saved_views_user_page_name"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), nullable=False, index=True)
    page: Mapped[str] = mapped_column(String(40), nullable=False)
    name: Mapped[str] = mapped_column(String(80), nullable=False)
    query: Mapped[str] = mapped_column(String(2000), nullable=False, default="")
