"""Merge the reports' read model (24r) and the sentence index column (24t); no schema change of its own."""

revision = "25m"
down_revision = ("24r", "24t")
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Nothing to do: both parents carry their own changes."""


def downgrade() -> None:
    """Nothing to undo."""
