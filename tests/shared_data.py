"""Test data: our own postings (in the repo) and the team's shared folder beside the checkout (optional).

A clone on its own has no ../shared: tests that read it skip there, and fail in CI (CI=true), where the
folder must be present.
"""

from __future__ import annotations

from pathlib import Path

from tests.services import require

OWN_POSTINGS = Path(__file__).resolve().parent / "data" / "postings"
SHARED_ROOT = Path(__file__).resolve().parents[2] / "shared"


def own_posting(name: str) -> Path:
    """One of the postings we wrote for the tests (customer-care-specialist.txt, customer-care-representative.txt)."""
    return OWN_POSTINGS / name


def shared_path(*parts: str) -> Path:
    """A file or folder of ../shared; skips the test when it is absent, fails it when CI=true."""
    path = SHARED_ROOT.joinpath(*parts)
    require(f"the team's shared folder ({path})", path.exists())
    return path
