"""The pipeline computes only the lexical attributes the library reads (nlp.LEX_ATTRS), and those as spaCy does."""

from __future__ import annotations

import re
from pathlib import Path

import spacy
from spacy.attrs import IDS

from ats.screening.nlp import LEX_ATTRS, get_nlp, make_doc

PKG = Path(__file__).resolve().parents[2] / "ats" / "screening"
# Token and Lexeme attributes that come from the vocabulary's attribute getters (text, idx and
# whitespace_ do not)
_LEXICAL = (
    r"is_alpha|is_ascii|is_digit|is_lower|is_upper|is_title|is_punct|is_space|is_stop|is_bracket|is_quote|"
    r"is_left_punct|is_right_punct|is_currency|like_url|like_num|like_email|lower_?|norm_?|shape_?|prefix_?|"
    r"suffix_?|lang_?"
)
_READ = re.compile(rf"\.({_LEXICAL})\b(?!\s*\()")  # an attribute, not a str method such as .lower()
_ARRAY = re.compile(r"to_array\(([^)]*)\)")


def test_the_library_reads_only_the_attributes_the_pipeline_computes() -> None:
    read: set[str] = set()
    for mod in PKG.glob("*.py"):
        src = mod.read_text(encoding="utf-8")
        read |= {m.group(1).rstrip("_").upper() for m in _READ.finditer(src)}
        read |= {name for args in _ARRAY.findall(src) for name in re.findall(r"\"([A-Z_]+)\"", args)}
    assert read, "the scan found no attribute at all"
    assert read <= set(LEX_ATTRS), f"add {sorted(read - set(LEX_ATTRS))} to nlp.LEX_ATTRS"


def test_the_kept_attributes_are_spacys_own() -> None:
    text = "Résumé: C++ & Node.js; e-mail JOHN's 42 Widgets, Inc.\n\n  • Ran it — “fast” $5 (ok)"
    full = spacy.blank("en")
    ours = make_doc(text)
    theirs = full(text)
    assert len(ours) > 10
    for tok in ours:
        ref = theirs.vocab[tok.text]
        assert (tok.lower_, tok.is_alpha, tok.is_punct, tok.is_space, tok.is_title) == (
            ref.lower_,
            ref.is_alpha,
            ref.is_punct,
            ref.is_space,
            ref.is_title,
        ), tok.text
    assert set(get_nlp().vocab.lex_attr_getters) == {IDS[a] for a in LEX_ATTRS}
