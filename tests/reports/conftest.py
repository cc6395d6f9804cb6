"""The API client fixtures, for the crawl that checks no EEO answer leaves through the API either."""

from tests.api.conftest import api_as, make_token  # noqa: F401
