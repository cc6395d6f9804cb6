"""reports, fairness and privacy

Revision ID: 22r
Revises: 21a
Create Date: 2026-12-05 20:50:00

Legal hold, talent pool and erasure marks on candidates; confirmation, due date and the built export on data
requests; the blind-review switch of a job; per-user extra permissions (the adverse impact report).

"""

import sqlalchemy as sa
from alembic import op
from sqlalchemy import Text
from sqlalchemy.dialects import postgresql

import ats.db

revision = "22r"
down_revision = "21a"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("candidates", schema=None) as batch_op:
        batch_op.add_column(sa.Column("legal_hold_reason", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("legal_hold_at", ats.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("legal_hold_by_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("talent_pool_at", ats.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("erased_at", ats.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_candidates_erased_at"), ["erased_at"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_candidates_legal_hold_by_id_users"),
            "users",
            ["legal_hold_by_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("data_requests", schema=None) as batch_op:
        batch_op.add_column(sa.Column("confirmed_at", ats.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("due_at", ats.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("export_key", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("export_expires_at", ats.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("export_downloaded_at", ats.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.create_index(batch_op.f("ix_data_requests_due_at"), ["due_at"], unique=False)
        batch_op.create_unique_constraint(batch_op.f("uq_data_requests_export_key"), ["export_key"])
    # requests confirmed before this revision have no due date recorded: treat them as due at once
    op.execute("UPDATE data_requests SET due_at = created_at WHERE status <> 'pending'")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("blind_review", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch_op.add_column(sa.Column("blind_until_stage_id", sa.Integer(), nullable=True))
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.alter_column("blind_review", server_default=None)
    json_type = sa.JSON().with_variant(postgresql.JSONB(astext_type=Text()), "postgresql")
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.add_column(sa.Column("permissions", json_type, nullable=False, server_default="[]"))
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.alter_column("permissions", server_default=None)


def downgrade():
    with op.batch_alter_table("users", schema=None) as batch_op:
        batch_op.drop_column("permissions")
    with op.batch_alter_table("jobs", schema=None) as batch_op:
        batch_op.drop_column("blind_until_stage_id")
        batch_op.drop_column("blind_review")
    with op.batch_alter_table("data_requests", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_data_requests_export_key"), type_="unique")
        batch_op.drop_index(batch_op.f("ix_data_requests_due_at"))
        for column in ("export_downloaded_at", "export_expires_at", "export_key", "due_at", "confirmed_at"):
            batch_op.drop_column(column)
    with op.batch_alter_table("candidates", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_candidates_legal_hold_by_id_users"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_candidates_erased_at"))
        for column in ("erased_at", "talent_pool_at", "legal_hold_by_id", "legal_hold_at", "legal_hold_reason"):
            batch_op.drop_column(column)
