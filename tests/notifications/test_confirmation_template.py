"""The confirmation email follows the admins' template and always carries the private status link."""

from ats.applications.services import ApplicationInput, Upload, submit_application
from ats.notifications.templates_service import save_template


def test_confirmation_uses_the_edited_template_and_keeps_the_status_link(
    app, make_job, make_user, resume_bytes, outbox
):
    admin = make_user("admin")
    save_template(
        "application_received",
        "Thanks {{candidate_name}}!",
        "Hello {{candidate_name}}, we got your application for {{job_title}}.",
        actor=admin,
    )
    result = submit_application(
        make_job(),
        ApplicationInput(name="Robin Reader", email="robin@example.org", resume=Upload("cv.pdf", resume_bytes("pdf"))),
    )
    message = next(m for m in outbox if m["To"] == "robin@example.org")
    assert message["Subject"] == "Thanks Robin Reader!"
    body = message.get_content()
    assert "Hello Robin Reader, we got your application for Customer Care Specialist." in body
    assert f"http://localhost/status/{result.status_token}" in body
