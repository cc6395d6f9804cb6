"""scale-out: task leases and outbox claims

Revision ID: 22s
Revises: 21a
Create Date: 2026-12-05 20:50:00

Tasks carry a lease (who runs them, until when), a retry time and when they were last handed to RQ, so
a crashed worker's task is requeued and a task never dispatched is found again. Outbox rows are claimed
with a lease before sending, so every email goes out at most once.

"""

import sqlalchemy as sa
from alembic import op

import ats.db

revision = "22s"
down_revision = "21a"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("lease_until", ats.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("next_try_at", ats.db.UTCDateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("dispatched_at", ats.db.UTCDateTime(timezone=True), nullable=True))
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.add_column(sa.Column("claimed_by", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("lease_until", ats.db.UTCDateTime(timezone=True), nullable=True))


def downgrade():
    with op.batch_alter_table("outbox_messages", schema=None) as batch_op:
        batch_op.drop_column("lease_until")
        batch_op.drop_column("claimed_by")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_column("dispatched_at")
        batch_op.drop_column("next_try_at")
        batch_op.drop_column("lease_until")
        batch_op.drop_column("claimed_by")
