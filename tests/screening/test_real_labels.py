"""The rule that labels the real resumes (bench/real/tasks.py) reads role lines as a person would."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench.real.tasks import role_lines  # noqa: E402


def test_a_title_on_the_dates_line_is_read_whatever_its_length() -> None:
    # livecareer's one-line layout: the dates and "Company Name - City , State" follow the title
    text = (
        "Summary\nCustomer Service Specialist , 05/2012 to 12/2013 Company Name - City , State\n"
        "Answered calls and emails from customers about their orders and returns.\n"
        "Teller , 02/2010 - 05/2012 Company Name - City , State\n"
    )
    lines = role_lines(text)
    assert any(ln.startswith("Customer Service Specialist") for ln in lines)
    assert any(ln.startswith("Teller") for ln in lines)
    assert not any(ln.startswith("Answered") for ln in lines)  # a sentence under the dates is no title
