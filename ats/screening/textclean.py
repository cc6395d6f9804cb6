"""Normalise extracted text so matchers see one spelling of each word and meaningful line breaks."""

from __future__ import annotations

import re
import unicodedata

_LIGATURES = str.maketrans(
    {"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl", "\ufb05": "st", "\ufb06": "st"}
)
# Private-use bullets that Word's Symbol/Wingdings fonts leave behind in PDFs.
_PUA_BULLETS = "\uf0b7\uf0a7\uf076\uf0d8\uf0fc\uf0a8\uf06e\uf0e0\uf02d"
_BULLETS = "•◦▪▫■□●○◆◇►▶▸▹➢➤➣➔→✓✔✗∙·‣⁃" + _PUA_BULLETS
_BULLET_LINE = re.compile(rf"^[ \t]*(?:[{re.escape(_BULLETS)}]|[-*](?=[ \t]))[ \t]*", re.MULTILINE)
_ZERO_WIDTH = dict.fromkeys(map(ord, "\u00ad\u200b\u2060\ufeff\u200e\u200f"), None)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
# a run of three or more spaces in a line too long for a page: where a line break was
_LAYOUT_GAP = re.compile(r"[ \t\u00a0]{3,}")
FLAT_LINE_CHARS = 300  # longer than a page's line (the longest of the 528 real PDFs' is 297 characters)
_JOINER = re.compile(r"to|until|through|and|&|of|at|in|-|\u2013|\u2014|\uff0d|/|\|", re.IGNORECASE)
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

# Bytes 0x80-0xBF as they appear after a wrong cp1252 (or Latin-1) decode: UTF-8 continuation bytes.
_CONT_CHARS = "".join(
    sorted(set(bytes(range(0x80, 0xC0)).decode("cp1252", "ignore") + bytes(range(0x80, 0xC0)).decode("latin-1")))
)
_CONT = f"[{re.escape(_CONT_CHARS)}]"
_MOJIBAKE = re.compile(rf"[\u00c2-\u00df]{_CONT}|[\u00e0-\u00ef]{_CONT}{{2}}|[\u00f0-\u00f4]{_CONT}{{3}}")
_STRAY_A_CIRC = re.compile(r"\u00c2(?=[ \u00a0\n]|$)")
# A UTF-8 sequence decoded as cp1252 loses the bytes cp1252 leaves undefined; what is left is a lead
# character and one continuation too few ("ï¼" for a fullwidth dash, "â—" for a bullet).
_CP1252_HOLES = (0x81, 0x8D, 0x8F, 0x90, 0x9D)
_TRUNCATED = re.compile(rf"[\u00e0-\u00ef]{_CONT}(?!{_CONT})")
_PREFERRED = "”“’‘–—－-•●▪◦·"
# Hyphenated compounds whose hyphen must survive a line-end join ("self-\nmotivated").
_KEEP_HYPHEN = {
    "self",
    "well",
    "co",
    "non",
    "multi",
    "cross",
    "full",
    "part",
    "long",
    "short",
    "high",
    "low",
    "fast",
    "detail",
    "customer",
    "client",
    "team",
    "results",
    "goal",
    "data",
    "cost",
    "e",
    "x",
    "re",
}
_HYPHEN_BREAK = re.compile(r"(\w+)-\n[ \t]*([a-z]\w*)")


def _to_byte(ch: str) -> bytes:
    """The single byte a mis-decoded character came from (cp1252 first, then Latin-1)."""
    try:
        return ch.encode("cp1252")
    except UnicodeEncodeError:
        return ch.encode("latin-1")


def _fix_match(match: re.Match[str]) -> str:
    """Re-decode one suspicious sequence as UTF-8, keeping it unchanged when that is not valid UTF-8."""
    try:
        return b"".join(_to_byte(ch) for ch in match.group(0)).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return match.group(0)


def _recover(match: re.Match[str]) -> str:
    """Put a dropped byte back in a truncated sequence when that gives punctuation; else leave it."""
    raw = b"".join(_to_byte(ch) for ch in match.group(0))
    found = []
    for pos in range(1, len(raw) + 1):
        for hole in _CP1252_HOLES:
            try:
                found.append((raw[:pos] + bytes([hole]) + raw[pos:]).decode("utf-8"))
            except UnicodeDecodeError:
                continue
    for ch in _PREFERRED:
        if ch in found:
            return unicodedata.normalize("NFKC", ch) if ch == "－" else ch
    punct = [c for c in found if unicodedata.category(c)[0] in "PS"]
    return unicodedata.normalize("NFKC", punct[0]) if punct else match.group(0)


def repair_mojibake(text: str) -> str:
    """Undo UTF-8 text that was decoded as cp1252/Latin-1 ("Ã©" -> "é", "â€™" -> "’"), up to twice."""
    for _ in range(2):
        fixed = _MOJIBAKE.sub(_fix_match, text)
        if fixed == text:
            break
        text = fixed
    text = _TRUNCATED.sub(_recover, text)
    return _STRAY_A_CIRC.sub("", text)


def _join_hyphen(match: re.Match[str]) -> str:
    """Join a word split across lines, keeping the hyphen of known compounds."""
    left, right = match.group(1), match.group(2)
    return f"{left}-{right}" if left.lower() in _KEEP_HYPHEN else f"{left}{right}"


def mark_layout_breaks(text: str) -> str:
    """A line far longer than any a page holds lost its line breaks (HTML turned into text, some exports) and
    keeps its layout as runs of spaces between blocks: the first space of each run becomes a line break again.
    The text keeps its length, so offsets into it hold."""
    lines = text.split("\n")
    if not any(len(line) > FLAT_LINE_CHARS for line in lines):
        return text
    return "\n".join(_unflatten(line) if len(line) > FLAT_LINE_CHARS else line for line in lines)


def _unflatten(line: str) -> str:
    """A gap stays a space where a piece beside it only joins ('Dec 2013   to   Current', 'City  ,   State')."""
    gaps = list(_LAYOUT_GAP.finditer(line))
    starts, ends = [0, *(g.end() for g in gaps)], [*(g.start() for g in gaps), len(line)]
    pieces = [line[a:b] for a, b in zip(starts, ends, strict=True)]
    out = list(line)
    for i, gap in enumerate(gaps):
        before, after = pieces[i], pieces[i + 1]
        if before and not (_joins_next(before) or _joins_previous(after)):
            out[gap.start()] = "\n"
    return "".join(out)


def _joins_next(piece: str) -> bool:
    """'to' of a date range, or a place before its comma, runs on into the piece after it."""
    return bool(_JOINER.fullmatch(piece)) or piece.endswith((",", ":"))


def _joins_previous(piece: str) -> bool:
    """'to', or a comma's continuation, belongs to the piece before it."""
    return bool(_JOINER.fullmatch(piece)) or piece[:1] in ",.;:)"


def clean_text(text: str) -> str:
    """Return `text` repaired and normalised; line breaks are kept because resume sections rely on them."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\x0b", "\n")
    text = repair_mojibake(text)
    text = unicodedata.normalize("NFC", text).translate(_LIGATURES).translate(_ZERO_WIDTH)
    text = _CONTROLS.sub("", text)
    text = mark_layout_breaks(text)
    text = _SPACES.sub(" ", text)
    text = _HYPHEN_BREAK.sub(_join_hyphen, text)
    text = _BULLET_LINE.sub("- ", text)
    lines = [line.strip() for line in text.split("\n")]
    text = "\n".join(lines)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def truncate(text: str, max_chars: int) -> tuple[str, bool]:
    """Cap text at `max_chars`, preferring a line or word boundary close to the cap."""
    if len(text) <= max_chars:
        return text, False
    cut = text[:max_chars]
    boundary = max(cut.rfind("\n"), cut.rfind(" "))
    if boundary > max_chars - 200:
        cut = cut[:boundary]
    return cut.rstrip(), True
