"""Shapes of jobs and their requirements in the API (the job form's fields, as JSON)."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from ats.api.pagination import PageArgs
from ats.jobs.models import EMPLOYMENT_TYPES, JOB_STATUSES, STAGE_KINDS
from ats.jobs.requirements_form import EDUCATION_CHOICES, WEIGHT_NAMES

EDUCATION = [code for code, _ in EDUCATION_CHOICES if code]
NAME = validate.Length(min=1, max=200)


class SkillSchema(Schema):
    name = fields.String(required=True, validate=NAME)
    required = fields.Boolean(load_default=True)
    weight = fields.Float(load_default=1.0, validate=validate.Range(min=0, max=1000))
    aliases = fields.List(fields.String(validate=NAME), load_default=list, validate=validate.Length(max=50))


class TierSchema(Schema):
    name = fields.String(required=True, validate=validate.Length(min=1, max=60))
    min_years = fields.Float(load_default=0.0, validate=validate.Range(min=0, max=80))
    max_years = fields.Float(load_default=None, allow_none=True, validate=validate.Range(min=0, max=80))


class KnockoutSchema(Schema):
    id = fields.String(load_default="", validate=validate.Length(max=40))
    question = fields.String(required=True, validate=validate.Length(min=1, max=300))
    failing_answer = fields.String(load_default="no", validate=validate.OneOf(["yes", "no"]))
    auto_reject = fields.Boolean(load_default=False)


WeightsSchema = Schema.from_dict(
    {key: fields.Float(required=True, validate=validate.Range(min=0, max=100)) for key, _ in WEIGHT_NAMES},
    name="WeightsSchema",
)


class RequirementsSchema(Schema):
    """What screening scores against; the same rules as the job form (weights add up to 100...)."""

    occupation = fields.String(
        allow_none=True,
        validate=validate.Length(max=200),
        metadata={"description": "O*NET-SOC code (43-4051.00) or a title; empty: taken from the job title"},
    )
    occupation_label = fields.String(dump_only=True, allow_none=True)
    related_occupations = fields.List(
        fields.String(validate=validate.Length(min=1, max=200)),
        validate=validate.Length(max=20),
        metadata={"description": "Codes or titles of related work (years count in part); [] for the automatic ones"},
    )
    occupation_titles = fields.List(fields.String(validate=NAME), validate=validate.Length(max=100))
    related_titles = fields.List(fields.String(validate=NAME), validate=validate.Length(max=100))
    skills = fields.List(fields.Nested(SkillSchema), validate=validate.Length(max=100))
    duties = fields.List(fields.String(), dump_only=True, metadata={"description": "From the responsibilities"})
    experience_tiers = fields.List(fields.Nested(TierSchema), validate=validate.Length(max=20))
    target_tier = fields.String(allow_none=True, validate=validate.Length(max=60))
    education_minimum = fields.String(allow_none=True, validate=validate.OneOf(EDUCATION))
    education_preferred = fields.String(allow_none=True, validate=validate.OneOf(EDUCATION))
    knockouts = fields.List(fields.Nested(KnockoutSchema), validate=validate.Length(max=50))
    weights = fields.Nested(WeightsSchema)


def _text(limit: int) -> fields.String:
    return fields.String(allow_none=True, validate=validate.Length(max=limit))  # null is the same as ""


class JobInputSchema(Schema):
    """A job as created or changed through the API; on PATCH every field is optional."""

    title = fields.String(required=True, validate=NAME)
    department = _text(120)
    location = _text(200)
    region = _text(100)
    country = fields.String(
        allow_none=True, validate=validate.Length(max=10), metadata={"description": "ISO 3166 two letters, e.g. US"}
    )
    remote = fields.Boolean()
    employment_type = fields.String(validate=validate.OneOf(EMPLOYMENT_TYPES))
    salary_min = fields.Float(allow_none=True, validate=validate.Range(min=0, max=1e9))
    salary_max = fields.Float(allow_none=True, validate=validate.Range(min=0, max=1e9))
    salary_currency = fields.String(validate=validate.Regexp(r"^[A-Za-z]{3}$"))
    salary_period = fields.String(validate=validate.OneOf(["year", "month", "hour"]))
    salary_published = fields.Boolean()
    valid_through = fields.Date(allow_none=True, metadata={"description": "Last day applications are taken"})
    summary = _text(20_000)
    responsibilities = _text(20_000)
    qualifications = _text(20_000)
    benefits = _text(20_000)
    work_environment = _text(5_000)
    reporting_line = _text(5_000)
    how_to_apply = _text(5_000)
    eeo_statement = _text(5_000)
    screening_enabled = fields.Boolean()
    status = fields.String(validate=validate.OneOf(["draft", "open"]), metadata={"description": "On create only"})
    stages = fields.List(
        fields.String(validate=validate.Length(min=1, max=80)),
        validate=validate.Length(min=1, max=30),
        metadata={"description": "On create only: active stages in order (Hired, Rejected, Withdrawn are added)"},
    )
    requirements = fields.Nested(RequirementsSchema)


class JobPatchSchema(JobInputSchema):
    """PATCH: every field optional; only those sent change."""

    title = fields.String(validate=NAME)


class StageSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    kind = fields.String(validate=validate.OneOf(STAGE_KINDS))
    position = fields.Integer()
    archived = fields.Boolean()


class JobSchema(Schema):
    """A job as the API shows it to staff."""

    id = fields.Integer()
    slug = fields.String()
    title = fields.String()
    status = fields.String(validate=validate.OneOf(JOB_STATUSES))
    department = fields.String(allow_none=True)
    location = fields.String(allow_none=True)
    region = fields.String(allow_none=True)
    country = fields.String(allow_none=True)
    remote = fields.Boolean()
    employment_type = fields.String()
    salary_min = fields.Float(allow_none=True)
    salary_max = fields.Float(allow_none=True)
    salary_currency = fields.String()
    salary_period = fields.String()
    salary_published = fields.Boolean()
    valid_through = fields.Date(allow_none=True)
    posted_at = fields.DateTime(allow_none=True)
    created_at = fields.DateTime()
    updated_at = fields.DateTime()
    screening_enabled = fields.Boolean()
    summary = fields.String()
    responsibilities = fields.String()
    qualifications = fields.String()
    benefits = fields.String()
    work_environment = fields.String()
    reporting_line = fields.String()
    how_to_apply = fields.String()
    eeo_statement = fields.String()
    stages = fields.List(fields.Nested(StageSchema))
    requirements = fields.Nested(RequirementsSchema)
    public_url = fields.String(allow_none=True)


class JobSummarySchema(JobSchema):
    """A job in a list: everything but its requirements."""

    class Meta:
        exclude = ("requirements",)


class JobPageSchema(Schema):
    items = fields.List(fields.Nested(JobSummarySchema))
    next_cursor = fields.String(allow_none=True)


class JobListArgs(PageArgs):
    status = fields.String(load_default=None, validate=validate.OneOf(JOB_STATUSES))


class DraftInputSchema(Schema):
    text = fields.String(required=True, validate=validate.Length(min=1, max=60_000))


class DraftSchema(Schema):
    """A job drafted from a posting's text, ready to be reviewed and sent to POST /jobs."""

    job = fields.Nested(JobInputSchema)
    errors = fields.List(fields.Dict(), metadata={"description": "What the job form would refuse in the draft"})
