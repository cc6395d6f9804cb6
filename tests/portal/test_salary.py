"""The pay a posting shows: the currency's sign, or its code where we know no sign."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from ats.portal.services import salary_text


@pytest.mark.parametrize(
    ("currency", "shown"),
    [("USD", "$55,000 – $68,000"), ("INR", "₹1,800,000 – ₹2,400,000"), ("CHF", "CHF 55,000 – CHF 68,000")],
)
def test_a_published_range_shows_its_currency(currency: str, shown: str) -> None:
    low, high = (1_800_000, 2_400_000) if currency == "INR" else (55_000, 68_000)
    job = SimpleNamespace(
        salary_published=True, salary_min=low, salary_max=high, salary_currency=currency, salary_period="year"
    )
    assert salary_text(job).startswith(shown)  # type: ignore[arg-type]


def test_an_unpublished_range_is_not_shown() -> None:
    job = SimpleNamespace(
        salary_published=False, salary_min=1, salary_max=2, salary_currency="USD", salary_period="year"
    )
    assert salary_text(job) is None  # type: ignore[arg-type]
