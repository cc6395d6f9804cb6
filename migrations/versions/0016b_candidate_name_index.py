"""candidate names, case-insensitive index

Revision ID: 16b
Revises: 16a
Create Date: 2026-12-05 12:00:00

The review panel's likely duplicates and the global search compare lower(name); without an index each
panel scanned every candidate.

"""

import sqlalchemy as sa
from alembic import op

revision = "16b"
down_revision = "16a"
branch_labels = None
depends_on = None


def upgrade():
    op.create_index("ix_candidates_name_lower", "candidates", [sa.text("lower(name)")], unique=False)


def downgrade():
    op.drop_index("ix_candidates_name_lower", table_name="candidates")
