"""Where and until when a posting runs (region, country, closing date): what job boards and search engines need."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

PLACE_FIELDS = ("region", "country", "valid_through")
_COUNTRY = re.compile(r"[A-Z]{2}")


def place_text(job: Any) -> dict[str, str]:
    """The form's strings for a stored job."""
    return {
        "region": job.region or "",
        "country": job.country or "",
        "valid_through": job.valid_through.isoformat() if job.valid_through else "",
    }


def validate_place(values: dict[str, str], errors: dict[str, str]) -> dict[str, Any]:
    """Job data for the three fields; a message per field in `errors` when one is not valid."""
    region = (values.get("region") or "").strip()[:100]
    country = (values.get("country") or "").strip().upper()
    if country and not _COUNTRY.fullmatch(country):
        errors["country"] = "Enter the two-letter country code, e.g. US, CA or GB."
    closing = None
    raw = (values.get("valid_through") or "").strip()
    if raw:
        try:
            closing = date.fromisoformat(raw)
        except ValueError:
            errors["valid_through"] = "Enter the closing date as YYYY-MM-DD."
    return {"region": region or None, "country": country or None, "valid_through": closing}
