"""Staff navigation: domains register their menu entries; the layout shows those the role may use."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, current_app
from flask_login import current_user


@dataclass(frozen=True)
class NavItem:
    endpoint: str
    label: str
    roles: tuple[str, ...]
    order: int = 50


_ITEMS: list[NavItem] = []


def register(endpoint: str, label: str, roles: tuple[str, ...], order: int = 50) -> None:
    """Add a menu entry (called at import time by a domain's views module)."""
    if all(item.endpoint != endpoint for item in _ITEMS):
        _ITEMS.append(NavItem(endpoint, label, roles, order))


def endpoint_exists(endpoint: str) -> bool:
    return endpoint in current_app.view_functions


def init_app(app: Flask) -> None:
    @app.context_processor
    def _nav():
        items = []
        if current_user.is_authenticated:
            items = sorted(
                (i for i in _ITEMS if current_user.role in i.roles and i.endpoint in app.view_functions),
                key=lambda i: (i.order, i.label),
            )
        return {"staff_nav": items, "endpoint_exists": endpoint_exists}
