"""Scheduling emails the candidate a valid .ics; reschedule bumps SEQUENCE; cancel sends CANCEL."""

from datetime import UTC, datetime

from ats.extensions import db
from ats.interviews import ics
from ats.interviews.models import Interview
from tests.interviews.calendar_file import read


def _ics_of(message) -> bytes:
    parts = [p for p in message.iter_attachments() if p.get_content_type() == "text/calendar"]
    assert len(parts) == 1, "one calendar attachment"
    return parts[0].get_payload(decode=True)


def test_schedule_through_the_form_stores_utc_and_zone_and_emails_an_ics(team, client, login, outbox):
    login(client, team.hm)
    response = client.post(
        f"/interviews/applications/{team.app_a.id}/schedule",
        data={
            "round": 2,
            "day": "2030-07-01",
            "at": "09:30",
            "timezone": "America/New_York",
            "duration_minutes": 60,
            "location": "HQ, Room 4; 2nd floor",
            "video_url": "",
            "interviewer_ids": [team.interviewer.id, team.hm.id],
        },
    )
    assert response.status_code == 302, response.get_data(as_text=True)
    interview = db.session.query(Interview).one()
    assert interview.starts_at == datetime(2030, 7, 1, 13, 30, tzinfo=UTC)  # EDT is UTC-4
    assert interview.timezone == "America/New_York"
    assert {u.id for u in interview.interviewers} == {team.interviewer.id, team.hm.id}
    assert interview.round.name == "Interview"
    mail = [m for m in outbox if m["Subject"].startswith("Interview invitation")]
    assert len(mail) == 1 and mail[0]["To"] == "alice@example.org" and "09:30" in mail[0].get_body().get_content()
    calendar, event = read(_ics_of(mail[0]))
    assert calendar["METHOD"] == "REQUEST" and calendar["VERSION"] == "2.0" and calendar["PRODID"]
    assert event.decoded("DTSTART") == interview.starts_at
    assert event.decoded("DTEND") == datetime(2030, 7, 1, 14, 30, tzinfo=UTC)
    assert event["DTSTART"].to_ical() == b"20300701T133000Z"
    assert event["SEQUENCE"] == 0 and event["UID"] == f"interview-{interview.id}@localhost"
    assert str(event["LOCATION"]) == "HQ, Room 4; 2nd floor"
    assert event["ORGANIZER"].startswith("mailto:") and event["DTSTAMP"].to_ical().endswith(b"Z")
    assert {str(a) for a in event["ATTENDEE"]} >= {"mailto:alice@example.org"}


def test_reschedule_and_cancel_send_updates_with_a_higher_sequence(team, schedule_interview, client, login, outbox):
    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer])
    login(client, team.recruiter)
    response = client.post(
        f"/interviews/{interview.id}/edit",
        data={
            "round": 1,
            "day": "2030-01-16",
            "at": "14:00",
            "timezone": "Europe/Paris",
            "duration_minutes": 30,
            "location": "",
            "video_url": "https://meet.example.com/xyz",
            "interviewer_ids": [team.interviewer.id],
        },
    )
    assert response.status_code == 302
    _, moved = read(_ics_of(outbox[-1]))
    assert moved["SEQUENCE"] == 1 and moved.decoded("DTSTART") == datetime(2030, 1, 16, 13, tzinfo=UTC)
    assert moved["URL"] == "https://meet.example.com/xyz"
    assert client.post(f"/interviews/{interview.id}/cancel").status_code == 302
    calendar, cancelled = read(_ics_of(outbox[-1]))
    assert calendar["METHOD"] == "CANCEL" and cancelled["STATUS"] == "CANCELLED" and cancelled["SEQUENCE"] == 2
    assert cancelled["UID"] == moved["UID"]
    assert db.session.get(Interview, interview.id).status == "cancelled"


def test_bad_schedule_input_keeps_what_was_typed(team, client, login):
    login(client, team.hm)
    response = client.post(
        f"/interviews/applications/{team.app_a.id}/schedule",
        data={
            "round": 1,
            "day": "2030-07-01",
            "at": "09:30",
            "timezone": "Europe/Paris",
            "duration_minutes": 1,
            "location": "Room <b>7</b>",
            "video_url": "javascript:alert(1)",
        },
    )
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "Duration must be between 5 and 480 minutes." in page
    assert "Choose at least one interviewer." in page
    assert "Room &lt;b&gt;7&lt;/b&gt;" in page
    assert db.session.query(Interview).count() == 0


def test_interviewers_cannot_schedule(team, client, login):
    login(client, team.interviewer)
    assert client.get(f"/interviews/applications/{team.app_a.id}/schedule").status_code == 404


def test_folding_and_escaping_round_trip():
    summary = "Entretien: Café, étage 3; salle \\ B\nsecond line " + "é" * 60
    data = ics.invitation(
        uid="x@y",
        starts_at=datetime(2030, 1, 1, 9, tzinfo=UTC),
        duration_minutes=30,
        summary=summary,
        organizer=("Ann, HR", "ann@example.com"),
    )
    _, event = read(data)  # asserts CRLF and <= 75 octets per physical line
    assert str(event["SUMMARY"]) == summary
    assert event["ORGANIZER"].params["CN"] == "Ann, HR"
    assert b"\r\n " in data  # long UTF-8 line was folded
    data.decode("utf-8")  # no character was split by folding


def test_a_cancelled_interview_cannot_be_cancelled_or_moved_again(team, schedule_interview, client, login, outbox):
    interview = schedule_interview(team.app_a, team.recruiter, [team.interviewer])
    login(client, team.hm)
    client.post(f"/interviews/{interview.id}/cancel")
    sent = len(outbox)
    response = client.post(f"/interviews/{interview.id}/cancel", follow_redirects=True)
    assert "This interview is already cancelled." in response.get_data(as_text=True)
    assert len(outbox) == sent
    moved = client.post(
        f"/interviews/{interview.id}/edit",
        data={
            "round": 1,
            "day": "2030-01-16",
            "at": "14:00",
            "timezone": "Europe/Paris",
            "duration_minutes": 30,
            "location": "Room",
            "interviewer_ids": [team.interviewer.id],
        },
    )
    assert moved.status_code == 400 and "schedule a new one" in moved.get_data(as_text=True)
