"""A minimal RFC 5545 writer for interview invitations: CRLF, 75-octet folding, escaped text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta

PRODID = "-//ATS//Interviews//EN"


def escape_text(value: str) -> str:
    """TEXT escaping of RFC 5545 3.3.11: backslash, semicolon, comma and newlines."""
    return (
        value.replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
        .replace("\r", "\\n")
    )


def fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    out: list[str] = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74  # continuation lines start with one space
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def _utc(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def invitation(
    *,
    uid: str,
    starts_at: datetime,
    duration_minutes: int,
    summary: str,
    description: str = "",
    location: str | None = None,
    url: str | None = None,
    organizer: tuple[str, str] | None = None,
    attendees: Sequence[tuple[str, str]] = (),
    sequence: int = 0,
    cancelled: bool = False,
    stamp: datetime | None = None,
) -> bytes:
    """The .ics bytes of a REQUEST (or CANCEL) for one event; times written in UTC with Z."""
    stamp = stamp or datetime.now(UTC)
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        f"METHOD:{'CANCEL' if cancelled else 'REQUEST'}",
        "BEGIN:VEVENT",
        f"UID:{uid}",
        f"DTSTAMP:{_utc(stamp)}",
        f"DTSTART:{_utc(starts_at)}",
        f"DTEND:{_utc(starts_at + timedelta(minutes=duration_minutes))}",
        f"SEQUENCE:{int(sequence)}",
        f"STATUS:{'CANCELLED' if cancelled else 'CONFIRMED'}",
        f"SUMMARY:{escape_text(summary)}",
    ]
    if description:
        lines.append(f"DESCRIPTION:{escape_text(description)}")
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if url:
        lines.append(f"URL:{_uri(url)}")
    if organizer:
        name, email = organizer
        lines.append(f"ORGANIZER;CN={_param(name)}:mailto:{_uri(email)}")
    for name, email in attendees:
        lines.append(f"ATTENDEE;CN={_param(name)};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{_uri(email)}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(line) for line in lines) + "\r\n").encode("utf-8")


def _param(value: str) -> str:
    """Parameter values are quoted; quotes and control characters are dropped."""
    cleaned = "".join(ch for ch in value if ch >= " " and ch != '"')
    return f'"{cleaned}"'


def _uri(value: str) -> str:
    return "".join(ch for ch in value if ch > " " and ch not in '"<>')
