"""Candidate consent, voluntary EEO answers and data requests (export/erasure) for the admins' queue."""
