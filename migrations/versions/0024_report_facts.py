"""report read model

Revision ID: 24r
Revises: 23m
Create Date: 2026-12-05 21:20:00

The reports' read model: one row per application (how far it got) and one per finished stay in a stage, both
derived from stage events and caught up incrementally from a watermark (report_state). Starts empty: the first
report (or the background loop, or `flask refresh-reports`) folds in the existing history.

"""

import sqlalchemy as sa
from alembic import op

import ats.db

revision = "24r"
down_revision = "23m"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "report_facts",
        sa.Column("application_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("applied_at", ats.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("source", sa.String(length=40), nullable=False),
        sa.Column("reach", sa.Integer(), nullable=False),
        sa.Column("interviewed", sa.Boolean(), nullable=False),
        sa.Column("hired_hours", sa.Integer(), nullable=True),
        sa.Column("exit_kind", sa.String(length=12), nullable=True),
        sa.Column("exit_reason", sa.String(length=200), nullable=True),
        sa.Column("last_stage_name", sa.String(length=80), nullable=True),
        sa.Column("last_stage_kind", sa.String(length=12), nullable=True),
        sa.Column("last_stage_position", sa.Integer(), nullable=True),
        sa.Column("last_event_at", ats.db.UTCDateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_report_facts_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("application_id", name=op.f("pk_report_facts")),
    )
    with op.batch_alter_table("report_facts", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_facts_applied_at"), ["applied_at"], unique=False)
    op.create_table(
        "report_stays",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("application_id", sa.Integer(), nullable=False),
        sa.Column("job_id", sa.Integer(), nullable=False),
        sa.Column("applied_at", ats.db.UTCDateTime(timezone=True), nullable=False),
        sa.Column("stage_name", sa.String(length=80), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("hours", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["application_id"],
            ["applications.id"],
            name=op.f("fk_report_stays_application_id_applications"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_stays")),
    )
    with op.batch_alter_table("report_stays", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_stays_application_id"), ["application_id"], unique=False)
    op.create_table(
        "report_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("last_event_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_report_state")),
    )


def downgrade():
    op.drop_table("report_state")
    with op.batch_alter_table("report_stays", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_stays_application_id"))
    op.drop_table("report_stays")
    with op.batch_alter_table("report_facts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_facts_applied_at"))
    op.drop_table("report_facts")
