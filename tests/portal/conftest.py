"""Helpers for driving the apply form through the test client."""

from __future__ import annotations

import io
import re

import pytest


def submission_id_of(html: str) -> str:
    return re.search(r'name="submission_id" type="hidden" value="([^"]+)"', html).group(1)


@pytest.fixture
def apply_data(resume_bytes):
    """Factory: a complete, valid apply form body (multipart) for a job made by make_job."""

    def make(job, client=None, files=True, **overrides):
        sid = overrides.pop("submission_id", None)
        if sid is None and client is not None:
            sid = submission_id_of(client.get(f"/careers/{job.slug}/apply").get_data(as_text=True))
        data = {
            "submission_id": sid or "sid-" + job.slug,
            "name": "Dana Example",
            "email": "dana@example.org",
            "phone": "+1 512 555 0134",
            "location": "Austin, TX",
            "cover_letter_text": "I love helping customers.",
            "source": "linkedin",
            "consent": "y",
            "q_weekends": "yes",
            "eeo_gender": "female",
            "eeo_veteran_status": "",
        }
        if files:
            data["resume"] = (io.BytesIO(resume_bytes("pdf")), "Dana resume.pdf", "application/pdf")
        data.update(overrides)
        return {k: v for k, v in data.items() if v is not None}

    return make
