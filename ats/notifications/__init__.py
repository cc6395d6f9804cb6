"""Outgoing email through an outbox table, delivered by a backend (file, locmem, SMTP)."""
