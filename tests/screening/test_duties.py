"""The duty match: the same resume and duty give the same share in every process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PROBE = """
from ats.screening import duties
from ats.screening.results import ResumeAnalysis, TextIndex
sents, their_terms, _ = duties.sentences(
    "Resolved customer tickets, billing disputes and refunds for our largest accounts daily.", "resume"
)
a = ResumeAnalysis(text_json=TextIndex(tuple(sents), duties.postings(their_terms)).to_json())
duty = (
    "Resolve customer tickets, billing disputes, refunds and chargebacks; escalate outages to engineering, "
    "document resolutions, maintain macros, monitor queues, forecast staffing and coach onboarding cohorts"
)
print(repr(duties.duty_component(a, [duty], 10)[1]))
"""


def _share_with_hash_seed(seed: int) -> str:
    env = {**os.environ, "PYTHONHASHSEED": str(seed), "PYTHONPATH": str(ROOT)}
    done = subprocess.run(  # noqa: S603 - our own interpreter and probe
        [sys.executable, "-c", PROBE], env=env, cwd=ROOT, capture_output=True, text=True, timeout=60, check=True
    )
    return done.stdout.strip()


def test_the_duty_share_does_not_depend_on_the_processs_hash_seed() -> None:
    """A share is stored and carried into later rescores, so two workers must agree to the last digit: the
    duty's terms are summed in the duty's order, not a set's (seeds 0 and 4 summed them apart)."""
    shares = {_share_with_hash_seed(seed) for seed in (0, 1, 4, 5)}
    assert len(shares) == 1, shares
    assert 0.5 < float(shares.pop()) < 1.0  # a partial match, so the sum is not capped at a full share
