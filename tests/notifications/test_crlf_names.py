"""Live-attack defect 8: CR/LF in a candidate's name must not reach email bodies (or headers) as new lines."""

from ats.applications.services import ApplicationInput, Upload, submit_application
from ats.extensions import db
from ats.notifications.models import OutboxMessage
from ats.notifications.templates_service import queue_templated

EVIL = "Eve\r\nBcc: victim@example.com\r\n\r\nYour account is locked, sign in at http://evil.example\u2028now"


def _lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").split("\n")


def test_a_name_with_line_breaks_is_stored_and_mailed_on_one_line(app, make_job, resume_bytes, outbox):
    job = make_job()
    result = submit_application(
        job, ApplicationInput(name=EVIL, email="eve@example.org", resume=Upload("cv.pdf", resume_bytes("pdf")))
    )
    candidate = result.application.candidate
    assert "\r" not in candidate.name and "\n" not in candidate.name and "\u2028" not in candidate.name
    assert candidate.name.startswith("Eve Bcc: victim@example.com Your account")
    message = outbox[-1]
    body = message.get_content()
    assert not any(line.startswith(("Bcc:", "Your account is locked")) for line in _lines(body))
    assert "Bcc" not in message and message["To"] == "eve@example.org"


def test_an_old_record_with_line_breaks_is_mailed_on_one_line(app, make_job, make_application, outbox):
    application = make_application(make_job())
    application.candidate.name = EVIL  # stored before names were cleaned
    db.session.commit()
    queue_templated("rejection", application)
    db.session.commit()
    row = db.session.query(OutboxMessage).filter_by(template="rejection").one()
    assert not any(line.startswith(("Bcc:", "Your account is locked")) for line in _lines(row.body_text))
    assert "Dear Eve Bcc: victim@example.com Your account is locked" in row.body_text
