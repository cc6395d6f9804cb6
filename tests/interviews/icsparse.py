"""A tiny RFC 5545 reader for tests: unfold, split properties, unescape text."""
from __future__ import annotations


def unescape(value: str) -> str:
    out, i = [], 0
    while i < len(value):
        if value[i] == "\\" and i + 1 < len(value):
            nxt = value[i + 1]
            out.append("\n" if nxt in "nN" else nxt)
            i += 2
        else:
            out.append(value[i])
            i += 1
    return "".join(out)


def parse(data: bytes) -> list[tuple[str, dict[str, str], str]]:
    """(name, params, raw value) per content line; asserts CRLF endings and the 75-octet limit."""
    assert data.endswith(b"\r\n"), "content lines end with CRLF"
    physical = data[:-2].split(b"\r\n")
    for line in physical:
        assert b"\n" not in line and b"\r" not in line, "bare LF/CR inside a line"
        assert len(line) <= 75, f"line longer than 75 octets: {line!r}"
    logical: list[bytes] = []
    for line in physical:
        if line.startswith((b" ", b"\t")):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    result = []
    for raw in logical:
        text = raw.decode("utf-8")
        head, _, value = _split_unquoted(text)
        name, *params = head.split(";")
        result.append((name.upper(), dict(p.split("=", 1) for p in params), value))
    return result


def _split_unquoted(text: str) -> tuple[str, str, str]:
    quoted = False
    for i, ch in enumerate(text):
        if ch == '"':
            quoted = not quoted
        elif ch == ":" and not quoted:
            return text[:i], ":", text[i + 1:]
    raise AssertionError(f"no ':' in content line {text!r}")


def event(data: bytes) -> dict[str, str]:
    """The VEVENT's properties (first of each) plus METHOD, checking BEGIN/END nesting."""
    lines = parse(data)
    names = [n for n, _, _ in lines]
    assert names[0] == "BEGIN" and lines[0][2] == "VCALENDAR" and lines[-1][:1] == ("END",)
    assert ("BEGIN", {}, "VEVENT") in lines and ("END", {}, "VEVENT") in lines
    props: dict[str, str] = {}
    for name, params, value in lines:
        props.setdefault(name, value)
        for key, val in params.items():
            props.setdefault(f"{name};{key}", val)
    return props
