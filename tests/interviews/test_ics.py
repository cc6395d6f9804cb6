"""The .ics writer round-trips any text through folding and escaping (read back by the icalendar package)."""

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from ats.interviews import ics
from tests.interviews.calendar_file import read

START = datetime(2030, 1, 1, 9, tzinfo=UTC)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=400))
def test_any_summary_survives_folding_and_escaping(summary):
    data = ics.invitation(uid="u@x", starts_at=START, duration_minutes=15, summary=summary, location=summary or None)
    _, event = read(data)  # CRLF only, <= 75 octets per physical line, one VEVENT
    assert str(event["SUMMARY"]) == summary
    data.decode("utf-8")


def test_cancel_uses_method_cancel_and_keeps_the_uid():
    data = ics.invitation(
        uid="interview-7@x", starts_at=START, duration_minutes=30, summary="S", sequence=3, cancelled=True
    )
    calendar, event = read(data)
    assert (calendar["METHOD"], event["STATUS"], event["SEQUENCE"], event["UID"]) == (
        "CANCEL",
        "CANCELLED",
        3,
        "interview-7@x",
    )
    assert event.decoded("DTSTART") == START and event.decoded("DTEND") == datetime(2030, 1, 1, 9, 30, tzinfo=UTC)
    assert event["DTSTART"].to_ical() == b"20300101T090000Z"  # written in UTC
