"""interviews

Revision ID: 0005
Revises: 0001
Create Date: 2026-11-23 12:40:00

Interview rounds per job, interviews with their panel, scorecards with revisions, and @mentions.

"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

import ats.db

revision = "0005"
down_revision = "0001"
branch_labels = None
depends_on = None


def _json():
    return sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql")


def _stamps():
    return [
        sa.Column("created_at", ats.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", ats.db.UTCDateTime(timezone=True), nullable=False),
    ]


def upgrade():
    op.create_table(
        "interview_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("competencies", _json(), nullable=False),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["job_id"], ["jobs.id"], name=op.f("fk_interview_rounds_job_id_jobs"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_rounds")),
    )
    with op.batch_alter_table("interview_rounds", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_rounds_job_id"), ["job_id"], unique=False)

    op.create_table(
        "interviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=True),
        sa.Column("starts_at", ats.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("timezone", sa.String(length=64), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=False),
        sa.Column("location", sa.String(length=200), nullable=True),
        sa.Column("video_url", sa.String(length=500), nullable=True),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("sequence", sa.Integer(), nullable=False),
        sa.Column("created_by_id", sa.Integer(), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_interviews_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by_id"], ["users.id"], name=op.f("fk_interviews_created_by_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["interview_rounds.id"],
            name=op.f("fk_interviews_round_id_interview_rounds"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interviews")),
    )
    with op.batch_alter_table("interviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interviews_application_id"), ["application_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interviews_round_id"), ["round_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interviews_starts_at"), ["starts_at"], unique=False)

    op.create_table(
        "interview_interviewers",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["interview_id"],
            ["interviews.id"],
            name=op.f("fk_interview_interviewers_interview_id_interviews"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_interview_interviewers_user_id_users"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_interview_interviewers")),
        sa.UniqueConstraint("interview_id", "user_id", name="uq_interview_interviewers_interview_user"),
    )
    with op.batch_alter_table("interview_interviewers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_interview_interviewers_interview_id"), ["interview_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_interview_interviewers_user_id"), ["user_id"], unique=False)

    op.create_table(
        "scorecards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("interview_id", sa.Integer(), nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("ratings", _json(), nullable=False),
        sa.Column("takeaways", sa.Text(), nullable=False),
        sa.Column("recommendation", sa.String(length=12), nullable=True),
        sa.Column("submitted_at", ats.db.UTCDateTime(timezone=True), nullable=True),
        *_stamps(),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_scorecards_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_scorecards_author_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["interview_id"], ["interviews.id"], name=op.f("fk_scorecards_interview_id_interviews"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scorecards")),
        sa.UniqueConstraint("interview_id", "author_id", name="uq_scorecards_interview_author"),
    )
    with op.batch_alter_table("scorecards", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scorecards_application_id"), ["application_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_scorecards_author_id"), ["author_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_scorecards_interview_id"), ["interview_id"], unique=False)

    op.create_table(
        "scorecard_revisions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("scorecard_id", sa.Integer(), nullable=False),
        sa.Column("editor_id", sa.Integer(), nullable=True),
        sa.Column("previous", _json(), nullable=False),
        sa.Column("reason", sa.String(length=300), nullable=True),
        sa.Column("changed_at", ats.db.UTCDateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(
            ["editor_id"], ["users.id"], name=op.f("fk_scorecard_revisions_editor_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(
            ["scorecard_id"],
            ["scorecards.id"],
            name=op.f("fk_scorecard_revisions_scorecard_id_scorecards"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_scorecard_revisions")),
    )
    with op.batch_alter_table("scorecard_revisions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_scorecard_revisions_scorecard_id"), ["scorecard_id"], unique=False)

    op.create_table(
        "mentions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("note_id", sa.Integer(), nullable=False),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("created_at", ats.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("read_at", ats.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["author_id"], ["users.id"], name=op.f("fk_mentions_author_id_users"), ondelete="SET NULL"
        ),
        sa.ForeignKeyConstraint(["note_id"], ["notes.id"], name=op.f("fk_mentions_note_id_notes"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"], name=op.f("fk_mentions_user_id_users"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_mentions")),
        sa.UniqueConstraint("note_id", "user_id", name="uq_mentions_note_user"),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_mentions_note_id"), ["note_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_mentions_user_id"), ["user_id"], unique=False)


def downgrade():
    for table, indexes in (
        ("mentions", ("ix_mentions_user_id", "ix_mentions_note_id")),
        ("scorecard_revisions", ("ix_scorecard_revisions_scorecard_id",)),
        ("scorecards", ("ix_scorecards_interview_id", "ix_scorecards_author_id", "ix_scorecards_application_id")),
        ("interview_interviewers", ("ix_interview_interviewers_user_id", "ix_interview_interviewers_interview_id")),
        ("interviews", ("ix_interviews_starts_at", "ix_interviews_round_id", "ix_interviews_application_id")),
        ("interview_rounds", ("ix_interview_rounds_job_id",)),
    ):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name in indexes:
                batch_op.drop_index(batch_op.f(name))
        op.drop_table(table)
