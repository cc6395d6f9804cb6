"""The rejection reasons recruiters and hiring managers pick from (admins edit the list)."""

from __future__ import annotations

from sqlalchemy import Boolean, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from ats.extensions import Model

REASON_CATEGORIES = ("we_rejected", "they_withdrew")
REASON_CATEGORY_LABELS = {"we_rejected": "We rejected them", "they_withdrew": "They withdrew or declined"}


class RejectionReason(Model):
    """A reason recruiters pick when rejecting; admins edit the list, the label is copied onto the move."""

    __tablename__ = "rejection_reasons"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    label: Mapped[str] = mapped_column(String(120), unique=True, nullable=False)
    category: Mapped[str] = mapped_column(String(20), nullable=False, default="we_rejected")
    active: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)
