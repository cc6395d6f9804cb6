"""Merge scale-out (22s) and reports/privacy (22r); no schema change of its own."""

revision = "23m"
down_revision = ("22r", "22s")
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to do: both parents carry their own changes."""


def downgrade() -> None:
    """Nothing to undo."""
