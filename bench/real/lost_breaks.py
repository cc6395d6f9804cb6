"""The real resumes as an HTML page turned into text leaves them: no line breaks (or no layout at all).

livecareer's pages, saved as text (the public "Resume Dataset" holds 2,484 of them so), keep no line breaks:
blocks stand apart by runs of spaces, and spans inside a line by a few ("Dec 2013   to   Current",
"City  ,   State"). We make that text from each PDF's own text, then read it through the product's
extractor as a .txt file, to measure what ranking loses when the layout is lost. The labels still come
from the PDF's text.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from .data import RealResume

_INLINE = re.compile(r" (to|-|,) ")
_WORD_GAP = re.compile(r"(?<=\S) (?=\S)")


def flattened(text: str, seed: str) -> str:
    """The text as an HTML export writes it: lines apart by 3-8 spaces; inside them, 2-4 around 'to', a dash or
    a comma, and 2 between one word in five (as in the dataset's own text: "Versatile  media professional")."""
    rnd = random.Random(seed)
    lines = [_inline(line, rnd) for line in text.split("\n")]
    return lines[0] + "".join(" " * rnd.randint(3, 8) + line for line in lines[1:])


def _inline(line: str, rnd: random.Random) -> str:
    line = _INLINE.sub(lambda m: " " * rnd.randint(2, 4) + m.group(1) + " " * rnd.randint(2, 4), line)
    return _WORD_GAP.sub(lambda m: " " * rnd.choice((1,) * 12 + (2, 2, 2)), line)


def as_exported(resume: RealResume, spaces: bool = False) -> RealResume:
    """The resume as the product reads the exported text (a .txt file through its extractor); with `spaces`,
    every run of white space is one space, as a form's text box or a spreadsheet cleaned with a regular
    expression leaves it."""
    from ats.screening.extract import extract_text

    raw = " ".join(resume.text.split()) if spaces else flattened(resume.text, resume.rid)
    return replace(resume, text=extract_text(raw.encode("utf-8"), "resume.txt").text)
