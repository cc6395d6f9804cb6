"""Merge the triage workspace (16) and staff accounts (18) branches into one head.

Revision ID: 20a
Revises: 16b, 18a
Create Date: 2026-12-05 19:30:00

"""

# revision identifiers, used by Alembic.
revision = "20a"
down_revision = ("16b", "18a")
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
