"""Shapes of applications, their history, notes, interviews, candidates and reports in the API."""

from __future__ import annotations

from marshmallow import Schema, fields, validate

from ats.api.pagination import PageArgs
from ats.review.ranking import SORTS

MOVE_ACTIONS = ("move", "advance", "reject", "unreject", "reopen")


class StageRefSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    kind = fields.String()


class ComponentBarSchema(Schema):
    name = fields.String(metadata={"description": "the component's key, e.g. required_skills"})
    label = fields.String(metadata={"description": "its name for people, e.g. Required skills"})
    weight = fields.Float()
    points = fields.Float()


class ApplicationRowSchema(Schema):
    """One row of the ranked list, as on the recruiter's page."""

    id = fields.Integer()
    job_id = fields.Integer()
    candidate_id = fields.Integer()
    candidate_name = fields.String()
    stage = fields.Nested(StageRefSchema)
    version = fields.Integer(metadata={"description": "Send it back as If-Match when moving the application"})
    score = fields.Float(allow_none=True)
    tier = fields.String(allow_none=True)
    years_experience = fields.Float(allow_none=True)
    required_coverage = fields.Float(allow_none=True)
    knockout_failed = fields.Boolean()
    screening_status = fields.String()
    source = fields.String()
    tags = fields.List(fields.String())
    applied_at = fields.DateTime()
    components = fields.List(fields.Nested(ComponentBarSchema))
    required_matched = fields.List(fields.String())
    required_missing = fields.List(fields.String())


class ApplicationPageSchema(Schema):
    items = fields.List(fields.Nested(ApplicationRowSchema))
    next_cursor = fields.String(allow_none=True)
    total = fields.Integer(metadata={"description": "How many applications match the filters"})


class RankedArgs(PageArgs):
    """The ranked list's filters (the same as the recruiter's page)."""

    stage = fields.Integer(validate=validate.Range(min=1, max=2**31 - 1))
    tier = fields.String(validate=validate.Length(max=60))
    min_score = fields.Float(validate=validate.Range(min=0, max=100))
    skill = fields.String(validate=validate.Length(max=200))
    knockout = fields.Boolean(metadata={"description": "true: only applications that failed a knockout question"})
    source = fields.String(validate=validate.Length(max=40))
    applied_from = fields.Date()
    applied_to = fields.Date()
    q = fields.String(validate=validate.Length(max=200), metadata={"description": "Full-text search of the documents"})
    sort = fields.String(load_default="score", validate=validate.OneOf(list(SORTS)))


class EvidenceSchema(Schema):
    label = fields.String()
    snippet = fields.String(allow_none=True)
    source = fields.String(allow_none=True)
    start = fields.Integer(allow_none=True)
    end = fields.Integer(allow_none=True)
    via = fields.String(allow_none=True)
    where = fields.String(allow_none=True)


class ComponentSchema(Schema):
    """One part of the score: its weight, the points it earned, what matched (quoted) and what is missing."""

    name = fields.String()
    weight = fields.Float()
    points = fields.Float()
    detail = fields.String(allow_none=True)
    matched = fields.List(fields.Nested(EvidenceSchema))
    missing = fields.List(fields.String())


class ScoreSchema(Schema):
    total = fields.Float()
    tier = fields.String(allow_none=True)
    total_years = fields.Float(allow_none=True)
    relevant_years = fields.Float(allow_none=True)
    stated_years = fields.Float(allow_none=True)
    required_coverage = fields.Float(allow_none=True)
    knockout_failed = fields.Boolean()
    scorer_version = fields.String(allow_none=True)
    components = fields.List(fields.Nested(ComponentSchema))


class DocumentSchema(Schema):
    id = fields.Integer()
    kind = fields.String()
    original_name = fields.String(allow_none=True)
    content_type = fields.String(allow_none=True)
    size = fields.Integer(allow_none=True)
    extraction_status = fields.String()
    download_url = fields.String()


class CandidateRefSchema(Schema):
    id = fields.Integer()
    name = fields.String()
    email = fields.String()
    phone = fields.String(allow_none=True)
    location = fields.String(allow_none=True)


class ApplicationSchema(ApplicationRowSchema):
    """An application with its score explained, its documents and the candidate's answers."""

    candidate = fields.Nested(CandidateRefSchema)
    answers = fields.Dict(keys=fields.String(), values=fields.String())
    rejection_reason = fields.String(allow_none=True)
    screening = fields.Nested(ScoreSchema, allow_none=True)
    documents = fields.List(fields.Nested(DocumentSchema))


class MoveInputSchema(Schema):
    """A stage change, through the same pipeline service as the recruiter's page."""

    action = fields.String(load_default="move", validate=validate.OneOf(MOVE_ACTIONS))
    to_stage_id = fields.Integer(validate=validate.Range(min=1, max=2**31 - 1), metadata={"description": "For move"})
    reason = fields.String(validate=validate.Length(max=200), metadata={"description": "For reject: a listed reason"})
    note = fields.String(load_default="", validate=validate.Length(max=5000))
    send_email = fields.Boolean(load_default=False)
    delay_hours = fields.Integer(load_default=0, validate=validate.OneOf([0, 1, 4, 24, 48, 72]))
    confirmed = fields.Boolean(load_default=False, metadata={"description": "For reopen: the candidate wants to"})
    version = fields.Integer(
        validate=validate.Range(min=1, max=2**31 - 1),
        metadata={"description": "The version you saw; or send it as If-Match"},
    )


class MoveSchema(Schema):
    id = fields.Integer()
    from_stage_id = fields.Integer(allow_none=True)
    to_stage_id = fields.Integer(allow_none=True)
    from_name = fields.String(allow_none=True)
    to_name = fields.String()
    actor_id = fields.Integer(allow_none=True)
    reason = fields.String(allow_none=True)
    note = fields.String(allow_none=True)
    created_at = fields.DateTime()


class MovePageSchema(Schema):
    items = fields.List(fields.Nested(MoveSchema))
    next_cursor = fields.String(allow_none=True)


class PersonSchema(Schema):
    id = fields.Integer()
    name = fields.String()


class NoteInputSchema(Schema):
    body = fields.String(required=True, validate=validate.Length(min=1, max=5000))
    visibility = fields.String(load_default="team", validate=validate.OneOf(["team", "private"]))
    about = fields.String(load_default="application", validate=validate.OneOf(["application", "candidate"]))


class NoteSchema(Schema):
    id = fields.Integer()
    body = fields.String()
    visibility = fields.String()
    application_id = fields.Integer(allow_none=True)
    candidate_id = fields.Integer()
    author = fields.Nested(PersonSchema, allow_none=True)
    created_at = fields.DateTime()


class NotePageSchema(Schema):
    items = fields.List(fields.Nested(NoteSchema))
    next_cursor = fields.String(allow_none=True)


class InterviewSchema(Schema):
    id = fields.Integer()
    application_id = fields.Integer()
    round_name = fields.String()
    starts_at = fields.DateTime()
    timezone = fields.String()
    duration_minutes = fields.Integer()
    location = fields.String(allow_none=True)
    video_url = fields.String(allow_none=True)
    status = fields.String()
    interviewers = fields.List(fields.Nested(PersonSchema))


class RatingSchema(Schema):
    competency = fields.String()
    rating = fields.Integer(allow_none=True)
    evidence = fields.String(allow_none=True)


class ScorecardSchema(Schema):
    id = fields.Integer()
    interview_id = fields.Integer(allow_none=True)
    author = fields.Nested(PersonSchema, allow_none=True)
    ratings = fields.List(fields.Nested(RatingSchema))
    takeaways = fields.String()
    recommendation = fields.String(allow_none=True)
    submitted_at = fields.DateTime(allow_none=True)


class InterviewListSchema(Schema):
    items = fields.List(fields.Nested(InterviewSchema))


class ScorecardListSchema(Schema):
    items = fields.List(fields.Nested(ScorecardSchema))
    hidden = fields.Integer(metadata={"description": "Others' scorecards hidden until you submit yours"})


class CandidateApplicationSchema(Schema):
    id = fields.Integer()
    job_id = fields.Integer()
    job_title = fields.String()
    stage = fields.Nested(StageRefSchema)
    applied_at = fields.DateTime()


class CandidateSchema(CandidateRefSchema):
    created_at = fields.DateTime()
    applications = fields.List(fields.Nested(CandidateApplicationSchema))


class CandidatePageSchema(Schema):
    items = fields.List(fields.Nested(CandidateSchema))
    next_cursor = fields.String(allow_none=True)


class CandidateArgs(PageArgs):
    email = fields.String(validate=validate.Length(max=254))


class FunnelArgs(Schema):
    job_id = fields.Integer(required=True, validate=validate.Range(min=1, max=2**31 - 1))
    applied_from = fields.Date()
    applied_to = fields.Date()


class FunnelStageSchema(Schema):
    stage_id = fields.Integer()
    name = fields.String()
    kind = fields.String()
    reached = fields.Integer(metadata={"description": "Applications that ever reached this stage"})
    current = fields.Integer(metadata={"description": "Applications in this stage now"})
    pass_through = fields.Float(
        allow_none=True, metadata={"description": "Share of this stage's that reached the next"}
    )


class FunnelSchema(Schema):
    job_id = fields.Integer()
    applications = fields.Integer()
    stages = fields.List(fields.Nested(FunnelStageSchema))


class MeSchema(Schema):
    user = fields.Nested(
        Schema.from_dict(
            {"id": fields.Integer(), "name": fields.String(), "email": fields.String(), "role": fields.String()},
            name="MeUserSchema",
        )
    )
    token = fields.Nested(
        Schema.from_dict(
            {
                "name": fields.String(),
                "scope": fields.String(),
                "expires_at": fields.DateTime(),
                "last_used_at": fields.DateTime(allow_none=True),
            },
            name="MeTokenSchema",
        )
    )
