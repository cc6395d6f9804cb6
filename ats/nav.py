"""Staff navigation: each domain's init_app registers its menu entries; the layout shows those the role may use."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from flask import Flask
from flask_login import current_user


@dataclass(frozen=True)
class NavItem:
    endpoint: str
    label: str
    roles: tuple[str, ...]
    order: int = 50


_ITEMS: list[NavItem] = []


def register(endpoint: str, label: str, roles: tuple[str, ...], order: int = 50) -> None:
    """Add a menu entry (idempotent: several apps in one process register the same entries)."""
    if all(item.endpoint != endpoint for item in _ITEMS):
        _ITEMS.append(NavItem(endpoint, label, roles, order))


def init_app(app: Flask) -> None:
    """The menu of the signed-in user, for the base layout."""

    @app.context_processor
    def _nav() -> dict[str, Any]:
        items: list[NavItem] = []
        if current_user.is_authenticated:
            items = sorted((i for i in _ITEMS if current_user.role in i.roles), key=lambda i: (i.order, i.label))
        return {"staff_nav": items}
