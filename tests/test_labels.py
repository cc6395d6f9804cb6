"""Every stored key a page can show has words: each enum value goes through its label filter in a template."""

from __future__ import annotations

import pytest
from flask import render_template_string
from markupsafe import escape

from ats.applications.models import DOCUMENT_KINDS, SCREENING_STATUSES
from ats.auth.models import ROLES
from ats.interviews.models import INTERVIEW_STATUSES
from ats.jobs.models import EMPLOYMENT_TYPES, JOB_STATUSES, STAGE_KINDS
from ats.labels import LABELS, humanize, label
from ats.notifications.models import OUTBOX_STATUSES
from ats.pipeline.models import REASON_CATEGORIES
from ats.portal.forms import SOURCES
from ats.privacy.models import REQUEST_KINDS, REQUEST_STATUSES
from ats.tasks.models import TASK_STATUSES

EDUCATION_LEVELS = ("high_school", "associate", "bachelor", "master", "doctorate")  # the library's levels
COMPONENTS = (
    "required_skills",
    "preferred_skills",
    "experience",
    "duties",
    "vocabulary",
    "education",
    "knockouts",
    "cover_letter",
)
ENUMS = {
    "source": [key for key, _ in SOURCES if key] + ["imported", "sourced", "job_fair"],
    "screening": SCREENING_STATUSES,
    "job_status": JOB_STATUSES,
    "employment": EMPLOYMENT_TYPES,
    "stage_kind": STAGE_KINDS,
    "education": EDUCATION_LEVELS,
    "component": COMPONENTS,
    "component_short": COMPONENTS,
    "role": ROLES,
    "document": DOCUMENT_KINDS,
    "interview_status": INTERVIEW_STATUSES,
    "outbox_status": OUTBOX_STATUSES,
    "visibility": ("team", "private"),
    "task_status": TASK_STATUSES,
    "request_kind": REQUEST_KINDS,
    "request_status": REQUEST_STATUSES,
    "reason_category": REASON_CATEGORIES,
}
CASES = [(kind, value) for kind, values in ENUMS.items() for value in values]


@pytest.mark.parametrize("kind,value", CASES, ids=[f"{k}:{v}" for k, v in CASES])
def test_every_enum_value_renders_through_its_label_filter(app, kind, value):
    with app.test_request_context():
        shown = render_template_string("{{ value|" + kind + "_label }}", value=value)
    assert value in LABELS[kind], f"{kind} {value!r} has no label"
    assert shown == str(escape(LABELS[kind][value]))
    assert "_" not in shown and shown[:1].isupper(), shown


def test_every_label_table_has_a_filter_and_unknown_keys_are_never_raw(app):
    assert {f"{kind}_label" for kind in LABELS} <= set(app.jinja_env.filters)
    assert label("source", "weekends_holidays") == "Weekends holidays" == humanize("weekends_holidays")
    assert label("source", None) == "" and label("nope", "a_b") == "A b"
