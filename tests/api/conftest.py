"""API fixtures: tokens for users of each role, and a client that sends one."""

from __future__ import annotations

import pytest

from tests.portal.conftest import apply_data  # noqa: F401  (the portal's own form body, for the apply endpoint)


class ApiClient:
    """The Flask test client with a bearer token on every request."""

    def __init__(self, client, secret: str | None) -> None:
        self.client, self.secret = client, secret

    def _headers(self, headers: dict | None) -> dict:
        base = {"Authorization": f"Bearer {self.secret}"} if self.secret else {}
        return {**base, **(headers or {})}

    def get(self, url, headers=None, **kw):
        return self.client.get(url, headers=self._headers(headers), **kw)

    def post(self, url, headers=None, **kw):
        return self.client.post(url, headers=self._headers(headers), **kw)

    def patch(self, url, headers=None, **kw):
        return self.client.patch(url, headers=self._headers(headers), **kw)

    def put(self, url, headers=None, **kw):
        return self.client.put(url, headers=self._headers(headers), **kw)


@pytest.fixture
def make_token(app):
    """Factory: (token row, secret) for a user, made by the service admins use."""
    from ats.api.tokens import create_token

    def make(user, scope: str = "write", days: int = 30, name: str = "test token"):
        return create_token(user, name, scope, days, actor=None)

    return make


@pytest.fixture
def api_as(app, make_token):
    """Factory: an ApiClient acting as the user with a token of the scope."""

    def make(user, scope: str = "write") -> ApiClient:
        _, secret = make_token(user, scope)
        return ApiClient(app.test_client(), secret)

    return make
