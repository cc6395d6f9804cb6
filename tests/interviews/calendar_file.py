"""Our .ics output read back by the icalendar package, after the wire-format checks that parser is lenient about."""

from __future__ import annotations

from icalendar import Calendar, Event


def read(data: bytes) -> tuple[Calendar, Event]:
    """CRLF line ends and lines of at most 75 octets (RFC 5545, 3.1), then icalendar's parse: (calendar, VEVENT)."""
    assert data.endswith(b"\r\n"), "content lines end with CRLF"
    for line in data[:-2].split(b"\r\n"):
        assert b"\n" not in line and b"\r" not in line, "bare LF/CR inside a line"
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
    calendar = Calendar.from_ical(data)
    (event,) = calendar.walk("VEVENT")
    return calendar, event
