"""screening results keep the resume's sentence index in a column of its own

Revision ID: 24t
Revises: 23m
Create Date: 2026-12-05 21:40:00

A rescore that can carry over the components reading the sentences (duties, vocabulary, cover letter)
no longer decodes them: they were more than half of every stored analysis. Analyses stored before keep
the index inside their JSON and are read as before.

"""

import sqlalchemy as sa
from alembic import op

revision = "24t"
down_revision = "23m"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("screening_results", schema=None) as batch_op:
        batch_op.add_column(sa.Column("text_index", sa.Text(), nullable=True))


def downgrade():
    with op.batch_alter_table("screening_results", schema=None) as batch_op:
        batch_op.drop_column("text_index")
