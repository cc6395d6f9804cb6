"""Merge the API branch (19a) into the line of 16 and 18 (20a); no schema change of its own."""

revision = "21a"
down_revision = ("20a", "19a")
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to do: both parents carry their own changes."""


def downgrade() -> None:
    """Nothing to undo."""
