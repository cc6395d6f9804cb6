"""The duty match: the same resume and duty give the same share in every process, and each quote says what
of the duty it shares."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from ats.screening import duties
from ats.screening.results import ResumeAnalysis, TextIndex

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


def _analysis(text: str, letter: str = "") -> ResumeAnalysis:
    """An analysis holding only the sentence index of a resume (and a letter), as the duty match reads it."""
    sents, their_terms, _ = duties.sentences(text, "resume")
    if letter:
        more, more_terms, _ = duties.sentences(letter, "cover_letter")
        sents, their_terms = sents + more, their_terms + more_terms
    return ResumeAnalysis(text_json=TextIndex(tuple(sents), duties.postings(their_terms)).to_json())


def test_each_quote_says_which_words_of_the_duty_it_shares_and_how_much_of_the_duty_it_meets() -> None:
    """A recruiter sees whether a duty was met by its substance or by one word in passing: the duty's own words
    as written in the duty ("reconciliations", not the stem), in the duty's order, and the share it earned."""
    a = _analysis(
        "Prepared journal entries and account reconciliations for the month-end close.\n\n"
        "Sent monthly reports to senior management about team projects."
    )
    close = "Prepare journal entries, accruals and account reconciliations for the monthly close"
    quotas = "Meet or exceed monthly and quarterly sales quotas"
    component, _ = duties.duty_component(a, [close, quotas], 10)
    first, second = component.matched
    assert first.snippet.startswith("Prepared journal entries")
    assert first.where.startswith("shares prepare, journal, entries, account, reconciliations, close (")
    assert second.snippet.startswith("Sent monthly reports")
    share = float(second.where.removeprefix("shares monthly (").removesuffix("% of the duty)"))
    assert 15 <= share < 50
    assert component.detail.endswith("on average; 1 of them on one shared word)")


def test_sharing_the_words_changes_no_points() -> None:
    """The words are said, not weighed: the share is the one scorer 2026.12.15 gave before the words were said
    (worked out by that code on this resume and these two partly met duties)."""
    a = _analysis("Resolved customer tickets, billing disputes and refunds for our largest accounts daily.")
    long_duty = (
        "Resolve customer tickets, billing disputes, refunds and chargebacks; escalate outages to engineering, "
        "document resolutions, maintain macros, monitor queues, forecast staffing and coach onboarding cohorts"
    )
    quotas = "Meet or exceed monthly and quarterly sales quotas for our largest accounts"
    component, share = duties.duty_component(a, [long_duty, quotas], 10)
    assert share == 0.6063990325771823 and component.points == 6.06
    first, second = component.matched
    assert first.where.startswith("shares resolve, customer, tickets, billing, disputes, refunds (")
    assert second.where.startswith("shares largest, accounts (")
    assert "one shared word" not in component.detail


def test_a_duty_met_in_the_cover_letter_says_so_with_its_words() -> None:
    a = _analysis("Cashier at a grocery store.", letter="I answered billing questions by phone for two years.")
    component, _ = duties.duty_component(a, ["Answer billing questions over the phone"], 5, source="cover_letter")
    (match,) = component.matched
    assert match.source == "cover_letter"
    assert match.where.startswith("in the cover letter, shares answer, billing, questions, phone (")
