"""Append-only audit trail of who did what."""
