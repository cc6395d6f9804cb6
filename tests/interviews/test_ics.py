"""The .ics writer round-trips any text through folding and escaping (parsed back by our reader)."""
from datetime import datetime, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from ats.interviews import ics
from tests.interviews.icsparse import event, unescape

START = datetime(2030, 1, 1, 9, tzinfo=timezone.utc)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\r"), max_size=400))
def test_any_summary_survives_folding_and_escaping(summary):
    data = ics.invitation(uid="u@x", starts_at=START, duration_minutes=15, summary=summary,
                          location=summary or None)
    props = event(data)  # CRLF only, <= 75 octets per physical line, nesting correct
    assert unescape(props["SUMMARY"]) == summary
    data.decode("utf-8")


def test_cancel_uses_method_cancel_and_keeps_the_uid():
    data = ics.invitation(uid="interview-7@x", starts_at=START, duration_minutes=30, summary="S",
                          sequence=3, cancelled=True)
    props = event(data)
    assert (props["METHOD"], props["STATUS"], props["SEQUENCE"], props["UID"]) == ("CANCEL", "CANCELLED", "3",
                                                                                 "interview-7@x")
    assert props["DTSTART"] == "20300101T090000Z" and props["DTEND"] == "20300101T093000Z"
