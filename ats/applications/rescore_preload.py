"""Imported by the rescoring fork server only (rescore_parallel.PRELOAD): importing it builds the
scorer's indexes, so every process the server forks starts warm. Nothing else imports it."""

from ats.applications import rescore_parallel  # noqa: F401  (the pool's functions, imported once here)
from ats.screening import warm_scorer

warm_scorer()
